/**
 * `samkost merge-scores <council.xlsx> <member.xlsx>… [-o out.xlsx]`: each member's own Scores
 * rows brought into a copy of the council's workbook (the rule: src/engine/scores/merge.ts).
 * Every problem in every file is reported together and nothing is written. Exit 0 done, 2 the
 * files' data stop the merge, 1 anything else (a file that cannot be read or written).
 */
import path from 'path';
import { parseWorkbook } from '../engine/parse';
import { planScoresMerge, type MemberScores, type MergeProblem } from '../engine/scores/merge';
import { PREFERRED_HEADERS } from '../engine/parse/headers';
import {
  columnName,
  type CellValue,
  type InputTable,
  type OutputValue,
  type WorkbookTables,
} from '../engine/table';
import { TEMPLATE_TEXT } from '../i18n/template';
import { cliText } from '../i18n/cli';
import { isLanguage, type Language } from '../i18n/language';
import { mergeScoresText, type MergeTranslate } from '../i18n/mergeScores';
import { renderProblem } from '../i18n/problems';
import { writeFileAtomically } from '../workbook/xlsx/atomicWrite';
import { openXlsx } from '../workbook/xlsx';
import { addTableSheet, editTableBody, TableEditRefused } from '../workbook/xlsx/tableRows';
import { openZip, writeZip } from '../workbook/xlsx/zip';
import { openFailure, reasonOf } from './files';
import type { CliIo } from './io';
import {
  EXIT_DONE,
  EXIT_FAILED,
  EXIT_WORKBOOK_ERRORS,
  Failure,
  readInput,
  readInputTables,
} from './runCommand';
import { isSameFile } from './sameFile';
import { extensionOf, kindOfName } from './workbookKind';

export interface MergeScoresRequest {
  readonly kind: 'mergeScores';
  readonly council: string;
  readonly members: readonly string[];
  readonly output: string | null;
  readonly language: Language | null;
}

/** A usage mistake, put into words once the language is known. */
export interface MergeScoresUsageError {
  readonly kind: 'error';
  readonly message: (language: Language) => string;
  readonly language: Language | null;
}

/** `argv` read as `merge-scores`, a usage mistake, or null when it is another command. */
export function parseMergeScoresArgs(
  argv: readonly string[],
): MergeScoresRequest | MergeScoresUsageError | null {
  if (argv[0] !== 'merge-scores' || ['--help', '-h'].some((f) => argv.includes(f))) return null;
  const files: string[] = [];
  let output: string | null = null;
  let given: string | null = null;
  let mistake: ((l: Language) => string) | null = null;
  for (let i = 1; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    const [flag = '', inline] =
      arg.startsWith('--') && arg.includes('=') ? arg.split(/=(.*)/s) : [arg];
    if (['-o', '--output', '--lang'].includes(flag)) {
      const value = inline ?? argv[i + 1];
      if (inline === undefined) i += 1;
      if (value === undefined || value === '') {
        mistake ??= (l) => cliText(l)('error.missingValue', { option: flag });
      } else if (flag === '--lang') given = value;
      else output = value;
    } else if (arg.startsWith('-') && arg !== '-') {
      mistake ??= (l) => cliText(l)('error.unknownOption', { found: arg });
    } else files.push(arg);
  }
  const language = given !== null && isLanguage(given) ? given : null;
  const fail = (message: (l: Language) => string): MergeScoresUsageError => ({
    kind: 'error',
    message,
    language,
  });
  if (mistake) return fail(mistake);
  const badLanguage = given;
  if (badLanguage !== null && language === null) {
    return fail((l) => cliText(l)('error.badLanguage', { found: badLanguage }));
  }
  const [council, ...members] = files;
  if (council === undefined || members.length === 0) {
    return fail((l) => mergeScoresText(l)('error.missingMembers'));
  }
  return { kind: 'mergeScores', council, members, output, language };
}

/** `council.xlsx` → `council.merged.xlsx` beside it. */
function mergedPath(council: string, ext: string): string {
  const { dir, name } = path.parse(council);
  return path.join(dir, `${name}.merged${ext}`);
}

const problemLine = (p: MergeProblem, t: MergeTranslate, scoreMax: number): string =>
  `  ${p.file} ${p.cell}: ${t(p.code, { found: p.found, other: p.other ?? '', max: scoreMax })} [${p.code}]`;

/** An empty Scores table (Proposal, Scorer, each criterion) headed in `language`, and its sheet's name. */
function newScores(
  language: Language,
  criteria: readonly string[],
): { table: InputTable; sheetName: string } {
  const sheetName = TEMPLATE_TEXT[language]['sheet.Scores'];
  const preferred = PREFERRED_HEADERS.Scores;
  const headers = [
    preferred['Proposal']?.[language] ?? 'Proposal',
    preferred['Scorer']?.[language] ?? 'Scorer',
    ...criteria,
  ];
  return {
    sheetName,
    table: {
      name: 'Scores',
      sheet: sheetName,
      headers: headers.map((value, c) => ({ value, address: `${sheetName}!${columnName(c)}1` })),
      rows: [],
    },
  };
}

/** A value the merge plans for a new row, as a new table holds it (an error value cannot occur). */
const outputValue = (value: CellValue | undefined): OutputValue =>
  value === undefined || (typeof value === 'object' && value !== null) ? null : value;

/** Each member's Scores table, or the reasons some member files could not be read at all. */
async function readMembers(
  request: MergeScoresRequest,
  language: Language,
  io: CliIo,
): Promise<{ members: MemberScores[]; failures: string[] }> {
  const members: MemberScores[] = [];
  const failures: string[] = [];
  for (const file of request.members) {
    try {
      const tables = await readInputTables({ workbook: file, language }, io);
      members.push({ file, table: tables.Scores ?? null });
    } catch (error) {
      failures.push(error instanceof Failure ? error.message : reasonOf(error));
    }
  }
  return { members, failures };
}

async function execute(
  request: MergeScoresRequest,
  language: Language,
  io: CliIo,
): Promise<number> {
  const t = mergeScoresText(language);
  const say = (message: string): never => {
    throw new Failure(cliText(language)('error.prefix', { message }));
  };
  const councilPath = path.resolve(io.cwd, request.council);
  const { data, kind } = await readInput({ workbook: request.council, language }, councilPath);
  const shownOutput = request.output ?? mergedPath(request.council, extensionOf(kind));
  if (kindOfName(shownOutput) !== kind) {
    say(
      cliText(language)('error.outputKind', {
        file: shownOutput,
        ext: extensionOf(kind),
        input: request.council,
      }),
    );
  }
  const output = path.resolve(io.cwd, shownOutput);
  for (const file of [request.council, ...request.members]) {
    if (await isSameFile(path.resolve(io.cwd, file), output)) say(t('error.sameFile', { file }));
  }
  let tables: WorkbookTables;
  try {
    tables = await (await openXlsx(data)).readTables();
  } catch (error) {
    return say(openFailure(error, request.council, language));
  }
  const { members, failures } = await readMembers(request, language, io);
  if (failures.length > 0) {
    io.stderr(`${failures.join('\n')}\n`);
    return EXIT_FAILED;
  }
  const parsed = parseWorkbook(tables, io.today());
  if (!parsed.ok) {
    // Its problems are listed as `samkost run` lists them: the merge cannot trust its proposals
    // and criteria until they are fixed.
    const shown = parsed.language ?? language;
    const lines = parsed.problems
      .map((p) => renderProblem(p, shown))
      .map((p) => `  ${request.council} ${p.cell}: ${p.message} [${p.code}]`);
    const message = t('error.councilProblems', { file: request.council });
    io.stderr(`${cliText(language)('error.prefix', { message })}\n${lines.join('\n')}\n`);
    return EXIT_WORKBOOK_ERRORS;
  }
  const { workbook } = parsed;
  const scoreMax = workbook.settings.scoreMax;
  const criteria = workbook.criteria.map((c) => c.name);
  // A council without Scores gets the table, headed in its own language, as the pane gives it.
  const existing = tables.Scores;
  const fresh = newScores(workbook.settings.language ?? language, criteria);
  const scores = existing ?? fresh.table;
  const plan = planScoresMerge(
    {
      file: request.council,
      table: scores,
      proposals: workbook.proposals.map((p) => p.id),
      criteria,
      scoreMax,
    },
    members,
  );
  if (!plan.ok) {
    const lines = plan.problems.map((p) => problemLine(p, t, scoreMax));
    io.stderr(`${t('problems.header', { count: plan.problems.length })}\n${lines.join('\n')}\n`);
    return EXIT_WORKBOOK_ERRORS;
  }
  const zip = openZip(new Uint8Array(data));
  let files;
  try {
    files = !existing
      ? addTableSheet(zip, fresh.sheetName, 'Scores', {
          headers: fresh.table.headers.map((h) => String(h.value)),
          rows: plan.changes.map((c) => c.values.map(outputValue)),
          formats: fresh.table.headers.map((_, i) => (i < 2 ? 'text' : 'decimal')),
        })
      : editTableBody(zip, scores.sheet, scores.name, plan.changes);
  } catch (error) {
    if (!(error instanceof TableEditRefused)) throw error;
    const cell = error.where;
    const key = error.reason === 'noTable' ? 'error.noTable' : (`error.${error.reason}` as const);
    io.stderr(
      `${cliText(language)('error.prefix', { message: t(key, { file: request.council, cell }) })}\n`,
    );
    return EXIT_WORKBOOK_ERRORS;
  }
  try {
    await writeFileAtomically(output, writeZip(files));
  } catch (error) {
    return say(cliText(language)('error.write', { file: shownOutput, reason: reasonOf(error) }));
  }
  const done = t('done', {
    scorers: plan.scorers.join(', '),
    updated: plan.updated,
    added: plan.added,
    output: shownOutput,
  });
  io.stdout(`${done}\n`);
  return EXIT_DONE;
}

/** Run `samkost merge-scores` and return its exit status; a failure is said on stderr. */
export async function mergeScoresCommand(
  request: MergeScoresRequest | MergeScoresUsageError,
  fromEnv: Language,
  io: CliIo,
): Promise<number> {
  const language = request.language ?? fromEnv;
  if (request.kind === 'error') {
    const t = cliText(language);
    io.stderr(`${t('error.prefix', { message: request.message(language) })}\n${t('error.help')}\n`);
    return EXIT_FAILED;
  }
  try {
    return await execute(request, language, io);
  } catch (error) {
    const t = cliText(language);
    const message =
      error instanceof Failure
        ? error.message
        : t('error.prefix', { message: t('error.unexpected', { reason: reasonOf(error) }) });
    io.stderr(`${message}\n`);
    return EXIT_FAILED;
  }
}
