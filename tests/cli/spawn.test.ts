/**
 * The real `samkost` executable: compiled by the CLI's tsconfig into dist/, run as a child
 * process the way a user (or `npm run demo`) runs it.
 */
import { execFileSync, spawnSync } from 'child_process';
import { existsSync } from 'fs';
import path from 'path';
import type { ContractJson } from '../../src/engine/result';
import { buildSamples } from '../fixtures/samples/build';
import { temporaryFolder } from '../workbook/xlsx/fixtures';

const ROOT = path.join(__dirname, '..', '..');
const SAMKOST = path.join(ROOT, 'src', 'cli', 'samkost.cjs');
const folder = temporaryFolder('samkost-spawn-');
let sample = '';

beforeAll(async () => {
  execFileSync(
    process.execPath,
    [require.resolve('typescript/bin/tsc'), '-p', 'src/cli/tsconfig.json'],
    { cwd: ROOT, stdio: 'pipe' },
  );
  [sample = ''] = await buildSamples(folder.dir);
}, 120_000);
afterAll(folder.remove);

const samkost = (args: readonly string[]) =>
  spawnSync(process.execPath, [SAMKOST, ...args], {
    cwd: folder.dir,
    encoding: 'utf8',
    env: { ...process.env, LANG: 'en_US.UTF-8', LC_ALL: '', LC_MESSAGES: '' },
  });

it('prints its version', () => {
  const child = samkost(['--version']);
  expect(child.status).toBe(0);
  expect(child.stdout).toMatch(/^samkost \d+\.\d+\.\d+/);
});

it('runs a sample: exit 0, the JSON on stdout, the copy written', () => {
  const out = path.join(folder.dir, 'out.xlsx');
  const child = samkost(['run', sample, '-o', out, '--json']);
  expect(child.stderr).toBe('');
  expect(child.status).toBe(0);
  const json = JSON.parse(child.stdout) as ContractJson;
  expect(json.errors).toEqual([]);
  expect(json.allocation.length).toBeGreaterThan(0);
  expect(existsSync(out)).toBe(true);
});

it('exits 1 on a usage mistake, with one line and the help hint on stderr', () => {
  const child = samkost(['frobnicate']);
  expect(child.status).toBe(1);
  expect(child.stdout).toBe('');
  expect(child.stderr).toContain('frobnicate');
  expect(child.stderr).not.toMatch(/\n\s+at /);
});
