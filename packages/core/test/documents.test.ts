import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { demoPartnership } from '../src/demo';
import { FutureVersionError, InvalidDocumentError, SCHEMA_VERSION, migrate, parseDocument } from '../src/index';

const legacy = JSON.parse(readFileSync(new URL('./fixtures/cycle-v0.json', import.meta.url), 'utf8')) as Record<string, unknown>;

test('migrate() upgrades a version-0 cycle and keeps every answer, action and check-in', () => {
  const before = structuredClone(legacy);
  const cycle = parseDocument(legacy, 'cycle');
  assert.deepEqual(legacy, before, 'the stored input is not changed');
  assert.equal(cycle.schemaVersion, SCHEMA_VERSION);
  assert.equal(cycle.stage, 'check-in');
  assert.equal(cycle.selfReview.responses['sr-teaching-consistency']?.evidence, 'Learning walks in spring term');
  assert.equal(cycle.actions[0]?.owner, 'Ben Hartley');
  assert.deepEqual(cycle.checkIns.map((c) => c.dueOn), ['2026-05-31']);
  assert.equal(cycle.audit.length, 1);
  assert.equal('checkIn' in migrate(legacy), false);
});

test('a document from a newer version is refused with a clear message, not downgraded', () => {
  const future = { ...demoPartnership(), schemaVersion: SCHEMA_VERSION + 1 };
  assert.throws(() => parseDocument(future), (e: unknown) => e instanceof FutureVersionError && /newer version/.test(e.message) && e.found === SCHEMA_VERSION + 1);
});

test('malformed documents are refused with the path of each problem', () => {
  const broken = { ...demoPartnership(), phase: 7, schools: [{ id: 's1', name: '', phase: 'college', size: 'small' }] };
  assert.throws(
    () => parseDocument(broken),
    (e: unknown) => e instanceof InvalidDocumentError && e.issues.some((i) => i.startsWith('phase')) && e.issues.some((i) => i.startsWith('schools.0.phase')) && e.issues.some((i) => i.startsWith('schools.0.name')),
  );
  assert.throws(() => parseDocument('{"kind":"cycle"'), /expected an object/);
  assert.throws(() => parseDocument(null), /expected an object/);
  assert.throws(() => parseDocument({ kind: 'grades', id: 'x', schemaVersion: 1 }), /kind: expected one of/);
  assert.throws(() => parseDocument(demoPartnership(), 'cycle'), /kind: expected cycle, found partnership/);
  assert.throws(() => parseDocument({ ...demoPartnership(), schemaVersion: '1' }), /whole number/);
});

test('the demo partnership is a valid document with the programme defaults', () => {
  const p = parseDocument(demoPartnership(), 'partnership');
  assert.equal(p.schools.length, 6);
  assert.equal(p.config.checkInDays, 90);
  assert.deepEqual(p.config.teamSize, { min: 2, max: 4 });
});

test('stored agreement links must be http(s), and a team size range must make sense', () => {
  const p = demoPartnership();
  assert.throws(() => parseDocument({ ...p, mou: { ...p.mou, documentUrl: 'javascript:alert(1)' } }), /mou\.documentUrl/);
  assert.throws(() => parseDocument({ ...p, config: { ...p.config, teamSize: { min: 4, max: 2 } } }), /config\.teamSize: The smallest team size/);
});
