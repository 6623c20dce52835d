/**
 * `npm stop`: end the preview server `npm start` left running (by its recorded process id) and,
 * on Windows and macOS, `office-addin-debugging stop manifest.xml` (unload the add-in, stop its
 * dev server).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { excelPlatform } from './devServer.js';
import { PREVIEW_PID_FILE, ROOT } from './previewPid';

function stopPreview(): boolean {
  let pid: number;
  try {
    pid = Number(readFileSync(PREVIEW_PID_FILE, 'utf8').trim());
  } catch {
    return false;
  }
  rmSync(PREVIEW_PID_FILE, { force: true });
  try {
    process.kill(pid);
    console.log(`Stopped the preview server (pid ${pid}).`);
    return true;
  } catch {
    return false; // it had already ended
  }
}

const stoppedPreview = stopPreview();
if (excelPlatform()) {
  const result = spawnSync(
    path.join(ROOT, 'node_modules', '.bin', 'office-addin-debugging'),
    ['stop', 'manifest.xml'],
    { cwd: ROOT, stdio: 'inherit', shell: process.platform === 'win32' },
  );
  process.exit(result.status ?? 1);
} else if (!stoppedPreview) {
  console.log('Nothing to stop: no preview server is running.');
}
