/**
 * Errors shaped like `OfficeExtension.Error`: a stable `code` from Excel.ErrorCodes and a message
 * meant for developers, so the adapter's error mapping meets the same shape as in Excel.
 */
export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'RichApi.Error';
  }
}

export const itemNotFound = (what: string): FakeOfficeError =>
  new FakeOfficeError('ItemNotFound', `The requested resource doesn't exist: ${what}.`);

export const invalidArgument = (what: string): FakeOfficeError =>
  new FakeOfficeError('InvalidArgument', `The argument is invalid or missing: ${what}.`);

export const itemAlreadyExists = (what: string): FakeOfficeError =>
  new FakeOfficeError('ItemAlreadyExists', `The resource being created already exists: ${what}.`);

export const invalidOperation = (what: string): FakeOfficeError =>
  new FakeOfficeError('InvalidOperation', `The operation is not allowed: ${what}.`);

/** Reading a property that was not loaded and synced, as Office.js throws it. */
export const propertyNotLoaded = (property: string): FakeOfficeError =>
  new FakeOfficeError(
    'PropertyNotLoaded',
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
