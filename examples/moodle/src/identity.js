// The Moodle user as an SPP actor. The plugin prints the signed-in user's email ($USER->email); the
// person in the partnership record with that email (compared trimmed and case-insensitively) is
// the actor. No such person, or two people with that email, means no access: the page says why
// and shows no widget. Roles (head, reviewer, Improvement Champion…) come from the partnership
// record, never from Moodle roles.

/** @param {string | undefined | null} email */
export const normaliseEmail = (email) => (email ?? '').trim().toLowerCase();

/**
 * @param {{ people: Array<{ id: string, email?: string }> }} partnership
 * @param {string | undefined | null} email the Moodle user's email
 * @returns {{ ok: true, person: { id: string, email?: string } } | { ok: false, reason: 'noEmail' | 'notMember' | 'ambiguous' }}
 */
export function matchMoodleUser(partnership, email) {
  const wanted = normaliseEmail(email);
  if (!wanted || !wanted.includes('@')) return { ok: false, reason: 'noEmail' };
  const people = partnership.people.filter((p) => normaliseEmail(p.email) === wanted);
  if (people.length > 1) return { ok: false, reason: 'ambiguous' };
  return people[0] ? { ok: true, person: people[0] } : { ok: false, reason: 'notMember' };
}
