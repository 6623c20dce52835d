/** Every file error Samkost raises becomes one line in each language, naming what was hit. */
import { openFailure } from '../../src/cli/files';
import { LANGUAGES } from '../../src/i18n/language';
import {
  FILE_ERROR_CODES,
  WorkbookFileError,
  type FileErrorCode,
} from '../../src/workbook/fileErrors';

/** The parameters each code carries, and how each must show in the English message. */
const CASES: Readonly<
  Record<FileErrorCode, { params: Record<string, string | number>; shown: string[] }>
> = {
  NOT_A_FILE: { params: {}, shown: ['not a regular file'] },
  FILE_TOO_LARGE: {
    params: { size: 157_286_400, limit: 104_857_600 },
    shown: ['150 MB', '100 MB'],
  },
  NOT_A_WORKBOOK: { params: {}, shown: ['not an Excel workbook (.xlsx/.xlsm)'] },
  PART_TOO_LARGE: {
    params: { part: 'xl/worksheets/sheet1.xml', limit: 268_435_456 },
    shown: ['xl/worksheets/sheet1.xml', '256 MB'],
  },
  TOO_MANY_CELLS: { params: { limit: 20_000_000 }, shown: ['20,000,000'] },
  TOO_MANY_PARTS: { params: { limit: 20_000 }, shown: ['20,000 parts'] },
  CONTENT_TOO_LARGE: { params: { limit: 536_870_912 }, shown: ['512 MB'] },
  DUPLICATE_TABLE: {
    params: { first: 'Costs', second: 'COSTS' },
    shown: ['Costs', 'COSTS'],
  },
  BAD_PART: { params: { part: 'xl/tables/table1.xml' }, shown: ['xl/tables/table1.xml'] },
};

describe.each(FILE_ERROR_CODES.map((code) => [code]))('%s', (code) => {
  const { params, shown } = CASES[code];
  const error = new WorkbookFileError(code, params);

  it('says in English what is wrong, with its values', () => {
    const message = openFailure(error, 'budget.xlsx', 'en');
    expect(message).toContain('budget.xlsx');
    for (const text of shown) expect(message).toContain(text);
  });

  it.each(LANGUAGES.map((language) => [language]))('is one filled-in line in %s', (language) => {
    const message = openFailure(error, 'budget.xlsx', language);
    expect(message.split('\n')).toHaveLength(1);
    expect(message).toContain('budget.xlsx');
    expect(message).not.toMatch(/[{}]/);
    for (const value of Object.values(params)) {
      if (typeof value === 'string') expect(message).toContain(value);
    }
    if (language !== 'en') expect(message).not.toBe(openFailure(error, 'budget.xlsx', 'en'));
  });
});
