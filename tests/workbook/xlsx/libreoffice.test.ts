/**
 * Workbooks as LibreOffice writes them: hostile-suite files re-saved by headless LibreOffice
 * (`soffice --convert-to xlsx`) must give the same input tables as the originals. LibreOffice
 * lays parts out its own way (a whole-sheet table's ref is `1:1048576`, rows carry many
 * attributes). Skipped where LibreOffice is not installed; CI installs it.
 */
import { execFileSync } from 'child_process';
import { existsSync, mkdirSync } from 'fs';
import path from 'path';
import type { WorkbookTables } from '../../../src/engine/table';
import { openXlsx } from '../../../src/workbook/xlsx';
import { writeHostileFiles } from '../../fixtures/hostile/build';
import { temporaryFolder } from './fixtures';

const SOFFICE = ['/usr/bin/soffice', '/usr/local/bin/soffice'].find((file) => existsSync(file));
const CASES = [
  'whole-sheet-table-ref.xlsx',
  'styled-blank-at-XFD1048576.xlsx',
  'chart-image-comment-format.xlsx',
];

const folder = temporaryFolder('samkost-libreoffice-');
afterAll(() => folder.remove());

const read = async (file: string): Promise<WorkbookTables> => (await openXlsx(file)).readTables();

(SOFFICE ? describe : describe.skip)('workbooks re-saved by LibreOffice', () => {
  const resaved = path.join(folder.dir, 'libreoffice');
  let originals = new Map<string, string>();
  beforeAll(() => {
    originals = writeHostileFiles(path.join(folder.dir, 'in'), CASES);
    mkdirSync(resaved);
    const inputs = CASES.map((name) => originals.get(name) ?? name);
    execFileSync(
      SOFFICE ?? 'soffice',
      [
        `-env:UserInstallation=file://${path.join(folder.dir, 'profile')}`,
        '--headless',
        '--convert-to',
        'xlsx',
        '--outdir',
        resaved,
        ...inputs,
      ],
      { stdio: 'pipe', timeout: 120_000 },
    );
  }, 150_000);

  test.each(CASES)('%s gives the same tables', async (name) => {
    const original = await read(originals.get(name) ?? name);
    expect(Object.keys(original)).toContain('Municipalities');
    expect(await read(path.join(resaved, name))).toEqual(original);
  });
});
