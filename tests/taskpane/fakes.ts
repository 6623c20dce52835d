/** Fakes shared by the task pane tests: a workbook adapter and engine results. */
import { COMPARISON_KEYS } from '../../src/engine/allocate';
import type { Language } from '../../src/i18n/language';
import type { PaneViews, RunResult } from '../../src/engine/result';
import type { SettingName } from '../../src/engine/settingNames';
import type { AllocationCell, TableSheetName } from '../../src/workbook/excel';
import type { SettingValue } from '../../src/workbook/excel/settings';
import type {
  CellValue,
  OutputTable,
  TableSheet,
  WorkbookTables,
  WriteNotice,
} from '../../src/engine/table';
import type { PaneWorkbook } from '../../src/taskpane/services/samkostService';
import type {
  KeyTarget,
  KeyWrite,
  NewScoresTable,
  ScoreSheet,
  ScoresWrite,
  NewPairsTable,
  PairsWrite,
} from '../../src/workbook/excel';
import type { PairToSave } from '../../src/workbook/pairRows';
import type { WriteReport } from '../../src/workbook/port';

export const TABLES: WorkbookTables = {
  Municipalities: {
    name: 'Municipalities',
    sheet: 'Kommuner',
    headers: [{ value: 'Kommune', address: 'Kommuner!A1' }],
    rows: [[{ value: 'Arendal', address: 'Kommuner!A2' }]],
  },
};

const EMPTY_JSON = {
  allocation: [],
  pcCharges: [],
  priorities: [],
  riskFlags: [],
  exitAnalysis: [],
  criteriaWeights: [],
  consistencyRatio: null,
  frontier: [],
  errors: [],
};

export const OUTPUT: OutputTable = {
  name: 'Allocation',
  sheetName: 'Fordeling',
  headers: ['Item'],
  formats: ['text'],
  rows: [['Lisens']],
};

const ARENDAL = {
  name: 'Arendal',
  oneOff: 100,
  annual: 50,
  bySource: { cost: 100, system: 50, proposal: 0 },
  total: 150,
};

export const SUCCESS: RunResult<PaneViews> = {
  ok: true,
  language: 'nb',
  outputs: [OUTPUT],
  flags: [
    {
      scope: 'system',
      subject: 'Visma',
      code: 'NO_OWNER',
      severity: 'medium',
      message: 'Visma mangler eier.',
      cell: 'Fagsystemer!B3',
    },
  ],
  json: EMPTY_JSON,
  summary: {
    currency: 'NOK',
    planningYear: 2026,
    municipalities: [ARENDAL],
    years: [
      { year: 2026, municipalities: [ARENDAL] },
      { year: 2027, municipalities: [{ ...ARENDAL, oneOff: 0, total: 50 }] },
    ],
    topPriorities: [],
    fundingPlan: [],
    planProvenOptimal: true,
    planGapPercent: null,
    flagCounts: { high: 0, medium: 1, low: 0 },
  },
  views: {
    splitView: {
      currency: 'NOK',
      years: { from: 2026, to: 2027 },
      costLines: [{ cell: 'Kostnader!A2', item: 'Lisens', key: COMPARISON_KEYS.population }],
      keys: [{ kind: 'population' }, { kind: 'equal' }],
      municipalities: [
        {
          name: 'Arendal',
          chosen: 150,
          alternatives: [
            { total: 150, difference: 0, percent: 0 },
            { total: 150, difference: 0, percent: 0 },
          ],
          likeForLike: null,
        },
      ],
    },
    councilView: {
      currency: 'NOK',
      scoreMax: 5,
      disagreementThreshold: 1,
      criteria: [],
      proposals: [],
      scorers: [],
      plan: [],
      planProvenOptimal: true,
      planGapPercent: null,
    },
  },
};

/** A write's notice: the user's own table already had the output's name. */
export const NAME_TAKEN: WriteNotice = {
  code: 'NAME_TAKEN',
  output: 'Totals',
  tableName: 'Totals_2',
  sheetName: 'Totaler',
  takenBy: { kind: 'table', name: 'Totals' },
};

export const PROBLEMS: RunResult<PaneViews> = {
  ok: false,
  language: 'en',
  problems: [
    {
      code: 'NOT_A_NUMBER',
      cell: 'Kommuner!B2',
      params: {},
      message: 'Expected a number, found "many".',
    },
  ],
  json: EMPTY_JSON,
};

/** A workbook adapter that records what it was asked to do, and can be told to fail. */
export class FakeWorkbook implements PaneWorkbook {
  written: (readonly OutputTable[])[] = [];
  inserted: (readonly TableSheet[])[] = [];
  selected: string[] = [];
  savedSettings: { values: ReadonlyMap<SettingName, SettingValue>; language: Language }[] = [];
  failWith: { readTables?: unknown; writeOutputs?: unknown; selectCell?: unknown } = {};
  /** What the next writes report about where the outputs went. */
  notices: readonly WriteNotice[] = [];
  settings: ReadonlyMap<SettingName, CellValue> = new Map();
  fillEmpty: boolean[] = [];
  tables: readonly TableSheetName[] = [];

  async readTables(): Promise<WorkbookTables> {
    if (this.failWith.readTables) throw this.failWith.readTables;
    return TABLES;
  }
  async writeOutputs(outputs: readonly OutputTable[]): Promise<WriteReport> {
    if (this.failWith.writeOutputs) throw this.failWith.writeOutputs;
    this.written.push(outputs);
    return { notices: this.notices };
  }
  async selectCell(address: string): Promise<void> {
    if (this.failWith.selectCell) throw this.failWith.selectCell;
    this.selected.push(address);
  }
  async insertTableSheets(sheets: readonly TableSheet[], options?: { fillEmpty?: boolean }) {
    this.inserted.push(sheets);
    this.fillEmpty.push(options?.fillEmpty ?? false);
    return { created: sheets.map((s) => s.sheetName), skipped: [], blocked: [] };
  }
  async tableSheets(): Promise<readonly TableSheetName[]> {
    return this.tables;
  }
  async readSettings(): Promise<ReadonlyMap<SettingName, CellValue>> {
    return this.settings;
  }
  async writeSettings(
    values: ReadonlyMap<SettingName, SettingValue>,
    language: Language,
  ): Promise<void> {
    this.savedSettings.push({ values, language });
  }
  scoresWritten: { sheet: ScoreSheet; fresh: NewScoresTable }[] = [];
  async writeScores(sheet: ScoreSheet, fresh: NewScoresTable): Promise<ScoresWrite> {
    this.scoresWritten.push({ sheet, fresh });
    return { kind: 'saved', updated: 0, added: sheet.rows.length };
  }
  pairsWritten: { pairs: readonly PairToSave[]; fresh: NewPairsTable }[] = [];
  async writePairs(pairs: readonly PairToSave[], fresh: NewPairsTable): Promise<PairsWrite> {
    this.pairsWritten.push({ pairs, fresh });
    return { kind: 'saved', updated: pairs.filter((p) => p.changed).length, added: 0 };
  }
  /** The selection handler while one is registered, and the cell a read of it finds. */
  selectionHandler: (() => void) | null = null;
  activeCell: AllocationCell | null = null;
  cellReads = 0;
  async watchSelection(onChange: () => void): Promise<() => Promise<void>> {
    this.selectionHandler = onChange;
    return async () => {
      this.selectionHandler = null;
    };
  }
  async allocationCell(): Promise<AllocationCell | null> {
    this.cellReads += 1;
    return this.activeCell;
  }
  keysWritten: { targets: readonly KeyTarget[]; keyText: string }[] = [];
  async writeKeys(targets: readonly KeyTarget[], keyText: string): Promise<KeyWrite> {
    this.keysWritten.push({ targets, keyText });
    return 'written';
  }
}
