/**
 * Headless LibreOffice (Debian's libreoffice-calc-nogui), never a downloaded one. Missing, it
 * skips the interop tests on a developer's machine, but fails them where
 * SAMKOST_REQUIRE_LIBREOFFICE=1 (CI). Each run gets its own profile, so runs in parallel (or a
 * desktop LibreOffice left open) never share one.
 */
import { execFileSync } from 'child_process';
import { existsSync, mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import { pathToFileURL } from 'url';

/** `soffice` on the PATH, or null. */
export function findSoffice(): string | null {
  const folders = (process.env.PATH ?? '').split(path.delimiter).filter((f) => f !== '');
  return folders.map((f) => path.join(f, 'soffice')).find((file) => existsSync(file)) ?? null;
}

/** LibreOffice's version as [major, minor], from `soffice --version` ("LibreOffice 7.4.7.2 …"). */
export function libreOfficeVersion(soffice: string): [number, number] {
  const text = execFileSync(soffice, ['--version'], { encoding: 'utf8', timeout: 60_000 });
  const match = /LibreOffice (\d+)\.(\d+)/.exec(text);
  if (!match) throw new Error(`cannot read the version from: ${text}`);
  return [Number(match[1]), Number(match[2])];
}

/** Whether the suite must run: then a missing LibreOffice is a failure, not a skip. */
export const libreOfficeRequired = (): boolean => process.env.SAMKOST_REQUIRE_LIBREOFFICE === '1';

/**
 * Every sheet to CSV (LibreOffice ≥ 7.2: sheet token -1 writes `<name>-<Sheet>.csv` per sheet):
 * comma, double quote, UTF-8, values as stored rather than as shown (no number formats, full
 * precision), formulas as their results.
 */
export const CSV_EVERY_SHEET =
  'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1';
/** Excel 2007–365 (.xlsx), as LibreOffice saves it when the user picks that format. */
export const XLSX = 'xlsx:Calc MS Excel 2007 XML';

export interface LibreOffice {
  /** Convert `files` with `filter` into `outDir`; throws with LibreOffice's words on failure. */
  convert(files: readonly string[], filter: string, outDir: string): void;
  /** Remove the private profile. */
  close(): void;
}

export function startLibreOffice(soffice: string): LibreOffice {
  const profile = mkdtempSync(path.join(tmpdir(), 'samkost-lo-profile-'));
  return {
    convert(files, filter, outDir) {
      execFileSync(
        soffice,
        [
          `-env:UserInstallation=${pathToFileURL(profile).href}`,
          '--headless',
          '--norestore',
          '--nolockcheck',
          '--convert-to',
          filter,
          '--outdir',
          outDir,
          ...files,
        ],
        { stdio: 'pipe', timeout: 240_000 },
      );
    },
    close: () => rmSync(profile, { recursive: true, force: true }),
  };
}
