/**
 * `samkost run` stopped by SIGTERM or Ctrl-C while it writes the copy: no temporary file is
 * left beside the workbook, no copy appears, the input is unchanged, and the process ends by
 * the signal (the shell's 143 or 130).
 */
import { copyFileSync, readdirSync, readFileSync } from 'fs';
import path from 'path';
import { startPaused } from '../support/pausedChild';
import { temporaryFolder } from '../workbook/xlsx/fixtures';

// The child loads the whole command line through the TypeScript loader, then reads and runs.
jest.setTimeout(120_000);

const SAMPLE = path.join(__dirname, '..', '..', 'assets', 'samples', 'dalsland.xlsx');
const folder = temporaryFolder('samkost-signal-');
afterAll(folder.remove);

it.each(['SIGTERM', 'SIGINT'] as const)('%s while the copy is written', async (signal) => {
  const input = path.join(folder.dir, `${signal}.xlsx`);
  copyFileSync(SAMPLE, input);
  const { child, ended } = await startPaused(['cli', 'run', `${signal}.xlsx`], folder.dir);
  // Paused at the flush: the copy's temporary file is on the disk.
  expect(readdirSync(folder.dir).filter((f) => f.endsWith('.tmp'))).toHaveLength(1);
  child.kill(signal);
  expect(await ended).toEqual({ code: null, signal });
  expect(
    readdirSync(folder.dir).filter((f) => f.startsWith(signal) || f.startsWith(`.${signal}`)),
  ).toEqual([`${signal}.xlsx`]);
  expect(readFileSync(input).equals(readFileSync(SAMPLE))).toBe(true);
});
