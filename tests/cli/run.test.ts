/**
 * `samkost run` on the bundled samples, in-process: the contract's JSON (§8) exactly, the copy
 * written with every output table, every cost item's shares adding up to its amount.
 */
import { copyFileSync, existsSync, writeFileSync } from 'fs';
import path from 'path';
import type { NoticeJson } from '../../src/cli/notices';
import type { ContractJson } from '../../src/engine/result';
import type { TableSheet } from '../../src/engine/table';
import { tableNamesOfFile } from '../workbook/xlsx/readBack';
import { buildSamples, SAMPLE_FILES } from '../fixtures/samples/build';
import { temporaryFolder } from '../workbook/xlsx/fixtures';
import { runCli } from './support';

// Whole workbooks go through the package reader and writer and HiGHS; a loaded machine (parallel jest workers) needs room.
jest.setTimeout(60_000);

const folder = temporaryFolder('samkost-run-');
let files: string[] = [];
beforeAll(async () => {
  files = await buildSamples(path.join(folder.dir, 'built'));
});
afterAll(folder.remove);

const keys = (value: object): string[] => Object.keys(value).sort();

/** The sample's Costs rows as item → amount (the first two columns). */
function costAmounts(sheets: readonly TableSheet[]): Map<string, number> {
  const costs = sheets.find((s) => s.tableName === 'Costs');
  return new Map((costs?.rows ?? []).map((row) => [String(row[0]), Number(row[1])]));
}

describe.each(SAMPLE_FILES.map((s, i) => [s.file, i] as const))('samkost run %s', (name, index) => {
  const sheets = SAMPLE_FILES[index]?.sheets ?? [];
  let json: ContractJson & { notices: NoticeJson[] };
  let input = '';

  beforeAll(async () => {
    input = path.join(folder.dir, name);
    copyFileSync(files[index] ?? '', input);
    const ran = await runCli(['run', input, '--json'], folder.dir);
    expect(ran.stderr).toBe('');
    expect(ran.status).toBe(0);
    json = JSON.parse(ran.stdout) as ContractJson & { notices: NoticeJson[] };
  });

  it('prints exactly the contract JSON (section 8), plus the write notices', () => {
    expect(keys(json)).toEqual([
      'allocation',
      'consistencyRatio',
      'criteriaWeights',
      'errors',
      'exitAnalysis',
      'frontier',
      'notices',
      'pcCharges',
      'priorities',
      'riskFlags',
    ]);
    // A sample holds nothing of the user's under an output's name: the outputs went where named.
    expect(json.notices).toEqual([]);
    expect(json.errors).toEqual([]);
    expect(keys(json.allocation[0] ?? {})).toEqual([
      'amount',
      'item',
      'kind',
      'municipality',
      'source',
    ]);
    expect(keys(json.pcCharges[0] ?? {})).toEqual(['amount', 'item', 'municipality', 'ratePerPc']);
    expect(keys(json.priorities[0] ?? {})).toEqual([
      'funded',
      'id',
      'npv',
      'rank',
      'rankBest',
      'rankWorst',
      'score',
      'spread',
      'startYear',
    ]);
    expect(keys(json.riskFlags[0] ?? {})).toEqual(['cell', 'code', 'scope', 'severity', 'subject']);
  });

  it('carries the exit analysis (contract v1.1 §12) where the sample has coalition costs', () => {
    const hasCoalitions = sheets.some((s) => s.tableName === 'CoalitionCosts');
    expect(json.exitAnalysis.length > 0).toBe(hasCoalitions);
    for (const entry of json.exitAnalysis) {
      expect(keys(entry)).toEqual(['municipality', 'othersChange', 'paysAlone', 'paysNow']);
    }
  });

  it('carries the weights, their consistency, the rank ranges and the frontier (contract v1.1 §10–11)', () => {
    const total = json.criteriaWeights.reduce((sum, c) => sum + c.weight, 0);
    expect(Math.abs(total - 1)).toBeLessThan(1e-9);
    const hasPairs = sheets.some((s) => s.tableName === 'CriteriaPairs');
    expect(json.consistencyRatio === null).toBe(!hasPairs);
    for (const p of json.priorities) {
      expect(p.rankBest ?? 0).toBeLessThanOrEqual(p.rank);
      expect(p.rankWorst ?? 0).toBeGreaterThanOrEqual(p.rank);
    }
    expect(json.frontier.map((f) => f.factor)).toEqual([0.25, 0.5, 0.75, 1, 1.25, 1.5, 2]);
    for (const entry of json.frontier) {
      expect(keys(entry)).toEqual([
        'factor',
        'funded',
        'investment',
        'oneOffFunded',
        'proven',
        'score',
      ]);
    }
    const scores = json.frontier.flatMap((f) => (f.score === null ? [] : [f.score]));
    expect(scores).toEqual([...scores].sort((a, b) => a - b));
  });

  it("splits every cost item so its municipalities' shares add up to its amount", () => {
    for (const [item, amount] of costAmounts(sheets)) {
      const shares = json.allocation.filter((a) => a.source === 'cost' && a.item === item);
      expect(shares.length).toBeGreaterThan(0);
      // Whole minor units, summed as such: no float drift hides a lost øre.
      const total = shares.reduce((sum, a) => sum + Math.round(a.amount * 100), 0);
      expect(total).toBe(Math.round(amount * 100));
    }
  });

  it('funds some proposals and leaves others unfunded within the budget', () => {
    expect(json.priorities.some((p) => p.funded)).toBe(true);
    expect(json.priorities.some((p) => !p.funded)).toBe(true);
  });

  it('writes <name>.samkost.xlsx holding every output table and the inputs', async () => {
    const out = input.replace(/\.xlsx$/, '.samkost.xlsx');
    expect(existsSync(out)).toBe(true);
    const tables = tableNamesOfFile(out);
    for (const table of ['Allocation', 'SplitComparison', 'Priorities', 'RiskFlags']) {
      expect(tables).toContain(table);
    }
    for (const sheet of sheets) expect(tables).toContain(sheet.tableName);
  });

  it('runs again on its own output, replacing the outputs rather than adding more', async () => {
    const first = input.replace(/\.xlsx$/, '.samkost.xlsx');
    const again = path.join(folder.dir, `again-${name}`);
    const ran = await runCli(['run', first, '-o', again, '--json'], folder.dir);
    expect(ran.status).toBe(0);
    expect(JSON.parse(ran.stdout)).toEqual(json);
    const names = tableNamesOfFile(again);
    expect(names.filter((n) => n === 'Allocation')).toHaveLength(1);
  });
});

describe('samkost run, the readable summary', () => {
  it('prints per-municipality totals, priorities and flags in the chosen language', async () => {
    const input = path.join(folder.dir, 'summary.xlsx');
    copyFileSync(files[0] ?? '', input);
    const ran = await runCli(['run', input, '--lang', 'nb'], folder.dir);
    expect(ran.status).toBe(0);
    expect(ran.stdout).toContain('Kristiansand');
    expect(ran.stdout).toContain('Iveland');
    expect(ran.stdout).toMatch(/P0\d/);
    expect(ran.stdout).not.toContain('Cost per municipality'); // Norwegian, not English
  });

  it('exits 1 with one line and no stack trace when the file is missing', async () => {
    const ran = await runCli(['run', 'missing.xlsx'], folder.dir);
    expect(ran.status).toBe(1);
    expect(ran.stderr.trim().split('\n').length).toBeLessThanOrEqual(2);
    expect(ran.stderr).toContain('missing.xlsx');
    expect(ran.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 1 when the file is not a workbook', async () => {
    const bogus = path.join(folder.dir, 'bogus.xlsx');
    writeFileSync(bogus, 'not a zip');
    const ran = await runCli(['run', bogus], folder.dir);
    expect(ran.status).toBe(1);
    expect(ran.stderr).not.toMatch(/\n\s+at /);
  });
});
