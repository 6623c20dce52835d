/** What the command line touches outside itself, so tests can run it in-process. */
import type { CalendarDate } from '../engine/model';
import type { MilpSolver } from '../engine/solver';
import { loadHighsSolver } from './highsSolver';

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Whether stderr is a terminal: only then is progress shown. */
  readonly stderrIsTty: boolean;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The folder relative paths are resolved from. */
  readonly cwd: string;
  /** Today's date, for the default planning year and contract dates. */
  readonly today: () => CalendarDate;
  readonly loadSolver: () => Promise<MilpSolver>;
}

/** Today by the system clock, in local time (the user's calendar day). */
export function systemToday(): CalendarDate {
  const now = new Date();
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}

/** The real process: its streams, environment, folder and clock, and HiGHS. */
export function processIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    stderrIsTty: process.stderr.isTTY === true,
    env: process.env,
    cwd: process.cwd(),
    today: systemToday,
    loadSolver: loadHighsSolver,
  };
}
