/**
 * The .xlsx adapter (Node only): the command line's WorkbookPort. The file's package is held in
 * memory; inputs are read through the package layer (./readTables.ts, streaming only the sheets
 * that hold them); a write builds the copy by adding Samkost's parts to the package
 * (./writePackage.ts); `save` writes that copy all or nothing.
 */
import { promises as fs } from 'fs';
import type { OutputTable, TableSheet, WorkbookTables } from '../../engine/table';
import type { WorkbookPort, WriteReport } from '../port';
import { writeFileAtomically } from './atomicWrite';
import { readInputTables } from './readTables';
import { readStructure } from './structure';
import { settled, type PendingFile } from './packageWriter';
import { newWorkbookFiles, writeOutputsDeflating } from './writePackage';
import { openZip, writeZip, type ZipEntries } from './zip';

export interface XlsxWorkbook extends WorkbookPort {
  /**
   * Write the workbook to `outPath`: to a temporary file beside it, then renamed into place, so
   * a failure leaves no half-written file (and an earlier file at `outPath` as it was).
   */
  save(outPath: string): Promise<void>;
}

/**
 * The adapter over one package: `save` writes its bytes as they are until a write replaces its
 * parts with the outputs added (see ./writePackage.ts).
 */
function adapter(zip: ZipEntries, bytes: Uint8Array): XlsxWorkbook {
  // A file that is no workbook fails here, when it is opened, with a WorkbookFileError.
  readStructure(zip);
  let files: PendingFile[] | null = null;
  // A write that failed leaves no half-changed package, but the caller asked for outputs that
  // are not there: saving now would look like success.
  let broken = false;
  return {
    readTables: async (): Promise<WorkbookTables> => readInputTables(zip, readStructure(zip)),
    writeOutputs: async (outputs: readonly OutputTable[]): Promise<WriteReport> => {
      try {
        const written = writeOutputsDeflating(zip, outputs);
        files = written.files;
        return { notices: written.notices };
      } catch (error) {
        broken = true;
        throw error;
      }
    },
    save: async (outPath: string): Promise<void> => {
      if (broken) throw new Error('the outputs could not be written; nothing was saved');
      const data = files === null ? bytes : writeZip(await settled(files));
      await writeFileAtomically(outPath, data);
    },
  };
}

/**
 * Open an .xlsx (or .xlsm) file, by path or as bytes already read (the command line reads them
 * itself, bounded): its package is kept as it is, to be written back with the outputs added.
 */
export async function openXlsx(source: string | Uint8Array): Promise<XlsxWorkbook> {
  const bytes = new Uint8Array(typeof source === 'string' ? await fs.readFile(source) : source);
  return adapter(openZip(bytes), bytes);
}

/** A new workbook holding `sheets`, each as one Excel table on its own sheet (templates, samples). */
export function newXlsx(sheets: readonly TableSheet[]): XlsxWorkbook {
  const bytes = writeZip(newWorkbookFiles(sheets));
  return adapter(openZip(bytes), bytes);
}

/** Write `sheets` as a new workbook at `outPath`, each sheet one Excel table (templates, samples). */
export async function writeTableSheets(
  sheets: readonly TableSheet[],
  outPath: string,
): Promise<void> {
  await newXlsx(sheets).save(outPath);
}
