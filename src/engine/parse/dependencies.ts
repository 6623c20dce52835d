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
    // Most proposals depend on nothing: they are kept as read (their dependsOn is empty).
    if (p.dependsOn.length === 0) return p;
    const dependsOn: string[] = [];
    const listed = new Set<string>();
    for (const name of p.dependsOn) {
      const id = ids.find(name);
      if (id === undefined && ids.checkable)
        problems.push(
          problem('UNKNOWN_PROPOSAL', p.cells['DependsOn'] ?? p.cell, {
            column: label,
            found: name,
          }),
        );
      else if (id !== undefined && !listed.has(id)) {
        listed.add(id);
        dependsOn.push(id);
      }
    }
    return { ...p, dependsOn };
  });
}

/**
 * Strongly connected components (Tarjan), each in discovery order. The depth-first walk keeps its
 * own stack of frames (a node and how far through its edges it is): a DependsOn chain thousands
 * long would overflow the call stack.
 */
function components(ids: readonly string[], edges: (id: string) => readonly string[]): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const result: string[][] = [];
  const frames: { readonly v: string; readonly out: readonly string[]; next: number }[] = [];
  const open = (v: string): void => {
    index.set(v, index.size);
    low.set(v, index.get(v) ?? 0);
    stack.push(v);
    onStack.add(v);
    frames.push({ v, out: edges(v), next: 0 });
  };
  const lower = (v: string, to: number | undefined): void =>
    void low.set(v, Math.min(low.get(v) ?? 0, to ?? 0));
  for (const root of ids) {
    if (index.has(root)) continue;
    open(root);
    for (let frame = frames.at(-1); frame !== undefined; frame = frames.at(-1)) {
      const { v, out } = frame;
      if (frame.next < out.length) {
        const w = out[frame.next] ?? v;
        frame.next += 1;
        if (!index.has(w)) open(w);
        else if (onStack.has(w)) lower(v, index.get(w));
        continue;
      }
      frames.pop();
      const parent = frames.at(-1);
      if (parent) lower(parent.v, low.get(v));
      if (low.get(v) !== index.get(v)) continue;
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
  }
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
        // Walked back from v to start, then turned round (unshift would make a long cycle quadratic).
        const back = [v];
        while (back[back.length - 1] !== start)
          back.push(parent.get(back.at(-1) ?? start) ?? start);
        return [...back.reverse(), start];
      }
      if (members.has(w) && !parent.has(w)) {
        parent.set(w, v);
        queue.push(w);
      }
    }
  }
  return [start, start];
}

/** Proposals of a cycle shown in a message: a long one by its first few, so the message stays a line. */
const SHOWN_CYCLE = 10;

/** `P1 → P2 → P1`, or `P1 → … → P9 → … → P1` past {@link SHOWN_CYCLE} proposals. */
function shownCycle(cycle: readonly string[]): string {
  if (cycle.length <= SHOWN_CYCLE + 1) return cycle.join(' → ');
  return [...cycle.slice(0, SHOWN_CYCLE), '…', cycle[cycle.length - 1] ?? ''].join(' → ');
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
  const position = new Map(order.map((id, n) => [id, n]));
  for (const component of components(order, edges)) {
    const [one] = component;
    const cyclic = component.length > 1 || (one !== undefined && edges(one).includes(one));
    if (!cyclic) continue;
    // The component's proposal listed first in Proposals.
    let first = one ?? '';
    for (const id of component) {
      if ((position.get(id) ?? 0) < (position.get(first) ?? 0)) first = id;
    }
    const proposal = byId.get(first);
    problems.push(
      problem('DEPENDENCY_CYCLE', proposal?.cells['DependsOn'] ?? proposal?.cell ?? 'Proposals', {
        ids: shownCycle(cycleThrough(first, new Set(component), edges)),
      }),
    );
  }
}
