/** Running the command line in-process for tests: captured streams, a fixed day, shared HiGHS. */
import type { CliIo } from '../../src/cli/io';
import { main } from '../../src/cli/main';
import { highsSolver } from '../support/highs';

export interface Ran {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Run `samkost argv…` in `cwd` on 1 May 2026 with an English environment. */
export async function runCli(
  argv: readonly string[],
  cwd: string,
  env: Readonly<Record<string, string>> = { LANG: 'en_US.UTF-8' },
): Promise<Ran> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    stderrIsTty: false,
    env,
    cwd,
    today: () => ({ year: 2026, month: 5, day: 1 }),
    loadSolver: highsSolver,
  };
  const status = await main(argv, io);
  return { status, stdout, stderr };
}
