/** Typed errors with stable `code`s, so hosts and widgets can explain what went wrong. */

export type SppErrorCode =
  | 'invalid-document'
  | 'future-version'
  | 'unreadable-record'
  | 'wrong-partnership'
  | 'conflict'
  | 'not-found'
  | 'storage-failed'
  | 'refused';

export class SppError extends Error {
  readonly code: SppErrorCode;
  constructor(code: SppErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'SppError';
    this.code = code;
  }
}

/** A document that does not match its schema. `issues` lists each problem with its path. */
export class InvalidDocumentError extends SppError {
  readonly issues: readonly string[];
  constructor(what: string, issues: readonly string[]) {
    super('invalid-document', `${what} is not valid: ${issues.slice(0, 5).join('; ')}${issues.length > 5 ? ` (and ${issues.length - 5} more)` : ''}`);
    this.name = 'InvalidDocumentError';
    this.issues = issues;
  }
}

/** A document written by a newer version of the SDK: it is left as it is, never downgraded. */
export class FutureVersionError extends SppError {
  readonly found: number;
  readonly supported: number;
  constructor(what: string, found: number, supported: number) {
    super(
      'future-version',
      `${what} was saved by a newer version of this software (data version ${found}; this version reads up to ${supported}). It has been left untouched: update the software to open it.`,
    );
    this.name = 'FutureVersionError';
    this.found = found;
    this.supported = supported;
  }
}

/** A stored record that cannot be read. The store keeps it untouched and refuses to overwrite it. */
export class UnreadableRecordError extends SppError {
  readonly key: string;
  constructor(key: string, reason: SppError | Error) {
    super('unreadable-record', `The saved record ${key} cannot be read and has been kept as it is. ${reason.message}`, { cause: reason });
    this.name = 'UnreadableRecordError';
    this.key = key;
  }
}

/**
 * A readable record that belongs to another partnership (e.g. a shared store, or a record copied
 * across under the same id). None of its content is shown and it is never written.
 */
export class WrongPartnershipError extends SppError {
  readonly key: string;
  /** The partnership the record belongs to. */
  readonly found: string;
  /** The partnership it was opened for. */
  readonly expected: string;
  constructor(key: string, found: string, expected: string) {
    super('wrong-partnership', 'This record belongs to a different partnership, so none of it is shown here. It has been left untouched.');
    this.name = 'WrongPartnershipError';
    this.key = key;
    this.found = found;
    this.expected = expected;
  }
}

/** Someone else saved the document since it was read: nothing was overwritten. */
export class ConflictError extends SppError {
  readonly key: string;
  readonly expected: number;
  readonly actual: number;
  constructor(key: string, expected: number, actual: number) {
    super(
      'conflict',
      `${key} was changed elsewhere (for example in another tab) since it was opened: your change was not saved over it. Reload to see the latest version.`,
    );
    this.name = 'ConflictError';
    this.key = key;
    this.expected = expected;
    this.actual = actual;
  }
}

export class StorageFailedError extends SppError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('storage-failed', message, options);
    this.name = 'StorageFailedError';
  }
}
