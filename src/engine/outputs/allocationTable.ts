/**
 * The `Allocation` output: one row per split amount, one column per municipality. Its totals
 * (one-off, annual, annual per inhabitant; contract §6) are a table of their own under it,
 * `AllocationTotals`, with the same columns, so sorting or filtering the lines never mixes them
 * in. A proposal's row keeps its ID as Item (contract §6) with its Title beside it, so a reader
 * need not look the ID up. The totals are each municipality's one-off and annual sums
 * (`municipalityTotals`, which the Totals table shows too: pass them in rather than sum again).
 */
import type { AllocationLine, MunicipalityTotals } from '../allocate';
import type { ParsedWorkbook } from '../model';
import type { ColumnFormat, OutputTable, OutputValue } from '../table';
import type { OutputText } from '../../i18n/outputs';
import { municipalityTotals, ratePer } from '../allocate';
import { ALLOCATION_FIRST_SHARE as FIRST_SHARE } from './allocationColumns';
import { currencyOfUnits, money } from './numbers';
import { writeShares } from './shareCells';

export function allocationTable(
  workbook: ParsedWorkbook,
  lines: readonly AllocationLine[],
  text: OutputText,
  totals: readonly MunicipalityTotals[] = municipalityTotals(workbook, lines),
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
    writeShares(row, line, roundTo, toCurrency);
    return row;
  });
  const sources: (string | null)[] = lines.map((line) => line.cell);

  let oneOffAmount = 0n;
  let annualAmount = 0n;
  for (const line of lines) {
    if (line.kind === 'one-off') oneOffAmount += line.amount;
    else annualAmount += line.amount;
  }
  const totalsRow = (kind: AllocationLine['kind'], amount: bigint): OutputValue[] => [
    text(kind === 'one-off' ? 'label.totalOneOff' : 'label.totalAnnual'),
    null,
    null,
    kind,
    null,
    money(amount, roundTo),
    ...totals.map((t) => money(kind === 'one-off' ? t.oneOff : t.annual, roundTo)),
  ];
  const populations = workbook.municipalities.map((m) => BigInt(m.population ?? 0));
  const allPopulation = populations.reduce((acc, p) => acc + p, 0n);
  const footer: OutputValue[][] = [
    totalsRow('one-off', oneOffAmount),
    totalsRow('annual', annualAmount),
    [
      text('label.annualPerInhabitant'),
      null,
      null,
      'annual',
      null,
      ratePer(annualAmount, allPopulation, roundTo),
      ...totals.map((t, i) => ratePer(t.annual, populations[i] ?? 0n, roundTo)),
    ],
  ];

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

/** Each line's row of its Allocation `table` (built by {@link allocationTable} from `lines`). */
export const allocationRowsByLine = (
  lines: readonly AllocationLine[],
  table: OutputTable,
): ReadonlyMap<AllocationLine, readonly OutputValue[]> =>
  new Map(lines.map((line, i) => [line, table.rows[i] ?? []]));
