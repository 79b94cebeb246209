/**
 * Who is signed in, as a person of the partnership. SharePoint knows the user's Microsoft 365
 * account; the partnership record knows people by id, with their work email. The match is by email,
 * case-insensitive: the user's `email`, else the address in the login name (the UPN, which is
 * usually the email), else the Teams login hint. No match means no access: the web part says so
 * and shows no widget. Roles (reviewer, headteacher…) come from the partnership, never from
 * SharePoint groups.
 */
import type { Partnership } from '@spp/core';
import type { MicrosoftTeamsLike, SPUserLike } from './spfx';

type Person = Partnership['people'][number];

const normalise = (email: string): string => email.trim().toLowerCase();
const EMAIL = /^[^\s@|]+@[^\s@|]+$/;

/**
 * The email addresses the signed-in user may be known by, most specific first, lower-cased,
 * without duplicates. `i:0#.f|membership|amara@trust.example` -> `amara@trust.example`.
 */
export function candidateEmails(user: Partial<SPUserLike> | undefined, teams?: MicrosoftTeamsLike): string[] {
  const found: string[] = [];
  const add = (value: string | undefined) => {
    if (!value) return;
    const email = normalise(value.slice(value.lastIndexOf('|') + 1));
    if (EMAIL.test(email) && !found.includes(email)) found.push(email);
  };
  add(user?.email);
  add(user?.loginName);
  add(teams?.context?.user?.userPrincipalName);
  add(teams?.context?.user?.loginHint);
  return found;
}

export type IdentityMatch =
  | { ok: true; person: Person; email: string }
  | { ok: false; reason: 'no-email' | 'not-a-member' | 'ambiguous'; emails: string[] };

/**
 * Finds the partnership person for the signed-in user. Two people with the same email is an
 * error in the partnership record: refused rather than guessed.
 */
export function matchPerson(partnership: Pick<Partnership, 'people'>, user: Partial<SPUserLike> | undefined, teams?: MicrosoftTeamsLike): IdentityMatch {
  const emails = candidateEmails(user, teams);
  if (emails.length === 0) return { ok: false, reason: 'no-email', emails };
  for (const email of emails) {
    const people = partnership.people.filter((p) => p.email && normalise(p.email) === email);
    if (people.length > 1) return { ok: false, reason: 'ambiguous', emails: [email] };
    if (people[0]) return { ok: true, person: people[0], email };
  }
  return { ok: false, reason: 'not-a-member', emails };
}
