/**
 * The task pane's service layer: the only code that talks to the workbook adapter and the engine
 * worker. Components call these actions and get plain data back, or a PaneError to show.
 */
import type { Language } from '../../i18n/language';
import type { CalendarDate } from '../../engine/model';
import type { RunResult } from '../../engine/result';
import type { TableSheet, WriteNotice } from '../../engine/table';
import type { WhatIfChoice, WhatIfResult } from '../../engine/views/whatIf';
import { PREFERRED_HEADERS } from '../../engine/parse/headers';
import { TEMPLATE_TEXT } from '../../i18n/template';
import type {
  ExcelWorkbook,
  KeyTarget,
  KeyWrite,
  ScoreSheet,
  ScoresWrite,
} from '../../workbook/excel';
import { memoryStorage, storedIdentity, type IdentityStore } from './identity';
import type { EngineClient } from './engineClient';
import { toPaneError } from './errors';
import type { EngineStage } from './protocol';
import { settingsForm, settingsValues, type SettingsForm } from './settings';
import type { UiKey } from '../../i18n/ui';

/** What the pane needs from the workbook: the Excel adapter's interface, as its tests fake it. */
export type PaneWorkbook = ExcelWorkbook;

/** The steps of a run as the pane shows them. */
export type RunStep = 'read' | EngineStage | 'write';

/** A run's result, with what its write said about where the outputs went (none if not written). */
export type RunOutcome = RunResult & { readonly notices: readonly WriteNotice[] };

export interface TablesReport {
  readonly created: readonly string[];
  readonly skipped: readonly string[];
}

export interface SamkostService {
  /** Read, compute, and (only when the input has no problems) write the outputs. */
  run(language: Language, onStep: (step: RunStep) => void): Promise<RunOutcome>;
  selectCell(address: string): Promise<void>;
  createInputTables(language: Language): Promise<TablesReport>;
  insertSample(): Promise<TablesReport>;
  readSettings(): Promise<SettingsForm>;
  writeSettings(form: SettingsForm): Promise<void>;
  /** Every municipality's total with another key, from the last run (null: no run to ask). */
  whatIf(choice: WhatIfChoice): Promise<WhatIfResult | null>;
  /** Write the what-if's key into its Key cells, all or nothing. */
  applyKey(targets: readonly KeyTarget[], keyText: string): Promise<KeyWrite>;
  /** The council member's name remembered for this workbook (null: not given yet). */
  scorerName(): string | null;
  /** Save one member's scores into Scores (created in `language` when missing), and their name. */
  saveScores(sheet: ScoreSheet, language: Language): Promise<ScoresWrite>;
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
}

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
  const now = deps.now ?? (() => new Date());
  const identity = deps.identity ?? storedIdentity(memoryStorage(), '');
  return {
    async run(language, onStep) {
      onStep('read');
      const tables = await attempt(() => workbook.readTables(), 'error.read');
      const request = { tables, language, today: calendarDate(now()), wasmUrl: deps.wasmUrl };
      const result = await attempt(() => engine.run(request, onStep), 'error.engine');
      if (!result.ok) return { ...result, notices: [] }; // problems: nothing is written
      onStep('write');
      const report = await attempt(() => workbook.writeOutputs(result.outputs), 'error.write');
      return { ...result, notices: report.notices };
    },
    selectCell: (address) => attempt(() => workbook.selectCell(address), 'error.select'),
    createInputTables: (language) =>
      attempt(
        async () => workbook.insertTableSheets(await deps.template(language)),
        'error.insert',
      ),
    insertSample: () =>
      attempt(async () => workbook.insertTableSheets(await deps.sample()), 'error.insert'),
    readSettings: () =>
      attempt(async () => settingsForm(await workbook.readSettings()), 'error.settingsRead'),
    writeSettings: (form) =>
      attempt(() => workbook.writeSettings(settingsValues(form)), 'error.settingsWrite'),
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
  };
}
