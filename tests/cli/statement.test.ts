/**
 * `samkost statement` end to end, in-process: one file per municipality with `--all`, every line it
 * takes part in and totals equal to its Allocation rows, self-contained HTML, and hostile names
 * escaped wherever they appear.
 */
import { copyFileSync, readdirSync, readFileSync } from 'fs';
import path from 'path';
import { escapeHtml, statementFileName } from '../../src/engine/statement';
import type { ContractJson } from '../../src/engine/result';
import type { Language } from '../../src/i18n/language';
import { formatNumber } from '../../src/i18n/numbers';
import { TIE_ITEM, tieSample } from '../../src/samples/tieSample';
import { writeTableSheets } from '../../src/workbook/xlsx';
import { buildSamples, SAMPLE_FILES } from '../fixtures/samples/build';
import { temporaryFolder } from '../workbook/xlsx/fixtures';
import { runCli } from './support';

jest.setTimeout(120_000);

const folder = temporaryFolder('samkost-statement-');
let files: string[] = [];
beforeAll(async () => {
  files = await buildSamples(path.join(folder.dir, 'built'));
});
afterAll(folder.remove);

const LANGUAGES: readonly Language[] = ['nb', 'sv'];

describe.each(SAMPLE_FILES.map((s, i) => [s.file, i] as const))('%s', (name, index) => {
  const language = LANGUAGES[index] ?? 'en';
  let json: ContractJson;
  let input = '';
  let out = '';
  beforeAll(async () => {
    input = path.join(folder.dir, name);
    copyFileSync(files[index] ?? '', input);
    const ran = await runCli(['run', input, '--json', '-o', `${input}.out.xlsx`], folder.dir);
    json = JSON.parse(ran.stdout) as ContractJson;
    out = path.join(folder.dir, `${name}-statements`);
    const all = await runCli(
      ['statement', input, '--all', '-o', out, '--lang', language],
      folder.dir,
    );
    expect(all.stderr).toBe('');
    expect(all.status).toBe(0);
  });

  test('--all writes one statement per municipality', () => {
    const municipalities = [...new Set(json.allocation.map((a) => a.municipality))];
    expect(readdirSync(out).sort()).toEqual(municipalities.map(statementFileName).sort());
  });

  test('each holds every line of the municipality, and totals equal to its Allocation', () => {
    for (const municipality of new Set(json.allocation.map((a) => a.municipality))) {
      const html = readFileSync(path.join(out, statementFileName(municipality)), 'utf8');
      const mine = json.allocation.filter((a) => a.municipality === municipality);
      const decimals = json.allocation.every((a) => Number.isInteger(a.amount)) ? 0 : 2;
      const money = (value: number): string =>
        `<td class="num">${formatNumber(value, language, decimals)}</td>`;
      const rows = html.match(/<tbody>(.*?)<\/tbody>/gs) ?? [];
      const lines = rows[3] ?? '';
      expect(lines.match(/<tr>/g)).toHaveLength(mine.length);
      for (const a of mine) {
        expect(lines).toContain(`<td class="wrap">${escapeHtml(a.item)}</td>`);
        expect(lines).toContain(money(a.amount));
      }
      const cents = (kind?: string): number =>
        mine
          .filter((a) => !kind || a.kind === kind)
          .reduce((acc, a) => acc + Math.round(a.amount * 100), 0) / 100;
      expect(rows[0]).toContain(
        `${money(cents('one-off'))}${money(cents('annual'))}${money(cents())}`,
      );
      expect(html).toContain(`<html lang="${language}">`);
    }
  });

  test("lists its PC charges at the items' rates per PC", () => {
    expect(json.pcCharges.length).toBeGreaterThan(0);
    for (const municipality of new Set(json.pcCharges.map((c) => c.municipality))) {
      const html = readFileSync(path.join(out, statementFileName(municipality)), 'utf8');
      const mine = json.pcCharges.filter((c) => c.municipality === municipality);
      for (const charge of mine) {
        expect(html).toContain(
          `<td class="wrap">${escapeHtml(charge.item)}</td><td class="num">${formatNumber(charge.ratePerPc, language, 2)}</td>`,
        );
      }
    }
  });

  test('is self-contained: no script, no external asset, a policy that forbids both', () => {
    const html = readFileSync(path.join(out, readdirSync(out)[0] ?? ''), 'utf8');
    expect(html).not.toMatch(/<script|<link|<img|src=|href=|@import|url\(/i);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
    expect(html).toContain('@media print');
  });
});

describe('hostile names', () => {
  const SCRIPT = '<script>alert(1)</script>';
  const QUOTES = `O'Brien "Q" & Co`;
  const ITEM = '<img src=x onerror=alert(1)>';
  let input = '';
  beforeAll(async () => {
    const rename = (value: unknown): unknown =>
      value === 'Alfa' ? SCRIPT : value === 'Beta' ? QUOTES : value === TIE_ITEM ? ITEM : value;
    input = path.join(folder.dir, 'hostile.xlsx');
    await writeTableSheets(
      tieSample.map((sheet) => ({
        ...sheet,
        rows: sheet.rows.map((row) => row.map(rename) as typeof row),
      })),
      input,
    );
  });

  test.each([SCRIPT, QUOTES])('%s is escaped in its statement', async (municipality) => {
    const file = path.join(folder.dir, 'one.html');
    const ran = await runCli(
      ['statement', input, '--municipality', municipality, '-o', file, '--lang', 'en'],
      folder.dir,
    );
    expect(ran.stderr).toBe('');
    expect(ran.status).toBe(0);
    const html = readFileSync(file, 'utf8');
    expect(html).not.toMatch(/<script|<img/i);
    expect(html).not.toContain(municipality);
    expect(html).not.toContain(ITEM);
    expect(html).toContain(`<title>Cost statement: ${escapeHtml(municipality)}</title>`);
    expect(html).toContain(`<td class="wrap">${escapeHtml(ITEM)}</td>`);
    expect(escapeHtml(QUOTES)).toBe('O&#39;Brien &quot;Q&quot; &amp; Co');
  });

  test('--all names the files safely', async () => {
    const out = path.join(folder.dir, 'hostile-all');
    const ran = await runCli(['statement', input, '--all', '-o', out], folder.dir);
    expect(ran.status).toBe(0);
    expect(readdirSync(out).sort()).toEqual(
      [
        'Delta.html',
        'Gamma.html',
        `O'Brien _Q_ & Co.html`,
        '_script_alert(1)__script_.html',
      ].sort(),
    );
  });
});

describe('usage', () => {
  test('a statement needs -o', async () => {
    const ran = await runCli(['statement', 'x.xlsx', '--municipality', 'Alfa'], folder.dir);
    expect(ran.status).toBe(1);
    expect(ran.stderr).toContain('name the file to write with -o');
  });

  test('--municipality and --all together', async () => {
    const ran = await runCli(
      ['statement', 'x.xlsx', '--all', '--municipality', 'A', '-o', 'd'],
      folder.dir,
    );
    expect(ran.status).toBe(1);
    expect(ran.stderr).toContain('use either --municipality or --all, not both');
  });

  test('an unknown municipality: exit 1, nothing written', async () => {
    const file = path.join(folder.dir, 'none.html');
    const tie = path.join(folder.dir, 'tie.xlsx');
    await writeTableSheets(tieSample, tie);
    const ran = await runCli(['statement', tie, '--municipality', 'Omega', '-o', file], folder.dir);
    expect(ran.status).toBe(1);
    expect(ran.stderr).toContain('no municipality is named "Omega"');
    expect(readdirSync(folder.dir)).not.toContain('none.html');
  });
});
