/**
 * `samkost explain` end to end, in-process: a municipality's lines and total are its Allocation
 * (the contract JSON of `samkost run`), each share it explains is the Allocation's, the tie rules
 * are named in the user's language, and names that match nothing get a clear message (exit 1).
 */
import { copyFileSync } from 'fs';
import path from 'path';
import type { ContractJson } from '../../src/engine/result';
import { formatNumber } from '../../src/i18n/numbers';
import { brokenSample } from '../../src/preview/brokenSample';
import { knutepunktSample } from '../../src/samples/knutepunkt';
import { TIE_ITEM, tieSample } from '../../src/samples/tieSample';
import { writeTableSheets } from '../../src/workbook/xlsx';
import { buildSamples, SAMPLE_FILES } from '../fixtures/samples/build';
import { temporaryFolder } from '../workbook/xlsx/fixtures';
import { runCli } from './support';

jest.setTimeout(120_000);

const folder = temporaryFolder('samkost-explain-');
let files: string[] = [];
let tie = '';
beforeAll(async () => {
  files = await buildSamples(path.join(folder.dir, 'built'));
  tie = path.join(folder.dir, 'tie.xlsx');
  await writeTableSheets(tieSample, tie);
});
afterAll(folder.remove);

/** The last amount a verdict names: what the municipality pays for the line. */
const paid = (verdict: string): string => /(\d[\d\u00a0.,]*) [A-Z]{3}\.$/.exec(verdict)?.[1] ?? '';

describe.each(SAMPLE_FILES.map((s, i) => [s.file, i] as const))('%s', (name, index) => {
  let json: ContractJson;
  let input = '';
  beforeAll(async () => {
    input = path.join(folder.dir, name);
    copyFileSync(files[index] ?? '', input);
    const ran = await runCli(['run', input, '--json', '-o', `${input}.out.xlsx`], folder.dir);
    json = JSON.parse(ran.stdout) as ContractJson;
  });

  test("every share of the last municipality, explained, is the Allocation's", async () => {
    const municipality = json.allocation.at(-1)?.municipality ?? '';
    const mine = json.allocation.filter((a) => a.municipality === municipality);
    const overview = await runCli(['explain', input, '--municipality', municipality], folder.dir);
    expect(overview.status).toBe(0);
    const total = mine.reduce((acc, a) => acc + Math.round(a.amount * 100), 0) / 100;
    const decimals = mine.every((a) => Number.isInteger(a.amount)) ? 0 : 2;
    expect(overview.stdout).toContain(
      `${municipality} pays ${formatNumber(total, 'en', decimals)}`,
    );
    expect(overview.stdout).toContain(`Its ${mine.length} lines:`);
    for (const item of new Set(mine.map((a) => a.item))) {
      const ran = await runCli(
        ['explain', input, '--municipality', municipality, '--item', item],
        folder.dir,
      );
      expect(ran.status).toBe(0);
      const verdicts = ran.stdout.split('\n').filter((line) => line.startsWith(`${municipality}:`));
      const expected = mine
        .filter((a) => a.item === item)
        .map((a) => formatNumber(a.amount, 'en', decimals));
      expect(verdicts.map(paid)).toEqual(expected);
    }
  });
});

describe('a tie at the cut-off', () => {
  test('names the weight rule and the name rule, in Norwegian', async () => {
    const ran = await runCli(
      ['explain', tie, '--municipality', 'beta', '--item', TIE_ITEM, '--lang', 'nb'],
      folder.dir,
    );
    expect(ran.stderr).toBe('');
    expect(ran.status).toBe(0);
    expect(ran.stdout).toContain('+1 (1: likhet, større vekt)');
    expect(ran.stdout).toContain('+1 (2: likhet, samme vekt, navnet kommer først)');
    expect(ran.stdout).toContain(
      `Beta: kvotient ${formatNumber(111_111, 'nb', 0)} + ${formatNumber(6000, 'nb', 0)}/` +
        `${formatNumber(9000, 'nb', 0)} ≈ ${formatNumber(111_111.6667, 'nb', 4)}`,
    );
    expect(ran.stdout).toContain(
      `fikk enhet 2 av 2 til overs, etter likhet, samme vekt, navnet kommer først; betaler derfor ${formatNumber(1111.12, 'nb')} NOK.`,
    );
  });

  test('says why Gamma got no unit, in English', async () => {
    const ran = await runCli(
      ['explain', tie, '--municipality', 'Gamma', '--item', TIE_ITEM],
      folder.dir,
    );
    expect(ran.status).toBe(0);
    expect(ran.stdout).toContain(
      'it tied for a unit left at the same weight, and a name that sorts first came first, so it pays its floor, 1,111.11 NOK.',
    );
    expect(ran.stdout).toContain(
      'ties go to the larger weight, then to the name that sorts first: Alfa, Beta.',
    );
  });
});

describe('names that match nothing', () => {
  test('an unknown municipality: exit 1, the names it has', async () => {
    const ran = await runCli(['explain', tie, '--municipality', 'Omega'], folder.dir);
    expect(ran.status).toBe(1);
    expect(ran.stdout).toBe('');
    expect(ran.stderr).toBe(
      'samkost: no municipality is named "Omega"; the workbook has: Alfa, Gamma, Beta, Delta\n',
    );
  });

  test('an unknown item: exit 1, in Swedish', async () => {
    const ran = await runCli(
      ['explain', tie, '--municipality', 'Alfa', '--item', 'Nope', '--lang', 'sv'],
      folder.dir,
    );
    expect(ran.status).toBe(1);
    expect(ran.stderr).toBe(
      `samkost: Alfa deltar inte i någon rad som heter ”Nope”; raderna är: ${TIE_ITEM}\n`,
    );
  });

  test('no --municipality: a usage mistake, exit 1', async () => {
    const ran = await runCli(['explain', tie], folder.dir);
    expect(ran.status).toBe(1);
    expect(ran.stderr).toContain('name the municipality with --municipality');
    expect(ran.stderr).toContain('Run "samkost --help" for usage.');
  });

  test('a workbook with errors: exit 2 and its problems, as samkost run', async () => {
    const broken = path.join(folder.dir, 'broken.xlsx');
    await writeTableSheets(brokenSample(knutepunktSample), broken);
    const ran = await runCli(['explain', broken, '--municipality', 'Iveland'], folder.dir);
    expect(ran.status).toBe(2);
    expect(ran.stdout).toBe('');
    expect(ran.stderr).toMatch(/^The workbook has \d+ problem\(s\); nothing was written:/);
  });
});

test('--help lists the report commands', async () => {
  const ran = await runCli(['--help'], folder.dir);
  expect(ran.stdout).toContain('samkost explain <workbook.xlsx> --municipality <name>');
  expect(ran.stdout).toContain('samkost statement <workbook.xlsx> --all -o <folder>');
});
