/**
 * A stand-in for Office.js in the browser preview (and in Node tests): `Office` with the
 * environment the task pane reads, and `Excel.run` over a {@link FakeWorkbook}. The preview
 * installs it before the pane mounts; the page loads no Office.js from the CDN.
 */
import type { FakeWorkbook } from './fakeExcel';

export interface FakeOfficeOptions {
  /** Office's display language, a locale tag such as `nb-NO`. */
  readonly displayLanguage: string;
  readonly theme: 'light' | 'dark';
  /** The ExcelApi versions to claim (default: up to 1.17, as a current Excel). */
  readonly excelApi?: string;
}

// The colours Office reports; the pane decides light or dark from the body background.
const THEMES: Readonly<Record<'light' | 'dark', Partial<Office.OfficeTheme>>> = {
  light: {
    bodyBackgroundColor: '#ffffff',
    bodyForegroundColor: '#000000',
    controlBackgroundColor: '#ffffff',
    controlForegroundColor: '#000000',
  },
  dark: {
    bodyBackgroundColor: '#262626',
    bodyForegroundColor: '#ffffff',
    controlBackgroundColor: '#404040',
    controlForegroundColor: '#ffffff',
  },
};

/** `major.minor` ≤ `major.minor`, as isSetSupported compares versions. */
const atMost = (version: string, limit: string): boolean => {
  const [a = 0, b = 0] = version.split('.').map(Number);
  const [x = 0, y = 0] = limit.split('.').map(Number);
  return a < x || (a === x && b <= y);
};

/** Set `globalThis.Office` and `globalThis.Excel` to fakes over `workbook`. */
export function installFakeOffice(workbook: FakeWorkbook, options: FakeOfficeOptions): void {
  const excelApi = options.excelApi ?? '1.17';
  const info = { host: 'Excel', platform: 'OfficeOnline' };
  const office = {
    HostType: { Excel: 'Excel' },
    PlatformType: { OfficeOnline: 'OfficeOnline' },
    onReady: (callback?: (info: { host: string; platform: string }) => void) => {
      callback?.(info);
      return Promise.resolve(info);
    },
    context: {
      displayLanguage: options.displayLanguage,
      contentLanguage: options.displayLanguage,
      officeTheme: THEMES[options.theme],
      requirements: {
        isSetSupported: (name: string, version?: string | number) =>
          name === 'ExcelApi' && atMost(String(version ?? '1.1'), excelApi),
      },
    },
  };
  const excel = { run: workbook.run };
  Object.assign(globalThis, { Office: office, Excel: excel });
}
