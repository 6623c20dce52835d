/**
 * The Settings input (`Setting` → `Value`), read for the pane's form and written back from it.
 * Rows are matched by setting name, case-insensitively; a setting without a row gets one; a
 * workbook without Settings gets the table on a new sheet.
 */
import type { CellValue, InputTable } from '../../engine/table';
import { cellToExcel } from './cells';
import { cellIndexes, parseCellReference, uniqueSheetName } from './names';
import { readInputTables } from './readTables';
import type { ExcelRun } from './run';

/** Headers as the contract matches them: case-insensitive, ignoring spaces, `-`, `_` and `.`. */
const normalise = (text: string): string => text.toLowerCase().replace(/[\s\-_.]/g, '');

const SETTING_HEADERS = new Set(['setting', 'innstilling', 'inställning'].map(normalise));
const VALUE_HEADERS = new Set(['value', 'verdi', 'värde'].map(normalise));

/** The Setting and Value columns: by header, else the first two columns. */
function columns(table: InputTable): { setting: number; value: number } {
  const headers = table.headers.map((h) => normalise(typeof h.value === 'string' ? h.value : ''));
  const setting = headers.findIndex((h) => SETTING_HEADERS.has(h));
  const value = headers.findIndex((h) => VALUE_HEADERS.has(h));
  return { setting: setting < 0 ? 0 : setting, value: value < 0 ? 1 : value };
}

const settingName = (value: CellValue | undefined): string =>
  typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '';

/** Each setting's value by its name as written (empty map without a Settings input). */
export function settingsOf(table: InputTable | undefined): Map<string, CellValue> {
  const settings = new Map<string, CellValue>();
  if (!table) return settings;
  const { setting, value } = columns(table);
  for (const row of table.rows) {
    const name = settingName(row[setting]?.value);
    if (name !== '' && !settings.has(name)) settings.set(name, row[value]?.value ?? null);
  }
  return settings;
}

/** Read the Settings input. */
export function readSettings(run: ExcelRun): Promise<Map<string, CellValue>> {
  return run(async (context) => {
    const { tables } = await readInputTables(context, ['Settings']);
    return settingsOf(tables.Settings);
  });
}

type SettingValue = string | number | boolean;

/** A new Settings table on a new sheet, for a workbook that has none. */
async function createSettings(
  context: Excel.RequestContext,
  rows: readonly (readonly [string, SettingValue])[],
): Promise<void> {
  const sheets = context.workbook.worksheets.load('items/name');
  await context.sync();
  const taken = new Set(sheets.items.map((s) => s.name.toLowerCase()));
  const worksheet = context.workbook.worksheets.add(uniqueSheetName('Settings', taken));
  const range = worksheet.getRangeByIndexes(0, 0, rows.length + 1, 2);
  range.values = [
    ['Setting', 'Value'],
    ...rows.map(([name, value]) => [cellToExcel(name), cellToExcel(value)]),
  ];
  worksheet.tables.add(range, true).name = 'Settings';
  range.format.autofitColumns();
}

/** Append rows under the last row of a Settings table or sheet. */
function appendRows(
  context: Excel.RequestContext,
  table: InputTable,
  isTable: boolean,
  rows: readonly (readonly [string, SettingValue])[],
): void {
  const { setting, value } = columns(table);
  const width = table.headers.length;
  const line = ([name, v]: readonly [string, SettingValue]) =>
    Array.from({ length: width }, (_, c) =>
      c === setting ? cellToExcel(name) : c === value ? cellToExcel(v) : '',
    );
  if (isTable) {
    context.workbook.tables.getItem(table.name).rows.add(undefined, rows.map(line));
    return;
  }
  const last = table.rows[table.rows.length - 1] ?? table.headers;
  const header = parseCellReference(table.headers[0]?.address ?? '');
  const bottom = parseCellReference(last[0]?.address ?? '');
  const origin = header?.kind === 'cell' ? cellIndexes(header.address) : null;
  const end = bottom?.kind === 'cell' ? cellIndexes(bottom.address) : null;
  if (!origin || !end) return;
  context.workbook.worksheets
    .getItem(table.sheet)
    .getRangeByIndexes(end.row + 1, origin.col, rows.length, width).values = rows.map(line);
}

/** Update the named settings' values, adding rows (or the table) for those not there yet. */
export function writeSettings(
  run: ExcelRun,
  values: ReadonlyMap<string, SettingValue>,
): Promise<void> {
  return run(async (context) => {
    const { tables, fromSheets } = await readInputTables(context, ['Settings']);
    const table = tables.Settings;
    const missing: [string, SettingValue][] = [];
    const { value: valueColumn, setting } = table ? columns(table) : { value: 1, setting: 0 };
    for (const [name, value] of values) {
      const row = table?.rows.find(
        (r) => settingName(r[setting]?.value).toLowerCase() === name.toLowerCase(),
      );
      const target = parseCellReference(row?.[valueColumn]?.address ?? '');
      if (row && target?.kind === 'cell') {
        const sheet = context.workbook.worksheets.getItem(target.sheet);
        sheet.getRange(target.address).values = [[cellToExcel(value)]];
      } else if (value !== '') {
        missing.push([name, value]);
      }
    }
    if (missing.length > 0) {
      if (!table) await createSettings(context, missing);
      else appendRows(context, table, !fromSheets.has('Settings'), missing);
    }
    await context.sync();
  });
}
