/**
 * Hardening sweep 4 (widget side): role rules through the widgets' UI. The SDK side is
 * test/node/hardening/roles.test.ts; here the same rules are met as a person meets them.
 *
 * - Read-only: for each editing widget, people the rules keep from editing get no free-text field
 *   or choice to change, and the widget shows core's own reason (`can()`), word for word (a widget
 *   never restates a rule).
 * - Not shared: what core keeps from a person (a school's self-review answers, the working detail
 *   of a review, evidence notes) is nowhere in the widget for them, the programme associate and a
 *   partnership lead who takes no part in the review included.
 * - Tried anyway: actions a person can reach in the UI but core refuses (an Improvement Champion
 *   appointing someone else as facilitator; a senior leader submitting the self-review or
 *   publishing the action plan) are refused with core's reason shown, `spp-refused` carries the
 *   rule, and nothing is written.
 */
import { expect, fixture, html } from '@open-wc/testing';
import {
  applyReflectionEdit,
  can,
  createReflection,
  createStore,
  memoryAdapter,
  planSchedule,
  type Cycle,
  type DocumentKind,
  type Partnership,
  type PolicyAction,
  type Store,
} from '@spp/core';
import { demoCycle, demoPartnership } from '@spp/core/demo';
import type { SppRefusedEvent } from '../../../packages/elements/src/shared/events';
import '../../../packages/elements/src/evidence-log/evidence-log.define';
import '../../../packages/elements/src/partnership-goals/partnership-goals.define';
import '../../../packages/elements/src/impact-review/impact-review.define';
import { $, $$, alerts, buttonNamed, controller, deepText, partnership, settled, watchErrors, type Widget } from './support';

const schedule = () => {
  const result = planSchedule(partnership, { scheduleId: 'schedule-2026-27' });
  if (!result.ok) throw new Error('the demo year should plan');
  return result.schedule;
};
const reflection = () => createReflection({ id: `reflection-${partnership.academicYear}-getting-started`, partnership, workshop: 'getting-started' });

interface Case {
  tag: string;
  kind: DocumentKind;
  doc: () => { id: string };
  attrs: (id: string) => Record<string, string>;
  who: string;
  /** The action whose refusal the widget must explain, and the cycle it is asked about. */
  action: PolicyAction;
  cycle?: boolean;
  /** Controls that must not be offered to this person (free text, and the widget's own choices). */
  none: string;
}

const cycleCase = (tag: string, school: string, stage: Cycle['stage'], who: string, action: PolicyAction, none = 'textarea, input[type="text"], input:not([type])'): Case => ({
  tag,
  kind: 'cycle',
  doc: () => demoCycle(school, stage, partnership),
  attrs: (id) => ({ 'cycle-id': id, ...(tag === 'spp-action-plan' ? { today: '2026-11-20' } : {}) }),
  who,
  action,
  cycle: true,
  none,
});

const READ_ONLY: Case[] = [
  // A middle leader of the host school reads its self-review; its leaders write it.
  cycleCase('spp-self-review', 's-ashby', 'self-review', 'u-chloe', 'edit-self-review', 'textarea, input'),
  // The associate: the school's self-review is not shared with her (she reads no more than the partnership lead).
  cycleCase('spp-self-review', 's-ashby', 'self-review', 'u-tessa', 'view-self-review', 'textarea, input'),
  // A senior leader of the host school: the plan is agreed by the lead reviewer and the host head.
  cycleCase('spp-review-plan', 's-kelmarsh', 'pre-review', 'u-erin', 'plan-review', 'textarea, input, select'),
  // The associate follows the plan without its lines of enquiry and timetable.
  cycleCase('spp-review-plan', 's-kelmarsh', 'pre-review', 'u-tessa', 'view-review-detail', 'textarea, input, select'),
  // Another school's head: evidence notes stay with the review team and the host head.
  cycleCase('spp-evidence-log', 's-oakfield', 'review', 'u-priya', 'view-evidence', 'textarea, input, select'),
  // Another school's head at Millbrook's workshop and action plan.
  cycleCase('spp-workshop-planner', 's-millbrook', 'workshop', 'u-priya', 'plan-workshop', 'textarea, input, select'),
  cycleCase('spp-workshop-planner', 's-millbrook', 'workshop', 'u-tessa', 'view-review-detail', 'textarea, input, select'),
  cycleCase('spp-action-plan', 's-millbrook', 'action-plan', 'u-priya', 'edit-action-plan', 'textarea, input, select'),
  cycleCase('spp-action-plan', 's-millbrook', 'action-plan', 'u-tessa', 'edit-action-plan', 'textarea, input, select'),
  // Partnership-wide records: the lead plans the schedule and edits the partnership; heads record reflections.
  {
    tag: 'spp-review-schedule',
    kind: 'schedule',
    doc: schedule,
    attrs: (id) => ({ 'schedule-id': id }),
    who: 'u-dev',
    action: 'plan-schedule',
    none: 'textarea, input, select',
  },
  { tag: 'spp-partnership-goals', kind: 'partnership', doc: () => demoPartnership(), attrs: () => ({}), who: 'u-dev', action: 'edit-partnership', none: 'textarea, input, select' },
  { tag: 'spp-impact-review', kind: 'reflection', doc: reflection, attrs: () => ({ workshop: 'getting-started' }), who: 'u-erin', action: 'edit-reflection', none: 'textarea, input, select' },
  { tag: 'spp-impact-review', kind: 'reflection', doc: reflection, attrs: () => ({ workshop: 'getting-started' }), who: 'u-tessa', action: 'edit-reflection', none: 'textarea, input, select' },
];

async function mountOn(tag: string, store: Store, who: string, attrs: Record<string, string>, p: Partnership = partnership): Promise<Widget> {
  const el = document.createElement(tag) as unknown as Widget & Record<string, unknown>;
  el['store'] = store;
  el['partnership'] = p;
  el.setAttribute('actor-id', who);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  await fixture(html`<div>${el}</div>`);
  await settled(el);
  return el;
}

/** A store holding one document, and its raw text to compare against after the test. */
function storeOf(kind: DocumentKind, doc: { id: string }) {
  const key = `${kind}/${doc.id}`;
  const raw = JSON.stringify(doc);
  const adapter = memoryAdapter({ initial: { [key]: raw } });
  return { store: createStore(adapter), unchanged: async () => expect((await adapter.read(key))!.value, 'nothing was written').to.equal(raw) };
}

/** Everything a person can read in the widget, including its live regions and descriptions. */
const readable = (el: Widget) => deepText(el.shadowRoot!).replace(/\s+/g, ' ');

describe('Hardening: role rules through the widgets', function () {
  this.timeout(30_000);
  beforeEach(() => localStorage.clear());

  describe('people the rules keep from editing get a read-only widget with core’s reason', () => {
    for (const c of READ_ONLY) {
      it(`<${c.tag}> as ${c.who}: nothing to change, and core’s reason for “${c.action}”`, async () => {
        const watcher = watchErrors();
        const doc = c.doc();
        const { store, unchanged } = storeOf(c.kind, doc);
        const el = await mountOn(c.tag, store, c.who, c.attrs(doc.id));
        expect(controller(el).loadState).to.equal('ready');
        const decision = can({ id: c.who }, c.action, c.cycle ? (doc as Cycle) : null, partnership);
        expect(decision.allowed, `core refuses ${c.who} ${c.action}`).to.equal(false);
        if (decision.allowed) return;
        expect(readable(el), 'core’s reason, word for word').to.contain(decision.reason);
        expect($$(el, c.none).map((n) => `<${n.localName} id="${n.id}">`), 'no control to change it').to.deep.equal([]);
        await expect(el).to.be.accessible();
        window.dispatchEvent(new Event('pagehide'));
        await el.flush();
        el.remove();
        await unchanged();
        watcher.stop();
        expect(watcher.errors).to.deep.equal([]);
      });
    }
  });

  describe('what core does not share with a person is nowhere in the widget', () => {
    // Texts of each demo cycle that only some people may read, keyed by the policy action that decides.
    const secrets = (cycle: Cycle): [PolicyAction, string][] => [
      ...Object.values(cycle.selfReview.responses).map((r) => ['view-self-review', r.evidence] as [PolicyAction, string]),
      ...cycle.review.evidence.map((e) => ['view-evidence', e.note] as [PolicyAction, string]),
      ...cycle.preReview.linesOfEnquiry.map((l) => ['view-review-detail', l.question] as [PolicyAction, string]),
      ...cycle.preReview.evidencePlan.filter((a) => a.note).map((a) => ['view-review-detail', a.note] as [PolicyAction, string]),
      ...cycle.workshop.whys.map((w) => ['view-review-detail', w] as [PolicyAction, string]),
      ...cycle.workshop.causes.map((c) => ['view-review-detail', c.text] as [PolicyAction, string]),
      ...(cycle.workshop.rootCause ? [['view-review-detail', cycle.workshop.rootCause] as [PolicyAction, string]] : []),
    ];
    // Each widget, and whether it shows a reviewer on the team some of those texts (the action plan shows none).
    const WIDGETS: [tag: string, school: string, stage: Cycle['stage'], showsSecrets: boolean][] = [
      ['spp-self-review', 's-ashby', 'self-review', true],
      ['spp-review-plan', 's-kelmarsh', 'pre-review', true],
      ['spp-evidence-log', 's-oakfield', 'review', true],
      ['spp-workshop-planner', 's-millbrook', 'workshop', true],
      ['spp-action-plan', 's-millbrook', 'action-plan', false],
    ];
    // The associate, a partnership lead who takes no part (Priya leads the partnership here), other
    // schools' people; and those taking part, to show the texts are there to be hidden.
    const leadElsewhere = {
      ...partnership,
      people: partnership.people.map((p) => (p.id === 'u-priya' ? { ...p, programmeRoles: [...p.programmeRoles, 'partnership-lead' as const] } : p)),
    };
    for (const [tag, school, stage, showsSecrets] of WIDGETS) {
      it(`<${tag}> at ${school}'s ${stage}: the associate, a partnership lead who takes no part and others see only what core shares`, async () => {
        const cycle = demoCycle(school, stage, partnership);
        const all = secrets(cycle);
        expect(all.length, 'the demo cycle holds confidential text').to.be.greaterThan(0);
        const reviewer = cycle.review.team.memberIds.at(-1)!;
        for (const who of ['u-tessa', 'u-priya', 'u-sam', 'u-amara', reviewer]) {
          const { store } = storeOf('cycle', cycle);
          const el = await mountOn(tag, store, who, { 'cycle-id': cycle.id, ...(tag === 'spp-action-plan' ? { today: '2026-11-20' } : {}) }, leadElsewhere);
          expect(controller(el).loadState).to.equal('ready');
          const shown = readable(el);
          for (const [action, secret] of all) {
            if (!can({ id: who }, action, cycle, leadElsewhere).allowed) expect(shown, `${who} (${action}): “${secret.slice(0, 40)}…”`).to.not.contain(secret);
          }
          if (who === reviewer && showsSecrets) expect(all.some(([, secret]) => shown.includes(secret)), 'a reviewer on the team reads them').to.equal(true);
          el.remove();
        }
        for (const who of ['u-tessa', 'u-priya']) {
          for (const action of ['view-self-review', 'view-review-detail', 'view-evidence'] as const) {
            expect(can({ id: who }, action, cycle, leadElsewhere).allowed, `${who} ${action}`).to.equal(false);
          }
        }
      });
    }
  });

  describe('actions a person can reach but core refuses: refused with core’s reason, nothing written', () => {
    it('an Improvement Champion taking on Kelmarsh’s workshop may choose herself, not appoint another Improvement Champion', async () => {
      const cycle = demoCycle('s-kelmarsh', 'review', partnership);
      expect(cycle.workshop.facilitatorId).to.equal(undefined);
      const { store, unchanged } = storeOf('cycle', cycle);
      const el = await mountOn('spp-workshop-planner', store, 'u-isla', { 'cycle-id': cycle.id });
      const refusals: SppRefusedEvent[] = [];
      el.addEventListener('spp-refused', (e) => refusals.push(e));
      const select = $<HTMLSelectElement>(el, 'select[id*="facilitator"]');
      expect(select, 'Isla is offered the facilitator choice').to.exist;
      const offered = [...select!.options].map((o) => o.value);
      const choose = async (id: string) => {
        select!.value = id;
        select!.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
        await el.updateComplete;
      };
      if (offered.includes('u-leon')) {
        // The widget offers Leon: choosing him is refused by core, with its reason.
        await choose('u-leon');
        const decision = can({ id: 'u-isla' }, 'plan-workshop', cycle, partnership, { facilitatorId: 'u-leon' });
        expect(decision.allowed).to.equal(false);
        if (!decision.allowed) {
          expect(alerts(el)).to.equal(`Not done: ${decision.reason}`);
          expect(refusals.map((r) => r.refusal.rule)).to.deep.equal(['facilitator-only']);
        }
        await el.flush();
        await unchanged();
      } else {
        // Or the widget offers only whom core lets Isla name (core's facilitatorChoices).
        expect(offered.filter(Boolean)).to.deep.equal(['u-isla']);
      }
      // Taking it on herself is accepted and saved.
      await choose('u-isla');
      expect(alerts(el)).to.equal('');
      await el.flush();
      expect((await store.get('cycle', cycle.id))!.workshop.facilitatorId).to.equal('u-isla');
    });

    it('a senior leader of the host school writes the self-review but cannot submit it: core’s reason, and the stage stays', async () => {
      const cycle = demoCycle('s-ashby', 'self-review', partnership);
      const { store, unchanged } = storeOf('cycle', cycle);
      const el = await mountOn('spp-self-review', store, 'u-ben', { 'cycle-id': cycle.id });
      const decision = can({ id: 'u-ben' }, 'submit-self-review', cycle, partnership);
      expect(decision.allowed).to.equal(false);
      if (decision.allowed) return;
      expect($$(el, 'textarea').length, 'Ben may write it').to.be.greaterThan(0);
      const submit = $<HTMLButtonElement>(el, '#submit');
      expect(submit, 'the submit button is there, marked unavailable').to.exist;
      expect(submit!.getAttribute('aria-disabled')).to.equal('true');
      expect(readable(el)).to.contain(decision.reason);
      submit!.click();
      await el.updateComplete;
      expect($(el, '[data-action="confirm-submit"], [data-confirm-submit]'), 'no confirmation offered').to.equal(null);
      await el.flush();
      expect(controller(el).doc).to.have.property('stage', 'self-review');
      await unchanged();
    });

    it('a senior leader of the host school edits the action plan but cannot publish it: core’s reason, and the stage stays', async () => {
      const cycle = demoCycle('s-millbrook', 'action-plan', partnership);
      const { store, unchanged } = storeOf('cycle', cycle);
      const el = await mountOn('spp-action-plan', store, 'u-kirsty', { 'cycle-id': cycle.id, today: '2026-11-20' });
      const decision = can({ id: 'u-kirsty' }, 'publish-action-plan', cycle, partnership);
      expect(decision.allowed).to.equal(false);
      if (decision.allowed) return;
      expect($$(el, 'textarea').length, 'Kirsty may edit the plan').to.be.greaterThan(0);
      const publish = buttonNamed(el, /publish/i);
      expect(publish, 'the publish button is there, marked unavailable').to.exist;
      expect(publish!.getAttribute('aria-disabled')).to.equal('true');
      expect(readable(el)).to.contain(decision.reason);
      publish!.click();
      await el.updateComplete;
      expect($(el, '[data-confirm-publish]'), 'no confirmation offered').to.equal(null);
      await el.flush();
      expect(controller(el).doc).to.have.property('stage', 'action-plan');
      await unchanged();
    });

    it('the impact review: a reflection recorded by the heads is read-only for the associate even with unsaved edits of hers on this device', async () => {
      // Tessa's journal (say, from a shared laptop session) holds an edit core would refuse her.
      const doc = reflection();
      const withNote = applyReflectionEdit(doc, { type: 'SET_REFLECTION_DETAILS', nextSteps: 'Agreed by the heads' }, { actor: { id: 'u-amara' }, partnership });
      if (!withNote.ok) throw new Error(withNote.refusal.reason);
      const { store, unchanged } = storeOf('reflection', withNote.doc);
      localStorage.setItem(
        `spp-journal:${partnership.id}:reflection/${doc.id}`,
        JSON.stringify({ id: doc.id, actorId: 'u-tessa', baseRevision: withNote.doc.revision, edits: [{ event: { type: 'SET_REFLECTION_DETAILS', nextSteps: 'Overwritten by the associate' }, at: new Date().toISOString() }] }),
      );
      const el = await mountOn('spp-impact-review', store, 'u-tessa', { workshop: 'getting-started' });
      const decision = can({ id: 'u-tessa' }, 'edit-reflection', null, partnership);
      expect(decision.allowed).to.equal(false);
      if (decision.allowed) return;
      expect(readable(el)).to.contain('Agreed by the heads');
      expect(readable(el)).to.contain(decision.reason);
      await el.flush();
      el.remove();
      await unchanged();
    });
  });
});
