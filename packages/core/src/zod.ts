/**
 * The one place core configures zod. `zod/mini` keeps the core inside its size budget, and
 * `jitless` stops zod from probing `new Function`, which a strict script CSP (SharePoint Online)
 * reports as a violation.
 */
import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';

z.config({ jitless: true, ...en() });


/** A non-empty id: letters, digits, `-`, `_`, `.` and `:` so ids are safe in URLs, keys and attributes. */
export const Id = z.string().check(z.minLength(1), z.maxLength(120), z.regex(/^[A-Za-z0-9_.:-]+$/));
/** A calendar date, `YYYY-MM-DD`. */
export const IsoDate = z.iso.date();
/** An instant, ISO 8601 with offset. */
export const IsoDateTime = z.iso.datetime({ offset: true });
/** The most characters a free-text field holds; inputs use it as their `maxlength`. */
export const TEXT_MAX_LENGTH = 20_000;
/** Free text typed by a person: bounded so a paste cannot fill a store, never interpreted as markup. */
export const Text = z.string().check(z.maxLength(TEXT_MAX_LENGTH));
/** The most characters a label (a name, a title) holds. */
export const LABEL_MAX_LENGTH = 300;
/** A short single-line label (names, titles). */
export const Label = z.string().check(z.minLength(1), z.maxLength(LABEL_MAX_LENGTH));
