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
  const width = items.length + 4;
  const rows: OutputValue[][] = [rateRow];
  for (const m of charges.municipalities) {
    const row = new Array<OutputValue>(width).fill(null);
    row[0] = m.name;
    row[1] = m.pcs;
    row[width - 2] = money(m.total, roundTo);
    row[width - 1] = m.perPc;
    rows.push(row);
  }
  // Item by item, each item's shares read in order from its Allocation row (null: not a
  // participant): `municipalities` is in Municipalities order, so row 1 + p is position p's.
  // (Reading one municipality's cell from every item's row in turn touches a new part of memory
  // at every read: at national size, a quarter of a million cache misses.)
  items.forEach(({ line }, i) => {
    const shares = shareRowOf(line);
    for (let p = 0; p < charges.municipalities.length; p++) {
      const row = rows[1 + p];
      if (row) row[2 + i] = shares[FIRST_SHARE + p] ?? null;
    }
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
