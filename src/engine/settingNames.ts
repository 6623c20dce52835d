/**
 * The contract's settings (§2), in its order: one list for the parser, the template and the task
 * pane's settings form. A module of its own so the pane can import it without the parser.
 */
export const SETTING_NAMES = [
  'Currency',
  'RoundTo',
  'DiscountRate',
  'PlanningYear',
  'ContractWarningMonths',
  'DisagreementThreshold',
  'ScoreMax',
  'Language',
  // Contract v1.1 §10: how far the criteria's weights move in the sensitivity.
  'Sensitivity',
] as const;
export type SettingName = (typeof SETTING_NAMES)[number];
