/** File names and file errors as the command line tells them to the user. */
import path from 'path';
import type { CliTranslate } from '../i18n/cli';

/** `budget.xlsx` → `budget.samkost.xlsx` in the same folder. */
export function defaultOutputPath(workbook: string): string {
  const { dir, name, ext } = path.parse(workbook);
  const stem = /^\.xls[xm]?$/i.test(ext) ? name : `${name}${ext}`;
  return path.join(dir, `${stem}.samkost.xlsx`);
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

/** Why a workbook could not be opened, in one line. */
export function openFailure(error: unknown, file: string, t: CliTranslate): string {
  const code = errorCode(error);
  if (code === 'ENOENT') return t('error.notFound', { file });
  if (code !== null) return t('error.unreadable', { file, reason: code });
  // jszip's words for bytes that are not a zip package, and exceljs's for a zip without a workbook.
  if (/zip|central directory|end of data|workbook\.xml|corrupted/i.test(reasonOf(error))) {
    return t('error.notWorkbook', { file });
  }
  return t('error.unreadable', { file, reason: reasonOf(error) });
}
