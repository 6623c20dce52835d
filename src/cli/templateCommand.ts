/** `samkost template`: write an empty workbook with every input table, ready to fill in. */
import { promises as fs } from 'fs';
import path from 'path';
import { inputTemplate } from '../engine/template';
import { cliText } from '../i18n/cli';
import type { Language } from '../i18n/language';
import { newXlsx } from '../workbook/xlsx';
import { reasonOf } from './files';
import type { CliIo } from './io';
import { EXIT_DONE, EXIT_FAILED } from './runCommand';
import { kindOfName } from './workbookKind';

const exists = (file: string): Promise<boolean> =>
  fs.access(file).then(
    () => true,
    () => false,
  );

/** Write the template to `output` (never over an existing file) and return the exit status. */
export async function templateCommand(
  output: string,
  language: Language,
  io: CliIo,
  /** Fill Settings.Language with `language` (the user chose it with --lang). */
  pinLanguage = false,
): Promise<number> {
  const t = cliText(language);
  const target = path.resolve(io.cwd, output);
  const failure = (message: string): number => {
    io.stderr(`${t('error.prefix', { message })}\n`);
    return EXIT_FAILED;
  };
  // An .xlsx package under another name is a file Excel refuses to open.
  if (kindOfName(output) !== 'xlsx') return failure(t('error.templateKind', { file: output }));
  // A template written over a workbook would wipe out the user's data.
  if (await exists(target)) return failure(t('error.exists', { file: output }));
  try {
    await newXlsx(inputTemplate(language, { pinLanguage })).save(target);
  } catch (error) {
    return failure(t('error.write', { file: output, reason: reasonOf(error) }));
  }
  io.stdout(`${t('template.written', { file: output })}\n`);
  return EXIT_DONE;
}
