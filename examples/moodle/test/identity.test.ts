import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matchMoodleUser, normaliseEmail } from '../src/identity.js';
import { demoData } from '../../../test/hosts/support/demo-data';

const { partnership } = demoData(); // every person with first.last@riverside.example

test('the Moodle user ($USER->email) is the partnership person with that email, whatever the case and spaces', () => {
  const match = matchMoodleUser(partnership, '  Dev.Patel@Riverside.EXAMPLE ');
  assert.ok(match.ok);
  assert.equal(match.person.id, 'u-dev');
  assert.equal(normaliseEmail(' A@B.Example '), 'a@b.example');
});

test('every person of the demo partnership maps to themselves', () => {
  for (const person of partnership.people) {
    const match = matchMoodleUser(partnership, person.email?.toUpperCase());
    assert.ok(match.ok && match.person.id === person.id, person.id);
  }
});

test('no email, not an email, or nobody with it: no actor', () => {
  assert.deepEqual(matchMoodleUser(partnership, ''), { ok: false, reason: 'noEmail' });
  assert.deepEqual(matchMoodleUser(partnership, undefined), { ok: false, reason: 'noEmail' });
  assert.deepEqual(matchMoodleUser(partnership, 'dev.patel'), { ok: false, reason: 'noEmail' });
  assert.deepEqual(matchMoodleUser(partnership, 'dev.patel@elsewhere.example'), { ok: false, reason: 'notMember' });
});

test('two people with the same email: refused, never guessed', () => {
  const twins = { people: [...partnership.people, { id: 'u-copy', email: 'DEV.PATEL@riverside.example' }] };
  assert.deepEqual(matchMoodleUser(twins, 'dev.patel@riverside.example'), { ok: false, reason: 'ambiguous' });
});
