/**
 * The Office.js adapter: the workbook port over Excel's JavaScript API, plus what the task
 * pane needs besides (select a cell, insert tables, the Settings form).
 *
 * Requirement set: ExcelApi 1.7 (Office 2019 and later; stated in manifest.xml). Data
 * validation lists (ExcelApi 1.8) are feature-detected and skipped where missing.
 */
import type { Language } from '../../i18n/language';
import type { SettingName } from '../../engine/settingNames';
import { INPUT_TABLE_NAMES, type CellValue, type TableSheet } from '../../engine/table';
import type { WorkbookPort } from '../port';
import { readAllocationCell, watchSelection, type AllocationCell } from './allocationCell';
import { guarded } from './errors';
import { insertTableSheets, type InsertResult } from './insertTableSheets';
import { tableSheets, type TableSheetName } from './tableSheets';
import { readInputTables } from './readTables';
import { globalRun, type ExcelRun } from './run';
import { selectCell } from './selectCell';
import { readSettings, writeSettings, type SettingValue } from './settings';
import { writeOutputTables } from './writeOutputs';
import { writeKeys, type KeyTarget, type KeyWrite } from './writeKeys';
import type { PairToSave } from '../pairRows';
import { writePairs, type NewPairsTable, type PairsWrite } from './writePairs';
import { writeScores, type NewScoresTable, type ScoreSheet, type ScoresWrite } from './writeScores';

export { countingRun, type ExcelRun } from './run';
export type { AllocationCell } from './allocationCell';
export type { Blocked, InsertResult } from './insertTableSheets';
export type { TableSheetName } from './tableSheets';
export { ExcelWorkbookError, type WorkbookFailure } from './errors';
export { REQUEST_BUDGET_BYTES } from './payload';
export type { KeyTarget, KeyWrite } from './writeKeys';
export type { NewPairsTable, PairsWrite } from './writePairs';
export type { NewScoresTable, ScoreSheet, ScoresWrite } from './writeScores';

export interface ExcelWorkbook extends WorkbookPort {
  /** `Sheet!B7` or `'My sheet'!B7`: activate the sheet and select the cell. */
  selectCell(address: string): Promise<void>;
  /** Be told of every selection change; resolves to the way to stop (see watchSelection). */
  watchSelection(onChange: () => void): Promise<() => Promise<void>>;
  /** The active cell when it is in the body of Samkost's own Allocation table, else null. */
  allocationCell(): Promise<AllocationCell | null>;
  /**
   * New sheets with real tables; an existing table or sheet of that name is skipped, unless
   * `fillEmpty` and the table is still empty (see {@link insertTableSheets}).
   */
  insertTableSheets(
    sheets: readonly TableSheet[],
    options?: { readonly fillEmpty?: boolean },
  ): Promise<InsertResult>;
  /** Every Excel table in the workbook with the sheet it is on. */
  tableSheets(): Promise<readonly TableSheetName[]>;
  /** Each setting's value, by the setting its row names in any language (empty map if none). */
  readSettings(): Promise<ReadonlyMap<SettingName, CellValue>>;
  /**
   * Update the settings' rows, adding rows named in `language` only for settings without one
   * (and the table, if absent).
   */
  writeSettings(values: ReadonlyMap<SettingName, SettingValue>, language: Language): Promise<void>;
  /** Write one key into Costs' Key cells, all or nothing (see writeKeys). */
  writeKeys(targets: readonly KeyTarget[], keyText: string): Promise<KeyWrite>;
  /** Save one member's scores into Scores, all or nothing (see writeScores). */
  writeScores(sheet: ScoreSheet, fresh: NewScoresTable): Promise<ScoresWrite>;
  /** Save the council's pairwise judgements into CriteriaPairs, all or nothing (see writePairs). */
  writePairs(pairs: readonly PairToSave[], fresh: NewPairsTable): Promise<PairsWrite>;
}

export interface ExcelWorkbookOptions {
  /** Office's requirement-set check (default: `Office.context.requirements.isSetSupported`). */
  readonly isSetSupported?: (name: string, version: string) => boolean;
  /** Bytes per request before the adapter splits a batch (default 4 MB; tests lower it). */
  readonly payloadBudget?: number;
  /** Makes temporary sheet names predictable (tests). */
  readonly token?: string;
}

const officeSupports = (name: string, version: string): boolean =>
  typeof Office !== 'undefined' && Office.context.requirements.isSetSupported(name, version);

/**
 * The workbook behind `run` (default: the global `Excel.run`). Every failure surfaces as an
 * {@link ExcelWorkbookError} carrying a user-facing reason.
 */
export function excelWorkbook(
  run: ExcelRun = globalRun,
  options: ExcelWorkbookOptions = {},
): ExcelWorkbook {
  const supports = options.isSetSupported ?? officeSupports;
  const budget = options.payloadBudget;
  return {
    readTables: () =>
      guarded(() =>
        run(async (context) => (await readInputTables(context, INPUT_TABLE_NAMES, budget)).tables),
      ),
    writeOutputs: (outputs) =>
      guarded(() => writeOutputTables(run, outputs, { budget, token: options.token, supports })),
    selectCell: (address) => guarded(() => selectCell(run, address)),
    watchSelection: async (onChange) => {
      const stop = await guarded(() => watchSelection(run, onChange));
      return () => guarded(stop);
    },
    allocationCell: () => guarded(() => readAllocationCell(run)),
    insertTableSheets: (sheets, insert) =>
      guarded(() =>
        insertTableSheets(run, sheets, {
          validation: supports('ExcelApi', '1.8'),
          budget,
          fillEmpty: insert?.fillEmpty,
        }),
      ),
    tableSheets: () => guarded(() => tableSheets(run)),
    readSettings: () => guarded(() => readSettings(run)),
    writeSettings: (values, language) => guarded(() => writeSettings(run, values, language)),
    writeKeys: (targets, keyText) => guarded(() => writeKeys(run, targets, keyText)),
    writeScores: (sheet, fresh) => guarded(() => writeScores(run, sheet, fresh)),
    writePairs: (pairs, fresh) => guarded(() => writePairs(run, pairs, fresh)),
  };
}
