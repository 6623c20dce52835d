/** File names and file errors as the command line tells them to the user. */
import path from 'path';
import { cliText, type CliKey } from '../i18n/cli';
import type { Language } from '../i18n/language';
import { formatNumber } from '../i18n/numbers';
import { isWorkbookFileError, type FileErrorCode } from '../workbook/fileErrors';
import { extensionOf, type WorkbookKind } from './workbookKind';

/** `budget.xlsx` → `budget.samkost.xlsx` in the same folder; an .xlsm stays an .xlsm. */
export function defaultOutputPath(workbook: string, kind: WorkbookKind): string {
  const { dir, name, ext } = path.parse(workbook);
  const stem = /^\.xls[xm]$/i.test(ext) ? name : `${name}${ext}`;
  return path.join(dir, `${stem}.samkost${extensionOf(kind)}`);
}

const errorCode = (error: unknown): string | null =>
  typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string'
    ? error.code
    : null;

/** The first line of an error's message: what the user sees, never a stack trace. */
export function reasonOf(error: unknown): string {
  const code = errorCode(error);
  if (code !== null) return code;
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0]?.trim() || 'unknown error';
}

/** Each file error's one-line message; the compiler checks that every code has one. */
const FILE_ERROR_KEYS: Readonly<Record<FileErrorCode, CliKey>> = {
  NOT_A_FILE: 'error.notAFile',
  FILE_TOO_LARGE: 'error.fileTooLarge',
  NOT_A_WORKBOOK: 'error.notWorkbook',
  PART_TOO_LARGE: 'error.partTooLarge',
  TOO_MANY_CELLS: 'error.tooManyCells',
  TOO_MANY_PARTS: 'error.tooManyParts',
  CONTENT_TOO_LARGE: 'error.contentTooLarge',
  DUPLICATE_TABLE: 'error.duplicateTable',
  BAD_PART: 'error.badPart',
};

/** Parameters that count bytes, shown in MB (MiB, as Windows and Excel show file sizes). */
const BYTE_PARAMS: ReadonlySet<string> = new Set(['size', 'limit']);
const BYTE_CODES: ReadonlySet<FileErrorCode> = new Set([
  'FILE_TOO_LARGE',
  'PART_TOO_LARGE',
  'CONTENT_TOO_LARGE',
]);
const MB = 1024 * 1024;

function shownParams(
  code: FileErrorCode,
  params: Readonly<Record<string, string | number>>,
  language: Language,
): Record<string, string> {
  const shown = (name: string, value: string | number): string => {
    if (typeof value === 'string') return value;
    if (!(BYTE_CODES.has(code) && BYTE_PARAMS.has(name))) return formatNumber(value, language, 0);
    const mb = value / MB;
    return formatNumber(mb, language, Number.isInteger(mb) ? 0 : 1);
  };
  return Object.fromEntries(Object.entries(params).map(([name, v]) => [name, shown(name, v)]));
}

/** Why a workbook could not be opened, in one line. */
export function openFailure(error: unknown, file: string, language: Language): string {
  const t = cliText(language);
  if (isWorkbookFileError(error)) {
    return t(FILE_ERROR_KEYS[error.code], {
      ...shownParams(error.code, error.params, language),
      file,
    });
  }
  const code = errorCode(error);
  if (code === 'ENOENT') return t('error.notFound', { file });
  if (code !== null) return t('error.unreadable', { file, reason: code });
  return t('error.unreadable', { file, reason: reasonOf(error) });
}
