/**
 * The `PcCharges` output (PC-driftsavgift / lisens per PC): one row per municipality, one column
 * per item charged by PCs, and a first row with each item's rate per PC. An item's shares are its
 * Allocation line's: pass the Allocation table's rows by line (`allocationRowsByLine`) and they
 * are shown from there.
 */
import type { AllocationLine, PcCharges } from '../allocate';
import type { ParsedWorkbook } from '../model';
import type { ColumnFormat, OutputTable, OutputValue } from '../table';
import type { OutputText } from '../../i18n/outputs';
import { ALLOCATION_FIRST_SHARE as FIRST_SHARE } from './allocationColumns';
import { money } from './numbers';
import { shareRowsOf } from './shareCells';

export function pcChargesTable(
  charges: PcCharges,
  workbook: ParsedWorkbook,
  text: OutputText,
  allocationRows?: ReadonlyMap<AllocationLine, readonly OutputValue[]>,
): OutputTable {
  const { roundTo } = workbook.settings;
  const items = charges.items;
  const shareRowOf = shareRowsOf(roundTo, workbook.municipalities.length, allocationRows);
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
  // Each item's shares by municipality position (null: not a participant), as its Allocation row.
  const shareRows = items.map(({ line }) => shareRowOf(line));
  const rows: OutputValue[][] = [rateRow];
  charges.municipalities.forEach((m, at) => {
    // `municipalities` is in Municipalities order: `at` is the position the share rows use.
    const row = new Array<OutputValue>(items.length + 4);
    row[0] = m.name;
    row[1] = m.pcs;
    for (let i = 0; i < shareRows.length; i++)
      row[2 + i] = shareRows[i]?.[FIRST_SHARE + at] ?? null;
    row[2 + items.length] = money(m.total, roundTo);
    row[3 + items.length] = m.perPc;
    rows.push(row);
  });
  return {
    name: 'PcCharges',
    sheetName: text('sheet.PcCharges'),
    headers,
    formats,
    rows,
    sources: [null, ...workbook.municipalities.map((m) => m.cell)],
  };
}
