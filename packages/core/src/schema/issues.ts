/**
 * Validation issues as messages: each zod issue becomes `issue.at` (its path) around a message for
 * its kind, so a person reads it in their own language. The en-GB catalogue writes exactly what
 * zod's English locale writes; a message a schema wrote itself is matched to its catalogue entry
 * (`issue.document-url`, …), or kept as written (`issue.custom`) when no catalogue knows it.
 */
import type * as z from 'zod/mini';
import { enGB } from '../i18n/en-GB';
import { msg, type Message } from '../i18n/messages';

type Issue = z.core.$ZodIssue;

/** Messages the schemas write themselves, by their en-GB text. */
const OWN_MESSAGES: ReadonlyMap<string, Message> = new Map(
  (['issue.document-url', 'issue.team-size-order'] as const).map((id) => [enGB[id]({}), msg(id)]),
);

const str = (value: unknown) => (typeof value === 'bigint' ? `${value}n` : typeof value === 'string' ? `"${value}"` : `${value}`);
const bound = (issue: { exact?: boolean; inclusive?: boolean }) => (issue.exact ? 'exact' : issue.inclusive ? 'inclusive' : 'exclusive');

/** The message zod's English locale would have written for this issue, as a message. */
function defaultMessage(issue: Issue): Message {
  switch (issue.code) {
    case 'invalid_type': {
      // The received type is not kept on the issue; zod's English message names it last.
      const received = /received (\S+)$/.exec(issue.message)?.[1] ?? '';
      return msg('issue.invalid-type', { expected: issue.expected === 'nan' ? 'NaN' : String(issue.expected), received: received });
    }
    case 'invalid_value':
      return issue.values.length === 1 ? msg('issue.invalid-value', { value: str(issue.values[0]) }) : msg('issue.invalid-option', { values: issue.values.map(str) });
    case 'too_big':
      return msg('issue.too-big', { origin: String(issue.origin ?? 'value'), bound: bound(issue), limit: issue.maximum.toString() });
    case 'too_small':
      return msg('issue.too-small', { origin: String(issue.origin), bound: bound(issue), limit: issue.minimum.toString() });
    case 'invalid_format': {
      const f = issue as z.core.$ZodIssueInvalidStringFormat & { prefix?: string; suffix?: string; includes?: string };
      if (f.format === 'starts_with') return msg('issue.starts-with', { prefix: String(f.prefix) });
      if (f.format === 'ends_with') return msg('issue.ends-with', { suffix: String(f.suffix) });
      if (f.format === 'includes') return msg('issue.includes', { includes: String(f.includes) });
      if (f.format === 'regex') return msg('issue.pattern', { pattern: String(f.pattern) });
      return msg('issue.format', { format: f.format });
    }
    case 'not_multiple_of':
      return msg('issue.not-multiple-of', { divisor: String(issue.divisor) });
    case 'unrecognized_keys':
      return msg('issue.unrecognized-keys', { keys: issue.keys.map(str) });
    case 'invalid_key':
      return msg('issue.invalid-key', { origin: String(issue.origin) });
    case 'invalid_union': {
      const options = (issue as { options?: unknown }).options;
      if (Array.isArray(options) && options.length > 0) return msg('issue.invalid-discriminator', { options: options.map(String) });
      return (issue as { inclusive?: boolean }).inclusive === false ? msg('issue.more-than-one-match') : msg('issue.invalid-input');
    }
    case 'invalid_element':
      return msg('issue.invalid-element', { origin: String(issue.origin) });
    default:
      return msg('issue.invalid-input');
  }
}

/** What one issue says, without its path. */
export function issueMessage(issue: Issue): Message {
  const own = OWN_MESSAGES.get(issue.message);
  if (own) return own;
  const fallback = defaultMessage(issue);
  const entry = enGB[fallback.messageId] as (params: Message['params']) => string;
  // Anything zod or a schema wrote that the catalogue would not write word for word is kept as written.
  return entry(fallback.params) === issue.message ? fallback : msg('issue.custom', { text: issue.message });
}

/** Each issue of a zod error as `path: what is wrong`, in messages. */
export function issueMessages(error: z.core.$ZodError): Message[] {
  return error.issues.map((issue) =>
    msg('issue.at', { path: issue.path.length ? issue.path.map(String).join('.') : msg('issue.document'), issue: issueMessage(issue) }),
  );
}
