/**
 * A municipality's statement: what a finance officer sends each member. One self-contained HTML
 * page (inline print CSS, no script, no external asset, a policy that forbids both), in the
 * member's language and number format: its totals by kind, source and budget year, every line it
 * takes part in with the key and its share, and its PC charges with their rates. Every text from
 * the workbook is escaped.
 */
import {
  explainText,
  formatRoundTo,
  formatWhole,
  moneyFormat,
  weightPercent,
  type ExplainTranslate,
} from '../../i18n/explain';
import { keyName } from '../../i18n/keys';
import type { Language } from '../../i18n/language';
import { formatDate, formatNumber } from '../../i18n/numbers';
import { statementText } from '../../i18n/statement';
import type { AllocationLine } from '../allocate';
import { municipalityPart, type MunicipalityLine } from '../explain/municipality';
import type { CalendarDate } from '../model';
import type { Allocated } from '../run';

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text made safe for HTML content and quoted attributes alike. */
export const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);

const STYLE = `
:root { color-scheme: light; font-family: "Segoe UI", system-ui, -apple-system, sans-serif; }
body { margin: 0; color: #1b1b1b; background: #fff; font-size: 10.5pt; line-height: 1.4; }
main { max-width: 60rem; margin: 0 auto; padding: 1.5rem; }
h1 { font-size: 1.5rem; margin: 0 0 .25rem; }
h2 { font-size: 1.1rem; margin: 1.5rem 0 .5rem; border-bottom: 1px solid #888; break-after: avoid; }
p { margin: .25rem 0; }
.muted { color: #555; }
table { border-collapse: collapse; width: 100%; margin: .25rem 0 .75rem; }
th, td { padding: .2rem .4rem; border-bottom: 1px solid #ddd; vertical-align: top; text-align: left; }
th { font-weight: 600; border-bottom: 1px solid #888; }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
/* A figure never breaks, its heading may: "Share of weights" must not widen the column. */
th.num { white-space: normal; }
tfoot td, tr.total td { font-weight: 600; border-top: 1px solid #888; }
tr { break-inside: avoid; }
/* anywhere, not break-word: it lets a long item or key narrow its column, not only wrap in it. */
.wrap { overflow-wrap: anywhere; }
/* A4 portrait: 182 mm between the side margins holds the seven columns of the lines. */
@page { size: A4 portrait; margin: 16mm 14mm; }
@media print {
  main { max-width: none; padding: 0; }
  body { font-size: 8.5pt; }
  th, td { padding: .15rem .25rem; }
  thead { display: table-header-group; }
}
`;

const POLICY = "default-src 'none'; style-src 'unsafe-inline'";

type Cell = { readonly text: string; readonly numeric?: boolean };
const num = (text: string): Cell => ({ text, numeric: true });
const txt = (text: string): Cell => ({ text });

function cellHtml(tag: 'td' | 'th', cell: Cell): string {
  const cls = cell.numeric ? ' class="num"' : ' class="wrap"';
  return `<${tag}${cls}>${escapeHtml(cell.text)}</${tag}>`;
}

function table(
  head: readonly Cell[],
  rows: readonly (readonly Cell[])[],
  foot?: readonly Cell[],
): string {
  const row = (cells: readonly Cell[], tag: 'td' | 'th'): string =>
    `<tr>${cells.map((c) => cellHtml(tag, c)).join('')}</tr>`;
  const headHtml = `<thead>${head.map((c) => cellHtml('th', c)).join('')}</thead>`;
  const bodyHtml = `<tbody>${rows.map((r) => row(r, 'td')).join('')}</tbody>`;
  const footHtml = foot ? `<tfoot>${row(foot, 'td')}</tfoot>` : '';
  return `<table>${headHtml}${bodyHtml}${footHtml}</table>`;
}

/** A line's kind as the explanation names it: `annual`, `one-off 2027`. */
const kindOf = (t: ExplainTranslate, line: MunicipalityLine): string =>
  line.kind === 'annual' ? t('kind.annual') : t('kind.oneOff', { year: line.year ?? '' });

/** The municipality's place among a line's participants (both in `Municipalities` order). */
function placeIn(line: AllocationLine, position: number): number {
  let [low, high] = [0, line.positions.length - 1];
  while (low <= high) {
    const mid = (low + high) >> 1;
    const at = line.positions[mid] ?? 0;
    if (at === position) return mid;
    if (at < position) low = mid + 1;
    else high = mid - 1;
  }
  return -1;
}

/**
 * The statement of `municipality` (as the workbook names it) from a run's allocation, prepared
 * on `today`, in `language`.
 */
export function statementHtml(
  allocated: Allocated,
  municipality: string,
  language: Language,
  today: CalendarDate,
): string {
  const s = statementText(language);
  const e = explainText(language);
  const part = municipalityPart(allocated, municipality);
  const money = moneyFormat(part.roundTo, language);
  const { currency } = part;
  const position = allocated.workbook.municipalities.findIndex((m) => m.name === municipality);

  const summary = table(
    [txt(''), num(s('oneOff')), num(s('annual')), num(s('total'))],
    [[txt(municipality), num(money(part.oneOff)), num(money(part.annual)), num(money(part.total))]],
  );
  const sources = (['cost', 'system', 'proposal'] as const).filter(
    (source) => part.bySource[source] !== 0n || part.lines.some((l) => l.source === source),
  );
  const bySource = table(
    [txt(s('source')), num(s('total'))],
    sources.map((source) => [txt(e(`source.${source}`)), num(money(part.bySource[source]))]),
    [txt(s('total')), num(money(part.total))],
  );
  const byYear = table(
    [txt(s('year')), num(s('oneOff')), num(s('annual')), num(s('total'))],
    part.byYear.map((y) => [
      txt(String(y.year)),
      num(money(y.oneOff)),
      num(money(y.annual)),
      num(money(y.oneOff + y.annual)),
    ]),
  );

  const lineRows = part.lines.map((line) => {
    const allocation = allocated.lines[line.index];
    const k = allocation ? placeIn(allocation, position) : -1;
    const weight = allocation?.weights.whole()[k] ?? 0n;
    const total = allocation?.weights.total ?? 1n;
    return [
      txt(line.item),
      txt(e(`source.${line.source}`)),
      txt(kindOf(e, line)),
      txt(keyName(line.key, language)),
      num(money(line.amount)),
      num(weightPercent(weight, total, language)),
      num(money(line.share)),
    ];
  });
  const lines =
    part.lines.length === 0
      ? `<p>${escapeHtml(s('noLines', { municipality }))}</p>`
      : table(
          [
            txt(s('item')),
            txt(s('source')),
            txt(s('kind')),
            txt(s('key')),
            num(s('lineAmount')),
            num(s('weightShare')),
            num(s('share')),
          ],
          lineRows,
          [txt(s('total')), txt(''), txt(''), txt(''), txt(''), txt(''), num(money(part.total))],
        );

  const charges = allocated.charges;
  const mine = charges.municipalities.find((m) => m.name === municipality);
  const pcItems = charges.items.filter((item) => item.shares.has(municipality));
  const rate = (value: number | null): string =>
    value === null ? '—' : formatNumber(value, language, 2);
  const pc =
    mine && pcItems.length > 0
      ? [
          `<h2>${escapeHtml(s('pc'))}</h2>`,
          `<p>${escapeHtml(s('pcIntro', { municipality, pcs: formatWhole(BigInt(mine.pcs), language) }))}</p>`,
          table(
            [txt(s('item')), num(s('ratePerPc')), num(s('share'))],
            pcItems.map((item) => [
              txt(item.item),
              num(rate(item.ratePerPc)),
              num(money(item.shares.get(municipality) ?? 0n)),
            ]),
            [txt(s('pcTotal')), num(rate(charges.ratePerPc)), num(money(mine.total))],
          ),
          `<p>${escapeHtml(`${s('perPc')}: ${rate(mine.perPc)} ${currency}`)}</p>`,
        ].join('\n')
      : '';

  const roundTo = formatRoundTo(part.roundTo, language);
  const title = s('title', { municipality });
  return `<!DOCTYPE html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<header>
<h1>${escapeHtml(title)}</h1>
<p>${escapeHtml(s('subtitle', { year: part.planningYear, currency }))}</p>
<p class="muted">${escapeHtml(s('prepared', { date: formatDate(today, language) }))}</p>
</header>
<h2>${escapeHtml(s('summary'))}</h2>
${summary}
<h2>${escapeHtml(s('bySource'))}</h2>
${bySource}
<h2>${escapeHtml(s('byYear'))}</h2>
<p class="muted">${escapeHtml(s('byYearNote'))}</p>
${byYear}
<h2>${escapeHtml(s('lines'))}</h2>
${lines}
${pc}
<p class="muted">${escapeHtml(s('method', { roundTo, currency }))}</p>
</main>
</body>
</html>
`;
}

/** A file name for a municipality's statement: its name without what file systems refuse. */
export function statementFileName(municipality: string): string {
  const safe = [...municipality.normalize('NFC')]
    .map((c) => (c < ' ' || '\\/:*?"<>|'.includes(c) ? '_' : c))
    .join('')
    .replace(/^\.+/, '_')
    .trim();
  return `${safe || '_'}.html`;
}
