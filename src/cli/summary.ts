/** The readable summary `samkost run` prints: the engine's headline figures, localised. */
import type { RunSummary } from '../engine/result';
import { cliText } from '../i18n/cli';
import type { Language } from '../i18n/language';
import { formatNumber, moneyDecimals } from '../i18n/numbers';
import { planProofNote } from '../i18n/planProof';

/** Width in characters as a terminal shows them (one per code point for these texts). */
const width = (text: string): number => [...text].length;
const padEnd = (text: string, to: number): string =>
  text + ' '.repeat(Math.max(0, to - width(text)));
const padStart = (text: string, to: number): string =>
  ' '.repeat(Math.max(0, to - width(text))) + text;

/** Rows of cells as aligned columns; `right` says which columns are right-aligned (numbers). */
function columns(rows: readonly (readonly string[])[], right: readonly number[]): string[] {
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((row) => width(row[c] ?? '')))) ?? [];
  return rows.map((row) =>
    row
      .map((cell, c) =>
        right.includes(c) ? padStart(cell, widths[c] ?? 0) : padEnd(cell, widths[c] ?? 0),
      )
      .join('  ')
      .trimEnd(),
  );
}

export interface SummaryFiles {
  readonly input: string;
  readonly output: string;
}

/**
 * The summary of a successful run, as lines of text (no trailing newline); `notices` are the
 * write's notices already in `language` (where an output went beside the user's things).
 */
export function renderSummary(
  summary: RunSummary,
  files: SummaryFiles,
  language: Language,
  notices: readonly string[] = [],
): string {
  const t = cliText(language);
  const municipalities = summary.municipalities;
  // Whole amounts (RoundTo 1, or round figures) print without decimals.
  const amounts = [
    ...municipalities.flatMap((m) => [m.oneOff, m.annual, m.total]),
    ...summary.fundingPlan.flatMap((y) => [y.investmentUsed, y.investmentBudget]),
  ];
  const decimals = moneyDecimals(amounts);
  const money = (value: number): string => formatNumber(value, language, decimals);
  const lines: string[] = [
    t('summary.title', { ...files }),
    t('summary.context', { year: summary.planningYear, currency: summary.currency }),
    '',
    t('summary.municipalities'),
    ...columns(
      [
        [t('summary.municipality'), t('summary.oneOff'), t('summary.annual'), t('summary.total')],
        ...municipalities.map((m) => [m.name, money(m.oneOff), money(m.annual), money(m.total)]),
      ],
      [1, 2, 3],
    ).map((line) => `  ${line}`),
  ];
  if (summary.topPriorities.length > 0) {
    lines.push('', t('summary.priorities'));
    lines.push(
      ...columns(
        summary.topPriorities.map((p) => [
          `${p.rank}. ${p.id} ${p.title}`,
          formatNumber(p.score, language, 1),
          p.funded && p.startYear !== null
            ? t('summary.funded', { year: p.startYear })
            : t('summary.notFunded'),
        ]),
        [1],
      ).map((line) => `  ${line}`),
    );
  }
  if (summary.fundingPlan.length > 0) {
    lines.push('', t('summary.plan'));
    for (const year of summary.fundingPlan) {
      const head = t('summary.planYear', {
        year: year.year,
        used: money(year.investmentUsed),
        budget: money(year.investmentBudget),
      });
      const started = year.proposals.length > 0 ? year.proposals.join(', ') : t('summary.planNone');
      lines.push(`  ${head}: ${started}`);
    }
    const proofNote = planProofNote(language, summary);
    if (proofNote !== null) lines.push(`  ${proofNote}`);
  }
  const exits = summary.exitAnalysis ?? [];
  if (exits.length > 0) {
    // Whole amounts print without decimals, as the totals above do.
    const whole = exits.every((e) =>
      [e.paysNow, e.paysAlone, e.othersChange].every(Number.isInteger),
    );
    const exitMoney = (value: number): string => formatNumber(value, language, whole ? 0 : 2);
    lines.push('', t('summary.exit'));
    lines.push(
      ...columns(
        [
          [
            t('summary.municipality'),
            t('summary.paysNow'),
            t('summary.paysAlone'),
            t('summary.othersChange'),
          ],
          ...exits.map((e) => [
            e.municipality,
            exitMoney(e.paysNow),
            exitMoney(e.paysAlone),
            exitMoney(e.othersChange),
          ]),
        ],
        [1, 2, 3],
      ).map((line) => `  ${line}`),
    );
  }
  lines.push(...choiceLines(summary, language));
  const { high, medium, low } = summary.flagCounts;
  lines.push(
    '',
    high + medium + low === 0 ? t('summary.noFlags') : t('summary.flags', { high, medium, low }),
  );
  const outsideCore = summary.outsideCore ?? [];
  if (outsideCore.length > 0) {
    lines.push(t('summary.outsideCore', { count: outsideCore.length }));
    lines.push(...outsideCore.map((message) => `  ${message}`));
  }
  if (notices.length > 0) {
    lines.push('', t('summary.notices'), ...notices.map((notice) => `  ${notice}`));
  }
  return lines.join('\n');
}

/** Contract v1.1 §10 and §11: the consistency ratio of the pairs, and the frontier. */
function choiceLines(summary: RunSummary, language: Language): string[] {
  const t = cliText(language);
  const lines: string[] = [];
  const consistency = summary.consistency ?? null;
  if (consistency !== null) {
    const cr = formatNumber(consistency.cr, language, 2);
    lines.push(
      '',
      t(consistency.inconsistent ? 'summary.inconsistent' : 'summary.consistent', { cr }),
    );
  }
  const frontier = summary.frontier ?? [];
  if (frontier.length > 0) {
    lines.push('', t('summary.frontier'));
    lines.push(
      ...columns(
        frontier.map((point) =>
          point.score === null
            ? [
                `${formatNumber(point.factor * 100, language, 0)} %`,
                '–',
                t('summary.frontierShort'),
              ]
            : [
                `${formatNumber(point.factor * 100, language, 0)} %`,
                `${formatNumber(point.score, language, 1)}${point.proven ? '' : ' *'}`,
                t('summary.frontierFunded', { count: point.funded ?? 0 }),
              ],
        ),
        [0, 1],
      ).map((line) => `  ${line}`),
    );
    if (frontier.some((point) => point.score !== null && !point.proven))
      lines.push(`  ${t('summary.frontierNotProven')}`);
  }
  return lines;
}
