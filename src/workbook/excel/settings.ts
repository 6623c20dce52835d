/**
 * The Settings input (`Setting` → `Value`), read for the pane's form and written back from it.
 * Rows are matched by the setting they name, under any name the engine accepts (`Planår`,
 * `Valuta`, `Currency`, ...); a setting without a row gets one, named in the user's language; a
 * workbook without Settings gets the table on a new sheet.
 */
import type { Language } from '../../i18n/language';
import { TEMPLATE_TEXT } from '../../i18n/template';
import { canonicalColumn, PREFERRED_HEADERS } from '../../engine/parse/headers';
import { settingNamed, type SettingName } from '../../engine/settingNames';
import type { CellValue, InputTable } from '../../engine/table';
import { appendRows } from './appendRows';
import { cellToExcel } from './cells';
import { parseCellReference, uniqueSheetName } from './names';
import { readInputTables } from './readTables';
import type { ExcelRun } from './run';

/** The Setting and Value columns: by header (as the engine matches it), else the first two. */
function columns(table: InputTable): { setting: number; value: number } {
  const canonical = table.headers.map((h) =>
    typeof h.value === 'string' ? canonicalColumn('Settings', h.value) : null,
  );
  const setting = canonical.indexOf('Setting');
  const value = canonical.indexOf('Value');
  return { setting: setting < 0 ? 0 : setting, value: value < 0 ? 1 : value };
}

const settingOf = (value: CellValue | undefined): SettingName | undefined =>
  typeof value === 'string' ? settingNamed(value) : undefined;

/**
 * Each setting's value by the setting it is (empty map without a Settings input). Rows naming no
 * setting are left out; of a setting given twice the first row counts (the run reports the
 * duplicate).
 */
export function settingsOf(table: InputTable | undefined): Map<SettingName, CellValue> {
  const settings = new Map<SettingName, CellValue>();
  if (!table) return settings;
  const { setting, value } = columns(table);
  for (const row of table.rows) {
    const name = settingOf(row[setting]?.value);
    if (name !== undefined && !settings.has(name)) settings.set(name, row[value]?.value ?? null);
  }
  return settings;
}

/** Read the Settings input. */
export function readSettings(run: ExcelRun): Promise<Map<SettingName, CellValue>> {
  return run(async (context) => {
    const { tables } = await readInputTables(context, ['Settings']);
    return settingsOf(tables.Settings);
  });
}

export type SettingValue = string | number | boolean;
type Row = readonly [string, SettingValue];

/** A new Settings table on a new sheet, for a workbook that has none. */
async function createSettings(
  context: Excel.RequestContext,
  rows: readonly Row[],
  language: Language,
): Promise<void> {
  const sheets = context.workbook.worksheets.load('items/name');
  await context.sync();
  const taken = new Set(sheets.items.map((s) => s.name.toLowerCase()));
  const sheetName = uniqueSheetName(TEMPLATE_TEXT[language]['sheet.Settings'], taken);
  const worksheet = context.workbook.worksheets.add(sheetName);
  const range = worksheet.getRangeByIndexes(0, 0, rows.length + 1, 2);
  const headers = PREFERRED_HEADERS.Settings;
  range.values = [
    [headers.Setting?.[language] ?? 'Setting', headers.Value?.[language] ?? 'Value'],
    ...rows.map(([name, value]) => [cellToExcel(name), cellToExcel(value)]),
  ];
  worksheet.tables.add(range, true).name = 'Settings';
  range.format.autofitColumns();
}

/** Append rows under the last row of a Settings table or sheet. */
function appendSettingRows(
  context: Excel.RequestContext,
  table: InputTable,
  isTable: boolean,
  rows: readonly Row[],
): void {
  const { setting, value } = columns(table);
  const line = ([name, v]: Row) =>
    Array.from({ length: table.headers.length }, (_, c) =>
      c === setting ? cellToExcel(name) : c === value ? cellToExcel(v) : '',
    );
  appendRows(context, table, isTable, rows.map(line));
}

/**
 * Update the given settings' values in the rows that name them (under any accepted name), and
 * add rows, named in `language`, only for settings the table has no row for (the table itself
 * too, when the workbook has none). A blank value for a setting without a row adds nothing.
 */
export function writeSettings(
  run: ExcelRun,
  values: ReadonlyMap<SettingName, SettingValue>,
  language: Language,
): Promise<void> {
  return run(async (context) => {
    const { tables, fromSheets } = await readInputTables(context, ['Settings']);
    const table = tables.Settings;
    const missing: Row[] = [];
    const { value: valueColumn, setting } = table ? columns(table) : { value: 1, setting: 0 };
    for (const [name, value] of values) {
      const row = table?.rows.find((r) => settingOf(r[setting]?.value) === name);
      const target = parseCellReference(row?.[valueColumn]?.address ?? '');
      if (row && target?.kind === 'cell') {
        const sheet = context.workbook.worksheets.getItem(target.sheet);
        sheet.getRange(target.address).values = [[cellToExcel(value)]];
      } else if (!row && value !== '') {
        missing.push([TEMPLATE_TEXT[language][`setting.${name}`], value]);
      }
    }
    if (missing.length > 0) {
      if (!table) await createSettings(context, missing, language);
      else appendSettingRows(context, table, !fromSheets.has('Settings'), missing);
    }
    await context.sync();
  });
}
