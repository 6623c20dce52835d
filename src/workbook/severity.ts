/**
 * How RiskFlags shows severity, the same in both adapters (./excel/formats.ts sets it through
 * Office.js, ./xlsx/styles.ts and ./xlsx/sheetXml.ts write it into the package): which column
 * and which colours.
 */

/** RiskFlags' Severity column: the fourth (zero-based 3), in the contract's column order (§6). */
export const SEVERITY_COLUMN = 3;

/**
 * Each severity's fill and font colour (#RRGGBB), readable in light and dark Excel themes, in
 * rule order: high red, medium amber, low grey.
 */
export const SEVERITY_COLOURS: readonly {
  readonly severity: 'high' | 'medium' | 'low';
  readonly fill: string;
  readonly font: string;
}[] = [
  { severity: 'high', fill: '#FFC7CE', font: '#9C0006' },
  { severity: 'medium', fill: '#FFEB9C', font: '#9C5700' },
  { severity: 'low', fill: '#EDEDED', font: '#3B3B3B' },
];
