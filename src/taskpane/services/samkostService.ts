/**
 * The task pane's service layer: the only code that talks to the workbook adapter and the engine
 * worker. Components call these actions and get plain data back, or a PaneError to show.
 */
import type { Language } from '../../i18n/language';
import type { ExplainAnswer, ExplainQuery } from '../../engine/explain';
import type { CalendarDate } from '../../engine/model';
import type { PaneViews, RunResult } from '../../engine/result';
import {
  INPUT_TABLE_NAMES,
  OUTPUT_TABLE_NAMES,
  type InputTableName,
  type OutputTableName,
  type TableSheet,
  type WriteNotice,
} from '../../engine/table';
import type { ExcelWorkbook, InsertResult } from '../../workbook/excel';
import type { WhatIfChoice, WhatIfResult } from '../../engine/views/whatIf';
import { PREFERRED_HEADERS } from '../../engine/parse/headers';
import { TEMPLATE_TEXT } from '../../i18n/template';
import type {
  KeyTarget,
  KeyWrite,
  PairsWrite,
  ScoreSheet,
  ScoresWrite,
} from '../../workbook/excel';
import type { PairToSave } from '../../workbook/pairRows';
import { memoryStorage, storedIdentity, type IdentityStore } from './identity';
import type { CurrentResults, SelectedShare } from './allocationShare';
import type { EngineClient } from './engineClient';
import { toPaneError } from './errors';
import type { EngineStage } from './protocol';
import { settingsChanges, settingsForm, type SettingsForm } from './settings';
import type { UiKey } from '../../i18n/ui';

/** What the pane needs from the workbook: the Excel adapter's interface, as its tests fake it. */
export type PaneWorkbook = ExcelWorkbook;

export type ContractTable = InputTableName | OutputTableName;
const CONTRACT_TABLES: readonly ContractTable[] = [...INPUT_TABLE_NAMES, ...OUTPUT_TABLE_NAMES];

/** The sheet each contract table is on, as the workbook names it. */
export type SheetNames = Readonly<Partial<Record<ContractTable, string>>>;

/** The sheets holding output tables (after a run that wrote nothing: an earlier run's). */
export function outputSheetsOf(names: SheetNames): string[] {
  return [...new Set(OUTPUT_TABLE_NAMES.flatMap((name) => names[name] ?? []))];
}

/** The steps of a run as the pane shows them. */
export type RunStep = 'read' | EngineStage | 'write';

/** A run's result, with what its write said about where the outputs went (none if not written). */
export type RunOutcome = RunResult<PaneViews> & { readonly notices: readonly WriteNotice[] };

/** Which sheets were added (or filled), left alone, or not filled and why. */
export type TablesReport = InsertResult;

export interface SamkostService {
  /** Read, compute, and (only when the input has no problems) write the outputs. */
  run(language: Language, onStep: (step: RunStep) => void): Promise<RunOutcome>;
  selectCell(address: string): Promise<void>;
  /**
   * Follow Excel's selection: when it settles on a share of the Allocation table the last run
   * wrote (see allocationShare), call `onShare` with it. Returns the way to stop following.
   */
  followSelection(onShare: (share: SelectedShare) => void): () => void;
  /** The sheet each contract table is on in the workbook (tables not there are left out). */
  sheetNames(): Promise<SheetNames>;
  /**
   * Read the workbook again and answer about one municipality from a fresh run (nothing written):
   * its lines, one line's explanation, its statement. Null when the run has problems or no such
   * municipality (the workbook changed since the results were shown).
   */
  explain(language: Language, query: ExplainQuery): Promise<ExplainAnswer | null>;
  createInputTables(language: Language): Promise<TablesReport>;
  /** The sample, in new sheets or filling input tables still empty. */
  insertSample(): Promise<TablesReport>;
  readSettings(): Promise<SettingsForm>;
  /** Write the settings changed from `loaded` to `form`; new rows are named in `language`. */
  writeSettings(form: SettingsForm, loaded: SettingsForm, language: Language): Promise<void>;
  /** Every municipality's total with another key, from the last run (null: no run to ask). */
  whatIf(choice: WhatIfChoice): Promise<WhatIfResult | null>;
  /** Write the what-if's key into its Key cells, all or nothing. */
  applyKey(targets: readonly KeyTarget[], keyText: string): Promise<KeyWrite>;
  /** The council member's name remembered for this workbook (null: not given yet). */
  scorerName(): string | null;
  /** Save one member's scores into Scores (created in `language` when missing), and their name. */
  saveScores(sheet: ScoreSheet, language: Language): Promise<ScoresWrite>;
  /** Save the council's pairwise judgements into CriteriaPairs (created in `language` when missing). */
  savePairs(pairs: readonly PairToSave[], language: Language): Promise<PairsWrite>;
}

export interface ServiceDependencies {
  readonly workbook: PaneWorkbook;
  readonly engine: EngineClient;
  /** The input tables' template in a language (loaded lazily: the pane's first load stays small). */
  readonly template: (language: Language) => Promise<readonly TableSheet[]>;
  readonly sample: () => Promise<readonly TableSheet[]>;
  readonly wasmUrl: string;
  readonly now?: () => Date;
  /** Where the member's name is remembered (default: for this session only). */
  readonly identity?: IdentityStore;
  /** How long the selection must rest before it is read, in ms (default SELECTION_PAUSE_MS). */
  readonly selectionPause?: number;
}

/**
 * Moving through cells with the arrow keys raises an event per cell: only where the selection
 * rests for this long is it read (a round trip or two) and explained.
 */
export const SELECTION_PAUSE_MS = 250;

const calendarDate = (date: Date): CalendarDate => ({
  year: date.getFullYear(),
  month: date.getMonth() + 1,
  day: date.getDate(),
});

/** Await `work`; any failure becomes a PaneError whose fallback message says what failed. */
async function attempt<T>(work: () => Promise<T>, fallback: UiKey): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw toPaneError(error, fallback);
  }
}

export function samkostService(deps: ServiceDependencies): SamkostService {
  const { workbook, engine } = deps;
  // Made when the pane opens: the engine and HiGHS load while the user reads it, off its thread,
  // so Run computes at once.
  engine.warmUp(deps.wasmUrl);
  const now = deps.now ?? (() => new Date());
  const contractSheets = async (): Promise<SheetNames> => {
    const found = await workbook.tableSheets();
    const sheetOf = (table: string): string | undefined =>
      found.find((f) => f.table.toLowerCase() === table.toLowerCase())?.sheet;
    return Object.fromEntries(
      CONTRACT_TABLES.flatMap((table) => {
        const sheet = sheetOf(table);
        return sheet === undefined ? [] : [[table, sheet]];
      }),
    );
  };
  const identity = deps.identity ?? storedIdentity(memoryStorage(), '');
  const pause = deps.selectionPause ?? SELECTION_PAUSE_MS;
  /** What the last run wrote, which a selected cell must show to be explained (null: nothing). */
  let results: CurrentResults | null = null;
  return {
    async run(language, onStep) {
      results = null;
      onStep('read');
      const tables = await attempt(() => workbook.readTables(), 'error.read');
      const request = { tables, language, today: calendarDate(now()), wasmUrl: deps.wasmUrl };
      const result = await attempt(() => engine.run(request, onStep), 'error.engine');
      if (!result.ok) return { ...result, notices: [] }; // problems: nothing is written
      onStep('write');
      const report = await attempt(() => workbook.writeOutputs(result.outputs), 'error.write');
      results = result;
      return { ...result, notices: report.notices };
    },
    selectCell: (address) => attempt(() => workbook.selectCell(address), 'error.select'),
    followSelection(onShare) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      let latest = 0; // each selection change; a read answers only if none came after it
      let following = true;
      const read = async (change: number): Promise<void> => {
        const current = results;
        if (!current) return;
        try {
          const cell = await workbook.allocationCell();
          // Loaded with the first cell read: the pane's first load stays small.
          const share = cell && (await import('./allocationShare')).shareAt(current, cell);
          if (share && following && change === latest && current === results) onShare(share);
        } catch {
          // Following the selection is a convenience: a cell Excel cannot read now (the user is
          // typing in it, say) explains nothing, and is no error to show.
        }
      };
      const stopping = workbook
        .watchSelection(() => {
          clearTimeout(timer);
          latest += 1;
          const change = latest;
          timer = setTimeout(() => void read(change), pause);
        })
        .catch(() => null); // a host that cannot raise the event: the pane works without it
      return () => {
        following = false;
        clearTimeout(timer);
        void stopping.then((stop) => stop?.()).catch(() => undefined);
      };
    },
    sheetNames: () => attempt(contractSheets, 'error.read'),
    async explain(language, query) {
      const tables = await attempt(() => workbook.readTables(), 'error.read');
      const request = { tables, language, today: calendarDate(now()), wasmUrl: deps.wasmUrl };
      return attempt(() => engine.explain(request, query), 'error.engine');
    },
    createInputTables: (language) =>
      attempt(
        async () => workbook.insertTableSheets(await deps.template(language)),
        'error.insert',
      ),
    insertSample: () =>
      attempt(
        async () => workbook.insertTableSheets(await deps.sample(), { fillEmpty: true }),
        'error.insert',
      ),
    readSettings: () =>
      attempt(async () => settingsForm(await workbook.readSettings()), 'error.settingsRead'),
    writeSettings: (form, loaded, language) =>
      attempt(async () => {
        const changes = settingsChanges(form, loaded);
        if (changes.size > 0) await workbook.writeSettings(changes, language);
      }, 'error.settingsWrite'),
    whatIf: (choice) => attempt(() => engine.whatIf(choice), 'error.engine'),
    applyKey: (targets, keyText) =>
      attempt(() => workbook.writeKeys(targets, keyText), 'error.write'),
    scorerName: () => identity.read(),
    saveScores: (sheet, language) =>
      attempt(async () => {
        identity.remember(sheet.scorer);
        const headers = PREFERRED_HEADERS.Scores;
        return workbook.writeScores(sheet, {
          sheetName: TEMPLATE_TEXT[language]['sheet.Scores'],
          proposal: headers['Proposal']?.[language] ?? 'Proposal',
          scorer: headers['Scorer']?.[language] ?? 'Scorer',
        });
      }, 'error.write'),
    savePairs: (pairs, language) =>
      attempt(async () => {
        const headers = PREFERRED_HEADERS.CriteriaPairs;
        return workbook.writePairs(pairs, {
          sheetName: TEMPLATE_TEXT[language]['sheet.CriteriaPairs'],
          criterionA: headers['CriterionA']?.[language] ?? 'CriterionA',
          criterionB: headers['CriterionB']?.[language] ?? 'CriterionB',
          ratio: headers['Ratio']?.[language] ?? 'Ratio',
        });
      }, 'error.write'),
  };
}
