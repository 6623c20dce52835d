/**
 * Writing a file all or nothing: the bytes go to a temporary file beside the target, are flushed
 * to the disk, and only then renamed over the target. A failure, Ctrl-C or a SIGTERM leaves no
 * temporary file and the target as it was (absent, or the previous file whole).
 */
import { randomBytes } from 'crypto';
import { promises as fs, rmSync } from 'fs';
import path from 'path';

/** The signals a user (Ctrl-C) or a supervisor sends to stop the command; shells report 130, 143. */
const STOP_SIGNALS = ['SIGINT', 'SIGTERM'] as const;

/** Temporary files of the writes now in progress (a process may save more than one at once). */
const inProgress = new Set<string>();

/**
 * Remove every temporary file, then stop the process the way the signal would have: with our
 * handlers gone, re-raising it meets the default action (the shell sees 130 or 143).
 */
function onStopSignal(signal: NodeJS.Signals): void {
  for (const file of inProgress) rmSync(file, { force: true });
  inProgress.clear();
  uninstall();
  process.kill(process.pid, signal);
}

function install(): void {
  for (const signal of STOP_SIGNALS) process.on(signal, onStopSignal);
}

function uninstall(): void {
  for (const signal of STOP_SIGNALS) process.off(signal, onStopSignal);
}

/** Handlers exist only while a write is under way, so Samkost never changes how Ctrl-C acts otherwise. */
function track(file: string): () => void {
  if (inProgress.size === 0) install();
  inProgress.add(file);
  return () => {
    inProgress.delete(file);
    if (inProgress.size === 0) uninstall();
  };
}

/** `.<name>.<pid>.<random>.tmp` beside the target: the same disk, so the rename is atomic. */
const temporaryPathFor = (outPath: string): string =>
  path.join(
    path.dirname(outPath),
    `.${path.basename(outPath)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`,
  );

/** Write `data` to `outPath` through a flushed temporary file in the same folder and a rename. */
export async function writeFileAtomically(outPath: string, data: Uint8Array): Promise<void> {
  const temporary = temporaryPathFor(outPath);
  // Tracked before it exists, so a signal during the open still finds it.
  const untrack = track(temporary);
  let handle: fs.FileHandle;
  try {
    // Exclusive create: never write into a file someone else made (or a symlink planted there).
    handle = await fs.open(temporary, 'wx');
  } catch (error) {
    untrack();
    throw error;
  }
  try {
    try {
      await handle.writeFile(data);
      // Flushed before the rename, so a crash cannot leave the target renamed but empty.
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temporary, outPath);
  } catch (error) {
    await fs.rm(temporary, { force: true });
    throw error;
  } finally {
    untrack();
  }
}
