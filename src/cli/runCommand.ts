/**
 * `samkost run`: read the workbook, run the engine, write a copy with the outputs, and print a
 * summary or the contract's JSON (section 8). Exit 0 done, 2 the workbook has errors (nothing
 * written), 1 anything else.
 */
import path from 'path';
import type { RunResult } from '../engine/result';
import { runEngine, type RunStage } from '../engine/run';
import type { MilpSolver } from '../engine/solver';
import type { WorkbookTables } from '../engine/table';
import { cliText, type CliKey, type CliTranslate } from '../i18n/cli';
import type { Language } from '../i18n/language';
import { openXlsx, type XlsxWorkbook } from '../workbook/xlsx';
import { defaultOutputPath, openFailure, reasonOf } from './files';
import type { CliIo } from './io';
import { progress, type Progress } from './progress';
import { renderSummary } from './summary';

export const EXIT_DONE = 0;
export const EXIT_FAILED = 1;
export const EXIT_WORKBOOK_ERRORS = 2;

export interface RunRequest {
  readonly workbook: string;
  readonly output: string | null;
  readonly json: boolean;
  readonly language: Language;
  readonly languageExplicit: boolean;
}

const STAGE_KEYS: Readonly<Record<RunStage, CliKey>> = {
  parse: 'progress.parse',
  prioritise: 'progress.prioritise',
  plan: 'progress.plan',
  allocate: 'progress.allocate',
  flags: 'progress.flags',
  outputs: 'progress.outputs',
};

/** Thrown inside the command for a failure already put into words (exit 1). */
export class Failure extends Error {}

function fail(t: CliTranslate, key: CliKey, params: Readonly<Record<string, string>>): never {
  throw new Failure(t('error.prefix', { message: t(key, params) }));
}

/**
 * HiGHS is loaded only when the workbook has both Proposals and a Budget: only then is there a
 * funding plan to optimise, and the other runs skip the WebAssembly start-up.
 */
export async function solverFor(
  tables: WorkbookTables,
  io: CliIo,
  t: CliTranslate,
  shown: Progress,
): Promise<MilpSolver | null> {
  if (!tables.Proposals || !tables.Budget) return null;
  shown.step('progress.solver');
  try {
    return await io.loadSolver();
  } catch (error) {
    return fail(t, 'error.solver', { reason: reasonOf(error) });
  }
}

export function problemLines(result: Extract<RunResult, { ok: false }>): string {
  const t = cliText(result.language);
  const lines = result.problems.map((p) => `  ${p.cell}: ${p.message} [${p.code}]`);
  return `${t('problems.header', { count: String(result.problems.length) })}\n${lines.join('\n')}\n`;
}

async function execute(request: RunRequest, io: CliIo, shown: Progress): Promise<number> {
  const t = cliText(request.language);
  const input = path.resolve(io.cwd, request.workbook);
  const output = path.resolve(io.cwd, request.output ?? defaultOutputPath(request.workbook));
  if (output === input) fail(t, 'error.sameFile', {});

  shown.step('progress.read');
  let workbook: XlsxWorkbook;
  let tables: WorkbookTables;
  try {
    workbook = await openXlsx(input);
    tables = await workbook.readTables();
  } catch (error) {
    throw new Failure(t('error.prefix', { message: openFailure(error, request.workbook, t) }));
  }

  const solver = await solverFor(tables, io, t, shown);
  const result = runEngine(tables, {
    language: request.language,
    languageExplicit: request.languageExplicit,
    today: io.today(),
    solver,
    onProgress: (stage) => shown.step(STAGE_KEYS[stage]),
    contractJson: request.json,
  });
  if (!result.ok) {
    shown.done();
    if (request.json) io.stdout(`${JSON.stringify(result.json)}\n`);
    else io.stderr(problemLines(result));
    return EXIT_WORKBOOK_ERRORS;
  }

  const shownOutput = request.output ?? defaultOutputPath(request.workbook);
  shown.step('progress.write', { file: shownOutput });
  try {
    await workbook.writeOutputs(result.outputs);
    await workbook.save(output);
  } catch (error) {
    fail(t, 'error.write', { file: shownOutput, reason: reasonOf(error) });
  }
  shown.done();
  if (request.json) {
    io.stdout(`${JSON.stringify(result.json)}\n`);
  } else {
    const files = { input: request.workbook, output: shownOutput };
    io.stdout(`${renderSummary(result.summary, files, result.language)}\n`);
  }
  return EXIT_DONE;
}

/** Run `samkost run` and return its exit status; every failure is one line on stderr. */
export async function runCommand(request: RunRequest, io: CliIo): Promise<number> {
  const shown = progress(io, cliText(request.language));
  try {
    return await execute(request, io, shown);
  } catch (error) {
    shown.done();
    const t = cliText(request.language);
    const message =
      error instanceof Failure
        ? error.message
        : t('error.prefix', { message: t('error.unexpected', { reason: reasonOf(error) }) });
    io.stderr(`${message}\n`);
    return EXIT_FAILED;
  }
}
