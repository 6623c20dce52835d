/** The `Proposals` table: tiltak / förslag the IKT-råd may fund (contract §2). */
import type { Proposal } from '../../model';
import { problem } from '../../problem';
import { ZERO } from '../../rational';
import type { InputTable } from '../../table';
import { bindTable } from '../bind';
import { checkDependencyCycles, resolveDependencies } from '../dependencies';
import { nameIndex } from '../names';
import { NOTHING, type Parsed } from '../parsed';
import { rowReader, uniqueness, YEARS } from '../reader';
import { readKey, readParticipants, type ParseScope } from '../scope';
import { splitList } from '../lists';

/** Lifetime when blank (contract §2). */
const DEFAULT_LIFETIME = 5;
/**
 * The longest lifetime read. The contract only says ≥ 1; a cap keeps a typo (2027 typed in
 * Lifetime) from turning the NPV sum into a long loop, and no ICT proposal lives a century.
 */
const MAX_LIFETIME = 100;

/**
 * Parse Proposals: ID (unique, case-insensitive) and Title required; costs and benefit ≥ 0,
 * blank = 0; Lifetime whole 1–100, blank = 5; CostBenefit and Mandatory blank = no; DependsOn a
 * list of known IDs (resolved to the IDs as written) without cycles; Excluded blank = no, and
 * never together with Mandatory (contract v1.1 §11).
 */
export function parseProposals(table: InputTable | undefined, scope: ParseScope): Parsed<Proposal> {
  if (!table) return NOTHING;
  const bound = bindTable('Proposals', table, ['ID', 'Title'], scope.problems);
  const unique = uniqueness(scope.problems, bound.label('ID'));
  const names: string[] = [];
  const rows = bound.rows.flatMap((row) => {
    const read = rowReader(bound, row, scope.problems);
    const id = read.requiredText('ID');
    if (id !== null) names.push(id);
    const title = read.requiredText('Title');
    const key = readKey(scope, row.get('Key'), bound.label('Key'), 'population');
    const rest = {
      owner: read.text('Owner'),
      area: read.text('Area'),
      oneOffCost: read.money('OneOffCost', scope.roundTo) ?? ZERO,
      annualCost: read.money('AnnualCost', scope.roundTo) ?? ZERO,
      annualBenefit: read.money('AnnualBenefit', scope.roundTo) ?? ZERO,
      lifetime: read.whole('Lifetime', 1, MAX_LIFETIME) ?? DEFAULT_LIFETIME,
      participants: readParticipants(scope, row.get('Participants'), bound.label('Participants')),
      costBenefit: read.boolean('CostBenefit') ?? false,
      dependsOn: splitList(read.text('DependsOn') ?? ''),
      mandatory: read.boolean('Mandatory') ?? false,
      earliestYear: read.whole('EarliestYear', YEARS.min, YEARS.max),
      excluded: read.boolean('Excluded') ?? false,
    };
    if (rest.excluded && rest.mandatory) {
      // Forced out and required by law at once: only the user can say which is wrong.
      scope.problems.push(
        problem('EXCLUDED_MANDATORY', read.cell('Excluded'), {
          id: id ?? '',
          mandatory: read.cell('Mandatory'),
        }),
      );
    }
    if (id === null || title === null || key === null || !unique(id, read.cell('ID'))) return [];
    const proposal: Proposal = { id, title, key, ...rest, cell: read.cell('ID'), cells: row.cells };
    return [proposal];
  });
  const ids = bound.has('ID') ? names : null;
  const resolved = resolveDependencies(
    rows,
    nameIndex(ids),
    scope.problems,
    bound.label('DependsOn'),
  );
  checkDependencyCycles(resolved, scope.problems);
  return { rows: resolved, names: ids };
}
