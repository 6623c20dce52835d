/** The `RiskFlags` output: one row per flag; its Cell column points at the input. */
import type { RiskFlag } from '../result';
import type { OutputTable } from '../table';
import type { OutputText } from '../../i18n/outputs';

export function riskFlagsTable(flags: readonly RiskFlag[], text: OutputText): OutputTable {
  return {
    name: 'RiskFlags',
    sheetName: text('sheet.RiskFlags'),
    headers: [
      text('header.scope'),
      text('header.subject'),
      text('header.code'),
      text('header.severity'),
      text('header.message'),
      text('header.cell'),
    ],
    formats: ['text', 'text', 'text', 'text', 'text', 'text'],
    rows: flags.map((f) => [f.scope, f.subject, f.code, f.severity, f.message, f.cell]),
    sources: flags.map((f) => f.cell),
    linkColumn: 5,
  };
}
