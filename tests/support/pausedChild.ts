/** Starting ./pausedWrite.ts as a child process and waiting until its write is paused. */
import { spawn, type ChildProcess } from 'child_process';
import path from 'path';

export interface PausedChild {
  readonly child: ChildProcess;
  /** How the child ended: its exit code, or the signal that ended it. */
  readonly ended: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const SCRIPT = path.join(__dirname, 'pausedWrite.ts');

/** Run `pausedWrite.ts args…` in `cwd`; resolves once it printed "paused" (rejects if it ended). */
export function startPaused(args: readonly string[], cwd: string): Promise<PausedChild> {
  const child = spawn(
    process.execPath,
    ['--require', require.resolve('tsx/cjs'), SCRIPT, ...args],
    {
      cwd,
      env: { ...process.env, LANG: 'en_US.UTF-8', LC_ALL: '', LC_MESSAGES: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  return new Promise((resolve, reject) => {
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (stdout.includes('paused\n')) resolve({ child, ended });
    });
    void ended.then(({ code, signal }) =>
      reject(new Error(`the child ended before pausing (${code ?? signal}): ${stderr}`)),
    );
  });
}
