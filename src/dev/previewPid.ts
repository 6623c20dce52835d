/** Where `npm start` records the preview server's process id for `npm stop`. */
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..');

/** Kept under node_modules/.cache: never committed, gone with a clean install. */
export const PREVIEW_PID_FILE = path.join(ROOT, 'node_modules', '.cache', 'samkost', 'preview.pid');
