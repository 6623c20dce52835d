/** Reading the cell references that problems and flags carry (`Sheet!C7`, `Table[Column]`). */

/** The sheet (or table) a reference is about: `'Kostnader 2026'!B3` → `Kostnader 2026`. */
export function tableOfCell(cell: string): string {
  const bang = cell.lastIndexOf('!');
  if (bang > 0) {
    const sheet = cell.slice(0, bang);
    return sheet.startsWith("'") && sheet.endsWith("'")
      ? sheet.slice(1, -1).replace(/''/g, "'")
      : sheet;
  }
  const bracket = cell.indexOf('[');
  return bracket > 0 ? cell.slice(0, bracket) : cell;
}

/**
 * Whether the adapter can take the user to a reference: a cell (`Sheet!B7`), a table's column
 * (`Costs[Amount]`, its header is selected) or a table or sheet by name. Blank is nowhere.
 */
export const isSelectable = (cell: string): boolean => cell.trim() !== '';

/** Items grouped by the table their cell is on, tables in order of first appearance. */
export function groupByTable<T extends { readonly cell: string }>(
  items: readonly T[],
): readonly { readonly table: string; readonly items: readonly T[] }[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const table = tableOfCell(item.cell);
    const group = groups.get(table);
    if (group) group.push(item);
    else groups.set(table, [item]);
  }
  return [...groups].map(([table, grouped]) => ({ table, items: grouped }));
}
