/**
 * `samkost explain` and `samkost statement`: run the workbook as `samkost run` does (without
 * writing it), then explain one municipality's shares or write its statement. Exit 0 done, 2 the
 * workbook has errors, 1 anything else (a name that matches nothing, a file that cannot be written).
 */
import { promises as fs } from 'fs';
import path from 'path';
import {
  explainShare,
  findMunicipality,
  linesOfItem,
  municipalityPart,
  type MunicipalityPart,
} from '../engine/explain';
import type { Allocated } from '../engine/run';
import { statementFileName, statementHtml } from '../engine/statement';
import { cliText } from '../i18n/cli';
import { explainText } from '../i18n/explain';
import type { Language } from '../i18n/language';
import { renderLine, renderPart } from './explainText';
import { reasonOf } from './files';
import type { CliIo } from './io';
import type { ReportRequest, ReportUsageError } from './reportArgs';
import { reportFailure, reportRun } from './reportRun';
import { EXIT_DONE, EXIT_FAILED } from './runCommand';

/** The municipality the user named, or the message that says it is not there. */
function municipalityNamed(
  allocated: Allocated,
  name: string,
  language: Language,
): { name: string } | { message: string } {
  const found = findMunicipality(allocated, name);
  if (found !== null) return { name: found };
  const names = allocated.workbook.municipalities.map((m) => m.name).join(', ');
  return { message: explainText(language)('error.noMunicipality', { found: name, names }) };
}

function explain(
  allocated: Allocated,
  part: MunicipalityPart,
  item: string | null,
  language: Language,
  io: CliIo,
): number {
  if (item === null) {
    io.stdout(`${renderPart(part, language)}\n`);
    return EXIT_DONE;
  }
  const lines = linesOfItem(part, item);
  if (lines.length === 0) {
    const items = [...new Set(part.lines.map((l) => l.item))].join(', ');
    const message = explainText(language)('error.noItem', {
      municipality: part.name,
      found: item,
      items,
    });
    return reportFailure(io, language, message);
  }
  const texts = lines.map((line) =>
    renderLine(explainShare(allocated, line.index), part.name, part, language),
  );
  io.stdout(`${texts.join('\n\n')}\n`);
  return EXIT_DONE;
}

async function statement(
  allocated: Allocated,
  request: Extract<ReportRequest, { kind: 'statement' }>,
  language: Language,
  io: CliIo,
): Promise<number> {
  const t = explainText(language);
  const today = io.today();
  const target = path.resolve(io.cwd, request.output);
  try {
    if (request.municipality !== null) {
      const named = municipalityNamed(allocated, request.municipality, language);
      if ('message' in named) return reportFailure(io, language, named.message);
      await fs.writeFile(target, statementHtml(allocated, named.name, language, today), 'utf8');
      io.stdout(`${t('written.one', { municipality: named.name, file: request.output })}\n`);
      return EXIT_DONE;
    }
    await fs.mkdir(target, { recursive: true });
    const names = allocated.workbook.municipalities.map((m) => m.name);
    const used = new Set<string>();
    for (const name of names) {
      // Two names that differ only in what a file system refuses (or in case) get a number.
      let file = statementFileName(name);
      for (let n = 2; used.has(file.toLowerCase()); n++) file = statementFileName(`${name} (${n})`);
      used.add(file.toLowerCase());
      file = path.join(target, file);
      await fs.writeFile(file, statementHtml(allocated, name, language, today), 'utf8');
    }
    io.stdout(`${t('written.all', { count: names.length, folder: request.output })}\n`);
    return EXIT_DONE;
  } catch (error) {
    const message = cliText(language)('error.write', {
      file: request.output,
      reason: reasonOf(error),
    });
    return reportFailure(io, language, message);
  }
}

/** Run a report command (or print its usage mistake) and return the exit status. */
export async function reportCommand(
  request: ReportRequest | ReportUsageError,
  fromEnv: Language,
  io: CliIo,
): Promise<number> {
  if (request.kind === 'error') {
    const language = request.language ?? fromEnv;
    const t = cliText(language);
    io.stderr(`${t('error.prefix', { message: request.message(language) })}\n${t('error.help')}\n`);
    return EXIT_FAILED;
  }
  const run = await reportRun(
    request.workbook,
    request.language ?? fromEnv,
    request.language !== null,
    io,
  );
  if (typeof run === 'number') return run;
  // The run's language: --lang, else the workbook's Settings.Language, else the environment's.
  const language = run.result.language;
  if (request.kind === 'statement') return statement(run.allocated, request, language, io);
  const named = municipalityNamed(run.allocated, request.municipality, language);
  if ('message' in named) return reportFailure(io, language, named.message);
  const part = municipalityPart(run.allocated, named.name);
  return explain(run.allocated, part, request.item, language, io);
}
