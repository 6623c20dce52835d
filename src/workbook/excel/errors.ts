/**
 * Failures of the Office.js adapter as the product shows them: a small set of user-facing
 * reasons. Office's own message is for developers (and in the wrong language), so only its code
 * is looked at; the original error is kept as `inner` for logs and tests.
 */

/** What went wrong, in words a finance officer can act on (the pane owns the texts). */
export type WorkbookFailure =
  | 'cellEditMode'
  | 'tooLarge'
  | 'accessDenied'
  | 'notSupported'
  | 'itemNotFound'
  | 'conflict'
  | 'failed';

const REASONS: Readonly<Record<string, WorkbookFailure>> = {
  InvalidOperationInCellEditMode: 'cellEditMode',
  RequestPayloadSizeLimitExceeded: 'tooLarge',
  ResponsePayloadSizeLimitExceeded: 'tooLarge',
  OperationCellsExceedLimit: 'tooLarge',
  RangeExceedsLimit: 'tooLarge',
  AccessDenied: 'accessDenied',
  ApiNotFound: 'notSupported',
  NotImplemented: 'notSupported',
  UnsupportedOperation: 'notSupported',
  UnsupportedFeature: 'notSupported',
  UnsupportedSheet: 'notSupported',
  ItemNotFound: 'itemNotFound',
  InvalidReference: 'itemNotFound',
  Conflict: 'conflict',
  ItemAlreadyExists: 'conflict',
  InsertDeleteConflict: 'conflict',
};

/**
 * A failure of the workbook adapter. `reason` is the user-facing code; `code` keeps Office's
 * error code (`GeneralException`, ...) so callers that map Office codes keep working.
 */
export class ExcelWorkbookError extends Error {
  constructor(
    readonly reason: WorkbookFailure,
    readonly code: string,
    readonly inner?: unknown,
  ) {
    super(reason);
    this.name = 'ExcelWorkbookError';
  }
}

/** The Office error code of a thrown error (`ItemNotFound`, ...), or null when it has none. */
export const officeCode = (error: unknown): string | null => {
  if (typeof error !== 'object' || error === null || !('code' in error)) return null;
  const { code } = error as { code: unknown };
  return typeof code === 'string' ? code : null;
};

/** Any error thrown while talking to Excel, as an {@link ExcelWorkbookError}. */
export function toWorkbookError(error: unknown): ExcelWorkbookError {
  if (error instanceof ExcelWorkbookError) return error;
  const code = officeCode(error) ?? 'Unknown';
  return new ExcelWorkbookError(REASONS[code] ?? 'failed', code, error);
}

/** Run `work`; whatever it throws leaves as an {@link ExcelWorkbookError}. */
export async function guarded<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw toWorkbookError(error);
  }
}
