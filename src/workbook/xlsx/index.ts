/**
 * The .xlsx adapter (Node only): the command line's WorkbookPort. The file's package is held in
 * memory; inputs are read through the package layer (./readTables.ts, streaming only the sheets
 * that hold them); a write builds the copy by adding Samkost's parts to the package
 * (./writePackage.ts); `save` writes that copy all or nothing.
 */
import { randomBytes } from 'crypto';
import { promises as fs } from 'fs';
import path from 'path';
import type { OutputTable, TableSheet, WorkbookTables } from '../../engine/table';
import type { WorkbookPort, WriteReport } from '../port';
import { readInputTables } from './readTables';
import { readStructure } from './structure';
import type { PackageFile } from './packageWriter';
import { newWorkbookFiles, writeOutputsToPackage } from './writePackage';
import { openZip, writeZip, type ZipEntries } from './zip';

export interface XlsxWorkbook extends WorkbookPort {
  /**
   * Write the workbook to `outPath`: to a temporary file beside it, then renamed into place, so
   * a failure leaves no half-written file (and an earlier file at `outPath` as it was).
   */
  save(outPath: string): Promise<void>;
}

/** Write `data` to `outPath` through a temporary file in the same folder and a rename. */
async function writeFileAtomically(outPath: string, data: Uint8Array): Promise<void> {
  const temporary = path.join(
    path.dirname(outPath),
    `.${path.basename(outPath)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
  );
  try {
    await fs.writeFile(temporary, data, { flag: 'wx' });
    await fs.rename(temporary, outPath);
  } catch (error) {
    await fs.rm(temporary, { force: true });
    throw error;
  }
}

/**
 * The adapter over one package: `files` is what `save` writes, the package's own parts until a
 * write replaces them with the outputs added (see ./writePackage.ts).
 */
function adapter(zip: ZipEntries, bytes: Uint8Array, initial: PackageFile[] | null): XlsxWorkbook {
  // A file that is no workbook fails here, when it is opened, with a WorkbookFileError.
  readStructure(zip);
  let files = initial;
  // A write that failed leaves no half-changed package, but the caller asked for outputs that
  // are not there: saving now would look like success.
  let broken = false;
  return {
    readTables: async (): Promise<WorkbookTables> => readInputTables(zip, readStructure(zip)),
    writeOutputs: async (outputs: readonly OutputTable[]): Promise<WriteReport> => {
      try {
        const written = writeOutputsToPackage(zip, outputs);
        files = written.files;
        return { notices: written.notices };
      } catch (error) {
        broken = true;
        throw error;
      }
    },
    save: async (outPath: string): Promise<void> => {
      if (broken) throw new Error('the outputs could not be written; nothing was saved');
      const data = files === null ? bytes : writeZip(files);
      await writeFileAtomically(outPath, data);
    },
  };
}

/** Open an .xlsx (or .xlsm) file: its package is kept as it is, to be written back with outputs. */
export async function openXlsx(filePath: string): Promise<XlsxWorkbook> {
  const bytes = new Uint8Array(await fs.readFile(filePath));
  return adapter(openZip(bytes), bytes, null);
}

/** A new workbook holding `sheets`, each as one Excel table on its own sheet (templates, samples). */
export function newXlsx(sheets: readonly TableSheet[]): XlsxWorkbook {
  const files = newWorkbookFiles(sheets);
  const bytes = writeZip(files);
  return adapter(openZip(bytes), bytes, files);
}

/** Write `sheets` as a new workbook at `outPath`, each sheet one Excel table (templates, samples). */
export async function writeTableSheets(
  sheets: readonly TableSheet[],
  outPath: string,
): Promise<void> {
  await newXlsx(sheets).save(outPath);
}
