/**
 * `samkost run`: read the workbook, run the engine, write a copy with the outputs, and print a
 * summary or the contract's JSON (section 8). Exit 0 done, 2 the workbook has errors (nothing
 * written), 1 anything else.
 */
import path from 'path';
import type { RunResult } from '../engine/result';
import { runEngine, type RunStage } from '../engine/run';
import type { MilpSolver } from '../engine/solver';
import type { OutputTable, WorkbookTables } from '../engine/table';
import { cliText, type CliKey, type CliTranslate } from '../i18n/cli';
import type { Language } from '../i18n/language';
import { noticeMessage } from '../i18n/notices';
import { WorkbookFileError } from '../workbook/fileErrors';
import type { WriteReport } from '../workbook/port';
import { openXlsx, type XlsxWorkbook } from '../workbook/xlsx';
import { defaultOutputPath, openFailure, reasonOf } from './files';
import type { CliIo } from './io';
import { noticesJson } from './notices';
import { progress, type Progress } from './progress';
import { isSameFile } from './sameFile';
import { renderSummary } from './summary';
import { readWorkbookFile } from './workbookFile';
import { extensionOf, kindOfName, workbookKind, type WorkbookKind } from './workbookKind';

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

/** The input tables of the workbook the user named, read as `samkost run` reads them. */
export async function readInputTables(
  request: WorkbookRequest,
  io: CliIo,
): Promise<WorkbookTables> {
  const { data } = await readInput(request, path.resolve(io.cwd, request.workbook));
  try {
    return await (await openXlsx(data)).readTables();
  } catch (error) {
    throw cannotOpen(request, error);
  }
}

export function problemLines(result: Extract<RunResult, { ok: false }>): string {
  const t = cliText(result.language);
  const lines = result.problems.map((p) => `  ${p.cell}: ${p.message} [${p.code}]`);
  return `${t('problems.header', { count: String(result.problems.length) })}\n${lines.join('\n')}\n`;
}

/** Why the workbook could not be opened, as the failure the command ends with. */
const cannotOpen = (request: WorkbookRequest, error: unknown): Failure =>
  new Failure(
    cliText(request.language)('error.prefix', {
      message: openFailure(error, request.workbook, request.language),
    }),
  );

/** The workbook as the user named it, and the language to say what is wrong with it in. */
export interface WorkbookRequest {
  readonly workbook: string;
  readonly language: Language;
}

/**
 * The workbook's bytes (a regular file, read bounded) and the kind its package declares; .xls,
 * .ods, … refused by name first. Every command that reads a workbook reads it so.
 */
export async function readInput(
  request: WorkbookRequest,
  input: string,
): Promise<{ data: Buffer; kind: WorkbookKind }> {
  try {
    if (kindOfName(request.workbook) === null) throw new WorkbookFileError('NOT_A_WORKBOOK');
    const data = await readWorkbookFile(input);
    return { data, kind: workbookKind(data) };
  } catch (error) {
    throw cannotOpen(request, error);
  }
}

/** The opened workbook and where its copy goes, which must be of its kind and not itself. */
async function openInput(
  request: RunRequest,
  io: CliIo,
  t: CliTranslate,
): Promise<{ workbook: XlsxWorkbook; output: string; shownOutput: string }> {
  const input = path.resolve(io.cwd, request.workbook);
  const { data, kind } = await readInput(request, input);
  const shownOutput = request.output ?? defaultOutputPath(request.workbook, kind);
  // A macro-enabled package under .xlsx (or the reverse) is a file Excel refuses to open.
  if (kindOfName(shownOutput) !== kind) {
    fail(t, 'error.outputKind', {
      file: shownOutput,
      ext: extensionOf(kind),
      input: request.workbook,
    });
  }
  const output = path.resolve(io.cwd, shownOutput);
  if (await isSameFile(input, output)) fail(t, 'error.sameFile', {});
  try {
    return { workbook: await openXlsx(data), output, shownOutput };
  } catch (error) {
    throw cannotOpen(request, error);
  }
}

/** Write the outputs into the workbook and save the copy; what the write had to say. */
async function writeCopy(
  workbook: XlsxWorkbook,
  outputs: readonly OutputTable[],
  output: string,
  shownOutput: string,
  t: CliTranslate,
): Promise<WriteReport> {
  try {
    const report = await workbook.writeOutputs(outputs);
    await workbook.save(output);
    return report;
  } catch (error) {
    return fail(t, 'error.write', { file: shownOutput, reason: reasonOf(error) });
  }
}

async function execute(request: RunRequest, io: CliIo, shown: Progress): Promise<number> {
  const t = cliText(request.language);
  shown.step('progress.read');
  const { workbook, output, shownOutput } = await openInput(request, io, t);
  let tables: WorkbookTables;
  try {
    tables = await workbook.readTables();
  } catch (error) {
    throw cannotOpen(request, error);
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
    if (request.json) io.stdout(`${JSON.stringify({ ...result.json, notices: [] })}\n`);
    else io.stderr(problemLines(result));
    return EXIT_WORKBOOK_ERRORS;
  }

  shown.step('progress.write', { file: shownOutput });
  const { notices } = await writeCopy(workbook, result.outputs, output, shownOutput, t);
  shown.done();
  if (request.json) {
    const json = { ...result.json, notices: noticesJson(notices, result.language) };
    io.stdout(`${JSON.stringify(json)}\n`);
  } else {
    const files = { input: request.workbook, output: shownOutput };
    const lines = notices.map((notice) => noticeMessage(notice, result.language));
    io.stdout(`${renderSummary(result.summary, files, result.language, lines)}\n`);
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
