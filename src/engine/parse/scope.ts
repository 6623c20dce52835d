/** What parsing one table needs from the others: member names, key columns, the problem list. */
import type { KeyExpression, Participants } from '../model';
import { problem, type Problem } from '../problem';
import type { Rational } from '../rational';
import type { Cell } from '../table';
import { isKeyError, parseKeyExpression } from './keyExpression';
import { nameIndex, type NameIndex } from './names';
import type { ParsedMunicipalities } from './tables/municipalities';
import { isProblem, readText } from './values';

export interface ParseScope {
  readonly problems: Problem[];
  readonly members: ParsedMunicipalities;
  /** Municipality names, looked up as {@link nameKey} compares them. */
  readonly memberNames: NameIndex;
  /** Custom key columns some key uses (headers as written in Municipalities). */
  readonly usedKeyColumns: Set<string>;
  /** Each Key text's expression, parsed once: thousands of rows repeat a handful of keys. */
  readonly keys: Map<string, ReturnType<typeof parseKeyExpression>>;
  /**
   * Each Participants text that names only known municipalities, read once: a national workbook
   * repeats the same lists on many rows (a text with an unknown name is read again, so that
   * every cell that has it is reported).
   */
  readonly participants: Map<string, Participants>;
  /** Settings.RoundTo: money is read in whole units of it (see readMoney). */
  readonly roundTo: Rational;
  /**
   * The municipalities a list names (`,` or `;` between names, matched as {@link memberNames}
   * matches): canonical names, each once, in the order first named. `unknown` is told each
   * entry that names none.
   */
  readonly memberList: (text: string, unknown: (entry: string) => void) => string[];
}

export function parseScope(
  members: ParsedMunicipalities,
  problems: Problem[],
  roundTo: Rational,
): ParseScope {
  const memberNames = nameIndex(members.municipalities.map((m) => m.name));
  // Which members the list being read has named: list number `current` marks them. One array
  // for every list rather than a Set each (a national workbook reads thousands of long lists).
  const marks = new Uint32Array(memberNames.size);
  let current = 0;
  // The names of the list being read, copied out at its end at its exact length (growing an
  // array name by name for each of thousands of lists made as much garbage again).
  const scratch: string[] = [];
  const memberList = (text: string, unknown: (entry: string) => void): string[] => {
    if (current === 0xffffffff) {
      marks.fill(0);
      current = 0;
    }
    current += 1;
    let count = 0;
    memberNames.eachListed(text, (position, start, end) => {
      if (position < 0) unknown(text.slice(start, end));
      else if (marks[position] !== current) {
        marks[position] = current;
        scratch[count++] = memberNames.name(position);
      }
    });
    return scratch.slice(0, count);
  };
  return {
    problems,
    members,
    memberNames,
    usedKeyColumns: new Set(),
    keys: new Map(),
    participants: new Map(),
    roundTo,
    memberList,
  };
}

/** A Key or Basis cell → its expression; a blank cell (or no column) → the `fallback` key. */
export function readKey(
  scope: ParseScope,
  cell: Cell | undefined,
  label: string,
  fallback: 'population' | 'pcs',
): KeyExpression | null {
  const text = cell ? readText(cell, label) : null;
  if (isProblem(text)) {
    scope.problems.push(text);
    return null;
  }
  const source = text ?? fallback;
  let parsed = scope.keys.get(source);
  if (parsed === undefined) {
    const columns = scope.members.extraColumns.map((c) => c.header);
    parsed = parseKeyExpression(source, columns);
    scope.keys.set(source, parsed);
  }
  if (isKeyError(parsed)) {
    scope.problems.push(
      problem(parsed.code, cell?.address ?? label, { column: label, ...parsed.params }),
    );
    return null;
  }
  for (const { key } of parsed.terms) {
    const column = key.kind === 'taper' ? key.base : key;
    if (column.kind === 'custom') scope.usedKeyColumns.add(column.column);
  }
  return parsed;
}

/**
 * A Participants cell → canonical municipality names; blank → null (every municipality). Names
 * are matched trimmed and case-insensitively; a name given twice counts once; an unknown name is
 * UNKNOWN_MUNICIPALITY (unless Municipalities itself is unusable, which is reported already).
 */
export function readParticipants(
  scope: ParseScope,
  cell: Cell | undefined,
  label: string,
): Participants {
  const text = cell ? readText(cell, label) : null;
  if (isProblem(text)) scope.problems.push(text);
  if (!cell || text === null || isProblem(text)) return null;
  const known = scope.participants.get(text);
  if (known !== undefined) return known;
  let unknown = false;
  const names = scope.memberList(text, (entry) => {
    unknown = true;
    if (scope.members.usable)
      scope.problems.push(
        problem('UNKNOWN_MUNICIPALITY', cell.address, { column: label, found: entry }),
      );
  });
  const participants = names.length === 0 ? null : names;
  if (!unknown) scope.participants.set(text, participants);
  return participants;
}
