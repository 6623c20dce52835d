/**
 * A real spreadsheet application reads what Samkost writes (issue 10, item 3). For each bundled
 * sample: `samkost run --json`, then headless LibreOffice Calc converts the written copy, every
 * sheet to CSV, and every output table it reads must hold exactly the values of the JSON. Then
 * LibreOffice re-saves each sample as .xlsx, as a user who edits in LibreOffice would, and
 * `samkost run` on that file must give the same results as on the original.
 *
 * Run with `npx jest --config tests/interop/jest.config.js`. Without LibreOffice the suite is
 * skipped with a warning, unless SAMKOST_REQUIRE_LIBREOFFICE=1 (CI), where that is a failure.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'fs';
import path from 'path';
import type { NoticeJson } from '../../src/cli/notices';
import type { ContractJson } from '../../src/engine/result';
import { runCli } from '../cli/support';
import { temporaryFolder } from '../workbook/xlsx/fixtures';
import { parseCsv } from './support/csv';
import {
  CSV_EVERY_SHEET,
  findSoffice,
  libreOfficeRequired,
  libreOfficeVersion,
  startLibreOffice,
  XLSX,
  type LibreOffice,
} from './support/libreoffice';
import {
  allocationEntries,
  allocationTotalCents,
  cellsOf,
  pcChargeEntries,
  priorityEntries,
  riskFlagEntries,
  type TableCells,
} from './support/outputTables';
import { tableLocations } from './support/packageTables';

type RunJson = ContractJson & { notices: NoticeJson[] };

const SAMPLES_DIR = path.join(__dirname, '..', '..', 'assets', 'samples');
const SAMPLES = readdirSync(SAMPLES_DIR)
  .filter((f) => f.endsWith('.xlsx'))
  .sort();

const soffice = findSoffice();
if (soffice === null && !libreOfficeRequired()) {
  console.warn(
    [
      '',
      '************************************************************************',
      '*  SKIPPED: the LibreOffice interop tests. No `soffice` on the PATH.   *',
      '*  Install it with: apt-get install --no-install-recommends            *',
      '*  libreoffice-calc-nogui   (CI sets SAMKOST_REQUIRE_LIBREOFFICE=1)    *',
      '************************************************************************',
      '',
    ].join('\n'),
  );
}

test('LibreOffice is there when the suite is required to run', () => {
  if (libreOfficeRequired()) expect(soffice).not.toBeNull();
  expect(SAMPLES.length).toBeGreaterThan(0);
});

/** Sorted copies, so entries compare as multisets whatever order each side lists them in. */
const sorted = <T>(entries: readonly T[]): T[] =>
  [...entries].sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));

const describeLibreOffice = soffice === null ? describe.skip : describe;

describeLibreOffice('LibreOffice Calc reads what Samkost writes', () => {
  // Made in beforeAll: a skipped describe still runs its body, but never its hooks.
  let folder: { dir: string; remove: () => void } = { dir: '', remove: () => undefined };
  let office: LibreOffice;
  const json = new Map<string, RunJson>();

  async function runJson(input: string, output: string): Promise<RunJson> {
    const ran = await runCli(['run', input, '-o', output, '--json'], folder.dir);
    expect(ran.stderr).toBe('');
    expect(ran.status).toBe(0);
    return JSON.parse(ran.stdout) as RunJson;
  }

  beforeAll(async () => {
    folder = temporaryFolder('samkost-interop-');
    office = startLibreOffice(soffice ?? '');
    for (const sample of SAMPLES) {
      const input = path.join(folder.dir, sample);
      copyFileSync(path.join(SAMPLES_DIR, sample), input);
      json.set(sample, await runJson(input, path.join(folder.dir, `written-${sample}`)));
    }
    // One LibreOffice start per conversion, all the files at once.
    office.convert(
      SAMPLES.map((s) => path.join(folder.dir, `written-${s}`)),
      CSV_EVERY_SHEET,
      path.join(folder.dir, 'csv'),
    );
    mkdirSync(path.join(folder.dir, 'resaved'));
    office.convert(
      [
        ...SAMPLES.map((s) => path.join(folder.dir, s)),
        ...SAMPLES.map((s) => path.join(folder.dir, `written-${s}`)),
      ],
      XLSX,
      path.join(folder.dir, 'resaved'),
    );
  });
  afterAll(() => {
    office?.close();
    folder.remove();
  });

  it('is LibreOffice 7.2 or later, which writes every sheet to CSV', () => {
    const [major, minor] = libreOfficeVersion(soffice ?? '');
    expect(major * 100 + minor).toBeGreaterThanOrEqual(702);
  });

  /** An output table of the written copy, as LibreOffice read it. */
  function tableCells(sample: string, name: string): TableCells {
    const written = path.join(folder.dir, `written-${sample}`);
    const table = tableLocations(written).find((t) => t.name === name);
    if (table === undefined) throw new Error(`no table ${name} in the copy of ${sample}`);
    const csv = path.join(
      folder.dir,
      'csv',
      `written-${path.parse(sample).name}-${table.sheet}.csv`,
    );
    expect(existsSync(csv)).toBe(true);
    const cells = cellsOf(table, parseCsv(readFileSync(csv, 'utf8')));
    // LibreOffice finds the table's own header where the package puts it.
    expect(cells.headers).toEqual(table.columns);
    return cells;
  }

  describe.each(SAMPLES.map((s) => [s]))('%s', (sample) => {
    const expected = (): RunJson => json.get(sample) ?? ({} as RunJson);

    it('Allocation holds every amount per item and municipality of the JSON', () => {
      const entries = allocationEntries(tableCells(sample, 'Allocation'));
      expect(entries.length).toBeGreaterThan(0);
      expect(sorted(entries)).toEqual(sorted(expected().allocation));
    });

    it('AllocationTotals, under Allocation, holds each municipality’s one-off and annual sums', () => {
      const tables = tableLocations(path.join(folder.dir, `written-${sample}`));
      const allocation = tables.find((t) => t.name === 'Allocation');
      const totals = tables.find((t) => t.name === 'AllocationTotals');
      // On Allocation's sheet, its columns, one blank row under it.
      expect([totals?.sheet, totals?.column, totals?.row, totals?.columns]).toEqual([
        allocation?.sheet,
        allocation?.column,
        (allocation?.row ?? 0) + (allocation?.rows ?? 0) + 1,
        allocation?.columns,
      ]);
      const expectedCents: Record<string, number> = {};
      for (const kind of ['one-off', 'annual']) {
        for (const header of (allocation?.columns ?? []).slice(6)) {
          expectedCents[`${kind} ${header.replace(/ \([^()]*\)$/, '')}`] = 0;
        }
      }
      for (const entry of expected().allocation) {
        expectedCents[`${entry.kind} ${entry.municipality}`] =
          (expectedCents[`${entry.kind} ${entry.municipality}`] ?? 0) +
          Math.round(entry.amount * 100);
      }
      expect(allocationTotalCents(tableCells(sample, 'AllocationTotals'))).toEqual(expectedCents);
    });

    it('PcCharges holds every charge and rate per PC of the JSON', () => {
      const entries = pcChargeEntries(tableCells(sample, 'PcCharges'));
      expect(entries.length).toBeGreaterThan(0);
      expect(sorted(entries)).toEqual(sorted(expected().pcCharges));
    });

    it('Priorities holds every score, rank, spread, NPV, funding and start year', () => {
      const entries = priorityEntries(tableCells(sample, 'Priorities'));
      expect(entries.length).toBeGreaterThan(0);
      // The table lists proposals best first, as the JSON does.
      expect(entries).toEqual(expected().priorities);
    });

    it('RiskFlags holds every flag of the JSON', () => {
      const entries = riskFlagEntries(tableCells(sample, 'RiskFlags'));
      expect(entries.length).toBeGreaterThan(0);
      expect(sorted(entries)).toEqual(sorted(expected().riskFlags));
    });

    it('runs on the sample as LibreOffice re-saves it, with the same results', async () => {
      const resaved = path.join(folder.dir, 'resaved', sample);
      expect(existsSync(resaved)).toBe(true);
      // LibreOffice's own package, not a copy of ours.
      expect(readFileSync(resaved).equals(readFileSync(path.join(SAMPLES_DIR, sample)))).toBe(
        false,
      );
      const again = await runJson(resaved, path.join(folder.dir, 'resaved', `again-${sample}`));
      expect(again).toEqual(expected());
    });

    it('re-runs on its copy as LibreOffice re-saves it, replacing its outputs in place', async () => {
      // A user opens Samkost's copy in LibreOffice, saves it, and runs Samkost on it again.
      const resaved = path.join(folder.dir, 'resaved', `written-${sample}`);
      const rerun = path.join(folder.dir, 'resaved', `rerun-${sample}`);
      const again = await runJson(resaved, rerun);
      expect(again).toEqual(expected());
      const names = tableLocations(rerun).map((t) => t.name);
      const before = tableLocations(path.join(folder.dir, `written-${sample}`)).map((t) => t.name);
      expect(names.sort()).toEqual(before.sort());
    });
  });
});
