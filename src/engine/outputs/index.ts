/** Every output table of contract §6 (plus the `Totals` extension), in the order they are written. */
export { allocationRowsByLine, allocationTable } from './allocationTable';
export { splitComparisonTable } from './splitComparisonTable';
export { pcChargesTable } from './pcChargesTable';
export { priorityRows, prioritiesTable, type PriorityRow } from './prioritiesTable';
export { riskFlagsTable } from './riskFlagsTable';
export { totalsTable } from './totalsTable';
export { contractJson, errorJson } from './json';
export { runSummary } from './summary';
export { money } from './numbers';
export { withCurrency } from './moneyHeaders';
export { exitAmounts, exitAnalysisTable } from './exitAnalysisTable';
export { criteriaWeightsTable, normalisedWeights } from './criteriaWeightsTable';
export { frontierRows, frontierTable, type FrontierRow } from './frontierTable';
