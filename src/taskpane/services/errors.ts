/**
 * Errors as a finance officer reads them: every failure of the adapter or the worker becomes one
 * of a few localised messages. Office's own error text is not meant for end users (and arrives
 * in the wrong language), so only its code is looked at.
 */
import type { UiKey } from '../../i18n/ui';

/** A failure the pane can show: the message key of the text to show. */
export class PaneError extends Error {
  constructor(
    readonly messageKey: UiKey,
    readonly inner?: unknown,
  ) {
    super(messageKey);
    this.name = 'PaneError';
  }
}

/** Office.js error codes (OfficeExtension.ErrorCodes) that deserve their own message. */
const OFFICE_CODES: Readonly<Record<string, UiKey>> = {
  InvalidOperationInCellEditMode: 'error.cellEditMode',
  RequestPayloadSizeLimitExceeded: 'error.tooLarge',
  ResponsePayloadSizeLimitExceeded: 'error.tooLarge',
  AccessDenied: 'error.accessDenied',
  ApiNotFound: 'error.notSupported',
  NotImplemented: 'error.notSupported',
  UnsupportedOperation: 'error.notSupported',
  ItemNotFound: 'error.itemNotFound',
  InvalidReference: 'error.itemNotFound',
  Conflict: 'error.conflict',
  ItemAlreadyExists: 'error.conflict',
};

/** The Excel adapter's own reasons (src/workbook/excel/errors.ts WorkbookFailure). */
const ADAPTER_REASONS: Readonly<Record<string, UiKey>> = {
  cellEditMode: 'error.cellEditMode',
  tooLarge: 'error.tooLarge',
  accessDenied: 'error.accessDenied',
  notSupported: 'error.notSupported',
  itemNotFound: 'error.itemNotFound',
  conflict: 'error.conflict',
};

/** A string property of an error object, or null. */
const stringField = (error: unknown, field: 'code' | 'reason'): string | null => {
  if (typeof error !== 'object' || error === null || !(field in error)) return null;
  const value = (error as Record<string, unknown>)[field];
  return typeof value === 'string' ? value : null;
};

/**
 * The message key for any failure: a PaneError keeps its own, the adapter's error by its reason,
 * an Office error by its code, and anything else is `fallback` (what the pane was trying to do).
 */
export function messageKeyOf(error: unknown, fallback: UiKey): UiKey {
  if (error instanceof PaneError) return error.messageKey;
  const reason = stringField(error, 'reason');
  const code = stringField(error, 'code');
  return (
    (reason !== null ? ADAPTER_REASONS[reason] : undefined) ??
    (code !== null ? OFFICE_CODES[code] : undefined) ??
    fallback
  );
}

/** Wrap a failure as a PaneError, so callers only ever see message keys. */
export const toPaneError = (error: unknown, fallback: UiKey): PaneError =>
  error instanceof PaneError ? error : new PaneError(messageKeyOf(error, fallback), error);
