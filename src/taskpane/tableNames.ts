/**
 * Naming the contract's tables as the user sees them: by the sheet they are on (the workbook's
 * name when known, else the one Samkost gives it in the user's language), with the Excel table
 * name beside it where that differs, since that is the name Samkost looks for.
 */
import { INPUT_TABLE_NAMES, OUTPUT_TABLE_NAMES } from '../engine/table';
import type { Language } from '../i18n/language';
import { outputText } from '../i18n/outputs';
import { TEMPLATE_TEXT } from '../i18n/template';
import type { ContractTable, SheetNames } from './services/samkostService';

const CONTRACT: readonly ContractTable[] = [...INPUT_TABLE_NAMES, ...OUTPUT_TABLE_NAMES];

/** The contract table a name (a problem's `Costs[Amount]` prefix, say) is, if any. */
export const contractTable = (name: string): ContractTable | undefined =>
  CONTRACT.find((table) => table.toLowerCase() === name.toLowerCase());

export interface ShownName {
  readonly sheet: string;
  /** The Excel table name, when it differs from the sheet's. */
  readonly table: string | null;
}

export function shownName(table: ContractTable, language: Language, names: SheetNames): ShownName {
  const own = (INPUT_TABLE_NAMES as readonly string[]).includes(table)
    ? TEMPLATE_TEXT[language][`sheet.${table as (typeof INPUT_TABLE_NAMES)[number]}`]
    : outputText(language)(`sheet.${table as (typeof OUTPUT_TABLE_NAMES)[number]}`);
  const sheet = names[table] ?? own;
  return { sheet, table: sheet.toLowerCase() === table.toLowerCase() ? null : table };
}

/** `Kommuner (Municipalities)`, or just `Budget` where sheet and table share the name. */
export const shownText = ({ sheet, table }: ShownName): string =>
  table === null ? sheet : `${sheet} (${table})`;
