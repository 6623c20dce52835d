/** The in-memory Excel of the preview and the adapter's tests. */
export {
  FakeWorkbook,
  type FakeNameView,
  type FakeSheetView,
  type SyncFailure,
} from './fakeWorkbook';
export { FakeOfficeError } from './errors';
