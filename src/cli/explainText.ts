/**
 * `samkost explain` as text: a municipality's lines and totals, or how each of its shares of one
 * line was worked out (contract §4), in the user's language and number format.
 */
import type { LineExplanation, MunicipalityPart } from '../engine/explain';
import {
  explainText,
  formatQuotient,
  formatRoundTo,
  formatWhole,
  lineLabel,
  moneyFormat,
  verdict,
  weightPercent,
} from '../i18n/explain';
import { keyName } from '../i18n/keys';
import type { Language } from '../i18n/language';

/** Columns of text, left-aligned, the numbers right-aligned. */
function columns(rows: readonly (readonly string[])[], numeric: readonly boolean[]): string[] {
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((row) => (row[c] ?? '').length)));
  return rows.map((row) =>
    row
      .map((cell, c) =>
        numeric[c] ? cell.padStart(widths?.[c] ?? 0) : cell.padEnd(widths?.[c] ?? 0),
      )
      .join('  ')
      .trimEnd(),
  );
}

export function renderPart(part: MunicipalityPart, language: Language): string {
  const t = explainText(language);
  const money = moneyFormat(part.roundTo, language);
  const lines = part.lines.map((line) =>
    t('part.line', {
      item: line.item,
      ...lineLabel(t, line),
      key: keyName(line.key, language),
      share: money(line.share),
      amount: money(line.amount),
    }),
  );
  return [
    t('part.title', {
      municipality: part.name,
      total: money(part.total),
      currency: part.currency,
      oneOff: money(part.oneOff),
      annual: money(part.annual),
    }),
    '',
    t('part.years'),
    ...part.byYear.map(
      (y) =>
        `  ${t('part.year', {
          year: y.year,
          total: money(y.oneOff + y.annual),
          oneOff: money(y.oneOff),
          annual: money(y.annual),
        })}`,
    ),
    '',
    t('part.lines', { count: part.lines.length }),
    ...lines.map((line) => `  ${line}`),
    '',
    t('part.hint'),
  ].join('\n');
}

export function renderLine(
  line: LineExplanation,
  municipality: string,
  part: Pick<MunicipalityPart, 'roundTo' | 'currency'>,
  language: Language,
): string {
  const t = explainText(language);
  const money = moneyFormat(part.roundTo, language);
  const whole = (n: bigint): string => formatWhole(n, language);
  const total = whole(line.weightTotal);
  const header = [
    t('column.participant'),
    t('column.weight'),
    t('column.weightShare'),
    t('column.quotient'),
    t('column.floor'),
    t('column.unit'),
    t('column.share'),
  ];
  const rows = line.participants.map((p) => [
    p.name === municipality ? `» ${p.name}` : `  ${p.name}`,
    whole(p.weight),
    weightPercent(p.weight, line.weightTotal, language),
    formatQuotient(p.floor, p.remainder, line.weightTotal, language),
    whole(p.floor),
    p.unitPlace === null
      ? t('unit.none')
      : t('unit.place', { place: p.unitPlace, rule: t(`rule.${p.rule ?? 'fraction'}`) }),
    money(p.share),
  ]);
  const floors = line.participants.reduce((acc, p) => acc + p.floor, 0n);
  const self = line.participants.find((p) => p.name === municipality);
  return [
    t('line.title', { item: line.item, ...lineLabel(t, line), key: keyName(line.key, language) }),
    t('line.amount', {
      amount: money(line.amount),
      currency: part.currency,
      units: whole(line.amount),
      roundTo: formatRoundTo(part.roundTo, language),
    }),
    t('line.weights', { total }),
    t('line.quotient', { units: whole(line.amount), total }),
    '',
    ...columns([header, ...rows], [false, true, true, true, true, false, true]).map(
      (row) => `  ${row}`,
    ),
    '',
    line.unitsLeft === 0
      ? t('line.noneLeft')
      : `${t('line.floors', { floors: whole(floors), left: line.unitsLeft })} ${t('line.recipients', { recipients: line.recipients.join(', ') })}`,
    ...(self ? ['', verdict(t, line, self, money(self.share), part.currency, language)] : []),
  ].join('\n');
}
