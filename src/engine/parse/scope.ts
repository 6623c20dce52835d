/** What parsing one table needs from others: member names, key columns, the problem list. */
import type { KeyExpression, Participants } from '../model';
import { problem, type Problem } from '../problem';
import type { Cell } from '../table';
import { isKeyError, parseKeyExpression } from './keyExpression';
import type { ParsedMunicipalities } from './municipalities';
import { isProblem, readText, splitList } from './values';

export interface ParseScope {
  readonly problems: Problem[];
  readonly members: ParsedMunicipalities;
  /** Text extra columns a key named: their non-numeric cells are reported once. */
  readonly namedTextColumns: Set<string>;
}

const memberName = (scope: ParseScope, name: string): string | undefined => {
  const wanted = name.trim().toLowerCase();
  return scope.members.municipalities.find((m) => m.name.toLowerCase() === wanted)?.name;
};

/** A Key/Basis cell → expression; blank → the default key. */
export function readKey(
  scope: ParseScope,
  cell: Cell | undefined,
  column: string,
  fallback: string,
): KeyExpression | null {
  const text = cell ? readText(cell, column) : null;
  if (isProblem(text)) {
    scope.problems.push(text);
    return null;
  }
  const columns = [...scope.members.customColumns, ...scope.members.textColumns.keys()];
  const parsed = parseKeyExpression(text ?? fallback, columns);
  if (isKeyError(parsed)) {
    scope.problems.push(problem(parsed.code, cell?.address ?? column, parsed.params));
    return null;
  }
  for (const term of parsed.terms) {
    if (term.key.kind === 'custom' && scope.members.textColumns.has(term.key.column)) {
      if (!scope.namedTextColumns.has(term.key.column)) {
        scope.namedTextColumns.add(term.key.column);
        scope.problems.push(...(scope.members.textColumns.get(term.key.column) ?? []));
      }
    }
  }
  return parsed;
}

/** A Participants cell → canonical names (null = everyone); unknown names reported. */
export function readParticipants(
  scope: ParseScope,
  cell: Cell | undefined,
  column: string,
): Participants {
  const text = cell ? readText(cell, column) : null;
  if (isProblem(text)) {
    scope.problems.push(text);
    return null;
  }
  if (text === null) return null;
  const names: string[] = [];
  for (const entry of splitList(text)) {
    const name = memberName(scope, entry);
    if (name === undefined)
      scope.problems.push(
        problem('UNKNOWN_MUNICIPALITY', cell?.address ?? column, { found: entry }),
      );
    else if (!names.includes(name)) names.push(name);
  }
  return names.length === 0 ? null : names;
}

export { memberName };
