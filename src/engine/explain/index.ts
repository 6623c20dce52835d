/**
 * Why each municipality pays what it pays: every share read off the run's own split (contract §4),
 * and a municipality's lines and totals.
 */
export {
  explainLine,
  type LineExplanation,
  type ParticipantExplanation,
  type TieRule,
} from './explainLine';
export {
  explainShare,
  findMunicipality,
  linesOfItem,
  municipalityPart,
  type MunicipalityLine,
  type MunicipalityPart,
} from './municipality';
export { answerQuery, type ExplainAnswer, type ExplainQuery } from './query';
