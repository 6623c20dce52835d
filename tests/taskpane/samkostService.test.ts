import type { PaneViews, RunResult } from '../../src/engine/result';
import type { SettingName } from '../../src/engine/settingNames';
import type { CellValue, TableSheet } from '../../src/engine/table';
import type { AllocationCell } from '../../src/workbook/excel';
import type { EngineClient } from '../../src/taskpane/services/engineClient';
import { messageKeyOf, PaneError } from '../../src/taskpane/services/errors';
import type { EngineRequest, EngineStage } from '../../src/taskpane/services/protocol';
import {
  outputSheetsOf,
  samkostService,
  type RunStep,
} from '../../src/taskpane/services/samkostService';
import { FakeWorkbook, NAME_TAKEN, PROBLEMS, SUCCESS, TABLES } from './fakes';

const TEMPLATE: TableSheet = {
  tableName: 'Costs',
  sheetName: 'Kostnader',
  headers: ['Post'],
  rows: [],
};
const SAMPLE: TableSheet = {
  tableName: 'Municipalities',
  sheetName: 'Kommuner',
  headers: ['Kommune'],
  rows: [['Arendal']],
};

/** An engine that records its requests and answers with `result` (or throws `failure`). */
function fakeEngine(result: RunResult<PaneViews>, failure?: unknown) {
  const requests: EngineRequest[] = [];
  const warmUps: string[] = [];
  const engine: EngineClient = {
    async run(request, onStage: (stage: EngineStage) => void) {
      requests.push(request);
      onStage('parse');
      if (failure) throw failure;
      return result;
    },
    async explain(request, query) {
      requests.push({ ...request, explain: query });
      return null;
    },
    whatIf: async () => null,
    warmUp: (wasmUrl) => warmUps.push(wasmUrl),
  };
  return { engine, requests, warmUps };
}

function setup(result: RunResult<PaneViews>, failure?: unknown) {
  const workbook = new FakeWorkbook();
  const { engine, requests, warmUps } = fakeEngine(result, failure);
  const templateLanguages: string[] = [];
  const service = samkostService({
    workbook,
    engine,
    template: async (language) => {
      templateLanguages.push(language);
      return [TEMPLATE];
    },
    sample: async () => [SAMPLE],
    wasmUrl: 'https://localhost/highs.wasm',
    now: () => new Date(2026, 2, 31),
  });
  return { workbook, service, requests, warmUps, templateLanguages };
}

describe('samkostService.run', () => {
  it('starts the engine and HiGHS loading as soon as the pane has its service', () => {
    const { warmUps, requests } = setup(SUCCESS);
    expect(warmUps).toEqual(['https://localhost/highs.wasm']);
    expect(requests).toEqual([]);
  });

  it('writes the outputs after a successful run, reporting every step', async () => {
    const { workbook, service, requests } = setup(SUCCESS);
    const steps: RunStep[] = [];
    const result = await service.run('nb', (step) => steps.push(step));
    expect(result).toEqual({ ...SUCCESS, notices: [] });
    expect(workbook.written).toEqual([SUCCESS.ok && SUCCESS.outputs]);
    expect(steps).toEqual(['read', 'parse', 'write']);
    expect(requests[0]).toEqual({
      tables: TABLES,
      language: 'nb',
      today: { year: 2026, month: 3, day: 31 },
      wasmUrl: 'https://localhost/highs.wasm',
    });
  });

  it('passes on what the write said about where the outputs went', async () => {
    const { workbook, service } = setup(SUCCESS);
    workbook.notices = [NAME_TAKEN];
    const result = await service.run('nb', () => undefined);
    expect(result.notices).toEqual([NAME_TAKEN]);
  });

  it('writes nothing when the input has problems, and returns them', async () => {
    const { workbook, service } = setup(PROBLEMS);
    const steps: RunStep[] = [];
    const result = await service.run('en', (step) => steps.push(step));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems.map((p) => p.cell)).toEqual(['Kommuner!B2']);
    expect(workbook.written).toEqual([]);
    expect(steps).not.toContain('write');
  });

  it('maps an Office error code to its message', async () => {
    const { workbook, service } = setup(SUCCESS);
    workbook.failWith.readTables = { code: 'InvalidOperationInCellEditMode', message: 'raw' };
    await expect(service.run('en', () => undefined)).rejects.toMatchObject({
      messageKey: 'error.cellEditMode',
    });
  });

  it('reports a failed write as a write error, never the raw message', async () => {
    const { workbook, service } = setup(SUCCESS);
    workbook.failWith.writeOutputs = new Error('GeneralException at line 42');
    const failure = await service.run('en', () => undefined).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(PaneError);
    expect((failure as PaneError).messageKey).toBe('error.write');
  });

  it('keeps the message of a worker failure and writes nothing', async () => {
    const { workbook, service } = setup(SUCCESS, new PaneError('error.solver'));
    await expect(service.run('en', () => undefined)).rejects.toMatchObject({
      messageKey: 'error.solver',
    });
    expect(workbook.written).toEqual([]);
  });
});

describe('samkostService tables and settings', () => {
  it('inserts the template in the pane language and the sample as given', async () => {
    const { workbook, service, templateLanguages } = setup(SUCCESS);
    expect(await service.createInputTables('sv')).toEqual({
      created: ['Kostnader'],
      skipped: [],
      blocked: [],
    });
    await service.insertSample();
    expect(templateLanguages).toEqual(['sv']);
    expect(workbook.inserted).toEqual([[TEMPLATE], [SAMPLE]]);
    // Only the sample fills tables still empty: the template never touches an existing table.
    expect(workbook.fillEmpty).toEqual([false, true]);
  });

  it('reads settings into the form and writes only the changed ones, plain numbers as numbers', async () => {
    const { workbook, service } = setup(SUCCESS);
    workbook.settings = new Map<SettingName, CellValue>([
      ['Currency', 'SEK'],
      ['RoundTo', 1],
      ['Language', 'Svenska'],
    ]);
    const form = await service.readSettings();
    expect(form).toMatchObject({ Currency: 'SEK', RoundTo: '1', Language: 'sv', ScoreMax: '' });
    await service.writeSettings({ ...form, DiscountRate: '4 %', ScoreMax: '10' }, form, 'nb');
    expect(workbook.savedSettings).toEqual([
      {
        values: new Map<SettingName, string | number>([
          ['DiscountRate', '4 %'],
          ['ScoreMax', 10],
        ]),
        language: 'nb',
      },
    ]);
    // Nothing changed: nothing is written at all.
    await service.writeSettings(form, form, 'nb');
    expect(workbook.savedSettings).toHaveLength(1);
  });

  it('names contract tables by the sheet they are on, and the sheets holding outputs', async () => {
    const { workbook, service } = setup(SUCCESS);
    workbook.tables = [
      { table: 'riskflags', sheet: 'Risikoflagg' },
      { table: 'Municipalities', sheet: 'Kommuner' },
      { table: 'Notes', sheet: 'Mine' },
      { table: 'Allocation', sheet: 'Fordeling' },
    ];
    await expect(service.sheetNames()).resolves.toEqual({
      Municipalities: 'Kommuner',
      Allocation: 'Fordeling',
      RiskFlags: 'Risikoflagg',
    });
    expect(outputSheetsOf(await service.sheetNames())).toEqual(['Fordeling', 'Risikoflagg']);
  });

  it('maps a failed selection to its message', async () => {
    const { workbook, service } = setup(SUCCESS);
    workbook.failWith.selectCell = { code: 'ItemNotFound' };
    await expect(service.selectCell('Gone!A1')).rejects.toMatchObject({
      messageKey: 'error.itemNotFound',
    });
  });
});

describe('samkostService.explain', () => {
  it('reads the workbook again and asks the engine about the municipality, writing nothing', async () => {
    const { workbook, service, requests } = setup(SUCCESS);
    const query = { municipality: 'Arendal', line: null, statement: true };
    await expect(service.explain('sv', query)).resolves.toBeNull();
    expect(requests).toEqual([
      {
        tables: TABLES,
        language: 'sv',
        today: { year: 2026, month: 3, day: 31 },
        wasmUrl: 'https://localhost/highs.wasm',
        explain: query,
      },
    ]);
    expect(workbook.written).toEqual([]);
  });

  it('reports a workbook it cannot read as a read error', async () => {
    const { workbook, service } = setup(SUCCESS);
    workbook.failWith.readTables = new Error('gone');
    await expect(
      service.explain('en', { municipality: 'Arendal', line: null, statement: false }),
    ).rejects.toMatchObject({ messageKey: 'error.read' });
  });
});

describe('samkostService.savePairs', () => {
  it('hands the judgements on, a new CriteriaPairs headed in the user’s language', async () => {
    const { workbook, service } = setup(SUCCESS);
    const pairs = [{ a: 'Nytte', b: 'Risiko', ratio: '1/3', reversed: 3, changed: true }];
    await service.savePairs(pairs, 'es');
    expect(workbook.pairsWritten).toEqual([
      {
        pairs,
        fresh: {
          sheetName: 'Pares de criterios',
          criterionA: 'Criterio A',
          criterionB: 'Criterio B',
          ratio: 'Razón',
        },
      },
    ]);
  });
});

describe('messageKeyOf', () => {
  it('reads the Excel adapter’s reason before Office’s code', () => {
    const adapterError = Object.assign(new Error('tooLarge'), {
      reason: 'tooLarge',
      code: 'OperationCellsExceedLimit',
    });
    expect(messageKeyOf(adapterError, 'error.read')).toBe('error.tooLarge');
  });

  it('falls back to what the pane was doing for an unknown failure', () => {
    const adapterError = Object.assign(new Error('failed'), {
      reason: 'failed',
      code: 'GeneralException',
    });
    expect(messageKeyOf(adapterError, 'error.write')).toBe('error.write');
    expect(messageKeyOf('a string thrown', 'error.read')).toBe('error.read');
  });
});

describe('samkostService.followSelection', () => {
  /** A run whose Allocation has one line, Lisens, Arendal's 100 of it (Norwegian headers). */
  const WROTE: RunResult<PaneViews> = SUCCESS.ok
    ? {
        ...SUCCESS,
        outputs: [
          {
            name: 'Allocation',
            sheetName: 'Fordeling',
            headers: ['Post', 'Tiltak', 'Kilde', 'Type', 'Nøkkel', 'Beløp (NOK)', 'Arendal (NOK)'],
            formats: ['text', 'text', 'text', 'text', 'text', 'currency', 'currency'],
            rows: [['Lisens', null, 'cost', 'annual', 'innbyggere', 100, 100]],
            sources: ['Kostnader!A2'],
          },
        ],
      }
    : SUCCESS;
  const ARENDALS_CELL: AllocationCell = {
    headers: ['Post', 'Tiltak', 'Kilde', 'Type', 'Nøkkel', 'Beløp (NOK)', 'Arendal (NOK)'],
    row: ['Lisens', null, 'cost', 'annual', 'innbyggere', 100, 100],
    column: 6,
    position: 0,
  };

  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  function following(result: RunResult<PaneViews>) {
    const workbook = new FakeWorkbook();
    workbook.activeCell = ARENDALS_CELL;
    const { engine } = fakeEngine(result);
    const service = samkostService({
      workbook,
      engine,
      template: async () => [],
      sample: async () => [],
      wasmUrl: '',
      selectionPause: 250,
    });
    const shares: unknown[] = [];
    const stop = service.followSelection((share) => shares.push(share));
    /** The user moves the selection, and `ms` pass. */
    const move = async (ms: number): Promise<void> => {
      workbook.selectionHandler?.();
      await jest.advanceTimersByTimeAsync(ms);
    };
    return { workbook, engine, service, shares, stop, move };
  }

  it('reads the cell once the selection rests, and opens its share after a run wrote it', async () => {
    const { workbook, service, shares, move } = following(WROTE);
    await move(1000);
    expect(workbook.cellReads).toBe(0); // no run yet: nothing to explain
    await service.run('nb', () => undefined);
    // Arrowing through three cells, 100 ms apart, then resting: one read, of where it rests.
    await move(100);
    await move(100);
    await move(250);
    expect(workbook.cellReads).toBe(1);
    expect(shares).toEqual([{ municipality: 'Arendal', line: 0, item: 'Lisens', figure: 100 }]);
    workbook.activeCell = { ...ARENDALS_CELL, column: 5 }; // the Amount: no share
    await move(250);
    expect(shares).toHaveLength(1);
  });

  it('drops a read the selection has moved on from, and forgets results when a run fails', async () => {
    const { workbook, engine, service, shares, move } = following(WROTE);
    await service.run('nb', () => undefined);
    let answer: (cell: AllocationCell) => void = () => undefined;
    jest
      .spyOn(workbook, 'allocationCell')
      .mockImplementationOnce(() => new Promise((resolve) => (answer = resolve)));
    await move(250); // the read is on its way...
    workbook.selectionHandler?.(); // ...when the user moves on
    answer(ARENDALS_CELL);
    await jest.advanceTimersByTimeAsync(0);
    expect(shares).toEqual([]);
    await jest.advanceTimersByTimeAsync(250);
    expect(shares).toHaveLength(1);

    // A run with problems writes nothing: the table is the previous run's, and explains nothing.
    jest.spyOn(engine, 'run').mockResolvedValueOnce(PROBLEMS);
    await service.run('nb', () => undefined);
    await move(250);
    expect(workbook.cellReads).toBe(1); // the one before the failed run (the first was mocked)
    expect(shares).toHaveLength(1);
  });

  it('stops: the handler is removed and a pending read opens nothing', async () => {
    const { workbook, service, shares, stop, move } = following(WROTE);
    await service.run('nb', () => undefined);
    await move(100);
    stop();
    await jest.advanceTimersByTimeAsync(1000);
    expect(workbook.selectionHandler).toBeNull();
    expect(workbook.cellReads).toBe(0);
    expect(shares).toEqual([]);
  });
});
