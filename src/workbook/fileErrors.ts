/**
 * A workbook file Samkost will not read: too large, not a workbook, hostile. Each carries a
 * stable code and the values its one-line message needs; messages are rendered in the user's
 * language by the command line (`src/i18n/cli.ts`) and the pane. Never a stack trace.
 */
export const FILE_ERROR_CODES = [
  'NOT_A_FILE', // a folder, a device, a pipe: only regular files are read
  'FILE_TOO_LARGE', // the file is over the size cap (params: size, limit in bytes)
  'NOT_A_WORKBOOK', // not a zip, or a zip without an Excel workbook in it (params: reason)
  'TOO_MANY_PARTS', // the zip lists more entries than the cap (params: limit)
  'PART_TOO_LARGE', // a part inflates past its cap (params: part, limit in bytes)
  'CONTENT_TOO_LARGE', // the parts read inflate past the cap together (params: limit in bytes)
  'TOO_MANY_CELLS', // more non-empty cells than the cap (params: limit)
  'DUPLICATE_TABLE', // two tables whose names differ only in case (params: first, second)
  'BAD_PART', // a part that is missing, not well-formed XML or nested too deep (params: part, reason)
] as const;

export type FileErrorCode = (typeof FILE_ERROR_CODES)[number];

export class WorkbookFileError extends Error {
  constructor(
    readonly code: FileErrorCode,
    readonly params: Readonly<Record<string, string | number>> = {},
  ) {
    super(`${code} ${JSON.stringify(params)}`);
    this.name = 'WorkbookFileError';
  }
}

export const isWorkbookFileError = (error: unknown): error is WorkbookFileError =>
  error instanceof WorkbookFileError;
