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
] as const;
export type SettingName = (typeof SETTING_NAMES)[number];
