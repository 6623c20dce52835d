/**
 * Once per browser test run: build the add-in and serve it. The server lives in this (the parent)
 * process; the tests learn its URL from SAMKOST_PREVIEW_URL.
 */
import { buildAddin } from './build';
import { browserUnavailable } from './chromium';
import { serveDirectory, type StaticServer } from './server';

declare global {
  // The server, kept for globalTeardown (same process).
  var samkostServer: StaticServer | undefined;
}

export default async function globalSetup(): Promise<void> {
  const unavailable = browserUnavailable();
  if (unavailable) {
    process.env.SAMKOST_BROWSER_SKIP = unavailable;
    console.warn(`\nSkipping the browser tests: ${unavailable}.`);
    return;
  }
  const directory = await buildAddin();
  globalThis.samkostServer = await serveDirectory(directory);
  process.env.SAMKOST_PREVIEW_URL = globalThis.samkostServer.url;
  process.env.SAMKOST_BUILD_DIR = directory;
}
