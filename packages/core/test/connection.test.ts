/**
 * serverConnection against the real @spp/server over HTTP (PGlite in memory, real JWTs): edits
 * applied at once through core, then the server's answer as the truth; refusals kept with core's
 * reason and the person's text while the queue goes on; the outbox waiting through a server that
 * is down and a sign-in that expired, then sent in order and applied once; a colleague's change
 * arriving through the feed, rebasing edits still waiting; a dropped feed resumed with Last-Event-ID.
 * Outages are real: a small HTTP proxy in front of the server is stopped and started again.
 */
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, test } from 'node:test';
import { createServer, request as httpRequest } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import {
  explainRefusal,
  loadLocale,
  memoryOutbox,
  readEventStream,
  serverConnection,
  type ConnectionEvent,
  type Cycle,
  type Outbox,
  type ServerConnection,
  type ServerConnectionOptions,
} from '../src/index';
import { drivers, startTestServer, type TestServer } from '../../server/test/support/harness';

const PARTNERSHIP = 'p-riverside';

async function until(check: () => boolean, what: string, ms = 8_000): Promise<void> {
  for (const end = Date.now() + ms; !check(); ) {
    if (Date.now() > end) throw new Error(`timed out waiting: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const evidenceIds = (cycle: Cycle | undefined) => (cycle?.review.evidence ?? []).map((e) => e.id);
const count = <T>(items: readonly T[], item: T) => items.filter((x) => x === item).length;

interface Proxy {
  url: string;
  /** Every request that reached the proxy. */
  requests: Array<{ method: string; path: string; lastEventId: string | undefined; answer: string }>;
  /** The next this many POSTs reach the server, but their answers are cut off on the way back. */
  dropAnswers: number;
  down(): Promise<void>;
  up(): Promise<void>;
}

/** A pass-through HTTP proxy on a fixed loopback port, to take the server away and bring it back. */
async function startProxy(target: string): Promise<Proxy & { close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const proxy = {
    url: '',
    requests: [] as Proxy['requests'],
    dropAnswers: 0,
  };
  const server = createServer((req, res) => {
    const lastEventId = req.headers['last-event-id'];
    const seen = { method: req.method ?? '', path: req.url ?? '', lastEventId: typeof lastEventId === 'string' ? lastEventId : undefined, answer: '' };
    proxy.requests.push(seen);
    const drop = req.method === 'POST' && proxy.dropAnswers > 0;
    if (drop) proxy.dropAnswers -= 1;
    const upstream = httpRequest(`${target}${req.url}`, { method: req.method, headers: req.headers }, (answer) => {
      if (drop) {
        answer.resume();
        answer.on('end', () => req.socket.destroy());
        return;
      }
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.on('data', (chunk: Buffer) => (seen.answer += chunk.toString('utf8')));
      answer.pipe(res);
    });
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  const listen = (port: number) => new Promise<void>((resolve) => server.listen(port, '127.0.0.1', () => resolve()));
  await listen(0);
  const port = (server.address() as AddressInfo).port;
  proxy.url = `http://127.0.0.1:${port}`;
  const down = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      for (const socket of sockets) socket.destroy();
    });
  return Object.assign(proxy, { down, up: () => listen(port), close: () => (server.listening ? down() : Promise.resolve()) });
}

describe('readEventStream', () => {
  const streamOf = (chunks: string[]) =>
    new ReadableStream<Uint8Array>({
      start(controller) {
        for (const chunk of chunks) controller.enqueue(new TextEncoder().encode(chunk));
        controller.close();
      },
    });

  test('fields, comments, multi-line data, ids carried over, CRLF and CR split anywhere', async () => {
    const text = '\uFEFF: keep-alive\r\nevent: ready\r\ndata: {"a":1}\r\nretry: 3000\r\n\r\nid: 7.1\nevent: change\ndata: one\ndata: two\n\ndata:three\r\rid\n\nevent: change\ndata: unfinished';
    // Every split point, so a CRLF cut in half and a multi-byte character never break the reading.
    for (const at of [1, 5, 17, 30, 44, 45, 60, 75, text.length - 3]) {
      const messages = [];
      for await (const m of readEventStream(streamOf([text.slice(0, at), text.slice(at)]))) messages.push(m);
      assert.deepEqual(
        messages,
        [
          { event: 'ready', data: '{"a":1}', id: undefined, retry: 3000 },
          { event: 'change', data: 'one\ntwo', id: '7.1' },
          { event: 'message', data: 'three', id: '7.1' },
        ],
        `split at ${at}`,
      );
    }
  });
});

describe('serverConnection against @spp/server on PGlite', () => {
  let server: TestServer;
  const open: ServerConnection[] = [];
  const proxies: Array<{ close(): Promise<void> }> = [];

  before(async () => {
    server = await startTestServer(await drivers()[0]!.open());
  });
  after(async () => {
    await server?.close();
  });
  afterEach(async () => {
    for (const connection of open.splice(0)) connection.close();
    for (const proxy of proxies.splice(0)) await proxy.close();
  });

  /** A connection for a person, signed in with a real token; `events` collects what it announces. */
  async function connect(personId: string, extra: Partial<ServerConnectionOptions> = {}) {
    const { token } = await server.as(personId);
    const outbox = extra.outbox ?? memoryOutbox();
    const connection = serverConnection({
      baseUrl: server.url,
      partnershipId: PARTNERSHIP,
      personId,
      token: () => token,
      retry: { baseDelayMs: 20, maxDelayMs: 200 },
      ...extra,
      outbox,
    });
    open.push(connection);
    const events: ConnectionEvent[] = [];
    connection.subscribe((event) => events.push(event));
    return { connection, outbox, events };
  }
  const proxy = async () => {
    const p = await startProxy(server.url);
    proxies.push(p);
    return p;
  };
  const onServer = async (personId: string, id: string) => (await (await server.as(personId)).get(`/cycles/${id}`)).body as { revision: number; document: Cycle };

  test('an edit shows at once (core applied it here), then the server’s answer is the truth', async () => {
    const { connection: erin, outbox, events } = await connect('u-erin'); // on the Oakfield review team
    const before = (await erin.get('cycle', 'c-oakfield'))!;
    assert.equal(before.stage, 'review');
    const revision = before.revision;

    const note = 'Year 4 pupils explained why they chose their books; two used the class reading journal.';
    const sent = await erin.send('cycle', 'c-oakfield', { type: 'RECORD_EVIDENCE', item: { id: 'ev-optimistic', activity: 'focus-group', note } });
    assert.ok(sent.ok);
    assert.equal(sent.document?.review.evidence.find((e) => e.id === 'ev-optimistic')?.note, note, 'shown before the server answers');
    assert.equal(sent.document?.revision, revision, 'still the revision the server sent');
    assert.deepEqual(erin.state('cycle', 'c-oakfield'), { waiting: 1 });
    assert.equal((await outbox.pending())[0]?.commandId, sent.commandId, 'in the outbox before it is sent');

    await erin.flush();
    assert.equal(erin.state('cycle', 'c-oakfield'), 'saved');
    const now = erin.view('cycle', 'c-oakfield')!;
    assert.equal(now.revision, revision + 1, "the server's answer");
    assert.equal(count(evidenceIds(now), 'ev-optimistic'), 1);
    const stored = await onServer('u-amara', 'c-oakfield');
    assert.equal(stored.revision, revision + 1);
    assert.equal(stored.document.review.evidence.find((e) => e.id === 'ev-optimistic')?.note, note);
    assert.deepEqual(await outbox.pending(), []);
    await until(() => events.some((e) => e.type === 'record' && e.origin === 'server'), 'the answer announced');
    assert.ok(events.some((e) => e.type === 'record' && e.origin === 'local'), 'the optimistic apply announced');

    // Core refuses here first: nothing is stored, nothing is sent.
    const pause = await erin.send('cycle', 'c-oakfield', { type: 'PAUSE' });
    assert.equal(pause.ok, false);
    assert.ok(!pause.ok && pause.refusal.rule === 'partnership-lead-only' && /partnership lead/.test(pause.refusal.reason));
    assert.equal(erin.status().waiting, 0);
    assert.equal((await onServer('u-amara', 'c-oakfield')).revision, revision + 1);
  });

  test('a refusal on the server’s latest state is kept with core’s reason and the person’s text; the queue goes on', async () => {
    // No feed: this device does not hear that the review has been paused meanwhile.
    const { connection: dev, outbox, events } = await connect('u-dev', { live: false });
    assert.equal((await dev.get('cycle', 'c-kelmarsh'))?.stage, 'pre-review');
    const amara = await server.as('u-amara');
    assert.equal((await amara.command('cycles', 'c-kelmarsh', { type: 'PAUSE' })).status, 200);

    const text = 'Agreed with Amara by phone: start with reading in Year 6, then families.';
    const first = await dev.send('cycle', 'c-kelmarsh', { type: 'UPDATE_REVIEW_PLAN', focusSummary: text });
    const second = await dev.send('reflection', 'r-connection-test', { type: 'CREATE_REFLECTION', workshop: 'tracking-progress' });
    assert.ok(first.ok && second.ok, 'core accepts both on what this device knows');
    assert.deepEqual(dev.state('cycle', 'c-kelmarsh'), { waiting: 1 });
    await dev.flush();

    const [refused, ...more] = dev.refused();
    assert.equal(more.length, 0);
    assert.equal(refused?.commandId, first.ok ? first.commandId : '');
    assert.equal(refused?.refusal.code, 'wrong-stage');
    assert.equal(refused?.refusal.reason, 'This cannot be done while the review is at the paused stage.');
    // The server's message id and parameters come too, so a Welsh widget says it in Welsh.
    assert.equal(refused?.refusal.messageId, 'refusal.wrong-stage');
    await loadLocale('cy');
    assert.match(explainRefusal(refused!.refusal, 'cy'), /^Ni ellir gwneud hyn /);
    assert.equal(refused?.event['focusSummary'], text, "the person's text, to copy or redo");
    assert.deepEqual(dev.state('cycle', 'c-kelmarsh'), { refused: [refused] });
    assert.ok(events.some((e) => e.type === 'refused' && e.refused.commandId === refused?.commandId));
    assert.equal(dev.status().refused, 1);
    // The command behind it was sent and applied.
    assert.equal(dev.state('reflection', 'r-connection-test'), 'saved');
    assert.equal(dev.view('reflection', 'r-connection-test')?.revision, 1);
    assert.deepEqual(await outbox.pending(), []);
    assert.deepEqual((await outbox.refused()).map((r) => r.commandId), [refused?.commandId], 'kept in the outbox too');
    // What is shown is the server's state, read again after the refusal.
    await until(() => dev.view('cycle', 'c-kelmarsh')?.stage === 'paused', 'the paused review');
    assert.notEqual(dev.view('cycle', 'c-kelmarsh')?.preReview.focusSummary, text);

    await dev.dismiss(refused!.commandId);
    assert.equal(dev.state('cycle', 'c-kelmarsh'), 'saved');
    assert.deepEqual(await outbox.refused(), []);
    assert.equal((await amara.command('cycles', 'c-kelmarsh', { type: 'RESUME' })).status, 200);
  });

  test('a change the server turns away before core (400) is kept with the server’s message; the commands behind it are renumbered and applied', async () => {
    const { connection: erin, outbox } = await connect('u-erin', { live: false });
    const revision = (await erin.get('cycle', 'c-oakfield'))!.revision;
    const bad = await erin.send('cycle', 'c-oakfield', { type: 'RECORD_EVIDENCE', item: { id: 'ev-nul', note: 'pasted from a PDF \u0000 with a NUL' } });
    const next = await erin.send('cycle', 'c-oakfield', { type: 'RECORD_EVIDENCE', item: { id: 'ev-after-nul', note: 'The next note' } });
    assert.ok(bad.ok && next.ok);
    await erin.flush();
    const [refused] = erin.refused();
    assert.equal(refused?.commandId, bad.ok ? bad.commandId : '');
    assert.match(refused?.refusal.reason ?? '', /cannot be stored \(a NUL character/, "the server's message");
    assert.equal(refused?.refusal.code, 'http-400');
    assert.deepEqual(erin.state('cycle', 'c-oakfield'), { refused: [refused] });
    const stored = await onServer('u-amara', 'c-oakfield');
    assert.equal(stored.revision, revision + 1);
    assert.deepEqual(evidenceIds(stored.document).filter((id) => id.includes('nul')), ['ev-after-nul']);
    // The server never counted the turned-away command: the next one went as seq 1 again.
    const rows = await server.db.query<{ device_seq: number }>('SELECT device_seq FROM spp_commands WHERE device_id = $1', [await outbox.deviceId()]);
    assert.deepEqual(rows.map((r) => r.device_seq), [1]);
    assert.deepEqual(await outbox.pending(), []);
  });

  test('the server down: edits wait in the outbox with their count, then go in order when it is back, each applied once', async () => {
    const p = await proxy();
    const { connection: erin, outbox } = await connect('u-erin', { baseUrl: p.url });
    const revision = (await erin.get('cycle', 'c-oakfield'))!.revision;
    await until(() => erin.status().feed === 'open', 'the feed');

    await p.down();
    const ids = ['ev-down-1', 'ev-down-2', 'ev-down-3'];
    for (const id of ids) assert.ok((await erin.send('cycle', 'c-oakfield', { type: 'RECORD_EVIDENCE', item: { id, note: `Noted offline: ${id}` } })).ok);
    assert.deepEqual(erin.state('cycle', 'c-oakfield'), { waiting: 3 });
    await until(() => erin.status().server === 'unreachable', 'unreachable');
    assert.deepEqual(evidenceIds(erin.view('cycle', 'c-oakfield')).filter((id) => id.startsWith('ev-down')), ids, 'shown here meanwhile');
    await sleep(400); // several retries, all unanswered
    assert.deepEqual(erin.state('cycle', 'c-oakfield'), { waiting: 3 });
    assert.equal(erin.status().waiting, 3);
    assert.equal((await onServer('u-amara', 'c-oakfield')).revision, revision, 'nothing reached the server');

    await p.up();
    await until(() => erin.state('cycle', 'c-oakfield') === 'saved', 'sent once the server is back');
    const stored = await onServer('u-amara', 'c-oakfield');
    assert.equal(stored.revision, revision + 3);
    for (const id of ids) assert.equal(count(evidenceIds(stored.document), id), 1, id);
    assert.equal(erin.view('cycle', 'c-oakfield')?.revision, revision + 3);
    const rows = await server.db.query<{ device_seq: number; event: string }>(
      "SELECT device_seq, event FROM spp_commands WHERE actor_id = 'u-erin' AND device_id = $1 ORDER BY seq",
      [await outbox.deviceId()],
    );
    assert.deepEqual(rows.map((r) => r.device_seq), [1, 2, 3], 'in the device’s order');
    assert.deepEqual(rows.map((r) => (JSON.parse(typeof r.event === 'string' ? r.event : JSON.stringify(r.event)) as { item: { id: string } }).item.id), ids);
  });

  test('a page closed with edits waiting: the next page sends them from the outbox, in order', async () => {
    const p = await proxy();
    const outbox = memoryOutbox(); // stands for the IndexedDB outbox, which outlives the page
    const first = await connect('u-erin', { baseUrl: p.url, outbox, live: false });
    const revision = (await first.connection.get('cycle', 'c-oakfield'))!.revision;
    await p.down();
    for (const id of ['ev-reload-1', 'ev-reload-2']) assert.ok((await first.connection.send('cycle', 'c-oakfield', { type: 'RECORD_EVIDENCE', item: { id, note: id } })).ok);
    first.connection.close();
    await p.up();

    const next = await connect('u-erin', { baseUrl: p.url, outbox });
    await until(() => next.connection.status().waiting === 0 && next.connection.status().server === 'online', 'sent by the next page');
    const stored = await onServer('u-amara', 'c-oakfield');
    assert.equal(stored.revision, revision + 2);
    assert.deepEqual(evidenceIds(stored.document).filter((id) => id.startsWith('ev-reload')), ['ev-reload-1', 'ev-reload-2']);
  });

  test('an answer lost on the way back: the retry is answered from the log, the edit applied once', async () => {
    const p = await proxy();
    const { connection: erin } = await connect('u-erin', { baseUrl: p.url, live: false });
    const revision = (await erin.get('cycle', 'c-oakfield'))!.revision;
    p.dropAnswers = 1;
    const sent = await erin.send('cycle', 'c-oakfield', { type: 'RECORD_EVIDENCE', item: { id: 'ev-lost-answer', note: 'The answer to this one is cut off.' } });
    assert.ok(sent.ok);
    await until(() => erin.state('cycle', 'c-oakfield') === 'saved', 'saved after the retry');
    const posts = p.requests.filter((r) => r.method === 'POST' && r.path === '/api/v1/cycles/c-oakfield/events');
    assert.equal(posts.length, 2, 'sent, then sent again');
    const stored = await onServer('u-amara', 'c-oakfield');
    assert.equal(stored.revision, revision + 1);
    assert.equal(count(evidenceIds(stored.document), 'ev-lost-answer'), 1);
    const logged = await server.db.query<{ n: number }>('SELECT count(*)::int AS n FROM spp_commands WHERE command_id = $1', [sent.ok ? sent.commandId : '']);
    assert.equal(logged[0]?.n, 1);
    assert.equal(erin.view('cycle', 'c-oakfield')?.revision, revision + 1);
  });

  test('sign-in expiry (401): edits stay in the outbox, token-expired is announced, they go once a new token is given', async () => {
    let token = (await server.as('u-erin')).token;
    const { connection: erin, events } = await connect('u-erin', { token: () => token, tokenCheckMs: 50 });
    const revision = (await erin.get('cycle', 'c-oakfield'))!.revision;

    token = await server.signer.token('u-erin', {}, { expiresIn: Math.floor(Date.now() / 1000) - 3600 });
    for (const id of ['ev-401-1', 'ev-401-2']) assert.ok((await erin.send('cycle', 'c-oakfield', { type: 'RECORD_EVIDENCE', item: { id, note: `Typed as the sign-in ran out: ${id}` } })).ok);
    await until(() => events.some((e) => e.type === 'token-expired'), 'token-expired');
    const expired = events.find((e) => e.type === 'token-expired');
    assert.deepEqual(expired, { type: 'token-expired', reason: 'expired', message: 'Your sign-in has expired: sign in again.' });
    assert.equal(erin.status().server, 'signed-out');
    assert.equal(erin.status().message, 'Your sign-in has expired: sign in again.', "the server's message");
    await sleep(300);
    assert.deepEqual(erin.state('cycle', 'c-oakfield'), { waiting: 2 });
    assert.equal((await onServer('u-amara', 'c-oakfield')).revision, revision);
    assert.equal(events.filter((e) => e.type === 'token-expired').length, 1, 'asked once');

    token = (await server.as('u-erin')).token; // the host page signed the person in again
    await until(() => erin.state('cycle', 'c-oakfield') === 'saved', 'sent with the new token');
    const stored = await onServer('u-amara', 'c-oakfield');
    assert.equal(stored.revision, revision + 2);
    assert.deepEqual(evidenceIds(stored.document).filter((id) => id.startsWith('ev-401')), ['ev-401-1', 'ev-401-2']);
    assert.equal(erin.status().server, 'online');

    // retry(): the host page says when it has a token (here the token function is not polled).
    const quiet = await connect('u-erin', { token: () => token, tokenCheckMs: 60_000, live: false });
    await quiet.connection.get('cycle', 'c-oakfield');
    const fresh = token;
    token = await server.signer.token('u-erin', {}, { expiresIn: Math.floor(Date.now() / 1000) - 3600 });
    assert.ok((await quiet.connection.send('cycle', 'c-oakfield', { type: 'RECORD_EVIDENCE', item: { id: 'ev-401-retry', note: 'After retry()' } })).ok);
    await until(() => quiet.events.some((e) => e.type === 'token-expired'), 'token-expired');
    token = fresh;
    quiet.connection.retry();
    await until(() => quiet.connection.state('cycle', 'c-oakfield') === 'saved', 'sent after retry()');
    assert.equal(count(evidenceIds((await onServer('u-amara', 'c-oakfield')).document), 'ev-401-retry'), 1);
  });

  test("a shared laptop: another person's token never carries this person's outbox", async () => {
    const amaraToken = (await server.as('u-amara')).token;
    let token = amaraToken;
    const { connection: erin, events } = await connect('u-erin', { token: () => token, tokenCheckMs: 50, live: false });
    assert.ok((await erin.send('cycle', 'c-oakfield', { type: 'RECORD_EVIDENCE', item: { id: 'ev-shared-laptop', note: "Erin's note" } })).ok);
    await until(() => events.some((e) => e.type === 'token-expired'), 'token-expired');
    assert.deepEqual(events.find((e) => e.type === 'token-expired'), { type: 'token-expired', reason: 'other-person' });
    assert.equal(erin.status().server, 'other-person');
    await sleep(200);
    assert.deepEqual(erin.state('cycle', 'c-oakfield'), { waiting: 1 });
    assert.equal(count(evidenceIds((await onServer('u-amara', 'c-oakfield')).document), 'ev-shared-laptop'), 0);

    token = (await server.as('u-erin')).token;
    await until(() => erin.state('cycle', 'c-oakfield') === 'saved', "sent with Erin's own token");
    const rows = await server.db.query<{ actor_id: string }>("SELECT actor_id FROM spp_commands WHERE event::text LIKE '%ev-shared-laptop%'", []);
    assert.deepEqual(rows.map((r) => r.actor_id), ['u-erin']);
  });

  test("two people: a colleague's save appears through the feed without a reload", async () => {
    const { connection: amara, events } = await connect('u-amara');
    const { connection: erin } = await connect('u-erin');
    await amara.get('cycle', 'c-oakfield');
    await erin.get('cycle', 'c-oakfield');
    await until(() => amara.status().feed === 'open' && erin.status().feed === 'open', 'both feeds');

    const note = 'Reading café: eleven families came after school.';
    assert.ok((await erin.send('cycle', 'c-oakfield', { type: 'RECORD_EVIDENCE', item: { id: 'ev-feed', note } })).ok);
    await until(() => evidenceIds(amara.view('cycle', 'c-oakfield')).includes('ev-feed'), "Erin's evidence at Amara's");
    assert.equal(amara.view('cycle', 'c-oakfield')?.review.evidence.find((e) => e.id === 'ev-feed')?.note, note);
    assert.ok(events.some((e) => e.type === 'record' && e.kind === 'cycle' && e.id === 'c-oakfield' && e.origin === 'feed' && e.actorId === 'u-erin'));
    await erin.flush();
    assert.equal(amara.view('cycle', 'c-oakfield')?.revision, erin.view('cycle', 'c-oakfield')?.revision);
  });

  test("a colleague's change under edits still waiting: the new server state with the waiting edits applied again", async () => {
    let postsDown = true;
    const failingPosts: typeof fetch = (input, init) => (postsDown && init?.method === 'POST' ? Promise.reject(new TypeError('fetch failed')) : fetch(input, init));
    const { connection: amara } = await connect('u-amara', { fetch: failingPosts });
    const { connection: erin } = await connect('u-erin', { live: false });
    const revision = (await amara.get('cycle', 'c-oakfield'))!.revision;
    await until(() => amara.status().feed === 'open', 'the feed');

    assert.ok((await amara.send('cycle', 'c-oakfield', { type: 'RECORD_EVIDENCE', item: { id: 'ev-rebase-amara', note: 'Waiting on this device' } })).ok);
    await until(() => amara.status().server === 'unreachable', 'cannot send');
    assert.ok((await erin.send('cycle', 'c-oakfield', { type: 'RECORD_EVIDENCE', item: { id: 'ev-rebase-erin', note: 'Saved on the server' } })).ok);
    await erin.flush();

    await until(() => evidenceIds(amara.view('cycle', 'c-oakfield')).includes('ev-rebase-erin'), "Erin's change through the feed");
    const rebased = amara.view('cycle', 'c-oakfield')!;
    assert.ok(evidenceIds(rebased).includes('ev-rebase-amara'), 'the waiting edit applied again on top');
    assert.equal(rebased.revision, revision + 1, "on the server's new state");
    assert.deepEqual(amara.state('cycle', 'c-oakfield'), { waiting: 1 });

    postsDown = false;
    await amara.flush();
    assert.equal(amara.state('cycle', 'c-oakfield'), 'saved');
    const stored = await onServer('u-erin', 'c-oakfield');
    assert.equal(stored.revision, revision + 2);
    for (const id of ['ev-rebase-amara', 'ev-rebase-erin']) assert.equal(count(evidenceIds(stored.document), id), 1);
    assert.deepEqual(evidenceIds(amara.view('cycle', 'c-oakfield')), evidenceIds(stored.document));
  });

  test('a dropped feed resumes with Last-Event-ID: changes made meanwhile arrive, none twice', async () => {
    const p = await proxy();
    const { connection: amara, events } = await connect('u-amara', { baseUrl: p.url });
    const erin = await server.as('u-erin');
    await amara.get('cycle', 'c-oakfield');
    await until(() => amara.status().feed === 'open', 'the feed');
    assert.equal((await erin.command('cycles', 'c-oakfield', { type: 'RECORD_EVIDENCE', item: { id: 'ev-resume-1', note: 'Before the drop' } })).status, 200);
    await until(() => evidenceIds(amara.view('cycle', 'c-oakfield')).includes('ev-resume-1'), 'the first change');

    await p.down();
    await until(() => amara.status().feed !== 'open', 'the feed dropped');
    for (const id of ['ev-resume-2', 'ev-resume-3']) {
      assert.equal((await erin.command('cycles', 'c-oakfield', { type: 'RECORD_EVIDENCE', item: { id, note: `While the feed was down: ${id}` } })).status, 200);
    }
    const reads = p.requests.filter((r) => r.method === 'GET' && r.path === '/api/v1/cycles/c-oakfield').length;
    await p.up();

    await until(() => evidenceIds(amara.view('cycle', 'c-oakfield')).includes('ev-resume-3'), 'the changes made meanwhile');
    const opened = p.requests.filter((r) => r.path === `/api/v1/partnerships/${PARTNERSHIP}/changes`);
    const resumed = opened.at(-1);
    assert.match(resumed?.lastEventId ?? '', /^\d+\.\d+$/, 'reopened with Last-Event-ID');
    assert.equal(opened[0]?.lastEventId, undefined, 'the first feed started from now');
    assert.equal(p.requests.filter((r) => r.method === 'GET' && r.path === '/api/v1/cycles/c-oakfield').length, reads, 'from the feed, not read again');
    await sleep(100);
    const sentAgain = resumed!.answer.match(/^event: change$/gm) ?? [];
    assert.equal(sentAgain.length, 2, 'the two changes made meanwhile, and not the one before the drop');
    assert.ok(events.some((e) => e.type === 'record' && e.origin === 'feed' && e.actorId === 'u-erin'));
    const stored = await onServer('u-amara', 'c-oakfield');
    assert.deepEqual(evidenceIds(amara.view('cycle', 'c-oakfield')), evidenceIds(stored.document));
    assert.equal(amara.view('cycle', 'c-oakfield')?.revision, stored.revision);
  });

  test('reads: a record, a list filtered for the person, a record that is not there', async () => {
    const { connection: tessa } = await connect('u-tessa', { live: false }); // the programme associate
    const { documents, unreadable } = await tessa.list('cycle');
    assert.deepEqual(unreadable, []);
    assert.ok(documents.some((c) => c.id === 'c-kelmarsh'));
    const ashby = documents.find((c) => c.id === 'c-ashby')!;
    assert.deepEqual(ashby.selfReview.responses, {}, "a school's self-review is not shared with the associate");
    assert.deepEqual(tessa.view('cycle', 'c-ashby'), ashby);
    assert.equal((await tessa.get('cycle', 'c-ashby'))?.stage, 'self-review');
    assert.equal(await tessa.get('cycle', 'c-none'), undefined);
    assert.equal(tessa.state('cycle', 'c-none'), 'saved');
    const outbox: Outbox = memoryOutbox();
    assert.match(await outbox.deviceId(), /^d-[0-9a-f]{32}$/);
  });
});
