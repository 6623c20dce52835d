/**
 * Force out (contract v1.1 §11): an Excluded proposal is never funded. The plan is handed the
 * workbook without it, so the solver needs no rule of its own; a proposal depending on an
 * excluded one then cannot start, as with any dependency that cannot.
 */
import type { ParsedWorkbook } from '../model';

/** `wb` as the funding plan sees it: without its Excluded proposals (the same object if none). */
export function withoutExcluded(wb: ParsedWorkbook): ParsedWorkbook {
  if (!wb.proposals.some((p) => p.excluded === true)) return wb;
  return { ...wb, proposals: wb.proposals.filter((p) => p.excluded !== true) };
}
