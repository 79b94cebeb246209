import { test } from 'node:test';
import assert from 'node:assert/strict';
import { candidateEmails, matchPerson } from '../src/identity';

const partnership = {
  people: [
    { id: 'u-amara', name: 'Amara Okafor', email: 'Amara.Okafor@Riverside.example' },
    { id: 'u-dev', name: 'Dev Patel', email: 'dev.patel@riverside.example' },
    { id: 'u-tessa', name: 'Tessa Ward' }, // no email: never matched
    { id: 'u-twin-1', name: 'Twin One', email: 'shared@riverside.example' },
    { id: 'u-twin-2', name: 'Twin Two', email: 'SHARED@riverside.example' },
  ],
} as unknown as Parameters<typeof matchPerson>[0];

const user = (fields: Partial<{ email: string; loginName: string; displayName: string }>) => ({ displayName: 'Someone', email: '', loginName: '', ...fields });

test('the page user’s email maps to the partnership person, whatever the case and spaces', () => {
  const match = matchPerson(partnership, user({ email: '  AMARA.okafor@riverside.EXAMPLE ', loginName: 'i:0#.f|membership|amara.okafor@riverside.example' }));
  assert.ok(match.ok);
  assert.equal(match.person.id, 'u-amara');
  assert.equal(match.email, 'amara.okafor@riverside.example');
});

test('no email on the account: the address in the claims login name (the UPN) is used', () => {
  assert.deepEqual(candidateEmails(user({ loginName: 'i:0#.f|membership|Dev.Patel@Riverside.example' })), ['dev.patel@riverside.example']);
  const match = matchPerson(partnership, user({ loginName: 'i:0#.f|membership|Dev.Patel@Riverside.example' }));
  assert.ok(match.ok && match.person.id === 'u-dev');
});

test('email and UPN differ: the email is tried first, then the UPN', () => {
  const match = matchPerson(partnership, user({ email: 'a.okafor@other-alias.example', loginName: 'i:0#.f|membership|dev.patel@riverside.example' }));
  assert.ok(match.ok && match.person.id === 'u-dev' && match.email === 'dev.patel@riverside.example');
});

test('in Teams, the Teams context gives the address', () => {
  const match = matchPerson(partnership, user({}), { context: { user: { userPrincipalName: 'Amara.Okafor@riverside.example' } } });
  assert.ok(match.ok && match.person.id === 'u-amara');
});

test('someone not in the partnership, or with no address at all, is refused, never guessed', () => {
  const stranger = matchPerson(partnership, user({ email: 'visitor@elsewhere.example', displayName: 'Amara Okafor' }));
  assert.deepEqual(stranger, { ok: false, reason: 'not-a-member', emails: ['visitor@elsewhere.example'] });
  assert.deepEqual(matchPerson(partnership, user({ loginName: 'SHAREPOINT\\system' })), { ok: false, reason: 'no-email', emails: [] });
  assert.deepEqual(matchPerson(partnership, undefined), { ok: false, reason: 'no-email', emails: [] });
});

test('two people with the same email: refused as ambiguous', () => {
  assert.deepEqual(matchPerson(partnership, user({ email: 'shared@riverside.example' })), { ok: false, reason: 'ambiguous', emails: ['shared@riverside.example'] });
});
