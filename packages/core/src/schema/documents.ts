/**
 * Stored documents: every one carries `kind`, `id` and `schemaVersion`. `parseDocument()` is the one
 * door raw data comes through: it migrates old versions, refuses future ones and validates the rest.
 */
import * as z from 'zod/mini';
import '../zod'; // configures zod (jitless, en): listed in sideEffects so bundlers keep it
import { FutureVersionError, InvalidDocumentError } from '../errors';
import { Cycle } from './cycle';
import { FrameworkPack } from './framework';
import { Partnership, SCHEMA_VERSION } from './partnership';
import { Reflection } from './reflection';
import { Schedule } from './schedule';
import { issueMessages } from './issues';
import { formatMessage, type LocaleLike } from '../i18n/locale';

export const DOCUMENT_SCHEMAS = {
  partnership: Partnership,
  cycle: Cycle,
  framework: FrameworkPack,
  schedule: Schedule,
  reflection: Reflection,
} as const;

export type DocumentKind = keyof typeof DOCUMENT_SCHEMAS;
export type DocumentOf<K extends DocumentKind> = z.infer<(typeof DOCUMENT_SCHEMAS)[K]>;
export type SppDocument = DocumentOf<DocumentKind>;

export const DOCUMENT_KINDS = Object.keys(DOCUMENT_SCHEMAS) as DocumentKind[];

export function isDocumentKind(value: unknown): value is DocumentKind {
  return typeof value === 'string' && Object.hasOwn(DOCUMENT_SCHEMAS, value);
}

/**
 * Renders zod issues as `path: message` lines a person can act on, in `locale` (default en-GB).
 * `issueMessages(error)` gives the same as messages.
 */
export function describeIssues(error: z.core.$ZodError, locale?: LocaleLike): string[] {
  return issueMessages(error).map((m) => formatMessage(m, locale));
}

type Migration = (doc: Record<string, unknown>) => Record<string, unknown>;

/**
 * Upgrades from version N to N+1, keyed by N. Version 0 is the pre-release format (no
 * `schemaVersion`, camelCase stages, a single `checkIn` object instead of `checkIns`).
 */
const MIGRATIONS: Record<number, Migration> = {
  0: (doc) => {
    const next: Record<string, unknown> = { ...doc, schemaVersion: 1 };
    if (doc['kind'] === 'cycle') {
      const legacyStages: Record<string, string> = {
        selfReview: 'self-review',
        preReview: 'pre-review',
        actionPlan: 'action-plan',
        checkIn: 'check-in',
      };
      const rename = (value: unknown) => (typeof value === 'string' && legacyStages[value]) || value;
      for (const key of ['stage', 'pausedFrom'] as const) if (key in doc) next[key] = rename(doc[key]);
      if (Array.isArray(doc['audit'])) {
        next['audit'] = doc['audit'].map((entry: unknown) =>
          entry && typeof entry === 'object' ? { ...entry, from: rename((entry as Record<string, unknown>)['from']), to: rename((entry as Record<string, unknown>)['to']) } : entry,
        );
      }
      if ('checkIn' in doc) {
        const checkIn = doc['checkIn'];
        next['checkIns'] = checkIn && typeof checkIn === 'object' ? [checkIn] : [];
        delete next['checkIn'];
      }
    }
    return next;
  },
};

/** Upgrades an older document to the current schema version. Pure: the input is not changed. */
export function migrate(raw: Record<string, unknown>): Record<string, unknown> {
  let version = raw['schemaVersion'] === undefined ? 0 : raw['schemaVersion'];
  let doc = raw;
  while (typeof version === 'number' && version < SCHEMA_VERSION) {
    const step = MIGRATIONS[version];
    if (!step) throw new InvalidDocumentError(describe(raw), [`schemaVersion: no upgrade from version ${version}`]);
    doc = step(doc);
    version = doc['schemaVersion'] as number;
  }
  return doc;
}

function describe(raw: unknown): string {
  if (raw && typeof raw === 'object') {
    const { kind, id } = raw as Record<string, unknown>;
    if (typeof kind === 'string' && typeof id === 'string') return `The ${kind} "${id.slice(0, 80)}"`;
  }
  return 'The document';
}

/**
 * Validates (and if needed migrates) raw stored data as a document of `expectedKind` (or any kind).
 * Throws `FutureVersionError` or `InvalidDocumentError` with a specific message; never mutates `raw`.
 */
export function parseDocument<K extends DocumentKind>(raw: unknown, expectedKind?: K): DocumentOf<K> {
  const what = describe(raw);
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new InvalidDocumentError(what, ['(document): expected an object']);
  }
  const record = raw as Record<string, unknown>;
  const version = record['schemaVersion'];
  if (version !== undefined && (typeof version !== 'number' || !Number.isInteger(version) || version < 0)) {
    throw new InvalidDocumentError(what, ['schemaVersion: expected a whole number']);
  }
  if (typeof version === 'number' && version > SCHEMA_VERSION) {
    throw new FutureVersionError(what, version, SCHEMA_VERSION);
  }
  const kind = record['kind'];
  if (!isDocumentKind(kind)) {
    throw new InvalidDocumentError(what, [`kind: expected one of ${DOCUMENT_KINDS.join(', ')}`]);
  }
  if (expectedKind && kind !== expectedKind) {
    throw new InvalidDocumentError(what, [`kind: expected ${expectedKind}, found ${kind}`]);
  }
  const upgraded = migrate(record);
  const result = DOCUMENT_SCHEMAS[kind].safeParse(upgraded);
  if (!result.success) throw new InvalidDocumentError(what, describeIssues(result.error));
  return result.data as DocumentOf<K>;
}
