/**
 * The .xlsx adapter (Node only): the command line's WorkbookPort. Inputs are read through the
 * package layer (./zip.ts, ./structure.ts, streaming the sheets that hold them); outputs are
 * still written through exceljs 4.4, loaded only to write; `save` writes a file all or nothing.
 */
import { promises as fs } from 'fs';
import ExcelJS from 'exceljs';
import type { OutputTable, TableSheet, WorkbookTables } from '../../engine/table';
import type { WorkbookPort, WriteReport } from '../port';
import { writeFileAtomically } from './atomicWrite';
import { repairPackage } from './package';
import { readInputTables } from './readTables';
import { readStructure } from './structure';
import { addTableSheet } from './tableSheet';
import { repairTableStyles } from './tables';
import { replaceOutputs } from './writeOutputs';
import { openZip } from './zip';

export interface XlsxWorkbook extends WorkbookPort {
  /**
   * Write the workbook to `outPath`: to a temporary file beside it, then renamed into place, so
   * a failure leaves no half-written file (and an earlier file at `outPath` as it was).
   */
  save(outPath: string): Promise<void>;
}

/**
 * The adapter over a workbook read by `readTables` and written through exceljs, which is loaded
 * only when something is written: reading never depends on what exceljs can model (a chart in
 * the file makes exceljs 4.4 fail; the package layer reads past it).
 */
function adapter(
  readTables: () => Promise<WorkbookTables>,
  loadWorkbook: () => Promise<ExcelJS.Workbook>,
): XlsxWorkbook {
  let loaded: Promise<ExcelJS.Workbook> | null = null;
  const workbook = (): Promise<ExcelJS.Workbook> => (loaded ??= loadWorkbook());
  // After a failed replacement the in-memory workbook is half changed: it must not be saved.
  let broken = false;
  return {
    readTables,
    writeOutputs: async (outputs: readonly OutputTable[]): Promise<WriteReport> => {
      try {
        replaceOutputs(await workbook(), outputs);
        return { notices: [] };
      } catch (error) {
        broken = true;
        throw error;
      }
    },
    save: async (outPath: string): Promise<void> => {
      if (broken) throw new Error('the outputs could not be written; nothing was saved');
      const data = await (await workbook()).xlsx.writeBuffer();
      await writeFileAtomically(outPath, new Uint8Array(data));
    },
  };
}

/** The package as exceljs 4.4 can load it for writing (see ./package.ts and ./tables.ts). */
async function exceljsWorkbook(file: Buffer): Promise<ExcelJS.Workbook> {
  const data = await repairPackage(file);
  const workbook = new ExcelJS.Workbook();
  // exceljs types its input as an ArrayBuffer; hand it exactly the file's bytes.
  const bytes = new ArrayBuffer(data.byteLength);
  new Uint8Array(bytes).set(data);
  await workbook.xlsx.load(bytes);
  workbook.worksheets.forEach(repairTableStyles);
  return workbook;
}

/**
 * Open an .xlsx file, by path or as bytes already read (the command line reads them itself,
 * bounded): its package and workbook structure are read at once (a file that is no workbook
 * fails here with a WorkbookFileError), its input tables when asked.
 */
export async function openXlsx(source: string | Buffer): Promise<XlsxWorkbook> {
  const file = typeof source === 'string' ? await fs.readFile(source) : source;
  const zip = openZip(file);
  const structure = readStructure(zip);
  return adapter(
    async () => readInputTables(zip, structure),
    () => exceljsWorkbook(file),
  );
}

/** A new workbook holding `sheets`, each as one Excel table on its own sheet (templates, samples). */
export function newXlsx(sheets: readonly TableSheet[]): XlsxWorkbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Samkost';
  for (const sheet of sheets) addTableSheet(workbook, sheet);
  return adapter(
    // What a new workbook's file holds, read as any file is.
    async () => {
      const zip = openZip(new Uint8Array(await workbook.xlsx.writeBuffer()));
      return readInputTables(zip, readStructure(zip));
    },
    async () => workbook,
  );
}

/** Write `sheets` as a new workbook at `outPath`, each sheet one Excel table (templates, samples). */
export async function writeTableSheets(
  sheets: readonly TableSheet[],
  outPath: string,
): Promise<void> {
  await newXlsx(sheets).save(outPath);
}
