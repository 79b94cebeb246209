/**
 * Validation issues as messages: each zod issue becomes `issue.at` (its path) around a message for
 * its kind with zod's fields as parameters, so a person reads it in their own language. en-GB says
 * what zod's English locale wrote (the `zod` parameter); a message a schema wrote itself is matched
 * to its catalogue entry (`issue.document-url`, …), or kept as written (`issue.custom`) when no
 * catalogue knows it.
 */
import type * as z from 'zod/mini';
import { useEnglish } from '../i18n/locale';
import { enIssues } from '../i18n/en/issues';
import { msg, type Message } from '../i18n/messages';

type Issue = z.core.$ZodIssue;

/** Messages the schemas write themselves, by their en-GB text. */
const OWN_MESSAGES: ReadonlyMap<string, Message> = new Map(
  (['issue.document-url', 'issue.team-size-order'] as const).map((id) => [enIssues[id]({}), msg(id)]),
);
/** How zod's English locale begins each of its own messages (a schema's own message does not). */
const ZOD_ENGLISH = /^(Invalid|Too big|Too small|Unrecognized key)/;

const str = (value: unknown) => (typeof value === 'bigint' ? `${value}n` : typeof value === 'string' ? `"${value}"` : `${value}`);
const bound = (issue: { exact?: boolean; inclusive?: boolean }) => (issue.exact ? 'exact' : issue.inclusive ? 'inclusive' : 'exclusive');

/** The message for an issue zod wrote in its own words. */
function zodMessage(issue: Issue): Message {
  const zod = issue.message;
  switch (issue.code) {
    case 'invalid_type':
      // The received type is not kept on the issue; zod's English message names it last.
      return msg('issue.invalid-type', { expected: issue.expected === 'nan' ? 'NaN' : String(issue.expected), received: /received (\S+)$/.exec(zod)?.[1] ?? '', zod });
    case 'invalid_value':
      return issue.values.length === 1 ? msg('issue.invalid-value', { value: str(issue.values[0]), zod }) : msg('issue.invalid-option', { values: issue.values.map(str), zod });
    case 'too_big':
      return msg('issue.too-big', { origin: String(issue.origin ?? 'value'), bound: bound(issue), limit: issue.maximum.toString(), zod });
    case 'too_small':
      return msg('issue.too-small', { origin: String(issue.origin), bound: bound(issue), limit: issue.minimum.toString(), zod });
    case 'invalid_format': {
      const f = issue as z.core.$ZodIssueInvalidStringFormat & { prefix?: string; suffix?: string; includes?: string };
      if (f.format === 'starts_with') return msg('issue.starts-with', { prefix: String(f.prefix), zod });
      if (f.format === 'ends_with') return msg('issue.ends-with', { suffix: String(f.suffix), zod });
      if (f.format === 'includes') return msg('issue.includes', { includes: String(f.includes), zod });
      if (f.format === 'regex') return msg('issue.pattern', { pattern: String(f.pattern), zod });
      return msg('issue.format', { format: f.format, zod });
    }
    case 'not_multiple_of':
      return msg('issue.not-multiple-of', { divisor: String(issue.divisor), zod });
    case 'unrecognized_keys':
      return msg('issue.unrecognized-keys', { keys: issue.keys.map(str), zod });
    case 'invalid_key':
      return msg('issue.invalid-key', { origin: String(issue.origin), zod });
    case 'invalid_union': {
      const options = (issue as { options?: unknown }).options;
      if (Array.isArray(options) && options.length > 0) return msg('issue.invalid-discriminator', { options: options.map(String), zod });
      return (issue as { inclusive?: boolean }).inclusive === false ? msg('issue.more-than-one-match', { zod }) : msg('issue.invalid-input', { zod });
    }
    case 'invalid_element':
      return msg('issue.invalid-element', { origin: String(issue.origin), zod });
    default:
      return msg('issue.invalid-input', { zod });
  }
}

/** What one issue says, without its path. */
export function issueMessage(issue: Issue): Message {
  useEnglish(enIssues);
  return OWN_MESSAGES.get(issue.message) ?? (ZOD_ENGLISH.test(issue.message) ? zodMessage(issue) : msg('issue.custom', { text: issue.message }));
}

/** Each issue of a zod error as `path: what is wrong`, in messages. */
export function issueMessages(error: z.core.$ZodError): Message[] {
  return error.issues.map((issue) =>
    msg('issue.at', { path: issue.path.length ? issue.path.map(String).join('.') : msg('issue.document'), issue: issueMessage(issue) }),
  );
}
