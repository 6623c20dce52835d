/**
 * Debian's Chromium, never a downloaded browser. Missing Chromium skips the browser tests on a
 * developer's machine, but fails loudly where SAMKOST_REQUIRE_BROWSER is set (CI).
 */
import { existsSync } from 'fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Why the browser tests cannot run here, or null when they can. Throws when they must run. */
export function browserUnavailable(): string | null {
  if (existsSync(CHROMIUM_PATH)) return null;
  const reason = `${CHROMIUM_PATH} is missing (apt-get install chromium)`;
  if (process.env.SAMKOST_REQUIRE_BROWSER) {
    throw new Error(`SAMKOST_REQUIRE_BROWSER is set but ${reason}.`);
  }
  return reason;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
