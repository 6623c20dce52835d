/**
 * Exact cost allocation (fordeling): every amount split in whole units of RoundTo by its key,
 * licence per PC, and the comparison of keys (contract §§3, 4 and 6). The rule itself (§4 with the
 * weights of §§3, 9 and 12, and the tie order) is rule.ts; the rest are faster ways to it.
 */
export { allocateAll, type AllocationLine } from './allocateAll';
export { COMPARISON_KEYS, isPerPc, usesKey } from './keys';
export { keyValue, keyWeights } from './rule';
export { indexStandAlone, itemKey, standAloneOf, type StandAloneIndex } from './participants';
export {
  computePcCharges,
  type PcChargeItem,
  type PcChargeMunicipality,
  type PcCharges,
} from './pcCharges';
export { lineTotals, type LineTotals } from './lineTotals';
export { shareTotals, shareTotalsByGroup } from './shareTotals';
export {
  budgetYears,
  municipalityTotals,
  type MunicipalityTotals,
  type YearTotals,
} from './yearTotals';
export { splitExactly, type Weighted } from './split';
export { compareSplits, type SplitComparisonRow } from './splitComparison';
export { compareCodePoints, currencyOf, ratePer, toHundredths, unitsOf } from './units';
