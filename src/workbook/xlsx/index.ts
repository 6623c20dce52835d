/**
 * The .xlsx adapter (Node only, exceljs 4.4): the command line's WorkbookPort. A workbook is
 * read whole into memory; outputs are replaced there; `save` writes a file all or nothing.
 */
import { promises as fs } from 'fs';
import ExcelJS from 'exceljs';
import type { OutputTable, TableSheet, WorkbookTables } from '../../engine/table';
import type { WorkbookPort, WriteReport } from '../port';
import { writeFileAtomically } from './atomicWrite';
import { repairPackage } from './package';
import { readInputTables } from './readTables';
import { addTableSheet } from './tableSheet';
import { repairTableStyles } from './tables';
import { replaceOutputs } from './writeOutputs';

export interface XlsxWorkbook extends WorkbookPort {
  /**
   * Write the workbook to `outPath`: to a temporary file beside it, then renamed into place, so
   * a failure leaves no half-written file (and an earlier file at `outPath` as it was).
   */
  save(outPath: string): Promise<void>;
}

function adapter(workbook: ExcelJS.Workbook): XlsxWorkbook {
  // After a failed replacement the in-memory workbook is half changed: it must not be saved.
  let broken = false;
  return {
    readTables: async (): Promise<WorkbookTables> => readInputTables(workbook),
    writeOutputs: async (outputs: readonly OutputTable[]): Promise<WriteReport> => {
      try {
        replaceOutputs(workbook, outputs);
        return { notices: [] };
      } catch (error) {
        broken = true;
        throw error;
      }
    },
    save: async (outPath: string): Promise<void> => {
      if (broken) throw new Error('the outputs could not be written; nothing was saved');
      const data = await workbook.xlsx.writeBuffer();
      await writeFileAtomically(outPath, new Uint8Array(data));
    },
  };
}

/**
 * Open an .xlsx file, by path or as bytes already read (the command line reads them itself,
 * bounded). Packages that exceljs 4.4 misreads are repaired first (see ./package.ts),
 * and tables without a style are given Excel's "no style" so they can be written back.
 */
export async function openXlsx(source: string | Buffer): Promise<XlsxWorkbook> {
  const data = await repairPackage(typeof source === 'string' ? await fs.readFile(source) : source);
  const workbook = new ExcelJS.Workbook();
  // exceljs types its input as an ArrayBuffer; hand it exactly the file's bytes.
  const bytes = new ArrayBuffer(data.byteLength);
  new Uint8Array(bytes).set(data);
  await workbook.xlsx.load(bytes);
  workbook.worksheets.forEach(repairTableStyles);
  return adapter(workbook);
}

/** A new workbook holding `sheets`, each as one Excel table on its own sheet (templates, samples). */
export function newXlsx(sheets: readonly TableSheet[]): XlsxWorkbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Samkost';
  for (const sheet of sheets) addTableSheet(workbook, sheet);
  return adapter(workbook);
}

/** Write `sheets` as a new workbook at `outPath`, each sheet one Excel table (templates, samples). */
export async function writeTableSheets(
  sheets: readonly TableSheet[],
  outPath: string,
): Promise<void> {
  await newXlsx(sheets).save(outPath);
}
