/** The `Municipalities` table: the members that pay, their keys and budgets (contract §2). */
import type { Municipality } from '../../model';
import { problem, type Problem } from '../../problem';
import type { Rational } from '../../rational';
import type { Cell, InputTable } from '../../table';
import { bindTable, type BoundRow } from '../bind';
import { nameKey } from '../names';
import { rowReader, uniqueness } from '../reader';
import { isProblem, readNumber } from '../values';

/** An extra column of Municipalities: a custom key when its cells are numbers. */
export interface ExtraKeyColumn {
  /** The header as written. */
  readonly header: string;
  /** Every non-blank cell reads as a number (Excel errors aside), and at least one does. */
  readonly numeric: boolean;
  /** Each municipality's cell in this column, by municipality name. */
  readonly cells: ReadonlyMap<string, Cell>;
  /** Every row's cell, the rows of unusable names included (a key reports its bad cells). */
  readonly allCells: readonly Cell[];
}

export interface ParsedMunicipalities {
  readonly municipalities: readonly Municipality[];
  /**
   * False when the table or its Municipality column is missing: then no name can be checked
   * against it, and other tables' references to municipalities are not reported as unknown.
   */
  readonly usable: boolean;
  /** Each municipality's row, for the key-data checks that need its cells. */
  readonly rows: ReadonlyMap<string, BoundRow>;
  readonly hasColumn: (column: string) => boolean;
  /** A column's header as written (the canonical name when absent). */
  readonly label: (column: string) => string;
  readonly extraColumns: readonly ExtraKeyColumn[];
}

const UNUSABLE: ParsedMunicipalities = {
  municipalities: [],
  usable: false,
  rows: new Map(),
  hasColumn: () => false,
  label: (column) => column,
  extraColumns: [],
};

/** Whether an extra column holds a custom key: numbers only (blanks and errors aside), ≥ 1 of them. */
function isNumericColumn(cells: readonly Cell[]): boolean {
  const reads = cells.map((cell) => readNumber(cell, ''));
  const numbers = reads.filter((r) => r !== null && !isProblem(r));
  return numbers.length > 0 && !reads.some((r) => isProblem(r) && r.code === 'NOT_A_NUMBER');
}

/**
 * Parse the Municipalities table. Population and PCs are whole numbers ≥ 0, Budget money ≥ 0,
 * names unique (trimmed, case-insensitive). Extra columns are kept for custom keys; their cells are
 * checked only when a key uses them (an unrelated extra column never stops a run).
 */
export function parseMunicipalities(
  table: InputTable | undefined,
  problems: Problem[],
  /** Settings.RoundTo: Budget is money in whole units of it. */
  roundTo: Rational,
): ParsedMunicipalities {
  if (!table) {
    problems.push(problem('MISSING_TABLE', 'Municipalities', { table: 'Municipalities' }));
    return UNUSABLE;
  }
  const bound = bindTable('Municipalities', table, ['Municipality'], problems);
  if (bound.rows.length === 0) {
    problems.push(problem('EMPTY_TABLE', 'Municipalities', { table: 'Municipalities' }));
  }

  const unique = uniqueness(problems, bound.label('Municipality'), nameKey);
  const parsed: { municipality: Omit<Municipality, 'customKeys'>; row: BoundRow }[] = [];
  for (const row of bound.rows) {
    const read = rowReader(bound, row, problems);
    const name = read.requiredText('Municipality');
    const population = read.whole('Population', 0, Number.MAX_SAFE_INTEGER);
    const pcs = read.whole('PCs', 0, Number.MAX_SAFE_INTEGER);
    const budget = read.money('Budget', roundTo);
    if (name === null || !unique(name, read.cell('Municipality'))) continue;
    const cells = { ...row.cells };
    // Extra columns too, so a blank custom key value can be pointed at.
    for (const extra of bound.extras) {
      const cell = row.all[extra.index];
      if (cell) cells[extra.header] = cell.address;
    }
    parsed.push({
      municipality: { name, population, pcs, budget, cell: read.cell('Municipality'), cells },
      row,
    });
  }

  const extraColumns = bound.extras.map(({ index, header }): ExtraKeyColumn => {
    const allCells = bound.rows.flatMap((row) => row.all[index] ?? []);
    const cells = new Map<string, Cell>();
    for (const { municipality, row } of parsed) {
      const cell = row.all[index];
      if (cell) cells.set(municipality.name, cell);
    }
    return { header, numeric: isNumericColumn(allCells), cells, allCells };
  });
  const customValue = (column: ExtraKeyColumn, name: string): Rational | null => {
    const cell = column.cells.get(name);
    const value = cell ? readNumber(cell, column.header) : null;
    return isProblem(value) ? null : value;
  };
  const municipalities = parsed.map(({ municipality }): Municipality => ({
    ...municipality,
    customKeys: new Map(
      extraColumns
        .filter((c) => c.numeric)
        .map((c) => [c.header, customValue(c, municipality.name)]),
    ),
  }));
  return {
    municipalities,
    usable: bound.complete,
    rows: new Map(parsed.map(({ municipality, row }) => [municipality.name, row])),
    hasColumn: (column) => bound.has(column),
    label: bound.label,
    extraColumns,
  };
}
