/**
 * The `Allocation` output: one row per split amount, one column per municipality. Its totals
 * (one-off, annual, annual per inhabitant; contract §6) are a table of their own under it,
 * `AllocationTotals`, with the same columns, so sorting or filtering the lines never mixes them
 * in. A proposal's row keeps its ID as Item (contract §6) with its Title beside it, so a reader
 * need not look the ID up.
 */
import type { AllocationLine } from '../allocate';
import type { ParsedWorkbook } from '../model';
import type { ColumnFormat, OutputTable, OutputValue } from '../table';
import type { OutputText } from '../../i18n/outputs';
import { ratePer, shareTotalsByGroup } from '../allocate';
import { ALLOCATION_FIRST_SHARE as FIRST_SHARE } from './allocationColumns';
import { currencyOfUnits, money } from './numbers';

export function allocationTable(
  workbook: ParsedWorkbook,
  lines: readonly AllocationLine[],
  text: OutputText,
): OutputTable {
  const { roundTo } = workbook.settings;
  const names = workbook.municipalities.map((m) => m.name);
  const titles = new Map(workbook.proposals.map((p) => [p.id, p.title]));
  const headers = [
    text('header.item'),
    text('header.title'),
    text('header.source'),
    text('header.kind'),
    text('header.key'),
    text('header.amount'),
    ...names,
  ];
  const formats: ColumnFormat[] = [
    'text',
    'text',
    'text',
    'text',
    'text',
    'currency',
    ...names.map(() => 'currency' as const),
  ];

  const toCurrency = currencyOfUnits(roundTo);
  const rows: OutputValue[][] = lines.map((line) => {
    // Blank, not 0, for a municipality that does not take part in the item.
    const row: OutputValue[] = new Array<OutputValue>(FIRST_SHARE + names.length).fill(null);
    row[0] = line.item;
    row[1] = line.source === 'proposal' ? (titles.get(line.item) ?? null) : null;
    row[2] = line.source;
    row[3] = line.kind;
    row[4] = line.key.text;
    row[5] = money(line.amount, roundTo);
    const { units, positions } = line;
    if (units) {
      for (let k = 0; k < units.length; k++)
        row[FIRST_SHARE + (positions[k] ?? 0)] = toCurrency(units[k] ?? 0);
    } else {
      line.participants.forEach((name, k) => {
        const share = line.shares.get(name);
        if (share !== undefined) row[FIRST_SHARE + (positions[k] ?? 0)] = money(share, roundTo);
      });
    }
    return row;
  });
  const sources: (string | null)[] = lines.map((line) => line.cell);

  const amountOf = (kind: AllocationLine['kind']): bigint =>
    lines.reduce((acc, line) => (line.kind === kind ? acc + line.amount : acc), 0n);
  // One pass over every share for both kinds; the annual totals serve two rows.
  const [oneOffs = [], annuals = []] = shareTotalsByGroup(
    names,
    lines,
    (line) => (line.kind === 'one-off' ? 0 : 1),
    2,
  );
  const totals = { 'one-off': oneOffs, annual: annuals };
  const footer: OutputValue[][] = [];
  for (const kind of ['one-off', 'annual'] as const) {
    footer.push([
      text(kind === 'one-off' ? 'label.totalOneOff' : 'label.totalAnnual'),
      null,
      null,
      kind,
      null,
      money(amountOf(kind), roundTo),
      ...totals[kind].map((units) => money(units, roundTo)),
    ]);
  }
  const populations = workbook.municipalities.map((m) => BigInt(m.population ?? 0));
  const allPopulation = populations.reduce((acc, p) => acc + p, 0n);
  footer.push([
    text('label.annualPerInhabitant'),
    null,
    null,
    'annual',
    null,
    ratePer(amountOf('annual'), allPopulation, roundTo),
    ...totals.annual.map((units, i) => ratePer(units, populations[i] ?? 0n, roundTo)),
  ]);

  return {
    name: 'Allocation',
    sheetName: text('sheet.Allocation'),
    headers,
    formats,
    rows,
    sources,
    footer: { name: 'AllocationTotals', headers, formats, rows: footer },
  };
}
