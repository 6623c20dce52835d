/**
 * The `PcCharges` output (PC-driftsavgift / lisens per PC): one row per municipality, one column
 * per item charged by PCs, and a first row with each item's rate per PC.
 */
import type { PcCharges } from '../allocate';
import type { ParsedWorkbook } from '../model';
import type { ColumnFormat, OutputTable, OutputValue } from '../table';
import type { OutputText } from '../../i18n/outputs';
import { money } from './numbers';

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
  const rows: OutputValue[][] = [
    rateRow,
    ...charges.municipalities.map((m) => [
      m.name,
      m.pcs,
      ...items.map((i) => {
        const share = i.shares.get(m.name);
        return share === undefined ? null : money(share, roundTo);
      }),
      money(m.total, roundTo),
      m.perPc,
    ]),
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
