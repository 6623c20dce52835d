/** Proposals' DependsOn: IDs that exist, and no proposal that (indirectly) depends on itself. */
import type { Proposal } from '../model';
import { problem, type Problem } from '../problem';
import type { NameIndex } from './names';

/**
 * DependsOn names known proposal IDs (matched case-insensitively, resolved to the ID as
 * written; a repeated ID counts once). Returns the proposals with resolved dependencies.
 */
export function resolveDependencies(
  proposals: readonly Proposal[],
  ids: NameIndex,
  problems: Problem[],
  label: string,
): Proposal[] {
  return proposals.map((p) => {
    const dependsOn: string[] = [];
    for (const name of p.dependsOn) {
      const id = ids.find(name);
      if (id === undefined && ids.checkable)
        problems.push(
          problem('UNKNOWN_PROPOSAL', p.cells['DependsOn'] ?? p.cell, {
            column: label,
            found: name,
          }),
        );
      else if (id !== undefined && !dependsOn.includes(id)) dependsOn.push(id);
    }
    return { ...p, dependsOn };
  });
}

/** Strongly connected components (Tarjan), each in discovery order. */
function components(ids: readonly string[], edges: (id: string) => readonly string[]): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const result: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, index.size);
    low.set(v, index.get(v) ?? 0);
    stack.push(v);
    onStack.add(v);
    for (const w of edges(v)) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) ?? 0, low.get(w) ?? 0));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v) ?? 0, index.get(w) ?? 0));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string | undefined;
      do {
        w = stack.pop();
        if (w !== undefined) {
          onStack.delete(w);
          component.push(w);
        }
      } while (w !== undefined && w !== v);
      result.push(component);
    }
  };
  for (const id of ids) if (!index.has(id)) visit(id);
  return result;
}

/** A shortest cycle from `start` back to itself inside `members`: `P1 → P2 → P1`. */
function cycleThrough(
  start: string,
  members: ReadonlySet<string>,
  edges: (id: string) => readonly string[],
): string[] {
  const parent = new Map<string, string>();
  const queue = [start];
  for (let i = 0; i < queue.length; i += 1) {
    const v = queue[i] ?? start;
    for (const w of edges(v)) {
      if (w === start) {
        const path = [v];
        while (path[0] !== start) path.unshift(parent.get(path[0] ?? start) ?? start);
        return [...path, start];
      }
      if (members.has(w) && !parent.has(w)) {
        parent.set(w, v);
        queue.push(w);
      }
    }
  }
  return [start, start];
}

/**
 * Proposals that depend on each other in a circle (a proposal depending on itself included):
 * one DEPENDENCY_CYCLE per group, at the DependsOn cell of its first proposal, naming a cycle.
 */
export function checkDependencyCycles(proposals: readonly Proposal[], problems: Problem[]): void {
  const byId = new Map(proposals.map((p) => [p.id, p]));
  const edges = (id: string): readonly string[] =>
    (byId.get(id)?.dependsOn ?? []).filter((d) => byId.has(d));
  const order = proposals.map((p) => p.id);
  for (const component of components(order, edges)) {
    const first = order.find((id) => component.includes(id)) ?? '';
    const cyclic = component.length > 1 || edges(first).includes(first);
    if (!cyclic) continue;
    const proposal = byId.get(first);
    problems.push(
      problem('DEPENDENCY_CYCLE', proposal?.cells['DependsOn'] ?? proposal?.cell ?? 'Proposals', {
        ids: cycleThrough(first, new Set(component), edges).join(' → '),
      }),
    );
  }
}
