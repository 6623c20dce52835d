// The input template (src/engine/template.ts) as the parser reads it, and as the xlsx adapter
// writes it: every header, setting name and drop-down word must be one Samkost understands.
import path from 'path';
import { COLUMN_ALIASES, canonicalColumn, parseWorkbook } from '../../../src/engine/parse';
import { defaultSettings } from '../../../src/engine/parse/settings';
import {
  cellAddress,
  INPUT_TABLE_NAMES,
  type InputTable,
  type InputTableName,
  type OutputValue,
  type TableSheet,
  type WorkbookTables,
} from '../../../src/engine/table';
import { INSTRUCTIONS_TABLE, inputTemplate } from '../../../src/engine/template';
import { LANGUAGES, type Language } from '../../../src/i18n/language';
import { newXlsx, openXlsx } from '../../../src/workbook/xlsx';
import { readFileSync } from 'fs';
import { openZip } from '../../../src/workbook/xlsx/zip';
import { temporaryFolder } from '../../fixtures/xlsx/folder';

const TODAY = { year: 2026, month: 11, day: 23 };

/** The template's sheets as the engine's tables, with `extra` rows added to some tables. */
function asTables(
  sheets: readonly TableSheet[],
  extra: Partial<Record<InputTableName, readonly (readonly OutputValue[])[]>> = {},
): WorkbookTables {
  const tables: Partial<Record<InputTableName, InputTable>> = {};
  for (const sheet of sheets) {
    const name = INPUT_TABLE_NAMES.find((n) => n === sheet.tableName);
    if (!name) continue;
    const rows = [...sheet.rows, ...(extra[name] ?? [])];
    tables[name] = {
      name,
      sheet: sheet.sheetName,
      headers: sheet.headers.map((h, c) => ({
        value: h,
        address: cellAddress(sheet.sheetName, c, 1),
      })),
      rows: rows.map((row, r) =>
        sheet.headers.map((_, c) => ({
          value: row[c] ?? null,
          address: cellAddress(sheet.sheetName, c, r + 2),
        })),
      ),
    };
  }
  return tables;
}

const sheetOf = (sheets: readonly TableSheet[], table: string): TableSheet => {
  const sheet = sheets.find((s) => s.tableName === table);
  if (!sheet) throw new Error(`no ${table} in the template`);
  return sheet;
};

describe.each(LANGUAGES)('the %s template', (language: Language) => {
  const sheets = inputTemplate(language);

  test('holds the instructions and every input table, in the contract order', () => {
    expect(sheets.map((s) => s.tableName)).toEqual([INSTRUCTIONS_TABLE, ...INPUT_TABLE_NAMES]);
    expect(sheets[0]?.rows.length).toBeGreaterThan(5);
    expect(new Set(sheets.map((s) => s.sheetName.toLowerCase())).size).toBe(sheets.length);
  });

  test('every header is the contract column the parser reads, in its order', () => {
    for (const table of INPUT_TABLE_NAMES) {
      const headers = sheetOf(sheets, table).headers;
      const columns = Object.keys(COLUMN_ALIASES[table]);
      expect(headers.slice(0, columns.length).map((h) => canonicalColumn(table, h))).toEqual(
        columns,
      );
    }
  });

  test('Settings hold the contract defaults under names the parser reads', () => {
    const parsed = parseWorkbook(
      asTables(sheets, { Municipalities: [['Alfa', 1000, 10, null]] }),
      TODAY,
    );
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const { cells, ...settings } = parsed.workbook.settings;
    const currency = { nb: 'NOK', en: 'NOK', sv: 'SEK', es: 'EUR' }[language];
    expect({ ...settings, cells: {} }).toEqual({ ...defaultSettings(TODAY), currency });
    // Every setting row was recognised (its Value cell is known), blank ones included.
    expect(Object.keys(cells).sort()).toEqual(
      [
        'ContractWarningMonths',
        'Currency',
        'DisagreementThreshold',
        'DiscountRate',
        'Language',
        'PlanningYear',
        'RoundTo',
        'ScoreMax',
        'Sensitivity',
      ].sort(),
    );
  });

  test('every drop-down word is one the parser accepts', () => {
    const costs = sheetOf(sheets, 'Costs');
    const proposals = sheetOf(sheets, 'Proposals');
    const kinds = costs.validations?.find((v) => costs.headers[v.column] !== undefined)?.list ?? [];
    const booleans = proposals.validations?.[0]?.list ?? [];
    expect(kinds).toHaveLength(2);
    expect(booleans).toHaveLength(2);
    expect(proposals.validations).toHaveLength(3);
    const kindColumn = costs.validations?.[0]?.column ?? -1;
    const costRows = kinds.map((kind, i) =>
      costs.headers.map((_, c) =>
        c === 0 ? `Item ${i}` : c === 1 ? 100 : c === kindColumn ? kind : null,
      ),
    );
    const [costBenefit, mandatory, excluded] = proposals.validations?.map((v) => v.column) ?? [];
    // Excluded's words are read on a row of their own: excluded and mandatory together is an error.
    const excludedRows = booleans.map((answer, i) =>
      proposals.headers.map((_, c) =>
        c === 0 ? `X${i}` : c === 1 ? 'Title' : c === excluded ? answer : null,
      ),
    );
    const proposalRows = booleans.map((answer, i) =>
      proposals.headers.map((_, c) =>
        c === 0
          ? `P${i}`
          : c === 1
            ? 'Title'
            : c === costBenefit || c === mandatory
              ? answer
              : null,
      ),
    );
    const parsed = parseWorkbook(
      asTables(sheets, {
        Municipalities: [['Alfa', 1000, 10, null]],
        Costs: costRows,
        Proposals: [...proposalRows, ...excludedRows],
      }),
      TODAY,
    );
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.workbook.costs.map((c) => c.kind).sort()).toEqual(['annual', 'one-off']);
    expect(parsed.workbook.proposals.map((p) => [p.costBenefit, p.mandatory, p.excluded])).toEqual([
      [true, true, false],
      [false, false, false],
      [false, false, true],
      [false, false, false],
    ]);
  });
});

describe('the template written as an .xlsx file', () => {
  const folder = temporaryFolder('samkost-template-');
  afterAll(() => folder.remove());

  test('has every input as a real table, drop-down lists, and reads back as written', async () => {
    const file = path.join(folder.dir, 'mal.xlsx');
    await newXlsx(inputTemplate('nb')).save(file);
    const tables = await (await openXlsx(file)).readTables();
    expect(Object.keys(tables).sort()).toEqual([...INPUT_TABLE_NAMES].sort());
    expect(tables.Municipalities?.sheet).toBe('Kommuner');
    expect(tables.Municipalities?.rows).toEqual([]);
    expect(tables.Settings?.rows.map((r) => r[0]?.value)).toContain('Kalkulasjonsrente');
    const costsXml = openZip(readFileSync(file)).text('xl/worksheets/sheet3.xml');
    expect(costsXml).toMatch(/<dataValidation type="list"[^>]*sqref="C2:C500"/);
    expect(costsXml).toContain('<formula1>"årlig,engang"</formula1>');
  });
});
