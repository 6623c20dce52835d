/**
 * Checks across tables: dependencies that exist and form no cycle, and key data that every
 * participant of a key needs (a blank population under a population key is an error, not 0).
 */
import type { KeyExpression, Municipality, Participants, Proposal, StandAloneCost } from '../model';
import { problem, type Problem } from '../problem';

/** DependsOn names real proposals (IDs matched case-insensitively) and has no cycle. */
export function checkDependencies(proposals: readonly Proposal[], problems: Problem[]): Proposal[] {
  const ids = new Map(proposals.map((p) => [p.id.toLowerCase(), p.id]));
  const resolved = proposals.map((p) => {
    const dependsOn: string[] = [];
    for (const name of p.dependsOn) {
      const id = ids.get(name.toLowerCase());
      if (id === undefined)
        problems.push(problem('UNKNOWN_PROPOSAL', p.cells['DependsOn'] ?? p.cell, { found: name }));
      else if (!dependsOn.includes(id)) dependsOn.push(id);
    }
    return { ...p, dependsOn };
  });
  const byId = new Map(resolved.map((p) => [p.id, p]));
  const state = new Map<string, 'visiting' | 'done'>();
  const reported = new Set<string>();
  const visit = (id: string, path: string[]): void => {
    if (state.get(id) === 'done') return;
    if (state.get(id) === 'visiting') {
      const cycle = path.slice(path.indexOf(id));
      const key = [...cycle].sort().join(',');
      if (!reported.has(key)) {
        reported.add(key);
        const first = byId.get(id);
        problems.push(
          problem('DEPENDENCY_CYCLE', first?.cells['DependsOn'] ?? first?.cell ?? 'Proposals', {
            ids: [...cycle, id].join(' → '),
          }),
        );
      }
      return;
    }
    state.set(id, 'visiting');
    for (const dep of byId.get(id)?.dependsOn ?? []) visit(dep, [...path, id]);
    state.set(id, 'done');
  };
  for (const p of resolved) visit(p.id, []);
  return resolved;
}

/** One thing to split, as the key-data check sees it. */
export interface KeyedItem {
  readonly item: string;
  readonly key: KeyExpression;
  readonly participants: Participants;
  /** Where to point for a missing stand-alone cost: the Key or Basis cell. */
  readonly keyCell: string;
}

/**
 * Every participant of a key has the values it needs: population, PCs, custom column values,
 * and for `standalone` a StandAlone row for that item (STANDALONE_MISSING).
 */
export function checkKeyData(
  items: readonly KeyedItem[],
  municipalities: readonly Municipality[],
  standAlone: readonly StandAloneCost[],
  problems: Problem[],
): void {
  const reportedCells = new Set<string>();
  const hasStandAlone = new Set(
    standAlone.map((s) => `${s.item.trim().toLowerCase()}\u0000${s.municipality}`),
  );
  for (const { item, key, participants, keyCell } of items) {
    const members =
      participants === null
        ? municipalities
        : municipalities.filter((m) => participants.includes(m.name));
    for (const m of members) {
      for (const { key: single } of key.terms) {
        if (single.kind === 'equal') continue;
        if (single.kind === 'standalone') {
          if (!hasStandAlone.has(`${item.trim().toLowerCase()}\u0000${m.name}`)) {
            problems.push(problem('STANDALONE_MISSING', keyCell, { item, municipality: m.name }));
          }
          continue;
        }
        const column =
          single.kind === 'custom'
            ? single.column
            : single.kind === 'population'
              ? 'Population'
              : 'PCs';
        const value =
          single.kind === 'custom'
            ? (m.customKeys.get(single.column) ?? null)
            : single.kind === 'population'
              ? m.population
              : m.pcs;
        const cell = m.cells[column] ?? `Municipalities[${column}]`;
        if (value === null && !reportedCells.has(cell)) {
          reportedCells.add(cell);
          problems.push(problem('REQUIRED', cell, { column, item }));
        }
      }
    }
  }
}
