/** The `Municipalities` table: the members that pay, their keys and budgets (contract §2). */
import type { Municipality } from '../model';
import { problem, type Problem } from '../problem';
import type { Rational } from '../rational';
import type { InputTable } from '../table';
import { bindTable } from './bind';
import { rowReader, uniqueness } from './reader';
import { isProblem, readNonNegative } from './values';

export interface ParsedMunicipalities {
  readonly municipalities: readonly Municipality[];
  /** Custom key columns (extra columns whose every non-blank cell is a number). */
  readonly customColumns: readonly string[];
  /** Extra columns that are not numeric: a key that names one reports its cells. */
  readonly textColumns: ReadonlyMap<string, readonly Problem[]>;
}

const EMPTY: ParsedMunicipalities = {
  municipalities: [],
  customColumns: [],
  textColumns: new Map(),
};

export function parseMunicipalities(
  table: InputTable | undefined,
  problems: Problem[],
): ParsedMunicipalities {
  if (!table) {
    problems.push(problem('MISSING_TABLE', 'Municipalities', { table: 'Municipalities' }));
    return EMPTY;
  }
  const bound = bindTable('Municipalities', table, ['Municipality'], problems);
  if (!bound) return EMPTY;
  if (bound.rows.length === 0) {
    problems.push(problem('EMPTY_TABLE', 'Municipalities', { table: 'Municipalities' }));
    return EMPTY;
  }

  // Each extra column is a custom key if all its non-blank cells read as non-negative numbers.
  const customColumns: string[] = [];
  const textColumns = new Map<string, Problem[]>();
  const customValues = new Map<string, (Rational | null)[]>();
  for (const { index, header } of bound.extras) {
    const own: Problem[] = [];
    const values = bound.rows.map((row) => {
      const cell = row.all[index];
      const value = cell ? readNonNegative(cell, header) : null;
      if (isProblem(value)) {
        own.push(value);
        return null;
      }
      return value;
    });
    const numeric = values.some((v) => v !== null);
    if (own.length === 0 && numeric) {
      customColumns.push(header);
      customValues.set(header, values);
    } else if (own.some((p) => p.code === 'NEGATIVE' || p.code === 'EXCEL_ERROR') && numeric) {
      // A numeric column with a bad cell is still a key column: report the cell now.
      problems.push(...own);
      customColumns.push(header);
      customValues.set(header, values);
    } else textColumns.set(header, own);
  }

  const unique = uniqueness(problems, bound.label('Municipality'));
  const municipalities: Municipality[] = [];
  bound.rows.forEach((row, i) => {
    const read = rowReader(bound, row, problems);
    const name = read.requiredText('Municipality');
    const population = read.whole('Population', 0);
    const pcs = read.whole('PCs', 0);
    const budget = read.money('Budget');
    if (name === null || !unique(name, read.cell('Municipality'))) return;
    municipalities.push({
      name,
      population,
      pcs,
      budget,
      customKeys: new Map(customColumns.map((c) => [c, customValues.get(c)?.[i] ?? null])),
      cell: read.cell('Municipality'),
      // Extra columns too, so a blank custom key value can be pointed at.
      cells: {
        ...row.cells,
        ...Object.fromEntries(bound.extras.map((e) => [e.header, row.all[e.index]?.address ?? ''])),
      },
    });
  });
  return { municipalities, customColumns, textColumns };
}
