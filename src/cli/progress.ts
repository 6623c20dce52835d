/** A one-line progress indicator on stderr, shown only when stderr is a terminal. */
import type { CliKey, CliTranslate } from '../i18n/cli';
import type { CliIo } from './io';

export interface Progress {
  /** Show the step now under way. */
  step(key: CliKey, params?: Readonly<Record<string, string>>): void;
  /** Clear the line, before anything else is printed. */
  done(): void;
}

const CLEAR_LINE = '\r\x1b[K';

export function progress(io: CliIo, t: CliTranslate): Progress {
  if (!io.stderrIsTty) return { step: () => undefined, done: () => undefined };
  let shown = false;
  return {
    step(key, params) {
      io.stderr(`${CLEAR_LINE}${t(key, params)} …`);
      shown = true;
    },
    done() {
      if (shown) io.stderr(CLEAR_LINE);
      shown = false;
    },
  };
}
