/** Stop the server and remove the temporary build. */
import { rmSync } from 'fs';

export default async function globalTeardown(): Promise<void> {
  await globalThis.samkostServer?.close();
  const directory = process.env.SAMKOST_BUILD_DIR;
  if (directory) rmSync(directory, { recursive: true, force: true });
}
