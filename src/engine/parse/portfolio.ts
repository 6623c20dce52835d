/** `Proposals`, `Criteria`, `Scores` and `Budget`: the IKT-råd's portfolio (contract §2). */
import type { BudgetYear, Criterion, Proposal, ScoreRow } from '../model';
import { problem } from '../problem';
import { toNumber, ZERO } from '../rational';
import type { InputTable } from '../table';
import { bindTable } from './bind';
import { normaliseHeader } from './headers';
import { rowReader, uniqueness } from './reader';
import { readKey, readParticipants, type ParseScope } from './scope';
import { isProblem, readNumber, shown, splitList } from './values';

export function parseProposals(table: InputTable | undefined, scope: ParseScope): Proposal[] {
  if (!table) return [];
  const bound = bindTable('Proposals', table, ['ID', 'Title'], scope.problems);
  if (!bound) return [];
  const unique = uniqueness(scope.problems, bound.label('ID'));
  return bound.rows.flatMap((row) => {
    const read = rowReader(bound, row, scope.problems);
    const id = read.requiredText('ID');
    const title = read.requiredText('Title');
    const proposal = {
      owner: read.text('Owner'),
      area: read.text('Area'),
      oneOffCost: read.money('OneOffCost') ?? ZERO,
      annualCost: read.money('AnnualCost') ?? ZERO,
      annualBenefit: read.money('AnnualBenefit') ?? ZERO,
      lifetime: read.whole('Lifetime', 1, 100) ?? 5,
      key: readKey(scope, row.get('Key'), bound.label('Key'), 'population'),
      participants: readParticipants(scope, row.get('Participants'), bound.label('Participants')),
      costBenefit: read.boolean('CostBenefit') ?? false,
      dependsOn: splitList(read.text('DependsOn') ?? ''),
      mandatory: read.boolean('Mandatory') ?? false,
      earliestYear: read.whole('EarliestYear', 1900, 9999),
    };
    if (id === null || title === null || proposal.key === null || !unique(id, read.cell('ID')))
      return [];
    return [{ ...proposal, key: proposal.key, id, title, cell: read.cell('ID'), cells: row.cells }];
  });
}

export function parseCriteria(
  table: InputTable | undefined,
  scope: ParseScope,
): Criterion[] | null {
  if (!table) return null;
  const bound = bindTable('Criteria', table, ['Criterion', 'Weight'], scope.problems);
  if (!bound) return [];
  const unique = uniqueness(scope.problems, bound.label('Criterion'));
  return bound.rows.flatMap((row) => {
    const read = rowReader(bound, row, scope.problems);
    const name = read.requiredText('Criterion');
    const weight = read.requiredMoney('Weight');
    if (weight !== null && weight.num === 0n) {
      scope.problems.push(
        problem('NOT_POSITIVE', read.cell('Weight'), { column: bound.label('Weight'), found: '0' }),
      );
      return [];
    }
    if (name === null || weight === null || !unique(name, read.cell('Criterion'))) return [];
    return [{ name, weight: toNumber(weight), cell: read.cell('Criterion') }];
  });
}

/**
 * Scores: one row per (proposal, scorer); criteria columns by name. Without a Criteria table,
 * every extra column is a criterion of weight 1; with one, extra columns it does not name are
 * ignored (a comment column, say).
 */
export function parseScores(
  table: InputTable | undefined,
  scope: ParseScope,
  declared: Criterion[] | null,
  proposals: readonly Proposal[],
  scoreMax: number,
): { criteria: Criterion[]; scores: ScoreRow[] } {
  if (!table) return { criteria: declared ?? [], scores: [] };
  const bound = bindTable('Scores', table, ['Proposal', 'Scorer'], scope.problems);
  if (!bound) return { criteria: declared ?? [], scores: [] };
  const criteria =
    declared ??
    bound.extras.map((e) => ({
      name: e.header,
      weight: 1,
      cell: table.headers[e.index]?.address ?? table.name,
    }));
  const columnOf = new Map<string, number>();
  for (const criterion of criteria) {
    const extra = bound.extras.find(
      (e) => normaliseHeader(e.header) === normaliseHeader(criterion.name),
    );
    if (extra) columnOf.set(criterion.name, extra.index);
  }
  const ids = new Map(proposals.map((p) => [p.id.toLowerCase(), p.id]));
  const seen = new Map<string, string>();
  const scores = bound.rows.flatMap((row) => {
    const read = rowReader(bound, row, scope.problems);
    const named = read.requiredText('Proposal');
    const scorer = read.requiredText('Scorer');
    const proposal = named === null ? undefined : ids.get(named.toLowerCase());
    if (named !== null && proposal === undefined) {
      scope.problems.push(problem('UNKNOWN_PROPOSAL', read.cell('Proposal'), { found: named }));
    }
    const values = new Map<string, number | null>();
    for (const criterion of criteria) {
      const index = columnOf.get(criterion.name);
      const cell = index === undefined ? undefined : row.all[index];
      const value = cell ? readNumber(cell, criterion.name) : null;
      if (isProblem(value)) scope.problems.push(value);
      else if (value !== null && cell) {
        const n = toNumber(value);
        if (n < 0 || n > scoreMax) {
          scope.problems.push(
            problem('OUT_OF_RANGE', cell.address, {
              column: criterion.name,
              found: shown(cell.value),
              min: 0,
              max: scoreMax,
            }),
          );
        } else values.set(criterion.name, n);
      }
      if (!values.has(criterion.name)) values.set(criterion.name, null);
    }
    if (proposal === undefined || scorer === null) return [];
    const pair = `${proposal}\u0000${scorer.toLowerCase()}`;
    const first = seen.get(pair);
    if (first !== undefined) {
      scope.problems.push(
        problem('DUPLICATE', read.cell('Scorer'), {
          column: bound.label('Scorer'),
          found: `${proposal} / ${scorer}`,
          first,
        }),
      );
      return [];
    }
    seen.set(pair, read.cell('Scorer'));
    return [{ proposal, scorer, scores: values, cell: read.cell('Proposal'), cells: row.cells }];
  });
  return { criteria, scores };
}

export function parseBudget(table: InputTable | undefined, scope: ParseScope): BudgetYear[] | null {
  if (!table) return null;
  const bound = bindTable('Budget', table, ['Year', 'Investment'], scope.problems);
  if (!bound) return [];
  const unique = uniqueness(scope.problems, bound.label('Year'));
  const years = bound.rows.flatMap((row) => {
    const read = rowReader(bound, row, scope.problems);
    const yearCell = row.get('Year');
    const year = read.whole('Year', 1900, 9999);
    if (year === null && yearCell && !scope.problems.some((p) => p.cell === yearCell.address)) {
      scope.problems.push(problem('REQUIRED', yearCell.address, { column: bound.label('Year') }));
    }
    const investment = read.requiredMoney('Investment');
    const operating = read.money('Operating');
    if (year === null || investment === null || !unique(String(year), read.cell('Year'))) return [];
    return [{ year, investment, operating, cell: read.cell('Year'), cells: row.cells }];
  });
  return years.sort((a, b) => a.year - b.year);
}
