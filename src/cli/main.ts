/**
 * The `samkost` command line. `main` takes the arguments and the process's surroundings and
 * returns the exit status; src/cli/samkost.cjs calls it with the real process.
 */
import { readFileSync } from 'fs';
import path from 'path';
import { cliText } from '../i18n/cli';
import { explainText } from '../i18n/explain';
import { mergeScoresText } from '../i18n/mergeScores';
import { languageFromLocale, type Language } from '../i18n/language';
import { isUsageError, parseArgs } from './args';
import { processIo, type CliIo } from './io';
import { mergeScoresCommand, parseMergeScoresArgs } from './mergeScoresCommand';
import { parseReportArgs } from './reportArgs';
import { reportCommand } from './reportCommand';
import { EXIT_DONE, EXIT_FAILED, runCommand } from './runCommand';
import { templateCommand } from './templateCommand';

/** The user's language from the locale variables, in POSIX order of precedence; else English. */
export function languageFromEnv(env: CliIo['env']): Language {
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== '');
  return languageFromLocale(locale);
}

/** The package's version (package.json sits two folders up from src/cli and dist/cli alike). */
function version(): string {
  const file = path.join(__dirname, '..', '..', 'package.json');
  const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
  return typeof parsed === 'object' && parsed !== null && 'version' in parsed
    ? String(parsed.version)
    : 'unknown';
}

/** Run the command line with `argv` (the arguments after `samkost`); resolves to the exit status. */
export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  const fromEnv = languageFromEnv(io.env);
  const merge = parseMergeScoresArgs(argv);
  if (merge !== null) return mergeScoresCommand(merge, fromEnv, io);
  const report = parseReportArgs(argv);
  if (report !== null) return reportCommand(report, fromEnv, io);
  const parsed = parseArgs(argv);
  if (isUsageError(parsed)) {
    const t = cliText(parsed.language ?? fromEnv);
    io.stderr(
      `${t('error.prefix', { message: t(parsed.error, parsed.params) })}\n${t('error.help')}\n`,
    );
    return EXIT_FAILED;
  }
  switch (parsed.kind) {
    case 'help':
      io.stdout(
        `${cliText(fromEnv)('usage')}\n\n${explainText(fromEnv)('usage.explain')}\n${mergeScoresText(fromEnv)('usage.mergeScores')}\n`,
      );
      return EXIT_DONE;
    case 'version':
      io.stdout(`samkost ${version()}\n`);
      return EXIT_DONE;
    case 'template':
      // An explicit --lang is also written into Settings.Language; otherwise it stays blank
      // (the reader's own Office language).
      return templateCommand(
        parsed.output,
        parsed.language ?? fromEnv,
        io,
        parsed.language !== null,
      );
    case 'run':
      return runCommand(
        {
          workbook: parsed.workbook,
          output: parsed.output,
          json: parsed.json,
          language: parsed.language ?? fromEnv,
          languageExplicit: parsed.language !== null,
        },
        io,
      );
  }
}
