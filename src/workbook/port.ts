/**
 * The workbook port: how the product reads a workbook's input tables and writes its outputs,
 * whatever holds the workbook (Excel through Office.js, or an .xlsx file in the command line).
 */
import type { OutputTable, WorkbookTables } from '../engine/table';
import type { WriteNotice } from './ownership';

/** What a write did that the user should hear about (contract v1.1 §6, ownership). */
export interface WriteReport {
  readonly notices: readonly WriteNotice[];
}

export interface WorkbookPort {
  /** Every contract input table present, found by table name or by the worksheet fallback. */
  readTables(): Promise<WorkbookTables>;
  /**
   * Replace the previous outputs with these, all or nothing: on any failure the previous outputs
   * and every input are left as they were. Only what Samkost recorded as its own is replaced or
   * deleted (see ./ownership.ts).
   */
  writeOutputs(outputs: readonly OutputTable[]): Promise<WriteReport>;
}
