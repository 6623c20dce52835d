/**
 * What the task pane asks of a run about one municipality, answered in one reply: its lines and
 * totals, one line's explanation, its statement. Plain data, so it crosses to the pane's thread.
 */
import type { Language } from '../../i18n/language';
import type { CalendarDate } from '../model';
import { money } from '../outputs/numbers';
import type { Allocated } from '../run';
import { statementFileName, statementHtml } from '../statement';
import type { LineExplanation } from './explainLine';
import {
  explainShare,
  findMunicipality,
  municipalityPart,
  type MunicipalityPart,
} from './municipality';

export interface ExplainQuery {
  /** The municipality as the pane shows it (the workbook's spelling). */
  readonly municipality: string;
  /** A line's place in the allocation ({@link MunicipalityPart} lines carry it), or null. */
  readonly line: number | null;
  /** Build the municipality's statement too. */
  readonly statement: boolean;
  /**
   * What a cell selected in Excel showed of the line: its Item and the municipality's figure. The
   * line is explained only if this run still gives that figure; otherwise the answer's line is
   * null (the workbook changed since the run that wrote the cell).
   */
  readonly shown?: { readonly item: string; readonly figure: number };
}

export interface ExplainAnswer {
  readonly part: MunicipalityPart;
  /** Null when no line was asked for, or the asked one is not the municipality's. */
  readonly line: LineExplanation | null;
  /** The statement's HTML and the file name to save it under, when asked for. */
  readonly statement: { readonly html: string; readonly fileName: string } | null;
}

/** The answer, or null when the run has no such municipality (the workbook changed since). */
export function answerQuery(
  allocated: Allocated,
  query: ExplainQuery,
  language: Language,
  today: CalendarDate,
): ExplainAnswer | null {
  const name = findMunicipality(allocated, query.municipality);
  if (name === null) return null;
  const part = municipalityPart(allocated, name);
  const mine = query.line !== null && part.lines.some((l) => l.index === query.line);
  const line = mine && query.line !== null ? explainShare(allocated, query.line) : null;
  const own = line?.participants.find((p) => p.name === name)?.share;
  const { shown } = query;
  const still =
    !shown ||
    (line?.item === shown.item &&
      own !== undefined &&
      money(own, allocated.workbook.settings.roundTo) === shown.figure);
  return {
    part,
    line: still ? line : null,
    statement: query.statement
      ? { html: statementHtml(allocated, name, language, today), fileName: statementFileName(name) }
      : null,
  };
}
