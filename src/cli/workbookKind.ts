/**
 * What kind of workbook a file holds, from its package's content types rather than its name: an
 * Excel workbook (.xlsx) or a macro-enabled one (.xlsm). Anything else (not a zip, a zip of other
 * files, a Word document, a binary .xlsb) is not a workbook Samkost reads.
 */
import { unzipSync } from 'fflate';
import { WorkbookFileError } from '../workbook/fileErrors';

export type WorkbookKind = 'xlsx' | 'xlsm';

/** The main part's content type for each kind (ECMA-376 part 1; [MS-OFFMACRO2] for .xlsm). */
const MAIN_CONTENT_TYPES: Readonly<Record<string, WorkbookKind>> = {
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml': 'xlsx',
  'application/vnd.ms-excel.sheet.macroEnabled.main+xml': 'xlsm',
};

const CONTENT_TYPES_PART = '[Content_Types].xml';
/** Real content-type lists are a few kB; a larger one is not read. */
const CONTENT_TYPES_CAP = 1024 * 1024;

/** The extension a file of `kind` must have. */
export const extensionOf = (kind: WorkbookKind): string => `.${kind}`;

/** The kind its extension claims for `file`, or null for any other name (.xls, .ods, …). */
export function kindOfName(file: string): WorkbookKind | null {
  const extension = /\.xls[xm]$/i.exec(file)?.[0].toLowerCase();
  if (extension === undefined) return null;
  return extension === '.xlsm' ? 'xlsm' : 'xlsx';
}

function contentTypes(data: Uint8Array): string | null {
  try {
    // The filter reads only the zip's directory and inflates the one small part asked for.
    const parts = unzipSync(data, {
      filter: (file) => file.name === CONTENT_TYPES_PART && file.originalSize <= CONTENT_TYPES_CAP,
    });
    const part = parts[CONTENT_TYPES_PART];
    return part === undefined ? null : new TextDecoder().decode(part);
  } catch {
    return null; // not a zip at all, or a damaged one
  }
}

/** The kind of workbook `data` holds; a {@link WorkbookFileError} NOT_A_WORKBOOK if none. */
export function workbookKind(data: Uint8Array): WorkbookKind {
  const xml = contentTypes(data) ?? '';
  for (const element of xml.match(/<(?:\w+:)?Override\b[^>]*>/g) ?? []) {
    const type = /\bContentType\s*=\s*"([^"]*)"/.exec(element)?.[1];
    const kind = type === undefined ? undefined : MAIN_CONTENT_TYPES[type];
    if (kind !== undefined) return kind;
  }
  throw new WorkbookFileError('NOT_A_WORKBOOK');
}
