// Core speaks in codes: the catalogues (en-GB and cy) are complete and agree on their parameters,
// every refusal of the machine, the role rules and the commands comes out in Welsh from
// transition() / runCommand() with { locale: 'cy' }, Welsh plurals, and en-GB exactly as before.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as z from 'zod/mini';
import { demoCycles, demoPartnership, demoSchedule } from '../src/demo';
import {
  CycleEvent,
  DEFAULT_FRAMEWORK,
  GUARDS,
  MESSAGE_PARAMS,
  PRACTICE_LEVELS,
  PRACTICE_LEVEL_QUESTION,
  PRACTICE_LEVEL_TEXT,
  Partnership,
  applyReflectionEdit,
  applyScheduleEdit,
  availableEvents,
  canSend,
  createCycle,
  createReflection,
  cyclesCsv,
  describeIssues,
  enGB,
  explainRefusal,
  formatMessage,
  frameworkFor,
  frameworkTextOf,
  isLocaleLoaded,
  issueMessages,
  loadLocale,
  defaultReviewWindows,
  termName,
  ReviewWindow,
  localiseFramework,
  planSchedule,
  practiceText,
  resolveLocale,
  runCommand,
  stageName,
  tailorFramework,
  transition,
  validateSchedule,
  type Catalogue,
  type Cycle,
  type CycleEvent as Event,
  type Message,
  type MessageId,
  type ParamKind,
  type Refusal,
  type Schedule,
} from '../src/index';
import { cy, cyMessages } from '../src/i18n/cy';
import { cyDefaultFramework } from '../src/i18n/framework-cy';

await loadLocale('cy');

const partnership = demoPartnership();
const HOST_HEAD = { id: 'u-dev' };
const HOST_SL = { id: 'u-erin' };
const LEAD = { id: 'u-amara' }; // head at Ashby, partnership lead
const REVIEWER = { id: 'u-harun' };
const IC = { id: 'u-isla' };
const HOST_IC = { id: 'u-femi' };
const ASSOCIATE = { id: 'u-tessa' };
const TEACHER = { id: 'u-sam' };
const NOW = '2026-10-01T10:00:00.000Z';
const IDS = Object.keys(MESSAGE_PARAMS) as MessageId[];
const catalogues: Record<string, Catalogue> = { 'en-GB': enGB, cy: cyMessages };

// ---------------------------------------------------------------------------------------------
// Completeness

/** Sample parameters of every kind, with values that can be found in the sentence. */
function sample(id: MessageId, count = 41): Record<string, unknown> {
  const spec = MESSAGE_PARAMS[id] as Record<string, ParamKind>;
  const values: Record<ParamKind, (name: string, i: number) => unknown> = {
    text: (name) => `⟦${name}⟧`,
    name: (name) => `⟦${name}⟧`,
    count: (_name, i) => count + i * 2,
    message: (name) => ({ messageId: 'issue.custom', params: { text: `⟦${name}⟧` } }),
    messages: (name) => [{ messageId: 'issue.custom', params: { text: `⟦${name}-1⟧` } }, { messageId: 'issue.custom', params: { text: `⟦${name}-2⟧` } }],
    list: (name) => [`⟦${name}-a⟧`, `⟦${name}-b⟧`],
    stage: () => 'review',
    kind: () => 'schedule',
    flag: () => true,
  };
  return Object.fromEntries(Object.entries(spec).map(([name, kind], i) => [name, values[kind](name, i)]));
}
const render = (id: MessageId, params: Record<string, unknown>, catalogue: Catalogue) => formatMessage({ messageId: id, params } as Message, catalogue);
/** The sample values (⟦…⟧ and counts) that a sentence shows. */
const shown = (text: string, params: Record<string, unknown>) => {
  const found = new Set(text.match(/⟦[^⟧]*⟧/g) ?? []);
  for (const v of Object.values(params)) if (typeof v === 'number' && text.includes(String(v))) found.add(String(v));
  return [...found].sort();
};

describe('catalogues: complete, and agreeing on every parameter', () => {
  test('every message has an en-GB and a cy entry, and cy has nothing extra (a failure names the message)', () => {
    for (const [locale, catalogue] of Object.entries(catalogues)) {
      const missing = IDS.filter((id) => typeof catalogue[id] !== 'function');
      assert.deepEqual(missing, [], `${locale} has no entry for: ${missing.join(', ')}`);
      const extra = Object.keys(catalogue).filter((id) => !Object.hasOwn(MESSAGE_PARAMS, id));
      assert.deepEqual(extra, [], `${locale} has entries for messages core does not send: ${extra.join(', ')}`);
    }
  });

  test('en-GB and cy show the same parameters in every message (a failure names the message)', () => {
    for (const id of IDS) {
      const params = sample(id);
      const en = render(id, params, enGB);
      const welsh = render(id, params, cyMessages);
      assert.ok(en.trim() && welsh.trim(), `${id}: both say something`);
      // `zod` is zod's own English for a validation issue: the en-GB text, never part of another language's.
      const zodText = '⟦zod⟧';
      assert.ok(!welsh.includes(zodText), `${id}: cy does not repeat zod's English`);
      if ('zod' in params) {
        // en-GB is zod's sentence; cy builds its own from the issue's fields (`bound` is a code it words).
        const fields = Object.entries(MESSAGE_PARAMS[id]).filter(([name]) => name !== 'zod' && name !== 'bound');
        const expected = shown(fields.map(([name]) => JSON.stringify(params[name])).join(' '), {});
        assert.deepEqual(shown(welsh, params), expected, `${id}: cy shows every field of the issue\n  cy: ${welsh}`);
        continue;
      }
      assert.deepEqual(shown(welsh, params), shown(en, params), `${id}: cy shows the same parameters as en-GB\n  en: ${en}\n  cy: ${welsh}`);
      assert.ok(!/undefined|NaN|\[object Object\]/.test(welsh), `${id}: ${welsh}`);
      if (en !== welsh) continue;
      // Only messages that are all parameters, or written as a code or an id, read the same in both.
      assert.ok(/^(issue\.(at|custom)|guard\.(team-invalid|facilitator-ineligible|actionsComplete)|command\.publish-refused|schedule\.(review|workshop)-problem)$/.test(id), `${id} is not translated: ${welsh}`);
    }
  });

  test('every message with a count has a Welsh sentence for every plural category (zero, one, two, few, many, other)', () => {
    const categories = new Map<string, number>();
    for (const n of [0, 1, 2, 3, 4, 5, 6, 7, 11, 100]) categories.set(new Intl.PluralRules('cy').select(n), n);
    assert.deepEqual([...categories.keys()].sort(), ['few', 'many', 'one', 'other', 'two', 'zero']);
    for (const id of IDS.filter((k) => Object.values(MESSAGE_PARAMS[k]).includes('count' as never))) {
      const seen = new Set<string>();
      for (const [category, n] of categories) {
        const spec = MESSAGE_PARAMS[id] as Record<string, ParamKind>;
        const params = { ...sample(id), ...Object.fromEntries(Object.entries(spec).filter(([, k]) => k === 'count').map(([name]) => [name, n])) };
        const text = render(id, params, cyMessages);
        assert.ok(text.trim() && !/undefined|NaN/.test(text), `${id} (${category}): ${text}`);
        seen.add(text);
      }
      assert.ok(seen.size > 1, `${id}: the count changes the sentence`);
    }
  });

  test('the cy default framework text covers every area, aim and question of the pack, with the same number of prompts, and changes no id', () => {
    const en = frameworkTextOf(DEFAULT_FRAMEWORK);
    assert.deepEqual(Object.keys(cyDefaultFramework.areas ?? {}).sort(), Object.keys(en.areas ?? {}).sort(), 'areas');
    assert.deepEqual(Object.keys(cyDefaultFramework.aims ?? {}).sort(), Object.keys(en.aims ?? {}).sort(), 'aims');
    assert.deepEqual(Object.keys(cyDefaultFramework.questions ?? {}).sort(), Object.keys(en.questions ?? {}).sort(), 'questions');
    for (const [id, area] of Object.entries(en.areas ?? {})) {
      const welsh = cyDefaultFramework.areas![id]!;
      assert.ok(welsh.title && welsh.summary && welsh.title !== area.title, `area ${id}`);
    }
    for (const [id, q] of Object.entries(en.questions ?? {})) {
      const welsh = cyDefaultFramework.questions![id]!;
      assert.ok(welsh.text && welsh.text !== q.text, `question ${id} has Welsh text`);
      assert.equal(welsh.prompts?.length, q.prompts?.length, `question ${id}: one Welsh prompt per prompt`);
    }
    const pack = frameworkFor(DEFAULT_FRAMEWORK, 'cy');
    const ids = (p: typeof pack) => p.areas.flatMap((a) => [a.id, ...a.aims.flatMap((aim) => [aim.id, ...aim.questions.map((q) => `${q.id}:${q.use}`)])]);
    assert.deepEqual(ids(pack), ids(DEFAULT_FRAMEWORK), 'ids, uses and order unchanged');
    assert.equal(pack.areas[0]!.title, 'Ymrwymiad i wella ein gilydd');
    assert.equal(pack.name, 'Fframwaith ymholi SPP');
    assert.equal(frameworkFor(DEFAULT_FRAMEWORK, 'en-GB'), DEFAULT_FRAMEWORK, 'en-GB: the pack as it is');
    assert.equal(DEFAULT_FRAMEWORK.areas[0]!.title, "Commitment to each other's improvement", 'the default pack itself is not changed');
  });

  test('the Welsh framework and continuum use no grading words, and every practice level has Welsh text', () => {
    const grading = /\b(rhagorol|ragorol|anfoddhaol|digonol|ddigonol|ardderchog|gradd(io|iwyd)|sgôr|sgoriau)\b/i;
    const text = JSON.stringify([cyDefaultFramework, cy.practice]);
    assert.equal(grading.exec(text)?.[0], undefined);
    const practice = practiceText('cy');
    assert.equal(practice.question, 'I ba raddau y mae hyn yn rhan o’n harfer?');
    for (const level of PRACTICE_LEVELS) {
      assert.ok(practice.levels[level].label && practice.levels[level].label !== PRACTICE_LEVEL_TEXT[level].label, level);
      assert.ok(practice.levels[level].description, level);
    }
    assert.equal(practiceText('en-GB').question, PRACTICE_LEVEL_QUESTION);
  });
});

// ---------------------------------------------------------------------------------------------
// Plurals

describe('Welsh plurals: 0, 1, 2, 3, 6 and 11', () => {
  const counts = [0, 1, 2, 3, 6, 11] as const;
  const cases: Array<{ id: MessageId; params: (n: number) => Record<string, unknown>; expected: string[] }> = [
    {
      id: 'violation.team-size',
      params: (count) => ({ min: 2, max: 4, count }),
      expected: [
        'Mae rhwng 2 a 4 aelod mewn tîm adolygu; nid oes neb yn y tîm hwn.',
        'Mae rhwng 2 a 4 aelod mewn tîm adolygu; mae un aelod yn y tîm hwn.',
        'Mae rhwng 2 a 4 aelod mewn tîm adolygu; mae dau aelod yn y tîm hwn.',
        'Mae rhwng 2 a 4 aelod mewn tîm adolygu; mae tri aelod yn y tîm hwn.',
        'Mae rhwng 2 a 4 aelod mewn tîm adolygu; mae chwe aelod yn y tîm hwn.',
        'Mae rhwng 2 a 4 aelod mewn tîm adolygu; mae 11 aelod yn y tîm hwn.',
      ],
    },
    {
      id: 'violation.team-size',
      params: (n) => ({ min: n, max: n, count: 5 }),
      expected: ['dim aelod', 'un aelod', 'dau aelod', 'tri aelod', 'chwe aelod', '11 aelod'].map((a) => `Mae ${a} mewn tîm adolygu; mae 5 aelod yn y tîm hwn.`),
    },
    {
      id: 'guard.dates-too-many',
      params: (max) => ({ school: 'Ysgol y Bryn', max }),
      expected: ['dim diwrnod', 'un diwrnod', 'dau ddiwrnod', 'tri diwrnod', 'chwe diwrnod', '11 diwrnod'].map((d) => `Mae adolygiad Ysgol y Bryn yn para ${d} ar y mwyaf.`),
    },
    {
      id: 'schedule.too-few-reviewers',
      params: (count) => ({ school: 'Ysgol y Bryn', count, needed: 3, training: true }),
      expected: [
        'Nid oes adolygydd hyfforddedig o ysgol arall ar gael ar gyfer Ysgol y Bryn; mae angen tri adolygydd ar dîm.',
        'Dim ond un adolygydd hyfforddedig o ysgolion eraill sydd ar gael ar gyfer Ysgol y Bryn; mae angen tri adolygydd ar dîm.',
        'Dim ond dau adolygydd hyfforddedig o ysgolion eraill sydd ar gael ar gyfer Ysgol y Bryn; mae angen tri adolygydd ar dîm.',
        'Dim ond tri adolygydd hyfforddedig o ysgolion eraill sydd ar gael ar gyfer Ysgol y Bryn; mae angen tri adolygydd ar dîm.',
        'Dim ond chwe adolygydd hyfforddedig o ysgolion eraill sydd ar gael ar gyfer Ysgol y Bryn; mae angen tri adolygydd ar dîm.',
        'Dim ond 11 adolygydd hyfforddedig o ysgolion eraill sydd ar gael ar gyfer Ysgol y Bryn; mae angen tri adolygydd ar dîm.',
      ],
    },
    {
      id: 'schedule.too-many-reviews',
      params: (count) => ({ person: 'Siân Hughes', count, max: 2 }),
      expected: [
        'Nid yw Siân Hughes yn rhan o’r un adolygiad; nod y bartneriaeth yw dim mwy na 2 y flwyddyn.',
        'Mae Siân Hughes yn rhan o un adolygiad; nod y bartneriaeth yw dim mwy na 2 y flwyddyn.',
        'Mae Siân Hughes yn rhan o ddau adolygiad; nod y bartneriaeth yw dim mwy na 2 y flwyddyn.',
        'Mae Siân Hughes yn rhan o dri adolygiad; nod y bartneriaeth yw dim mwy na 2 y flwyddyn.',
        'Mae Siân Hughes yn rhan o chwe adolygiad; nod y bartneriaeth yw dim mwy na 2 y flwyddyn.',
        'Mae Siân Hughes yn rhan o 11 adolygiad; nod y bartneriaeth yw dim mwy na 2 y flwyddyn.',
      ],
    },
  ];
  for (const c of cases) {
    test(`${c.id}: ${JSON.stringify(c.params(0))}`, () => {
      assert.deepEqual(counts.map((n) => render(c.id, c.params(n), cyMessages)), c.expected);
    });
  }
  test('en-GB keeps its one/other forms', () => {
    assert.deepEqual([1, 2].map((max) => render('guard.dates-too-many', { school: 'North Primary', max }, enGB)), [
      'A review of North Primary lasts at most 1 day.',
      'A review of North Primary lasts at most 2 days.',
    ]);
    assert.equal(render('schedule.too-many-reviews', { person: 'Dev Patel', count: 1, max: 2 }, enGB), 'Dev Patel is on 1 review; the partnership aims for no more than 2 a year.');
  });
});

// ---------------------------------------------------------------------------------------------
// Refusals in Welsh, one test per rule

const send = (cycle: Cycle, actor: { id: string }, event: Event, p: Partnership = partnership) => {
  const result = transition(cycle, event, { actor, partnership: p, now: NOW });
  if (!result.ok) assert.fail(`refused: ${result.refusal.code} ${result.refusal.rule ?? ''} ${result.refusal.reason}`);
  return result.cycle;
};

/** The Kelmarsh cycle driven along the happy path to `stage`. */
function driveTo(stage: Cycle['stage']): Cycle {
  let c = createCycle({ id: 'c-kelmarsh', partnership, hostSchoolId: 's-kelmarsh' });
  c = send(c, HOST_HEAD, { type: 'PROPOSE_FOCUS', questionIds: ['sr-self-knowledge'], summary: 'Consistency of feedback in KS2' });
  c = send(c, HOST_HEAD, { type: 'SET_REVIEW_TEAM', leadReviewerId: LEAD.id, memberIds: [LEAD.id, REVIEWER.id] });
  if (stage === 'self-review') return c;
  c = send(c, HOST_HEAD, { type: 'SUBMIT_SELF_REVIEW' });
  if (stage === 'pre-review') return c;
  c = send(c, LEAD, { type: 'UPDATE_REVIEW_PLAN', linesOfEnquiry: [{ id: 'l1', question: 'How consistent is feedback?', questionIds: [] }] });
  c = send(c, LEAD, { type: 'SET_REVIEW_DATES', dates: ['2026-10-20'] });
  c = send(c, LEAD, { type: 'AGREE_REVIEW_PLAN' });
  c = send(c, HOST_HEAD, { type: 'AGREE_REVIEW_PLAN' });
  if (stage === 'review') return c;
  c = send(c, REVIEWER, { type: 'RECORD_EVIDENCE', item: { id: 'e1', lineId: 'l1', activity: 'work-scrutiny', note: 'Feedback followed in 5 of 6 books' } });
  c = send(c, LEAD, { type: 'SAVE_FINDING', finding: { id: 'f1', kind: 'strength', text: 'Pupils act on feedback', evidenceIds: ['e1'], lineId: 'l1' } });
  c = send(c, LEAD, { type: 'SET_IMPROVEMENT_PRIORITY', text: 'Feedback that moves learning on' });
  c = send(c, HOST_HEAD, { type: 'AGREE_FINDINGS' });
  if (stage === 'workshop') return c;
  c = send(c, IC, { type: 'CHOOSE_FACILITATOR', facilitatorId: IC.id });
  c = send(c, IC, { type: 'UPDATE_WORKSHOP', date: '2026-11-10' });
  c = send(c, IC, { type: 'START_WORKSHOP' });
  c = send(c, IC, { type: 'SAVE_ACTION', action: { id: 'a1', what: 'Trial whole-class feedback', owner: 'Erin McAllister', dueOn: '2027-01-15', successCriteria: 'Pupils respond' } });
  c = send(c, IC, { type: 'FINISH_WORKSHOP' });
  if (stage === 'action-plan') return c;
  c = send(c, HOST_HEAD, { type: 'PUBLISH_ACTION_PLAN' });
  return c;
}

/** The refusal of `event`, asked for in Welsh (and, to compare, in the default locale). */
function refusedInWelsh(cycle: Cycle, actor: { id: string }, event: unknown, p: Partnership = partnership): { cy: Refusal; en: Refusal } {
  const cyResult = transition(cycle, event, { actor, partnership: p, now: NOW, locale: 'cy' });
  const enResult = transition(cycle, event, { actor, partnership: p, now: NOW });
  if (cyResult.ok || enResult.ok) assert.fail('expected a refusal');
  return { cy: cyResult.refusal, en: enResult.refusal };
}

/**
 * The Welsh reason is the cy catalogue's sentence with the refusal's own parameters, not English;
 * the default locale still gives the en-GB sentence, from the same message.
 */
function assertWelsh({ cy: refusal, en }: { cy: Refusal; en: Refusal }, messageId: MessageId, rule?: string): Refusal {
  assert.equal(refusal.messageId, messageId, refusal.reason);
  if (rule) assert.equal(refusal.rule, rule);
  const message = { messageId: refusal.messageId!, params: refusal.params! };
  assert.equal(refusal.reason, formatMessage(message, cyMessages), 'the reason is the cy catalogue’s text');
  assert.notEqual(refusal.reason, formatMessage(message, enGB), 'not the English text');
  assert.equal(explainRefusal(refusal, 'cy'), refusal.reason);
  assert.deepEqual({ ...en, reason: undefined }, { ...refusal, reason: undefined }, 'the same refusal in either locale, only the words differ');
  assert.equal(en.reason, formatMessage(message, enGB), 'en-GB by default');
  assert.equal(explainRefusal(refusal, 'en-GB'), en.reason);
  return refusal;
}
/** A refusal whose Welsh reason contains the cy sentence of a nested message (a violation inside a guard). */
function assertNested(refusal: Refusal, nestedId: MessageId): void {
  const nested = [...Object.values(refusal.params ?? {})].flat().filter((v): v is Message => typeof v === 'object' && v !== null && 'messageId' in v);
  const found = nested.find((m) => m.messageId === nestedId);
  assert.ok(found, `${nestedId} in ${nested.map((m) => m.messageId).join(', ')}`);
  assert.ok(refusal.reason.includes(formatMessage(found, cyMessages)), `"${refusal.reason}" includes the cy text of ${nestedId}`);
}

const withClone = (cycle: Cycle, change: (c: Cycle) => void) => {
  const next = structuredClone(cycle);
  change(next);
  return next;
};
const team = (leadReviewerId: string, memberIds: string[]) => ({ type: 'SET_REVIEW_TEAM', leadReviewerId, memberIds });

describe('role rules (policy RuleId) refuse in Welsh through transition()', () => {
  const cases: Array<{ rule: string; stage: Cycle['stage']; actor: { id: string }; event: unknown; messageId: MessageId; nested?: MessageId; guard?: string; cycle?: (c: Cycle) => Cycle }> = [
    { rule: 'member-of-partnership', stage: 'self-review', actor: { id: 'u-nobody' }, event: { type: 'RECORD_RESPONSE', questionId: 'q', evidence: 'x' }, messageId: 'policy.not-member' },
    { rule: 'associate-reads-only', stage: 'self-review', actor: ASSOCIATE, event: { type: 'RECORD_RESPONSE', questionId: 'q', evidence: 'x' }, messageId: 'policy.associate-reads-only' },
    { rule: 'host-school-leaders', stage: 'self-review', actor: REVIEWER, event: { type: 'RECORD_RESPONSE', questionId: 'q', evidence: 'x' }, messageId: 'policy.edit-self-review' },
    { rule: 'host-head-only', stage: 'self-review', actor: HOST_SL, event: { type: 'SUBMIT_SELF_REVIEW' }, messageId: 'policy.host-head-only' },
    { rule: 'partnership-lead-only', stage: 'self-review', actor: TEACHER, event: team(LEAD.id, [LEAD.id, REVIEWER.id]), messageId: 'policy.set-review-team' },
    { rule: 'lead-or-host', stage: 'pre-review', actor: REVIEWER, event: { type: 'UPDATE_REVIEW_PLAN', focusSummary: 'x' }, messageId: 'policy.lead-or-host' },
    { rule: 'review-team-only', stage: 'review', actor: HOST_HEAD, event: { type: 'RECORD_EVIDENCE', item: { id: 'e9', note: 'x' } }, messageId: 'policy.review-team-only' },
    { rule: 'facilitator-only', stage: 'workshop', actor: IC, event: { type: 'START_WORKSHOP' }, messageId: 'policy.run-workshop' },
    { rule: 'check-in-recorders', stage: 'check-in', actor: HOST_HEAD, event: { type: 'RECORD_CHECK_IN', heldOn: '2027-02-08', progress: [], nextSteps: '', outcome: 'close' }, messageId: 'policy.check-in-recorders' },
    // The rules on who may take a role come back inside the guard that checks the proposed team.
    { rule: 'own-school', stage: 'self-review', actor: LEAD, event: team(LEAD.id, [LEAD.id, HOST_SL.id]), messageId: 'guard.team-invalid', guard: 'proposedTeamValid', nested: 'violation.own-school' },
    { rule: 'team-size', stage: 'self-review', actor: LEAD, event: team(LEAD.id, [LEAD.id]), messageId: 'guard.team-invalid', guard: 'proposedTeamValid', nested: 'violation.team-size' },
    { rule: 'lead-is-headteacher', stage: 'self-review', actor: LEAD, event: team(REVIEWER.id, [LEAD.id, REVIEWER.id]), messageId: 'guard.team-invalid', guard: 'proposedTeamValid', nested: 'violation.lead-headteacher' },
    { rule: 'lead-in-team', stage: 'self-review', actor: LEAD, event: team('u-grace', [LEAD.id, REVIEWER.id]), messageId: 'guard.team-invalid', guard: 'proposedTeamValid', nested: 'violation.lead-in-team' },
    { rule: 'reviewer-trained', stage: 'self-review', actor: LEAD, event: team(LEAD.id, [LEAD.id, TEACHER.id]), messageId: 'guard.team-invalid', guard: 'proposedTeamValid', nested: 'violation.reviewer-trained' },
    { rule: 'unknown-person', stage: 'self-review', actor: LEAD, event: team(LEAD.id, [LEAD.id, 'u-nobody']), messageId: 'guard.team-invalid', guard: 'proposedTeamValid', nested: 'violation.unknown-person' },
    { rule: 'duplicate-member', stage: 'self-review', actor: LEAD, event: team(LEAD.id, [LEAD.id, REVIEWER.id, REVIEWER.id]), messageId: 'guard.team-invalid', guard: 'proposedTeamValid', nested: 'violation.duplicate-member' },
    { rule: 'facilitator-trained', stage: 'workshop', actor: HOST_HEAD, event: { type: 'CHOOSE_FACILITATOR', facilitatorId: REVIEWER.id }, messageId: 'guard.facilitator-ineligible', guard: 'proposedFacilitatorEligible', nested: 'violation.facilitator-trained' },
    { rule: 'facilitator-other-school', stage: 'workshop', actor: HOST_HEAD, event: { type: 'CHOOSE_FACILITATOR', facilitatorId: HOST_IC.id }, messageId: 'guard.facilitator-ineligible', guard: 'proposedFacilitatorEligible', nested: 'violation.facilitator-other-school' },
  ];
  for (const c of cases) {
    test(`${c.rule}${c.nested ? ` (${c.nested})` : ''}`, () => {
      const cycle = driveTo(c.stage);
      const refusal = assertWelsh(refusedInWelsh(cycle, c.actor, c.event), c.messageId, c.guard ?? c.rule);
      if (c.nested) assertNested(refusal, c.nested);
    });
  }
  test('associate-reads-only (as a reviewer)', () => {
    assertNested(assertWelsh(refusedInWelsh(driveTo('self-review'), LEAD, team(LEAD.id, [LEAD.id, ASSOCIATE.id])), 'guard.team-invalid', 'proposedTeamValid'), 'violation.associate');
  });
  test('facilitator-only (appointing someone else)', () => {
    assertWelsh(refusedInWelsh(driveTo('workshop'), IC, { type: 'CHOOSE_FACILITATOR', facilitatorId: 'u-chloe' }), 'policy.appoint-facilitator', 'facilitator-only');
  });
  test('partnership-lead-only (pausing)', () => {
    const refusal = assertWelsh(refusedInWelsh(driveTo('review'), TEACHER, { type: 'PAUSE' }), 'policy.pause-or-withdraw', 'partnership-lead-only');
    assert.equal(refusal.reason, 'Dim ond arweinydd y bartneriaeth neu bennaeth yr ysgol letyol sy’n gallu oedi adolygiad neu ei dynnu’n ôl.');
  });
  test('headteachers-only (runCommand: a partnership reflection)', () => {
    const target = { kind: 'reflection' as const, id: 'r-1', current: undefined };
    const event = { type: 'CREATE_REFLECTION', workshop: 'getting-started' };
    const cyResult = runCommand(target, event, { actor: HOST_SL, partnership, now: NOW, locale: 'cy' });
    const enResult = runCommand(target, event, { actor: HOST_SL, partnership, now: NOW });
    assert.ok(!cyResult.ok && !enResult.ok);
    assertWelsh({ cy: cyResult.refusal, en: enResult.refusal }, 'policy.headteachers-only', 'headteachers-only');
    assert.equal(cyResult.refusal.reason, 'Penaethiaid y bartneriaeth sy’n cofnodi myfyrdodau’r bartneriaeth.');
  });
  test('a school’s name is a parameter, never mutated into the Welsh', () => {
    const { cy: refusal } = refusedInWelsh(driveTo('self-review'), HOST_SL, { type: 'SUBMIT_SELF_REVIEW' });
    assert.equal(refusal.reason, 'Dim ond pennaeth Kelmarsh Road Primary sy’n gallu gwneud hyn.');
  });
});

describe('guards (machine GUARDS) refuse in Welsh through transition()', () => {
  const workshopReady = () => send(driveTo('workshop'), IC, { type: 'CHOOSE_FACILITATOR', facilitatorId: IC.id });
  const cases: Array<{ guard: string; messageId: MessageId; cycle: () => Cycle; actor: { id: string }; event: unknown; p?: Partnership; nested?: MessageId }> = [
    { guard: 'focusProposed', messageId: 'guard.focusProposed', cycle: () => createCycle({ id: 'c-k', partnership, hostSchoolId: 's-kelmarsh' }), actor: HOST_HEAD, event: { type: 'SUBMIT_SELF_REVIEW' } },
    {
      guard: 'teamValid',
      messageId: 'guard.team-invalid',
      nested: 'violation.team-size',
      cycle: () => withClone(driveTo('pre-review'), (c) => (c.review.team = { leadReviewerId: LEAD.id, memberIds: [LEAD.id] })),
      actor: LEAD,
      event: { type: 'AGREE_REVIEW_PLAN' },
    },
    {
      guard: 'teamValid (no lead reviewer)',
      messageId: 'guard.team-invalid',
      nested: 'violation.no-lead',
      cycle: () => withClone(driveTo('pre-review'), (c) => (c.review.team = { memberIds: [LEAD.id, REVIEWER.id] })),
      actor: HOST_HEAD,
      event: { type: 'AGREE_REVIEW_PLAN' },
    },
    { guard: 'proposedTeamValid', messageId: 'guard.team-invalid', nested: 'violation.unknown-person', cycle: () => driveTo('self-review'), actor: LEAD, event: team('u-nobody', [LEAD.id, REVIEWER.id]) },
    { guard: 'linesOfEnquiryAgreed', messageId: 'guard.linesOfEnquiryAgreed', cycle: () => driveTo('pre-review'), actor: LEAD, event: { type: 'AGREE_REVIEW_PLAN' } },
    {
      guard: 'reviewDatesFit',
      messageId: 'guard.review-day-missing',
      cycle: () => send(driveTo('pre-review'), LEAD, { type: 'UPDATE_REVIEW_PLAN', linesOfEnquiry: [{ id: 'l1', question: 'How?', questionIds: [] }] }),
      actor: LEAD,
      event: { type: 'AGREE_REVIEW_PLAN' },
    },
    {
      guard: 'reviewDatesFit (too long)',
      messageId: 'guard.review-too-long',
      cycle: () =>
        withClone(send(driveTo('pre-review'), LEAD, { type: 'UPDATE_REVIEW_PLAN', linesOfEnquiry: [{ id: 'l1', question: 'How?', questionIds: [] }] }), (c) => {
          c.review.dates = ['2026-10-20', '2026-10-21'];
        }),
      actor: LEAD,
      event: { type: 'AGREE_REVIEW_PLAN' },
    },
    { guard: 'proposedDatesFit', messageId: 'guard.dates-too-many', cycle: () => driveTo('pre-review'), actor: LEAD, event: { type: 'SET_REVIEW_DATES', dates: ['2026-10-20', '2026-10-21'] } },
    { guard: 'proposedDatesFit (twice)', messageId: 'guard.date-twice', cycle: () => driveTo('pre-review'), actor: LEAD, event: { type: 'SET_REVIEW_DATES', dates: ['2026-10-20', '2026-10-20'] } },
    { guard: 'hasFindings', messageId: 'guard.hasFindings', cycle: () => driveTo('review'), actor: HOST_HEAD, event: { type: 'AGREE_FINDINGS' } },
    {
      guard: 'priorityAgreed',
      messageId: 'guard.priorityAgreed',
      cycle: () => send(driveTo('review'), LEAD, { type: 'SAVE_FINDING', finding: { id: 'f1', kind: 'strength', text: 'x', evidenceIds: [] } }),
      actor: HOST_HEAD,
      event: { type: 'AGREE_FINDINGS' },
    },
    { guard: 'findingsExist', messageId: 'guard.findingsExist', cycle: () => driveTo('review'), actor: LEAD, event: { type: 'REMOVE_FINDING', findingId: 'nope' } },
    { guard: 'evidenceLinked', messageId: 'guard.evidenceLinked', cycle: () => driveTo('review'), actor: LEAD, event: { type: 'SAVE_FINDING', finding: { id: 'f9', kind: 'strength', text: 'x', evidenceIds: ['nope'] } } },
    { guard: 'proposedFacilitatorEligible', messageId: 'guard.facilitator-ineligible', nested: 'violation.unknown-person', cycle: () => driveTo('workshop'), actor: HOST_HEAD, event: { type: 'CHOOSE_FACILITATOR', facilitatorId: 'u-nobody' } },
    {
      guard: 'facilitatorEligible',
      messageId: 'guard.facilitator-ineligible',
      nested: 'violation.facilitator-other-school',
      cycle: () => withClone(driveTo('workshop'), (c) => (c.workshop = { ...c.workshop, facilitatorId: HOST_IC.id, date: '2026-11-10' })),
      actor: HOST_IC,
      event: { type: 'START_WORKSHOP' },
    },
    { guard: 'workshopDated', messageId: 'guard.workshopDated', cycle: workshopReady, actor: IC, event: { type: 'START_WORKSHOP' } },
    { guard: 'workshopStarted', messageId: 'guard.workshopStarted', cycle: () => send(workshopReady(), IC, { type: 'UPDATE_WORKSHOP', date: '2026-11-10' }), actor: IC, event: { type: 'FINISH_WORKSHOP' } },
    {
      guard: 'hasActions',
      messageId: 'guard.hasActions',
      cycle: () => send(send(workshopReady(), IC, { type: 'UPDATE_WORKSHOP', date: '2026-11-10' }), IC, { type: 'START_WORKSHOP' }),
      actor: IC,
      event: { type: 'FINISH_WORKSHOP' },
    },
    {
      guard: 'actionExists',
      messageId: 'guard.actionExists',
      cycle: () => send(send(workshopReady(), IC, { type: 'UPDATE_WORKSHOP', date: '2026-11-10' }), IC, { type: 'START_WORKSHOP' }),
      actor: IC,
      event: { type: 'REMOVE_ACTION', actionId: 'nope' },
    },
    {
      guard: 'actionsComplete',
      messageId: 'guard.actionsComplete',
      nested: 'guard.action-gaps',
      cycle: () => send(driveTo('action-plan'), HOST_HEAD, { type: 'SAVE_ACTION', action: { id: 'a2', what: 'Parents’ workshop' } }),
      actor: HOST_HEAD,
      event: { type: 'PUBLISH_ACTION_PLAN' },
    },
    { guard: 'supportSchoolIsPartner', messageId: 'guard.support-own-school', cycle: () => driveTo('action-plan'), actor: HOST_HEAD, event: { type: 'SAVE_ACTION', action: { id: 'a2', what: 'x', supportSchoolId: 's-kelmarsh' } } },
    { guard: 'supportSchoolIsPartner (unknown school)', messageId: 'school.not-in-partnership', cycle: () => driveTo('action-plan'), actor: HOST_HEAD, event: { type: 'SAVE_ACTION', action: { id: 'a2', what: 'x', supportSchoolId: 's-nowhere' } } },
    {
      guard: 'progressForKnownActions',
      messageId: 'guard.progressForKnownActions',
      cycle: () => driveTo('check-in'),
      actor: LEAD,
      event: { type: 'RECORD_CHECK_IN', heldOn: '2027-02-08', progress: [{ actionId: 'zz', status: 'done' }], nextSteps: '', outcome: 'close' },
    },
    {
      guard: 'checkInNotBeforeWorkshop',
      messageId: 'guard.checkInNotBeforeWorkshop',
      cycle: () => driveTo('check-in'),
      actor: LEAD,
      event: { type: 'RECORD_CHECK_IN', heldOn: '2026-01-01', progress: [], nextSteps: '', outcome: 'continue' },
    },
    { guard: 'questionKnownShape', messageId: 'guard.questionKnownShape', cycle: () => driveTo('self-review'), actor: HOST_HEAD, event: { type: 'PROPOSE_FOCUS', questionIds: ['q1', 'q1'], summary: 'x' } },
    { guard: 'hasPausedFrom', messageId: 'guard.hasPausedFrom', cycle: () => withClone(driveTo('review'), (c) => (c.stage = 'paused')), actor: HOST_HEAD, event: { type: 'RESUME' } },
    {
      guard: 'seesWorkshopDetail',
      messageId: 'guard.seesWorkshopDetail',
      nested: 'policy.view-review-detail',
      // The partnership lead may appoint the facilitator, but is not on this team, so does not see its workshop's detail.
      cycle: () => withClone(driveTo('review'), (c) => (c.review.team = { leadReviewerId: 'u-grace', memberIds: ['u-grace', REVIEWER.id] })),
      actor: LEAD,
      event: { type: 'UPDATE_WORKSHOP', participants: ['Dev Patel'] },
    },
  ];
  for (const c of cases) {
    test(c.guard, () => {
      const refusal = assertWelsh(refusedInWelsh(c.cycle(), c.actor, c.event, c.p), c.messageId, c.guard.split(' ')[0]);
      assert.equal(refusal.code, 'guard-failed');
      if (c.nested) assertNested(refusal, c.nested);
    });
  }

  test('outcomeClose and outcomeContinue only choose between moves: never the reason, in either language', () => {
    const event = { type: 'RECORD_CHECK_IN', heldOn: '2027-02-08', progress: [{ actionId: 'zz', status: 'done' }], nextSteps: '', outcome: 'continue' };
    const { cy: refusal } = refusedInWelsh(driveTo('check-in'), LEAD, event);
    assert.equal(refusal.rule, 'progressForKnownActions');
    const input = { cycle: driveTo('check-in'), event: event as Event, partnership, actor: LEAD };
    assert.equal(formatMessage(GUARDS.outcomeClose(input)!, 'cy'), 'nid yw’n cau’r cylch');
    assert.equal(GUARDS.outcomeContinue(input), null);
  });
  test('planAgreedByBoth and facilitatorEligible (no facilitator): guards no refusal reaches, still in Welsh', () => {
    const input = { cycle: driveTo('pre-review'), event: { type: 'AGREE_REVIEW_PLAN' } as Event, partnership, actor: LEAD };
    assert.equal(formatMessage(GUARDS.planAgreedByBoth(input)!, 'cy'), 'Rhaid i’r adolygydd arweiniol a phennaeth yr ysgol letyol ill dau gytuno ar y cynllun.');
    assert.equal(formatMessage(GUARDS.facilitatorEligible({ ...input, cycle: driveTo('workshop') })!, 'cy'), 'Dewiswch yr Hyrwyddwr Gwella a fydd yn hwyluso’r gweithdy.');
  });
  test('every guard has a test above', () => {
    const tested = new Set(cases.map((c) => c.guard.split(' ')[0]).concat(['outcomeClose', 'outcomeContinue', 'planAgreedByBoth']));
    assert.deepEqual(Object.keys(GUARDS).filter((g) => !tested.has(g)), []);
  });
  test('a guard’s Welsh with its parameters filled', () => {
    const { cy: refusal } = refusedInWelsh(driveTo('pre-review'), LEAD, { type: 'SET_REVIEW_DATES', dates: ['2026-10-20', '2026-10-21'] });
    assert.equal(refusal.reason, 'Mae adolygiad Kelmarsh Road Primary yn para un diwrnod ar y mwyaf.');
    const { cy: gaps } = refusedInWelsh(send(driveTo('action-plan'), HOST_HEAD, { type: 'SAVE_ACTION', action: { id: 'a2', what: 'Parents’ workshop' } }), HOST_HEAD, { type: 'PUBLISH_ACTION_PLAN' });
    assert.equal(gaps.reason, 'Mae angen perchennog, dyddiad cwblhau, meini prawf llwyddiant ar gam gweithredu 2 o hyd.');
  });
});

describe('the other refusals of transition() and runCommand() in Welsh', () => {
  test('wrong-stage', () => {
    const refusal = assertWelsh(refusedInWelsh(driveTo('self-review'), HOST_HEAD, { type: 'AGREE_FINDINGS' }), 'refusal.wrong-stage');
    assert.equal(refusal.reason, 'Ni ellir gwneud hyn tra bo’r adolygiad ar gam yr hunanwerthuso.');
    const done = assertWelsh(refusedInWelsh(withClone(driveTo('check-in'), (c) => (c.stage = 'complete')), HOST_HEAD, { type: 'SAVE_ACTION', action: { id: 'a1', what: 'x' } }), 'refusal.wrong-stage');
    assert.equal(done.reason, 'Ni ellir gwneud hyn gan fod yr adolygiad wedi’i gwblhau.');
  });
  test('invalid-event, with each issue in Welsh', () => {
    const unknown = assertWelsh(refusedInWelsh(driveTo('self-review'), HOST_HEAD, { type: 'DELETE_EVERYTHING' }), 'refusal.invalid-event');
    assert.match(unknown.reason, /^Nid yw’r digwyddiad DELETE_EVERYTHING yn ddilys: type: Math annilys\. Disgwylid 'RECORD_RESPONSE'/);
    const long = assertWelsh(refusedInWelsh(driveTo('self-review'), HOST_HEAD, { type: 'RECORD_RESPONSE', questionId: 'q', evidence: 'x'.repeat(20_001) }), 'refusal.invalid-event');
    assert.equal(long.reason, 'Nid yw’r digwyddiad RECORD_RESPONSE yn ddilys: evidence: Rhy hir: disgwylid dim mwy na 20000 nod');
    const missing = assertWelsh(refusedInWelsh(driveTo('self-review'), HOST_HEAD, { type: 'RECORD_RESPONSE', level: 'excellent' }), 'refusal.invalid-event');
    assert.match(missing.reason, /questionId: Mewnbwn annilys: disgwylid testun, cafwyd dim gwerth/);
  });
  test('wrong-partnership', () => {
    const other = Partnership.parse({ ...partnership, id: 'p-other' });
    const refusal = assertWelsh(refusedInWelsh(driveTo('self-review'), HOST_HEAD, { type: 'SUBMIT_SELF_REVIEW' }, other), 'refusal.wrong-partnership');
    assert.equal(refusal.code, 'wrong-partnership');
  });

  const command = (target: Parameters<typeof runCommand>[0], event: unknown, actor = LEAD, existing: Cycle[] = []) => {
    const cyResult = runCommand(target, event, { actor, partnership, now: NOW, locale: 'cy' }, existing);
    const enResult = runCommand(target, event, { actor, partnership, now: NOW }, existing);
    if (cyResult.ok || enResult.ok) assert.fail('expected a refusal');
    return { cy: cyResult.refusal, en: enResult.refusal };
  };
  const draft = (): Schedule => {
    const { publishedAt: _published, ...rest } = demoSchedule(demoCycles(partnership), partnership);
    return rest as Schedule;
  };
  test('hostInPartnership (runCommand CREATE_CYCLE)', () => {
    assertWelsh(command({ kind: 'cycle', id: 'c-new', current: undefined }, { type: 'CREATE_CYCLE', hostSchoolId: 's-nowhere' }), 'school.not-in-partnership', 'hostInPartnership');
  });
  test('noGradingLanguage (runCommand SAVE_FRAMEWORK)', () => {
    const pack = structuredClone(DEFAULT_FRAMEWORK);
    pack.areas[0]!.aims[0]!.questions[0]!.text = 'Is our partnership outstanding?';
    const refusal = assertWelsh(command({ kind: 'framework', id: pack.id, current: undefined }, { type: 'SAVE_FRAMEWORK', pack }), 'command.grading-language', 'noGradingLanguage');
    assert.equal(refusal.reason, 'Mae’r cwestiwn "pr-shared-responsibility" yn defnyddio iaith graddio ("outstanding"): gofynnwch i ba raddau y mae rhywbeth yn rhan o’r arfer yn lle hynny.');
  });
  test('scheduleValid (runCommand PUBLISH_SCHEDULE), with each problem in Welsh', () => {
    const schedule = draft();
    const broken = { ...schedule, reviews: schedule.reviews.filter((r) => r.hostSchoolId !== 's-westgate') };
    const refusal = assertWelsh(command({ kind: 'schedule', id: broken.id, current: broken }, { type: 'PUBLISH_SCHEDULE' }), 'command.publish-refused', 'scheduleValid');
    assertNested(refusal, 'publish.breaks-rules');
    assert.ok(refusal.reason.includes('Nid oes adolygiad ar gyfer Westgate All-Through School yn yr amserlen hon: caiff pob ysgol ei hadolygu o leiaf unwaith y flwyddyn.'), refusal.reason);
  });
  test('no-record, record-exists, not a create, a bad id, a mismatched pack, a framework edited in part, published twice', () => {
    const cycle = driveTo('self-review');
    assertWelsh(command({ kind: 'cycle', id: 'missing', current: undefined }, { type: 'SUBMIT_SELF_REVIEW' }), 'command.no-record');
    const exists = assertWelsh(command({ kind: 'cycle', id: cycle.id, current: cycle }, { type: 'CREATE_CYCLE', hostSchoolId: 's-kelmarsh' }), 'command.record-exists');
    assert.equal(exists.reason, 'Mae’r cylch adolygu "c-kelmarsh" yn bodoli eisoes.');
    const schedule = draft();
    assert.equal(command({ kind: 'schedule', id: schedule.id, current: schedule }, { type: 'CREATE_SCHEDULE' }).cy.reason, `Mae’r amserlen "${schedule.id}" yn bodoli eisoes.`);
    assertWelsh(command({ kind: 'schedule', id: 's-x', current: undefined }, { type: 'CREATE_CYCLE', hostSchoolId: 's-ashby' }), 'command.not-a-create');
    assertWelsh(command({ kind: 'cycle', id: 'bad id!', current: undefined }, { type: 'CREATE_CYCLE', hostSchoolId: 's-ashby' }), 'command.bad-id');
    assertWelsh(command({ kind: 'framework', id: 'pack-other', current: undefined }, { type: 'SAVE_FRAMEWORK', pack: DEFAULT_FRAMEWORK }), 'command.pack-id-mismatch');
    assertWelsh(command({ kind: 'framework', id: DEFAULT_FRAMEWORK.id, current: DEFAULT_FRAMEWORK }, { type: 'SET_REVIEWS', reviews: [] }), 'command.framework-whole');
    const published = { ...schedule, publishedAt: NOW };
    assertWelsh(command({ kind: 'schedule', id: published.id, current: published }, { type: 'PUBLISH_SCHEDULE' }), 'command.already-published');
  });
  test('edits of partnership records', () => {
    const ctx = { actor: LEAD, partnership, now: NOW, locale: 'cy' };
    const published = { ...draft(), publishedAt: NOW };
    const onPublished = applyScheduleEdit(published, { type: 'SET_REVIEWS', reviews: [] }, ctx);
    assert.ok(!onPublished.ok && onPublished.refusal.messageId === 'edit.schedule-published');
    assert.equal(onPublished.refusal.reason, 'Mae’r amserlen hon wedi’i chyhoeddi; newidiwch bob adolygiad yn ei gylch adolygu ei hun.');
    const missing = applyScheduleEdit(draft(), { type: 'UPDATE_REVIEW', reviewId: 'nope' }, ctx);
    assert.ok(!missing.ok && missing.refusal.reason === 'Nid yw’r adolygiad hwnnw yn yr amserlen.');
    const reflection = createReflection({ id: 'r-1', partnership, workshop: 'getting-started' });
    const impact = applyReflectionEdit(reflection, { type: 'REMOVE_IMPACT', id: 'nope' }, ctx);
    assert.ok(!impact.ok && impact.refusal.reason === 'Nid yw’r nodyn effaith hwnnw’n bodoli.');
    const invalid = applyReflectionEdit(reflection, { type: 'SAVE_IMPACT' }, ctx);
    assert.ok(!invalid.ok && invalid.refusal.messageId === 'edit.invalid' && invalid.refusal.reason.startsWith('Nid yw’r newid SAVE_IMPACT yn ddilys: note: '));
    const other = applyReflectionEdit({ ...reflection, partnershipId: 'p-other' }, { type: 'REMOVE_IMPACT', id: 'x' }, ctx);
    assert.ok(!other.ok && other.refusal.reason === 'Mae’r cofnod hwn yn perthyn i bartneriaeth arall.');
    const notLead = applyScheduleEdit(draft(), { type: 'SET_REVIEWS', reviews: [] }, { ...ctx, actor: HOST_HEAD });
    assert.ok(!notLead.ok && notLead.refusal.reason === 'Dim ond arweinydd y bartneriaeth sy’n gallu gwneud hyn.');
  });
});

// ---------------------------------------------------------------------------------------------
// What UIs read

describe('what widgets read, in a locale', () => {
  test('availableEvents and canSend give Welsh reasons with the message to re-render them', () => {
    const cycle = driveTo('self-review');
    const submit = availableEvents(cycle, HOST_SL, partnership, 'cy').find((e) => e.type === 'SUBMIT_SELF_REVIEW')!;
    assert.equal(submit.allowed, false);
    assert.equal(submit.reason, 'Dim ond pennaeth Kelmarsh Road Primary sy’n gallu gwneud hyn.');
    assert.equal(explainRefusal(submit, 'en-GB'), 'Only the headteacher of Kelmarsh Road Primary can do this.');
    const guard = availableEvents(createCycle({ id: 'c', partnership, hostSchoolId: 's-kelmarsh' }), HOST_HEAD, partnership, 'cy').find((e) => e.type === 'SUBMIT_SELF_REVIEW')!;
    assert.equal(guard.messageId, 'guard.focusProposed');
    const stage = canSend(cycle, HOST_HEAD, partnership, 'AGREE_FINDINGS', 'cy');
    assert.equal(stage.reason, 'Ni ellir gwneud hyn tra bo’r adolygiad ar gam yr hunanwerthuso.');
    assert.equal(canSend(cycle, HOST_HEAD, partnership, 'AGREE_FINDINGS').reason, 'This cannot be done while the review is at the self-review stage.');
    assert.deepEqual([stageName('pre-review'), stageName('pre-review', 'cy')], ['pre-review meeting', 'cyfarfod cyn yr adolygiad']);
  });

  test('schedule problems in Welsh (planSchedule, validateSchedule), the same problems as in en-GB', () => {
    const p = demoPartnership();
    for (const person of p.people) if (person.jobRole === 'headteacher' && person.schoolId !== 's-ashby') person.trained = [];
    const cyPlan = planSchedule(p, { locale: 'cy' });
    const enPlan = planSchedule(p);
    assert.ok(!cyPlan.ok && !enPlan.ok);
    assert.deepEqual(cyPlan.problems.map((x) => x.messageId), enPlan.problems.map((x) => x.messageId));
    assert.equal(cyPlan.problems[0]!.message, 'Nid oes pennaeth o ysgol arall wedi’i hyfforddi i arwain adolygiad Ashby Brook Primary.');
    assert.equal(formatMessage(cyPlan.problems[0]!, 'en-GB'), enPlan.problems[0]!.message);
    const schedule = demoSchedule(demoCycles(partnership), partnership);
    const broken = { ...schedule, reviews: schedule.reviews.map((r) => (r.hostSchoolId === 's-ashby' ? { ...r, memberIds: [...r.memberIds, 'u-ben'] } : r)) };
    const own = validateSchedule(partnership, broken, 'cy').find((x) => x.rule === 'own-school')!;
    assert.equal(own.message, 'Adolygiad Ashby Brook Primary: Mae Ben Hartley yn aelod o staff Ashby Brook Primary: nid oes neb yn adolygu ei ysgol ei hun.');
  });

  test('tailoring problems and the tailored default framework in Welsh', () => {
    const tailored = tailorFramework(DEFAULT_FRAMEWORK, { hidden: ['sr-nope'], reworded: { 'sr-curriculum': 'Is our curriculum outstanding?' } }, { locale: 'cy' });
    assert.equal(tailored.name, 'Fframwaith ymholi SPP');
    assert.equal(tailored.areas[3]!.title, 'Ymrwymiad i ddisgyblion');
    const hidden = tailored.problems.find((x) => x.code === 'hidden-unknown')!;
    assert.equal(hidden.message, 'Mae "sr-nope" wedi’i guddio, ond nid yw’n gwestiwn yn y fframwaith, felly nid yw ei guddio yn cael unrhyw effaith.');
    const reworded = tailored.areas.flatMap((a) => a.aims.flatMap((aim) => aim.questions)).find((q) => q.id === 'sr-curriculum')!;
    assert.equal(reworded.text, 'Is our curriculum outstanding?', 'the partnership’s own wording stays as written');
    assert.equal(reworded.originalText, cyDefaultFramework.questions!['sr-curriculum']!.text);
    assert.equal(tailorFramework(DEFAULT_FRAMEWORK, { hidden: ['sr-nope'] }).problems[0]!.message, '"sr-nope" is marked as hidden but is not a question in the framework, so hiding it has no effect.');
  });

  test('localiseFramework keeps what a table leaves out, and never changes the pack it is given', () => {
    const before = JSON.stringify(DEFAULT_FRAMEWORK);
    const partial = localiseFramework(DEFAULT_FRAMEWORK, { questions: { 'sr-curriculum': { text: 'Cwestiwn', prompts: ['only one'] } } });
    const q = partial.areas.flatMap((a) => a.aims.flatMap((aim) => aim.questions)).find((x) => x.id === 'sr-curriculum')!;
    assert.equal(q.text, 'Cwestiwn');
    assert.equal(q.prompts.length, 2, 'prompts replaced only as a whole list of the same length');
    assert.equal(partial.areas[0]!.title, DEFAULT_FRAMEWORK.areas[0]!.title);
    assert.equal(JSON.stringify(DEFAULT_FRAMEWORK), before);
  });

  test('the tracker CSV: en-GB as before, cy headers and values', () => {
    const cycles = demoCycles(partnership);
    const en = cyclesCsv(cycles, partnership, '2026-12-01');
    assert.ok(en.startsWith('School,Stage,Next step due,Overdue,Workshop held,Check-in held,Lead reviewer,Facilitator,Improvement priority\r\n'));
    assert.match(en, /\r\nAshby Brook Primary,self-review,/);
    const welsh = cyclesCsv(cycles, partnership, '2026-12-01', { locale: 'cy' });
    assert.ok(welsh.startsWith('Ysgol,Cam,Dyddiad y cam nesaf,Yn hwyr,Gweithdy wedi’i gynnal,Cyfarfod gwirio cynnydd wedi’i gynnal,Adolygydd arweiniol,Hwylusydd,Blaenoriaeth wella\r\n'));
    assert.match(welsh, /\r\nAshby Brook Primary,hunanwerthuso,[^,]*,(ie|na),(ie|na),(ie|na),/);
  });

  test('locales: resolving tags, en-GB for anything core has no catalogue for, cy once loaded', () => {
    assert.deepEqual(['cy', 'CY-gb', 'cy_GB', 'en', 'en-US', 'fr', '', undefined, null].map((t) => resolveLocale(t)), ['cy', 'cy', 'cy', 'en-GB', 'en-GB', 'en-GB', 'en-GB', 'en-GB', 'en-GB']);
    assert.equal(isLocaleLoaded('cy-GB'), true);
    assert.equal(formatMessage({ messageId: 'policy.not-member', params: {} }, 'fr'), 'You are not a member of this partnership.');
    assert.equal(formatMessage({ messageId: 'policy.not-member', params: {} }, 'cy-GB'), 'Nid ydych yn aelod o’r bartneriaeth hon.');
    assert.equal(formatMessage({ messageId: 'policy.not-member', params: {} }, { 'policy.not-member': () => 'Ours' }), 'Ours', 'a catalogue of a partnership’s own');
    assert.equal(explainRefusal({ reason: 'Stored by an older version.' }, 'cy'), 'Stored by an older version.', 'a refusal without a message keeps its reason');
    assert.equal(explainRefusal({ reason: 'x', messageId: 'no.such-message', params: {} }, 'cy'), 'x');
  });
});

describe('validation issues: en-GB exactly as zod writes them, cy from the catalogue', () => {
  const inputs: Array<[string, z.ZodMiniType, unknown]> = [
    ['an unknown event', CycleEvent, { type: 'DELETE_EVERYTHING' }],
    ['a missing field', CycleEvent, { type: 'RECORD_RESPONSE' }],
    ['a wrong type', CycleEvent, { type: 'RECORD_RESPONSE', questionId: 5 }],
    ['an unknown level', CycleEvent, { type: 'RECORD_RESPONSE', questionId: 'q', level: 'excellent' }],
    ['text over the limit', CycleEvent, { type: 'RECORD_RESPONSE', questionId: 'q', evidence: 'x'.repeat(20_001) }],
    ['a bad id', CycleEvent, { type: 'RECORD_RESPONSE', questionId: 'no spaces' }],
    ['an empty id', CycleEvent, { type: 'RECORD_RESPONSE', questionId: '' }],
    ['a bad date', CycleEvent, { type: 'SET_REVIEW_DATES', dates: ['2026-13-40'] }],
    ['a list that is not one', CycleEvent, { type: 'SET_REVIEW_DATES', dates: 'soon' }],
    ['no event', CycleEvent, null],
    ['a partnership with a bad link and team size', Partnership, { ...partnership, mou: { documentUrl: 'javascript:alert(1)' }, config: { ...partnership.config, teamSize: { min: 4, max: 2 } } }],
    ['a partnership with bad numbers', Partnership, { ...partnership, config: { ...partnership.config, checkInDays: 0, maxReviewsPerPerson: 1.5 } }],
  ];
  for (const [what, schema, input] of inputs) {
    test(what, () => {
      const result = schema.safeParse(input);
      assert.ok(!result.success);
      const zodEnglish = result.error.issues.map((i) => `${i.path.length ? i.path.map(String).join('.') : '(document)'}: ${i.message}`);
      assert.deepEqual(describeIssues(result.error), zodEnglish, 'en-GB: word for word what zod writes');
      const messages = issueMessages(result.error);
      const custom = messages.filter((m) => (m.params['issue'] as Message).messageId === 'issue.custom');
      assert.deepEqual(custom.map((m) => formatMessage(m)), [], 'every issue has a catalogue entry');
      const welsh = describeIssues(result.error, 'cy');
      welsh.forEach((line, i) => assert.notEqual(line, zodEnglish[i], `cy: ${line}`));
    });
  }
  test('a schema’s own message in Welsh', () => {
    const result = Partnership.safeParse({ ...partnership, mou: { documentUrl: 'ftp://x' } });
    assert.ok(!result.success);
    assert.deepEqual(describeIssues(result.error, 'cy'), ['mou.documentUrl: Rhaid i ddolen dogfen fod yn gyfeiriad gwe sy’n dechrau https:// (neu http://).']);
  });
});

describe('loading', () => {
  test('core’s main entry never imports the cy catalogue: it is loaded on demand, by a static path', () => {
    const src = resolve(dirname(fileURLToPath(import.meta.url)), '../src');
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const code = readFileSync(file, 'utf8');
      // Static imports and re-exports only (`import type` is erased; `import(...)` loads on demand).
      for (const [, spec] of code.matchAll(/^(?:import|export)\s+(?!type\b)[^;]*?from\s+'(\.[^']+)'/gm)) {
        const base = join(dirname(file), spec!);
        const next = [`${base}.ts`, join(base, 'index.ts')].find((f) => {
          try {
            readFileSync(f);
            return true;
          } catch {
            return false;
          }
        });
        if (next) visit(next);
      }
    };
    visit(join(src, 'index.ts'));
    const reached = [...seen].map((f) => f.slice(src.length + 1));
    assert.ok(reached.includes('i18n/en-GB.ts'));
    assert.deepEqual(reached.filter((f) => /i18n\/(cy|framework-cy)\.ts$/.test(f)), []);
    assert.match(readFileSync(join(src, 'i18n/locale.ts'), 'utf8'), /await import\('\.\/cy'\)/);
  });
  test('loadLocale resolves to the cy bundle', async () => {
    const bundle = await loadLocale('cy-GB');
    assert.equal(bundle, cy);
    assert.equal((await loadLocale('fr')).locale, 'en-GB');
  });
});

describe('the default review windows in the reader’s language', () => {
  test('defaultReviewWindows names its terms in the locale asked for, and termName() names a default window in any locale', () => {
    const english = defaultReviewWindows('2026-27');
    assert.deepEqual(english.map((w) => [w.season, w.term]), [['autumn', 'Autumn term'], ['spring', 'Spring term'], ['summer', 'Summer term']]);
    assert.deepEqual(defaultReviewWindows('2026-27', 'cy').map((w) => w.term), ['Tymor yr hydref', 'Tymor y gwanwyn', 'Tymor yr haf']);
    // A window saved in English reads in Welsh; one the partnership named keeps its own name.
    assert.equal(termName(english[1]!, 'cy'), 'Tymor y gwanwyn');
    assert.equal(termName({ term: 'Hanner tymor 3' }, 'en-GB'), 'Hanner tymor 3');
    assert.deepEqual(ReviewWindow.parse(english[0]), english[0], 'the season is kept when a schedule is read');
  });
});
