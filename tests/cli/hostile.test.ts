/**
 * The hostile suite through the real `samkost run`, as a user meets it: each file ends with
 * exit 1 (a file Samkost will not read: one line, no stack trace) or 2 (problems in the data),
 * nothing is written, the input is unchanged, and the process stays under 1 GB. Peak memory is
 * the child's own `process.resourceUsage().maxRSS`, written by a small wrapper at exit.
 */
import { execFileSync, spawnSync } from 'child_process';
import { createHash } from 'crypto';
import { existsSync, readdirSync, readFileSync } from 'fs';
import path from 'path';
import { writeHostileFiles } from '../fixtures/hostile/build';
import { temporaryFolder } from '../workbook/xlsx/fixtures';

const ROOT = path.join(__dirname, '..', '..');
const SAMKOST = path.join(ROOT, 'src', 'cli', 'samkost.cjs');
const folder = temporaryFolder('samkost-cli-hostile-');
let files = new Map<string, string>();

/** Each case and its exit: 1 for a file refused, 2 when it is read and its data has problems. */
const REFUSED: readonly (readonly [string, 1 | 2])[] = [
  ['whole-sheet-table-ref.xlsx', 2],
  ['styled-blank-at-XFD1048576.xlsx', 2],
  ['zip-bomb.xlsx', 1],
  ['zip-of-a-text-file.xlsx', 1],
  ['random-bytes.xlsx', 1],
  ['truncated.xlsx', 1],
  ['tables-differing-in-case.xlsx', 1],
  ['malformed-sheet.xlsx', 1],
  ['deeply-nested.xlsx', 1],
  ['giant-shared-string.xlsx', 1],
  ['billion-laughs.xlsx', 1],
  ['too-many-cells.xlsx', 1],
  ['many-empty-shared-strings.xlsx', 1],
  ['too-many-parts.xlsx', 1],
];

beforeAll(() => {
  execFileSync(
    process.execPath,
    [require.resolve('typescript/bin/tsc'), '-p', 'src/cli/tsconfig.json'],
    { cwd: ROOT, stdio: 'pipe' },
  );
  files = writeHostileFiles(path.join(folder.dir, 'in'), [
    ...REFUSED.map(([name]) => name),
    'chart-image-comment-format.xlsx',
  ]);
}, 180_000);
afterAll(folder.remove);

/** Runs `samkost` in this process's place and records its peak memory (KiB) at exit. */
const WRAPPER = `
const [node, ...args] = process.argv;
const [samkost, rssFile] = args.splice(0, 2);
process.argv = [node, samkost, ...args];
process.on('exit', () => require('fs').writeFileSync(rssFile, String(process.resourceUsage().maxRSS)));
require(samkost);
`;

const GIB_IN_KIB = 1024 * 1024;
const sha256 = (file: string): string =>
  createHash('sha256').update(readFileSync(file)).digest('hex');

function run(name: string): {
  status: number | null;
  stderr: string;
  peakKiB: number;
  out: string;
} {
  const input = files.get(name);
  if (!input) throw new Error(`no hostile file ${name}`);
  const out = path.join(folder.dir, `${name}.out.xlsx`);
  const rssFile = path.join(folder.dir, `${name}.rss`);
  const child = spawnSync(
    process.execPath,
    ['-e', WRAPPER, SAMKOST, rssFile, 'run', input, '-o', out],
    {
      cwd: folder.dir,
      encoding: 'utf8',
      env: { ...process.env, LANG: 'en_US.UTF-8', LC_ALL: '', LC_MESSAGES: '' },
    },
  );
  return {
    status: child.status,
    stderr: child.stderr,
    peakKiB: Number(readFileSync(rssFile, 'utf8')),
    out,
  };
}

describe.each(REFUSED)('samkost run %s', (name, exit) => {
  test(`exit ${exit}, nothing written, input unchanged, under 1 GB`, () => {
    const input = files.get(name) ?? '';
    const before = sha256(input);
    const result = run(name);
    expect(result.status).toBe(exit);
    if (exit === 1) {
      // One line, and no stack trace.
      expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(result.stderr).not.toMatch(/^\s+at /m);
    } else {
      // Read through to the data: the problem names the cell.
      expect(result.stderr).toMatch(/!B3\b/);
    }
    expect(existsSync(result.out)).toBe(false);
    expect(sha256(input)).toBe(before);
    expect(result.peakKiB).toBeGreaterThan(0);
    expect(result.peakKiB).toBeLessThan(GIB_IN_KIB);
  }, 120_000);
});

// A workbook with a chart is read (tests/workbook/xlsx/hostile.test.ts pins its values) and its
// copy written by adding Samkost's parts to its package (tests/workbook/xlsx/keepsEverything.test.ts
// pins that the chart's parts are kept byte for byte).
test('samkost run on a workbook with a chart writes its copy (exit 0)', () => {
  const result = run('chart-image-comment-format.xlsx');
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  expect(existsSync(result.out)).toBe(true);
}, 120_000);

test('no temporary file is left beside the outputs', () => {
  expect(readdirSync(folder.dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
});
