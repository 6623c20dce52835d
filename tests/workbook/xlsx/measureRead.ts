/**
 * How long reading the inputs takes, and at what peak memory: the national bench workbook
 * (written as the bench writes it) and a 130,000-row Municipalities table. Each
 * read runs in a fresh process, so its peak RSS is its own. Not a test and not the bench: a
 * measurement to run by hand when the reader changes.
 *
 *   npx tsx tests/workbook/xlsx/measureRead.ts [path/to/xlsx/index.ts]
 *
 * The optional path measures another reader with the same `openXlsx` (an older checkout, say).
 */
import { spawnSync } from 'child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import { generateWorkbook, SIZES } from '../../bench/generate';
import { writeXlsx } from '../../bench/xlsxFile';
import { HOSTILE_FILES } from '../../fixtures/hostile/build';

interface Reading {
  /** Wall-clock time; on a busy machine `cpuMs` says more. */
  readonly ms: number;
  readonly cpuMs: number;
  readonly peakMiB: number;
  readonly cells: number;
}

/** In the child: open and read `file` with the reader at `reader`, print what it cost. */
async function child(reader: string, file: string): Promise<void> {
  const { openXlsx } = (await import(reader)) as typeof import('../../../src/workbook/xlsx');
  const start = performance.now();
  const cpu = process.cpuUsage();
  const tables = await (await openXlsx(file)).readTables();
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  let cells = 0;
  for (const table of Object.values(tables)) {
    for (const row of table?.rows ?? []) cells += row.length;
  }
  const reading: Reading = {
    ms: Math.round(ms),
    cpuMs: Math.round((used.user + used.system) / 1000),
    peakMiB: Math.round(process.resourceUsage().maxRSS / 1024),
    cells,
  };
  console.log(JSON.stringify(reading));
}

function measure(reader: string, file: string): Reading | string {
  const result = spawnSync(
    process.execPath,
    [...process.execArgv, __filename, '--child', reader, file],
    { encoding: 'utf8' },
  );
  const line = result.stdout.trim().split('\n').pop() ?? '';
  if (result.status !== 0 || !line.startsWith('{')) {
    return `failed: ${(result.stderr.trim().split('\n')[0] ?? '').slice(0, 160)}`;
  }
  return JSON.parse(line) as Reading;
}

async function main(): Promise<void> {
  const reader = path.resolve(
    process.argv[2] ?? path.join(__dirname, '../../../src/workbook/xlsx'),
  );
  const folder = mkdtempSync(path.join(tmpdir(), 'samkost-measure-'));
  try {
    const national = path.join(folder, 'national.xlsx');
    await writeXlsx(generateWorkbook(SIZES.national), national);
    const large = path.join(folder, 'municipalities-130000-rows.xlsx');
    const build = HOSTILE_FILES.find((f) => f.name === 'municipalities-130000-rows.xlsx')?.build;
    if (!build) throw new Error('no 130,000-row file in the hostile suite');
    writeFileSync(large, build());
    for (const file of [national, large]) {
      for (let run = 1; run <= 3; run += 1) {
        console.log(path.basename(file), `run ${run}`, JSON.stringify(measure(reader, file)));
      }
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--child') {
  void child(process.argv[3] ?? '', process.argv[4] ?? '');
} else {
  void main();
}
