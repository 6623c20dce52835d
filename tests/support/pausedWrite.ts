/**
 * A child process for the signal tests: it makes every file flush announce itself on stdout
 * ("paused") and never finish, so a test can kill it at exactly that point of a write: the
 * temporary file written, not yet flushed or renamed. No timing is involved.
 *
 *   node --require tsx/cjs pausedWrite.ts write <outPath>   writeFileAtomically, 64 kB
 *   node --require tsx/cjs pausedWrite.ts cli <args…>       the whole `samkost` command
 */
import { promises as fs } from 'fs';
import { main } from '../../src/cli/main';
import { writeFileAtomically } from '../../src/workbook/xlsx/atomicWrite';

interface Flushable {
  sync(): Promise<void>;
}

async function pauseAtFlush(): Promise<void> {
  const probe = await fs.open(__filename, 'r');
  const fileHandle = Object.getPrototypeOf(probe) as Flushable;
  await probe.close();
  fileHandle.sync = () => {
    process.stdout.write('paused\n');
    setInterval(() => undefined, 60_000); // keeps the process alive until the signal comes
    return new Promise<void>(() => undefined);
  };
}

async function run(): Promise<void> {
  await pauseAtFlush();
  const [mode, ...args] = process.argv.slice(2);
  if (mode === 'write') await writeFileAtomically(args[0] ?? '', new Uint8Array(64 * 1024));
  else process.exitCode = await main(args);
}

void run();
