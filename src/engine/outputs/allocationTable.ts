/** The `Allocation` output: one row per split amount, one column per municipality, then totals. */
import type { AllocationLine } from '../allocate';
import type { ParsedWorkbook } from '../model';
import type { ColumnFormat, OutputTable, OutputValue } from '../table';
import type { OutputText } from '../../i18n/outputs';
import { ratePer } from '../allocate';
import { money } from './numbers';

export function allocationTable(
  workbook: ParsedWorkbook,
  lines: readonly AllocationLine[],
  text: OutputText,
): OutputTable {
  const { roundTo } = workbook.settings;
  const names = workbook.municipalities.map((m) => m.name);
  const headers = [
    text('header.item'),
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
    'currency',
    ...names.map(() => 'currency' as const),
  ];

  const rows: OutputValue[][] = lines.map((line) => [
    line.item,
    line.source,
    line.kind,
    line.key.text,
    money(line.amount, roundTo),
    // Blank, not 0, for a municipality that does not take part in the item.
    ...names.map((name) => {
      const share = line.shares.get(name);
      return share === undefined ? null : money(share, roundTo);
    }),
  ]);
  const sources: (string | null)[] = lines.map((line) => line.cell);

  const totalOf = (kind: AllocationLine['kind'], name?: string): bigint =>
    lines
      .filter((line) => line.kind === kind)
      .reduce(
        (acc, line) => acc + (name === undefined ? line.amount : (line.shares.get(name) ?? 0n)),
        0n,
      );

  for (const kind of ['one-off', 'annual'] as const) {
    rows.push([
      text(kind === 'one-off' ? 'label.totalOneOff' : 'label.totalAnnual'),
      null,
      kind,
      null,
      money(totalOf(kind), roundTo),
      ...names.map((name) => money(totalOf(kind, name), roundTo)),
    ]);
    sources.push(null);
  }
  const population = (name: string): bigint =>
    BigInt(workbook.municipalities.find((m) => m.name === name)?.population ?? 0);
  const allPopulation = names.reduce((acc, name) => acc + population(name), 0n);
  rows.push([
    text('label.annualPerInhabitant'),
    null,
    'annual',
    null,
    ratePer(totalOf('annual'), allPopulation, roundTo),
    ...names.map((name) => ratePer(totalOf('annual', name), population(name), roundTo)),
  ]);
  sources.push(null);

  return {
    name: 'Allocation',
    sheetName: text('sheet.Allocation'),
    headers,
    formats,
    rows,
    sources,
  };
}
