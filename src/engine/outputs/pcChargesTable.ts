/**
 * The `PcCharges` output (PC-driftsavgift / lisens per PC): one row per municipality, one column
 * per item charged by PCs, and a first row with each item's rate per PC.
 */
import type { PcCharges } from '../allocate';
import type { ParsedWorkbook } from '../model';
import type { ColumnFormat, OutputTable, OutputValue } from '../table';
import type { OutputText } from '../../i18n/outputs';
import { currencyOfUnits, money } from './numbers';

export function pcChargesTable(
  charges: PcCharges,
  workbook: ParsedWorkbook,
  text: OutputText,
): OutputTable {
  const { roundTo } = workbook.settings;
  const items = charges.items;
  const headers = [
    text('header.municipality'),
    text('header.pcs'),
    ...items.map((i) => i.item),
    text('header.total'),
    text('header.perPc'),
  ];
  const formats: ColumnFormat[] = [
    'text',
    'integer',
    ...items.map(() => 'currency' as const),
    'currency',
    'currency',
  ];
  const rateRow: OutputValue[] = [
    text('label.ratePerPc'),
    charges.municipalities.reduce((acc, m) => acc + m.pcs, 0),
    ...items.map((i) => i.ratePerPc),
    charges.ratePerPc,
    null,
  ];
  // Each item's shares by municipality position (null: not a participant), read once per item.
  const position = new Map(workbook.municipalities.map((m, i) => [m.name, i]));
  const toCurrency = currencyOfUnits(roundTo);
  const columns = items.map(({ line }) => {
    const column = new Array<number | null>(workbook.municipalities.length).fill(null);
    const { units, positions } = line;
    if (units) units.forEach((u, k) => (column[positions[k] ?? 0] = toCurrency(u)));
    else
      for (const [name, share] of line.shares)
        column[position.get(name) ?? 0] = money(share, roundTo);
    return column;
  });
  const rows: OutputValue[][] = [
    rateRow,
    ...charges.municipalities.map((m) => {
      const at = position.get(m.name) ?? -1;
      return [
        m.name,
        m.pcs,
        ...columns.map((column) => column[at] ?? null),
        money(m.total, roundTo),
        m.perPc,
      ];
    }),
  ];
  const cellOf = new Map(workbook.municipalities.map((m) => [m.name, m.cell]));
  return {
    name: 'PcCharges',
    sheetName: text('sheet.PcCharges'),
    headers,
    formats,
    rows,
    sources: [null, ...charges.municipalities.map((m) => cellOf.get(m.name) ?? null)],
  };
}
