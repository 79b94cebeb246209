import { expect } from '@open-wc/testing';
import { indexedDbOutbox, outboxName, type Outbox, type RefusedCommand } from '../../src/connection/outbox';

// Mocha globals provided by @web/test-runner (the repo has no @types/mocha).
declare const describe: (name: string, body: () => void) => void;
declare const it: (name: string, body: () => Promise<void>) => void;
declare const afterEach: (body: () => Promise<void>) => void;

let counter = 0;
const opened: Outbox[] = [];
const names: string[] = [];
/** A partnership id of its own per test, so tests never share a database. */
const freshPartnership = () => `p-test-${Date.now()}-${counter++}`;
const outboxFor = (partnershipId: string, personId: string) => {
  names.push(outboxName(partnershipId, personId));
  const outbox = indexedDbOutbox({ partnershipId, personId });
  opened.push(outbox);
  return outbox;
};
const command = (n: number, note = `note ${n}`) => ({
  commandId: `c-${n}`,
  partnershipId: 'p-riverside',
  kind: 'cycle' as const,
  id: 'c-oakfield',
  event: { type: 'RECORD_EVIDENCE', item: { id: `ev-${n}`, note } },
  queuedAt: new Date(Date.UTC(2026, 9, 14, 10, n)).toISOString(),
});

afterEach(async () => {
  for (const outbox of opened.splice(0)) outbox.close();
  for (const name of names.splice(0)) {
    await new Promise((resolve) => {
      const request = indexedDB.deleteDatabase(name);
      request.onsuccess = request.onerror = request.onblocked = resolve;
    });
  }
});

describe('indexedDbOutbox', () => {
  it('stores commands with the device id and increasing numbers, and keeps them across a reload', async () => {
    const partnership = freshPartnership();
    const first = outboxFor(partnership, 'u-erin');
    const a = await first.add(command(1));
    const b = await first.add(command(2, 'Line one\nline two, “quoted” 🙂'));
    const deviceId = await first.deviceId();
    expect(deviceId).to.match(/^d-[0-9a-f]{32}$/);
    expect([a.seq, b.seq]).to.deep.equal([1, 2]);
    expect(a.deviceId).to.equal(deviceId);
    first.close();

    // A new page on the same laptop, same person: the same device, the same queue, the next number.
    const again = outboxFor(partnership, 'u-erin');
    expect(await again.deviceId()).to.equal(deviceId);
    const waiting = await again.pending();
    expect(waiting.map((c) => [c.commandId, c.seq])).to.deep.equal([['c-1', 1], ['c-2', 2]]);
    expect((waiting[1]!.event['item'] as { note: string }).note).to.equal('Line one\nline two, “quoted” 🙂');
    expect((await again.add(command(3))).seq).to.equal(3);
    await again.remove('c-1');
    expect((await again.pending()).map((c) => c.commandId)).to.deep.equal(['c-2', 'c-3']);
  });

  it('keeps people and partnerships apart: one database each', async () => {
    const partnership = freshPartnership();
    const erin = outboxFor(partnership, 'u-erin');
    const amara = outboxFor(partnership, 'u-amara');
    const elsewhere = outboxFor(freshPartnership(), 'u-erin');
    await erin.add(command(1));
    expect(await amara.pending()).to.deep.equal([]);
    expect(await elsewhere.pending()).to.deep.equal([]);
    expect(await amara.deviceId()).not.to.equal(await erin.deviceId());
    expect((await amara.add(command(9))).seq).to.equal(1);
    expect(erin.name).to.equal(`spp-outbox:${partnership}:u-erin`);
  });

  it('a refusal replaces its command in one step, is kept until dismissed; renumbering keeps the order', async () => {
    const outbox = outboxFor(freshPartnership(), 'u-dev');
    for (const n of [1, 2, 3]) await outbox.add(command(n));
    const refused: RefusedCommand = {
      commandId: 'c-1',
      kind: 'cycle',
      id: 'c-oakfield',
      event: command(1).event,
      refusal: { code: 'wrong-stage', reason: 'This cannot be done while the review is at the paused stage.' },
      at: '2026-10-14T10:05:00.000Z',
    };
    await outbox.refuse('c-1', refused);
    expect((await outbox.pending()).map((c) => c.commandId)).to.deep.equal(['c-2', 'c-3']);
    expect(await outbox.refused()).to.deep.equal([refused]);

    const renumbered = await outbox.renumber(1);
    expect(renumbered.map((c) => [c.commandId, c.seq])).to.deep.equal([['c-2', 1], ['c-3', 2]]);
    expect((await outbox.add(command(4))).seq).to.equal(3);
    expect((await outbox.pending()).map((c) => c.seq)).to.deep.equal([1, 2, 3]);

    await outbox.dismiss('c-1');
    expect(await outbox.refused()).to.deep.equal([]);
  });
});
