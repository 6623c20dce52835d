/** Helpers for the adapter's tests (the packages themselves: tests/fixtures/xlsx). */
export { temporaryFolder } from '../../fixtures/xlsx/folder';
