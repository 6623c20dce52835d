/**
 * `samkost run` and the files it is given: it never overwrites the input (whatever path names
 * it), reads only regular workbook files of a sane size, says in one line why it will not read
 * a file, and keeps a macro-enabled workbook's kind.
 */
import { execFileSync } from 'child_process';
import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'fs';
import path from 'path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { MAX_WORKBOOK_BYTES } from '../../src/cli/workbookFile';
import { temporaryFolder } from '../workbook/xlsx/fixtures';
import { runCli, type Ran } from './support';

// Whole workbooks go through the package reader and writer and HiGHS; a loaded machine (parallel jest workers) needs room.
jest.setTimeout(60_000);

const SAMPLE = path.join(__dirname, '..', '..', 'assets', 'samples', 'dalsland.xlsx');
const folder = temporaryFolder('samkost-files-');
afterAll(folder.remove);

let count = 0;
/** A fresh folder holding a copy of the sample as `name`. */
function sampleIn(name = 'budget.xlsx'): { dir: string; input: string } {
  count += 1;
  const dir = path.join(folder.dir, `case${count}`);
  mkdirSync(dir);
  const input = path.join(dir, name);
  copyFileSync(SAMPLE, input);
  return { dir, input };
}

/** One line on stderr, exit 1, nothing on stdout, no stack trace. */
function expectOneLineFailure(ran: Ran, ...words: readonly string[]): void {
  expect(ran.status).toBe(1);
  expect(ran.stdout).toBe('');
  expect(ran.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(ran.stderr).not.toMatch(/\n\s+at /);
  for (const word of words) expect(ran.stderr).toContain(word);
}

describe('the output never overwrites the input', () => {
  it('refuses -o naming the input through a symlink, and leaves it as it was', async () => {
    const { dir, input } = sampleIn();
    symlinkSync(input, path.join(dir, 'link.xlsx'));
    const before = readFileSync(input);
    const ran = await runCli(['run', 'budget.xlsx', '-o', 'link.xlsx'], dir);
    expectOneLineFailure(ran, 'overwrite the workbook');
    expect(readFileSync(input).equals(before)).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['budget.xlsx', 'link.xlsx']);
  });

  it('refuses -o naming the input through a symlinked folder', async () => {
    const { dir, input } = sampleIn();
    symlinkSync(dir, path.join(folder.dir, `alias${count}`));
    const before = readFileSync(input);
    const ran = await runCli(
      ['run', input, '-o', path.join(folder.dir, `alias${count}`, 'budget.xlsx')],
      folder.dir,
    );
    expectOneLineFailure(ran, 'overwrite the workbook');
    expect(readFileSync(input).equals(before)).toBe(true);
  });

  it('refuses an output that exists as a hard link to the input', async () => {
    const { dir, input } = sampleIn();
    linkSync(input, path.join(dir, 'budget.samkost.xlsx'));
    const before = readFileSync(input);
    const ran = await runCli(['run', 'budget.xlsx'], dir);
    expectOneLineFailure(ran, 'overwrite the workbook');
    expect(readFileSync(input).equals(before)).toBe(true);
  });

  it('writes to the same name in another case when the disk tells them apart', async () => {
    // This disk is case-sensitive: BUDGET.xlsx is another file (tests/cli/sameFile.test.ts
    // shows the refusal on a disk that ignores case).
    const { dir, input } = sampleIn();
    const before = readFileSync(input);
    const ran = await runCli(['run', 'budget.xlsx', '-o', 'BUDGET.xlsx', '--json'], dir);
    expect(ran.stderr).toBe('');
    expect(ran.status).toBe(0);
    expect(readFileSync(input).equals(before)).toBe(true);
    expect(existsSync(path.join(dir, 'BUDGET.xlsx'))).toBe(true);
  });
});

describe('only regular workbook files are read', () => {
  it('refuses a folder', async () => {
    const { dir } = sampleIn();
    mkdirSync(path.join(dir, 'folder.xlsx'));
    const ran = await runCli(['run', 'folder.xlsx'], dir);
    expectOneLineFailure(ran, 'folder.xlsx is not a regular file');
    expect(readdirSync(dir).sort()).toEqual(['budget.xlsx', 'folder.xlsx']);
  });

  it('refuses /dev/zero at once (through a symlink with a workbook name)', async () => {
    const { dir } = sampleIn();
    symlinkSync('/dev/zero', path.join(dir, 'zero.xlsx'));
    const ran = await runCli(['run', 'zero.xlsx'], dir);
    expectOneLineFailure(ran, 'zero.xlsx is not a regular file');
  });

  it('refuses a FIFO without waiting for a writer', async () => {
    const { dir } = sampleIn();
    execFileSync('mkfifo', [path.join(dir, 'pipe.xlsx')]);
    const ran = await runCli(['run', 'pipe.xlsx'], dir);
    expectOneLineFailure(ran, 'pipe.xlsx is not a regular file');
  });

  it('refuses a file over the size cap before reading it, saying the size and the cap', async () => {
    const { dir } = sampleIn();
    // Sparse: 150 MiB long, nothing on the disk.
    const huge = path.join(dir, 'huge.xlsx');
    writeFileSync(huge, '');
    truncateSync(huge, 150 * 1024 * 1024);
    const ran = await runCli(['run', 'huge.xlsx'], dir);
    expect(MAX_WORKBOOK_BYTES).toBe(100 * 1024 * 1024);
    expectOneLineFailure(ran, 'huge.xlsx is 150 MB, over the 100 MB limit');
    expect(readdirSync(dir).sort()).toEqual(['budget.xlsx', 'huge.xlsx']);
  });

  it('says the cap in the user language', async () => {
    const { dir } = sampleIn();
    const huge = path.join(dir, 'stor.xlsx');
    writeFileSync(huge, '');
    truncateSync(huge, MAX_WORKBOOK_BYTES + 512 * 1024);
    const ran = await runCli(['run', 'stor.xlsx', '--lang', 'nb'], dir);
    expectOneLineFailure(ran, 'stor.xlsx er 100,5 MB, over grensen på 100 MB');
  });
});

describe('files that are not Excel workbooks: exit 1, "not an Excel workbook"', () => {
  const notWorkbook = async (name: string, bytes: Uint8Array | string): Promise<void> => {
    const { dir } = sampleIn();
    writeFileSync(path.join(dir, name), bytes);
    const ran = await runCli(['run', name, '--json'], dir);
    expectOneLineFailure(ran, `${name} is not an Excel workbook (.xlsx/.xlsm)`);
    expect(readdirSync(dir).sort()).toEqual(['budget.xlsx', name].sort());
  };

  it('text that is not a zip', () => notWorkbook('text.xlsx', 'just some text\n'));

  it('a zip of text files (formerly exit 2, MISSING_TABLE)', () =>
    notWorkbook('texts.xlsx', zipSync({ 'notes.txt': strToU8('hello'), 'a/b.txt': strToU8('x') })));

  it('a Word document renamed .xlsx', () =>
    notWorkbook(
      'letter.xlsx',
      zipSync({
        '[Content_Types].xml': strToU8(
          '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
            '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
        ),
        'word/document.xml': strToU8('<document/>'),
      }),
    ));

  it('a truncated workbook', () => notWorkbook('cut.xlsx', readFileSync(SAMPLE).subarray(0, 4000)));

  it.each(['old.xls', 'calc.ods', 'data.csv'])('%s, by its name', async (name) => {
    const { dir, input } = sampleIn();
    copyFileSync(input, path.join(dir, name)); // even a real workbook under that name
    const ran = await runCli(['run', name], dir);
    expectOneLineFailure(ran, `${name} is not an Excel workbook (.xlsx/.xlsm)`);
  });
});

/** The sample as a macro-enabled workbook: its main part's content type says so. */
function asXlsm(file: string): void {
  const parts = unzipSync(readFileSync(file));
  const types = new TextDecoder().decode(parts['[Content_Types].xml']);
  parts['[Content_Types].xml'] = strToU8(
    types.replace(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
      'application/vnd.ms-excel.sheet.macroEnabled.main+xml',
    ),
  );
  writeFileSync(file, zipSync(parts));
}

describe('a macro-enabled workbook (.xlsm)', () => {
  it('is written to <name>.samkost.xlsm by default', async () => {
    const { dir, input } = sampleIn('budget.xlsm');
    asXlsm(input);
    const ran = await runCli(['run', 'budget.xlsm'], dir);
    expect(ran.stderr).toBe('');
    expect(ran.status).toBe(0);
    expect(ran.stdout).toContain('budget.samkost.xlsm');
    expect(readdirSync(dir).sort()).toEqual(['budget.samkost.xlsm', 'budget.xlsm']);
  });

  it('refuses -o with another kind of extension, naming the one it needs', async () => {
    const { dir, input } = sampleIn('budget.xlsm');
    asXlsm(input);
    const ran = await runCli(['run', 'budget.xlsm', '-o', 'copy.xlsx'], dir);
    expectOneLineFailure(ran, 'copy.xlsx must end in .xlsm');
    expect(readdirSync(dir)).toEqual(['budget.xlsm']);
  });

  it('an .xlsx refuses an .xlsm output the same way', async () => {
    const { dir } = sampleIn();
    const ran = await runCli(['run', 'budget.xlsx', '-o', 'copy.xlsm', '--lang', 'sv'], dir);
    expectOneLineFailure(ran, 'copy.xlsm måste sluta på .xlsx');
  });
});
