/**
 * Checks across tables: the key data every participant of a key needs (a blank population under
 * a population key is an error, not 0).
 */
import type { KeyExpression, Participants, StandAloneCost } from '../model';
import { problem, type Problem } from '../problem';
import { isZero } from '../rational';
import type { Cell } from '../table';
import { nameKey } from './names';
import type { ParseScope } from './scope';
import { isProblem, readNumber, shown } from './values';

/** One thing to split, as the key-data check sees it. */
export interface KeyedItem {
  readonly item: string;
  readonly key: KeyExpression;
  readonly participants: Participants;
  /** Where to point for a missing stand-alone cost: the Key or Basis cell. */
  readonly keyCell: string;
}

const isBlank = (cell: Cell | undefined): boolean =>
  !cell || cell.value === null || (typeof cell.value === 'string' && cell.value.trim() === '');

/**
 * Every participant of a key has the values it needs: population, PCs or a custom column's
 * value (blank → REQUIRED at the municipality's cell, once per cell), and for `standalone` a
 * StandAlone row for that item (STANDALONE_MISSING at the item's key cell). A custom column a key
 * uses must hold numbers ≥ 0 throughout (NOT_A_NUMBER, EXCEL_ERROR, NEGATIVE at its cells); a
 * built-in key whose column is missing is MISSING_COLUMN. Terms of 0 % need nothing.
 */
export function checkKeyData(
  items: readonly KeyedItem[],
  scope: ParseScope,
  standAlone: readonly StandAloneCost[],
): void {
  const { members, problems } = scope;
  if (!members.usable) return;
  const reported = new Set<string>();
  const report = (p: Problem): void => {
    if (reported.has(p.cell)) return;
    reported.add(p.cell);
    problems.push(p);
  };
  for (const column of members.extraColumns) {
    if (!scope.usedKeyColumns.has(column.header)) continue;
    for (const cell of column.allCells) {
      const value = readNumber(cell, column.header);
      if (isProblem(value)) report(value);
      else if (value !== null && value.num < 0n)
        report(
          problem('NEGATIVE', cell.address, { column: column.header, found: shown(cell.value) }),
        );
    }
  }
  const customCells = new Map(members.extraColumns.map((c) => [c.header, c.cells]));
  // Blank cells of each key column, by municipality: most workbooks have none, so an item only
  // looks at the few there are instead of at every participant.
  const blanks = new Map<string, ReadonlyMap<string, Cell>>();
  const blankCells = (column: string, custom: boolean): ReadonlyMap<string, Cell> => {
    const known = blanks.get(column);
    if (known) return known;
    const found = new Map<string, Cell>();
    for (const m of members.municipalities) {
      const cell = custom
        ? customCells.get(column)?.get(m.name)
        : members.rows.get(m.name)?.get(column);
      if (cell && isBlank(cell)) found.set(m.name, cell);
    }
    blanks.set(column, found);
    return found;
  };
  const hasStandAlone = new Set(standAlone.map((s) => `${nameKey(s.item)}\u0000${s.municipality}`));
  for (const { item, key, participants, keyCell } of items) {
    for (const { key: single, fraction } of key.terms) {
      if (single.kind === 'equal' || isZero(fraction)) continue;
      if (single.kind === 'standalone') {
        const itemKey = nameKey(item);
        for (const name of participants ?? members.municipalities.map((m) => m.name)) {
          if (!hasStandAlone.has(`${itemKey}\u0000${name}`))
            problems.push(problem('STANDALONE_MISSING', keyCell, { item, municipality: name }));
        }
        continue;
      }
      const custom = single.kind === 'custom';
      const column = custom ? single.column : single.kind === 'population' ? 'Population' : 'PCs';
      if (!custom && !members.hasColumn(column === 'Population' ? 'Population' : 'PCs')) {
        report(
          problem('MISSING_COLUMN', `Municipalities[${column}]`, {
            table: 'Municipalities',
            column,
          }),
        );
        continue;
      }
      const label = custom ? column : members.label(column);
      const blank = blankCells(column, custom);
      const needed =
        participants === null ? [...blank.keys()] : participants.filter((n) => blank.has(n));
      for (const name of needed) {
        const cell = blank.get(name);
        if (cell) report(problem('REQUIRED', cell.address, { column: label, item }));
      }
    }
  }
}
