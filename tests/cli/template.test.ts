/** The input template: headers the parser reads in every language, and `samkost template`. */
import { existsSync } from 'fs';
import path from 'path';
import { canonicalColumn } from '../../src/engine/parse/headers';
import { settingNamed } from '../../src/engine/settingNames';
import { INPUT_TABLE_NAMES, type InputTableName } from '../../src/engine/table';
import { INSTRUCTIONS_TABLE, inputTemplate } from '../../src/engine/template';
import { LANGUAGES } from '../../src/i18n/language';
import { openXlsx } from '../../src/workbook/xlsx';
import { temporaryFolder } from '../workbook/xlsx/fixtures';
import { runCli } from './support';

// Whole workbooks go through the package reader and writer and HiGHS; a loaded machine (parallel jest workers) needs room.
jest.setTimeout(60_000);

const folder = temporaryFolder('samkost-template-');
afterAll(folder.remove);

describe.each(LANGUAGES)('the %s template', (language) => {
  const all = inputTemplate(language);
  const template = all.filter((t) => t.tableName !== INSTRUCTIONS_TABLE);

  it('holds the instructions and every input table once', () => {
    expect(all.map((t) => t.tableName).sort()).toEqual(
      [INSTRUCTIONS_TABLE, ...INPUT_TABLE_NAMES].sort(),
    );
  });

  it("has only headers the parser maps to a contract column (bar Settings' description)", () => {
    for (const sheet of template) {
      const table = sheet.tableName as InputTableName;
      const read = table === 'Settings' ? sheet.headers.slice(0, 2) : sheet.headers;
      for (const header of read)
        expect([header, canonicalColumn(table, header)]).not.toContain(null);
    }
  });

  it('fills Settings.Language only when asked to (the user chose the language)', () => {
    const languageRow = (rows: readonly (readonly unknown[])[] | undefined) =>
      rows?.find((row) => settingNamed(String(row[0])) === 'Language');
    const settingsOf = (sheets: ReturnType<typeof inputTemplate>) =>
      sheets.find((t) => t.tableName === 'Settings')?.rows;
    expect(languageRow(settingsOf(all))?.[1]).toBeNull();
    expect(languageRow(settingsOf(inputTemplate(language, { pinLanguage: true })))?.[1]).toBe(
      language,
    );
  });

  it('offers drop-down lists for Kind and the yes/no columns', () => {
    const listed = template.flatMap((t) => (t.validations ?? []).map((v) => t.headers[v.column]));
    expect(listed).toHaveLength(4);
  });
});

describe('samkost template', () => {
  it('writes a workbook whose tables read back, then a run reports only that it is empty', async () => {
    const out = path.join(folder.dir, 'mal.xlsx');
    const made = await runCli(['template', out, '--lang', 'nb'], folder.dir);
    expect(made.status).toBe(0);
    const tables = await (await openXlsx(out)).readTables();
    expect(Object.keys(tables).sort()).toEqual([...INPUT_TABLE_NAMES].sort());
    // --lang nb is the workbook's language from now on: Språk = nb.
    const language = tables.Settings?.rows.find((row) => row[0]?.value === 'Språk');
    expect(language?.[1]?.value).toBe('nb');

    const ran = await runCli(['run', out, '--json'], folder.dir);
    expect(ran.status).toBe(2);
    const codes = (JSON.parse(ran.stdout) as { errors: { code: string }[] }).errors.map(
      (e) => e.code,
    );
    expect(codes).toEqual(['EMPTY_TABLE']);
  });

  it('never writes over an existing file', async () => {
    const out = path.join(folder.dir, 'taken.xlsx');
    expect((await runCli(['template', out], folder.dir)).status).toBe(0);
    const again = await runCli(['template', out], folder.dir);
    expect(again.status).toBe(1);
    expect(existsSync(out)).toBe(true);
  });

  it.each(['macros.xlsm', 'old.xls', 'plain'])(
    'refuses to write a template named %s',
    async (name) => {
      const ran = await runCli(['template', name], folder.dir);
      expect(ran.status).toBe(1);
      expect(ran.stderr).toContain(`the template ${name} must end in .xlsx`);
      expect(existsSync(path.join(folder.dir, name))).toBe(false);
    },
  );
});
