/** The in-memory Excel of the preview and the adapter's tests. */
export {
  FakeWorkbook,
  RESPONSE_LIMIT_BYTES,
  type FakeSheetView,
  type SyncFailure,
} from './fakeWorkbook';
export { FakeOfficeError } from './errors';
