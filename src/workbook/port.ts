/**
 * The workbook port: how the product reads a workbook's input tables and writes its outputs,
 * whatever holds the workbook (Excel through Office.js, or an .xlsx file through exceljs).
 */
import type { OutputTable, WorkbookTables } from '../engine/table';

export interface WorkbookPort {
  /** Every contract input table present, found by table name or by the worksheet fallback. */
  readTables(): Promise<WorkbookTables>;
  /**
   * Replace the previous outputs with these, all or nothing: on any failure the previous outputs
   * and every input are left as they were.
   */
  writeOutputs(outputs: readonly OutputTable[]): Promise<void>;
}
