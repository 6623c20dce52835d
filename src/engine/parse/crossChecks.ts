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
import type { ParsedMunicipalities } from './tables/municipalities';
import { isProblem, readNumber, shown } from './values';

/** One thing to split, as the key-data check sees it. */
export interface KeyedItem {
  readonly item: string;
  readonly key: KeyExpression;
  readonly participants: Participants;
  /** The row's first cell (Item, System or ID). */
  readonly cell: string;
  /** Where to point for a missing stand-alone cost: the Key or Basis cell. */
  readonly keyCell: string;
}

const isBlank = (cell: Cell): boolean =>
  cell.value === null || (typeof cell.value === 'string' && cell.value.trim() === '');

type Report = (p: Problem) => void;

/** A custom column a key uses holds numbers ≥ 0 throughout (blanks are checked per item). */
function checkUsedCustomColumns(scope: ParseScope, report: Report): void {
  for (const column of scope.members.extraColumns) {
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
}

/**
 * The blank cells of a key column, by municipality, worked out once per column: most workbooks
 * have none, so an item then looks at the few there are rather than at every participant.
 */
function blankCellFinder(members: ParsedMunicipalities) {
  const customCells = new Map(members.extraColumns.map((c) => [c.header, c.cells]));
  const blanks = new Map<string, ReadonlyMap<string, Cell>>();
  return (column: string, custom: boolean): ReadonlyMap<string, Cell> => {
    const known = blanks.get(column);
    if (known) return known;
    const found = new Map<string, Cell>();
    for (const { name } of members.municipalities) {
      const cell = custom
        ? customCells.get(column)?.get(name)
        : members.rows.get(name)?.get(column);
      if (cell && isBlank(cell)) found.set(name, cell);
    }
    blanks.set(column, found);
    return found;
  };
}

/**
 * Every participant of a key has the values it needs: population, PCs or a custom column's
 * value (blank → REQUIRED at the municipality's cell, once per cell, naming the first item that
 * needs it), and for `standalone` a StandAlone row for that item (STANDALONE_MISSING at the
 * item's key cell). A custom column a key uses must hold numbers ≥ 0 throughout (NOT_A_NUMBER,
 * EXCEL_ERROR, NEGATIVE at its cells); a built-in key whose column is missing is MISSING_COLUMN.
 * Terms of 0 % need nothing. Skipped when Municipalities itself is unusable (reported already).
 */
export function checkKeyData(
  items: readonly KeyedItem[],
  scope: ParseScope,
  standAlone: readonly StandAloneCost[],
): void {
  const { members, problems } = scope;
  if (!members.usable) return;
  const reported = new Set<string>();
  const report: Report = (p) => {
    if (reported.has(p.cell)) return;
    reported.add(p.cell);
    problems.push(p);
  };
  checkUsedCustomColumns(scope, report);
  const blankCells = blankCellFinder(members);
  const everyone = members.municipalities.map((m) => m.name);
  // The municipalities with a stand-alone cost, by item as names compare.
  const standAloneOf = new Map<string, Set<string>>();
  for (const { item, municipality } of standAlone) {
    const key = nameKey(item);
    const members = standAloneOf.get(key);
    if (members) members.add(municipality);
    else standAloneOf.set(key, new Set([municipality]));
  }
  for (const { item, key, participants, keyCell } of items) {
    for (const { key: written, fraction } of key.terms) {
      // A taper needs its base key's values; shapley's coalition costs are checked on their own.
      const single = written.kind === 'taper' ? written.base : written;
      if (single.kind === 'equal' || single.kind === 'shapley' || isZero(fraction)) continue;
      if (single.kind === 'standalone') {
        const given = standAloneOf.get(nameKey(item));
        for (const name of participants ?? everyone) {
          if (!given?.has(name))
            problems.push(problem('STANDALONE_MISSING', keyCell, { item, municipality: name }));
        }
        continue;
      }
      const custom = single.kind === 'custom';
      const column = custom ? single.column : single.kind === 'population' ? 'Population' : 'PCs';
      if (!custom && !members.hasColumn(column)) {
        const table = 'Municipalities';
        report(problem('MISSING_COLUMN', `${table}[${column}]`, { table, column }));
        continue;
      }
      const blank = blankCells(column, custom);
      // Nearly always no blank cell at all: then there is nobody to look up.
      if (blank.size === 0) continue;
      const label = custom ? column : members.label(column);
      for (const name of participants ?? [...blank.keys()]) {
        const cell = blank.get(name);
        if (cell) report(problem('REQUIRED', cell.address, { column: label, item }));
      }
    }
  }
}
