/**
 * DependsOn from a hostile (or just long) Proposals table: the cycle check walks the graph on a
 * stack of its own, so a chain tens of thousands long is read rather than overflowing the call
 * stack, and a long cycle is named in one line.
 */
import { renderProblem } from '../../../src/i18n/problems';
import type { TableSpec } from './tableBuilder';
import { parse, parsed, problemsOf } from './helpers';

const LENGTH = 30_000;

const proposals = (dependsOn: (i: number) => string | null): TableSpec => [
  ['ID', 'Title', 'DependsOn'],
  ...Array.from({ length: LENGTH }, (_, i) => [`P${i}`, 'T', dependsOn(i)]),
];

describe('DependsOn, hostile lengths', () => {
  test(`a chain ${LENGTH.toLocaleString('en')} long parses, every link kept`, () => {
    // Each depends on the next: the walk from P0 goes the whole length down.
    const wb = parsed({ Proposals: proposals((i) => (i === LENGTH - 1 ? null : `P${i + 1}`)) });
    expect(wb.proposals).toHaveLength(LENGTH);
    expect(wb.proposals[0]?.dependsOn).toEqual(['P1']);
  });

  test(`a cycle ${LENGTH.toLocaleString('en')} long is one DEPENDENCY_CYCLE, named in one short line`, () => {
    const problems = problemsOf({
      Proposals: proposals((i) => `P${(i + LENGTH - 1) % LENGTH}`),
    });
    expect(problems.map((p) => `${p.code}@${p.cell}`)).toEqual(['DEPENDENCY_CYCLE@Proposals!C2']);
    const [problem] = problems;
    if (problem === undefined) return;
    expect(problem.params['ids']).toBe(
      `P0 → P${LENGTH - 1} → P${LENGTH - 2} → P${LENGTH - 3} → P${LENGTH - 4} → P${LENGTH - 5} → ` +
        `P${LENGTH - 6} → P${LENGTH - 7} → P${LENGTH - 8} → P${LENGTH - 9} → … → P0`,
    );
    expect(renderProblem(problem, 'en').message.length).toBeLessThan(200);
  });

  test('one DependsOn cell naming thousands of proposals, many twice, keeps each once', () => {
    const all = Array.from({ length: 5000 }, (_, i) => `P${i}`);
    const spec: TableSpec = [
      ['ID', 'Title', 'DependsOn'],
      ...all.map((id) => [id, 'T', null]),
      ['Hub', 'T', [...all, ...all].join(', ')],
    ];
    const result = parse({ Proposals: spec });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.workbook.proposals.at(-1)?.dependsOn).toHaveLength(5000);
  });
});
