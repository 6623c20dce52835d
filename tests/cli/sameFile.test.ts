/** The same-file check decides by the files' identities, whatever the paths look like. */
import { promises as fs, linkSync, symlinkSync, writeFileSync } from 'fs';
import path from 'path';
import { isSameFile, type StatFile } from '../../src/cli/sameFile';
import { temporaryFolder } from '../workbook/xlsx/fixtures';

const folder = temporaryFolder('samkost-same-');
afterAll(folder.remove);
const at = (name: string): string => path.join(folder.dir, name);

beforeAll(() => {
  writeFileSync(at('budget.xlsx'), 'input');
  writeFileSync(at('other.xlsx'), 'other');
  symlinkSync(at('budget.xlsx'), at('link.xlsx'));
  linkSync(at('budget.xlsx'), at('hard.xlsx'));
});

/** This disk's stat as a disk that ignores case answers it (as on Windows and macOS). */
const caseInsensitiveStat: StatFile = (file) =>
  fs.stat(path.join(path.dirname(file), path.basename(file).toLowerCase()), { bigint: true });

it.each([
  ['the same path written another way', 'sub/../budget.xlsx', true],
  ['a symlink to it', 'link.xlsx', true],
  ['a hard link to it', 'hard.xlsx', true],
  ['another file', 'other.xlsx', false],
  ['a file that does not exist yet', 'new.xlsx', false],
  ['a name in a folder that does not exist', 'missing/new.xlsx', false],
])('%s → %s', async (_, output, same) => {
  expect(await isSameFile(at('budget.xlsx'), at(output))).toBe(same);
});

it('finds the input under another case on a disk that ignores case', async () => {
  expect(await isSameFile(at('budget.xlsx'), at('BUDGET.xlsx'), caseInsensitiveStat)).toBe(true);
  expect(await isSameFile(at('budget.xlsx'), at('Other.xlsx'), caseInsensitiveStat)).toBe(false);
});

it('tells the case-flipped name apart on a disk that does not ignore case', async () => {
  expect(await isSameFile(at('budget.xlsx'), at('BUDGET.xlsx'))).toBe(false);
});
