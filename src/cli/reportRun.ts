/**
 * What the report commands share: read the workbook and run the engine as `samkost run` does
 * (the same checks, the same problems, exit 2 when there are any), keeping the allocation the run
 * split; and a failure put into words, exit 1.
 */
import type { RunResult } from '../engine/result';
import { runEngine, type Allocated } from '../engine/run';
import { cliText } from '../i18n/cli';
import type { Language } from '../i18n/language';
import { reasonOf } from './files';
import type { CliIo } from './io';
import { progress } from './progress';
import {
  EXIT_FAILED,
  EXIT_WORKBOOK_ERRORS,
  Failure,
  problemLines,
  readInputTables,
  solverFor,
} from './runCommand';

export interface ReportRun {
  readonly allocated: Allocated;
  readonly result: Extract<RunResult, { ok: true }>;
}

/**
 * The run of `workbook`, or the exit status when it could not be had (the reason already printed).
 * `language`: --lang when given (it then beats Settings.Language), else the environment's.
 */
export async function reportRun(
  workbook: string,
  language: Language,
  languageExplicit: boolean,
  io: CliIo,
): Promise<ReportRun | number> {
  const t = cliText(language);
  const shown = progress(io, t);
  try {
    shown.step('progress.read');
    const tables = await readInputTables({ workbook, language }, io);
    const solver = await solverFor(tables, io, t, shown);
    let allocated: Allocated | null = null;
    const result = runEngine(tables, {
      language,
      languageExplicit,
      today: io.today(),
      solver,
      onAllocated: (a) => (allocated = a),
    });
    shown.done();
    if (!result.ok) {
      io.stderr(problemLines(result));
      return EXIT_WORKBOOK_ERRORS;
    }
    if (allocated === null) throw new Error('the run kept no allocation');
    return { allocated, result };
  } catch (error) {
    shown.done();
    const message =
      error instanceof Failure
        ? error.message
        : t('error.prefix', { message: t('error.unexpected', { reason: reasonOf(error) }) });
    io.stderr(`${message}\n`);
    return EXIT_FAILED;
  }
}

/** A report's own failure (a name that matches nothing, a file it cannot write): exit 1. */
export function reportFailure(io: CliIo, language: Language, message: string): number {
  io.stderr(`${cliText(language)('error.prefix', { message })}\n`);
  return EXIT_FAILED;
}
