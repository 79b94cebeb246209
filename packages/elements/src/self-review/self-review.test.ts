import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  DEFAULT_FRAMEWORK,
  can,
  createCycle,
  createStore,
  memoryAdapter,
  questionsFor,
  tailorFramework,
  transitionOrThrow,
  type Cycle,
  type Partnership,
  type Store,
} from '@spp/core';
import { demoCycle, demoPartnership } from '@spp/core/demo';
import { SAVE_DELAY_MS } from '../shared/cycle-controller';
import type { SppRefusedEvent, SppStageChangeEvent } from '../shared/events';
import { setStrings } from '../shared/strings';
import type { SppSelfReview } from './self-review.component';
import '../provider/provider.define';
import './self-review.define';

const partnership = demoPartnership();
const questions = questionsFor(tailorFramework(DEFAULT_FRAMEWORK, partnership.tailoring), 'self-review');
const [q1, q2, q3, q4, q5] = questions.map((q) => q.id) as [string, string, string, string, string];

/** A cycle at the self-review stage with nothing answered. */
const fresh = (): Cycle => createCycle({ id: 'c-ashby', partnership, hostSchoolId: 's-ashby' });
/** The demo cycle of Ashby Brook: three questions answered, a focus proposed, team chosen. */
const inProgress = (): Cycle => demoCycle('s-ashby', 'self-review', partnership);
const storeWith = (cycle: Cycle, quotaBytes?: number) =>
  createStore(memoryAdapter({ initial: { [`cycle/${cycle.id}`]: cycle }, ...(quotaBytes ? { quotaBytes } : {}) }));

async function mount(store: Store, actorId = 'u-amara', p: Partnership = partnership, cycleId = 'c-ashby', style = '') {
  const el = await fixture<SppSelfReview>(
    html`<spp-self-review .store=${store} .partnership=${p} actor-id=${actorId} cycle-id=${cycleId} style=${style}></spp-self-review>`,
  );
  await waitUntil(() => root(el).querySelector('[part="header"] h2')?.textContent?.includes('Ashby') || root(el).querySelector('[part="stage-note"], [part="not-shared"]'), 'cycle loads');
  await el.updateComplete;
  return el;
}

const root = (el: SppSelfReview) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: SppSelfReview, selector: string) => root(el).querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: SppSelfReview, selector: string) => [...root(el).querySelectorAll<T>(selector)];
const text = (el: SppSelfReview, selector: string) => $(el, selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const saveStatus = (el: SppSelfReview) => text(el, '[part="save-state"] [role="status"]');
const question = (el: SppSelfReview, id: string) => $(el, `#q-${CSS.escape(id)}`);
const evidenceBox = (el: SppSelfReview, id: string) => $<HTMLTextAreaElement>(el, `#q-${CSS.escape(id)}-evidence`)!;
const radio = (el: SppSelfReview, id: string, level: string) => $<HTMLInputElement>(el, `#q-${CSS.escape(id)}-level-${level}`)!;
const button = (el: SppSelfReview, name: string | RegExp) =>
  $$<HTMLButtonElement>(el, 'button').find((b) => (typeof name === 'string' ? b.textContent?.replace(/\s+/g, ' ').trim() === name : name.test(b.textContent ?? '')));
const stored = async (store: Store) => (await store.get('cycle', 'c-ashby'))!;

/** Types into a textarea the way a browser does: value changes, then an `input` event. */
async function typeInto(el: SppSelfReview, box: HTMLTextAreaElement, value: string) {
  box.focus();
  box.value = value;
  box.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: value }));
  await el.updateComplete;
}

describe('<spp-self-review>', () => {
  beforeEach(() => localStorage.clear());

  describe('an empty self-review', () => {
    it('lists every self-review question of the pack, grouped by area, with nothing chosen', async () => {
      const el = await mount(storeWith(fresh()));
      expect($$(el, 'fieldset.question')).to.have.length(questions.length);
      const areas = $$(el, 'section[part="area"]');
      const expectedAreas = new Set(questions.map((q) => q.areaId));
      expect(areas).to.have.length(expectedAreas.size);
      for (const q of questions) {
        const box = question(el, q.id)!;
        expect(box.closest('section[part="area"]')!.id).to.equal(`area-${q.areaId}`);
        expect(box.querySelector('legend')!.textContent!.trim()).to.equal(q.text);
      }
      expect($$<HTMLInputElement>(el, 'input[type="radio"]').filter((r) => r.checked)).to.have.length(0);
      expect(text(el, '[part="progress"] label')).to.equal(`0 of ${questions.length} questions answered`);
      await expect(el).to.be.accessible();
    });

    it('offers each practice level with its label and hint, and labels every control', async () => {
      const el = await mount(storeWith(fresh()));
      const first = question(el, q1)!;
      const group = first.querySelector('[role="radiogroup"]')!;
      expect(root(el).getElementById(group.getAttribute('aria-labelledby')!)!.textContent).to.contain('How far is this part of our practice');
      const options = [...group.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
      expect(options.map((o) => o.labels![0]!.textContent!.trim())).to.deep.equal(['Not yet part of our practice', 'Beginning', 'Developing', 'Embedded']);
      for (const o of options) expect(root(el).getElementById(o.getAttribute('aria-describedby')!)!.textContent!.trim()).to.not.equal('');
      const box = evidenceBox(el, q1);
      expect(box.labels![0]!.textContent!.trim()).to.equal('Evidence notes');
      // The question's evidence prompts are its help text, in the same shadow root.
      const help = root(el).getElementById(box.getAttribute('aria-describedby')!)!;
      expect(help.textContent).to.contain(questions[0]!.prompts[0]!);
      const informs = $<HTMLInputElement>(el, `#q-${q1}-informs`)!;
      expect(informs.labels![0]!.textContent!.trim()).to.equal('This should inform the peer-review focus');
    });

    it('says why it cannot be submitted yet, and core refuses when the person tries', async () => {
      const el = await mount(storeWith(fresh()));
      expect(text(el, '#submit-reason')).to.contain('Propose a focus for the peer review first');
      const refused: SppRefusedEvent[] = [];
      el.addEventListener('spp-refused', (e) => refused.push(e));
      const submit = button(el, 'Submit self-review')!;
      expect(submit.getAttribute('aria-disabled')).to.equal('true');
      expect(submit.getAttribute('aria-describedby')).to.equal('submit-reason');
      submit.click();
      await el.updateComplete;
      expect(refused).to.have.length(1);
      expect(text(el, '[part="refusal"]')).to.contain('Propose a focus for the peer review first');
      expect($(el, '[part="confirm"]')).to.equal(null, 'no confirmation step while not ready');
      expect(el['cycleState'].cycle!.stage).to.equal('self-review');
      await expect(el).to.be.accessible();
    });
  });

  describe('answering', () => {
    it('saves evidence as the person types, says so, and keeps it after a reload', async () => {
      const store = storeWith(fresh());
      const el = await mount(store);
      await typeInto(el, evidenceBox(el, q1), 'Learning walks: 5 of 6 classes');
      expect(saveStatus(el)).to.equal('Unsaved changes');
      await waitUntil(() => saveStatus(el) === 'All changes saved', 'saved after a pause', { timeout: SAVE_DELAY_MS * 6 });
      expect((await stored(store)).selfReview.responses[q1]!.evidence).to.equal('Learning walks: 5 of 6 classes');
      el.remove();
      const again = await mount(store);
      expect(evidenceBox(again, q1).value).to.equal('Learning walks: 5 of 6 classes');
    });

    it('records real keystrokes typed into the evidence box', async () => {
      const store = storeWith(fresh());
      const el = await mount(store);
      evidenceBox(el, q2).focus();
      await sendKeys({ type: 'Minutes of pupil progress meetings' });
      await el.flush();
      expect((await stored(store)).selfReview.responses[q2]!.evidence).to.equal('Minutes of pupil progress meetings');
      expect(evidenceBox(el, q2).value).to.equal('Minutes of pupil progress meetings');
    });

    it('re-renders only the question being typed in', async () => {
      const el = await mount(storeWith(fresh()));
      const rendered: string[] = [];
      const original = (el as unknown as { renderQuestion: (...args: unknown[]) => unknown }).renderQuestion;
      (el as unknown as { renderQuestion: (...args: unknown[]) => unknown }).renderQuestion = function (this: unknown, ...args: unknown[]) {
        rendered.push((args[0] as { id: string }).id);
        return original.apply(this, args);
      };
      const box = evidenceBox(el, q3);
      for (const value of ['O', 'Ob', 'Obs']) await typeInto(el, box, value);
      expect(rendered).to.deep.equal([q3, q3, q3]);
      expect(box.value).to.equal('Obs');
    });

    it('records a level chosen with the mouse and updates the progress', async () => {
      const store = storeWith(fresh());
      const el = await mount(store);
      radio(el, q4, 'developing').labels![0]!.click();
      await el.updateComplete;
      expect(radio(el, q4, 'developing').checked).to.equal(true);
      expect(text(el, '[part="progress"] label')).to.equal(`1 of ${questions.length} questions answered`);
      expect($<HTMLProgressElement>(el, 'progress')!.value).to.equal(1);
      await el.flush();
      expect((await stored(store)).selfReview.responses[q4]!.level).to.equal('developing');
    });

    it('records a level chosen with the arrow keys in the radio group', async () => {
      const store = storeWith(fresh());
      const el = await mount(store);
      radio(el, q5, 'not-yet').focus();
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(el['cycleState'].cycle!.selfReview.responses[q5]!.level).to.equal('not-yet');
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(radio(el, q5, 'developing').checked).to.equal(true);
      expect(root(el).activeElement).to.equal(radio(el, q5, 'developing'));
      await el.flush();
      expect((await stored(store)).selfReview.responses[q5]!.level).to.equal('developing');
      expect(text(el, '[part="progress"] label')).to.equal(`1 of ${questions.length} questions answered`);
    });

    it('lets a choice be cleared (choosing is optional), keeping focus in the question', async () => {
      const el = await mount(storeWith(inProgress()));
      const before = text(el, '[part="progress"] label');
      expect(before).to.equal(`3 of ${questions.length} questions answered`);
      const clear = question(el, q1)!.querySelector<HTMLButtonElement>('[data-action="clear-level"]')!;
      expect(clear.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Clear this choice for this question');
      clear.click();
      await el.updateComplete;
      await el.updateComplete;
      expect($$<HTMLInputElement>(el, `input[name="level-${q1}"]`).some((r) => r.checked)).to.equal(false);
      expect(text(el, '[part="progress"] label')).to.equal(`2 of ${questions.length} questions answered`);
      expect(root(el).activeElement).to.equal(radio(el, q1, 'not-yet'));
      expect(el['cycleState'].cycle!.selfReview.responses[q1]!.evidence).to.contain('Learning walks', 'the evidence is kept');
    });

    it('shows a cycle in progress with its answers, and it passes axe', async () => {
      const el = await mount(storeWith(inProgress()));
      expect(radio(el, q1, 'developing').checked).to.equal(true);
      expect(radio(el, q2, 'embedded').checked).to.equal(true);
      expect(evidenceBox(el, q3).value).to.contain('Parents’ survey');
      expect($<HTMLInputElement>(el, `#q-${q1}-informs`)!.checked).to.equal(true);
      expect(text(el, '[part="nav"]')).to.contain('(2 of 2 answered)');
      await expect(el).to.be.accessible();
    });

    it('jumps to an area from the navigation, moving keyboard focus there', async () => {
      const el = await mount(storeWith(fresh()));
      const navButtons = $$<HTMLButtonElement>(el, '[part="nav"] button');
      const last = questions.at(-1)!;
      const target = navButtons.find((b) => b.dataset['target'] === `area-${last.areaId}-title`)!;
      target.focus();
      await sendKeys({ press: 'Enter' });
      expect(root(el).activeElement?.id).to.equal(`area-${last.areaId}-title`);
      const toFocus = navButtons.find((b) => b.dataset['target'] === 'focus-title')!;
      toFocus.click();
      expect(root(el).activeElement?.id).to.equal('focus-title');
    });
  });

  describe('the tailored pack', () => {
    it('uses the partnership’s wording, leaves out hidden questions, and still shows a hidden question that has an answer', async () => {
      const tailoredPartnership: Partnership = {
        ...partnership,
        tailoring: { hidden: [q2, q4], reworded: { [q5]: 'How far do we act on what our self-review tells us?' }, added: [] },
      };
      // q2 was answered in the demo before the partnership hid it; q4 never was.
      const el = await mount(storeWith(inProgress()), 'u-amara', tailoredPartnership);
      expect(question(el, q4)).to.equal(null, 'an unanswered hidden question is not asked');
      const hidden = question(el, q2)!;
      expect(hidden.textContent).to.contain('No longer in your partnership’s question pack');
      expect(hidden.textContent).to.contain('Pupil progress meetings every half term');
      expect(hidden.querySelectorAll('input, textarea')).to.have.length(0, 'shown read-only');
      expect(question(el, q5)!.querySelector('legend')!.textContent!.trim()).to.equal('How far do we act on what our self-review tells us?');
      expect(text(el, '[part="progress"] label')).to.equal(`2 of ${questions.length - 2} questions answered`);
      await expect(el).to.be.accessible();
    });

    it('keeps and shows an answer whose question is no longer in the framework', async () => {
      const base = fresh();
      const cycle: Cycle = {
        ...base,
        selfReview: { ...base.selfReview, responses: { 'sr-retired': { level: 'beginning', evidence: 'Notes from last year', informsFocus: false } } },
      };
      const el = await mount(storeWith(cycle));
      const other = $(el, '[part="other"]')!;
      expect(other.textContent).to.contain('sr-retired');
      expect(other.textContent).to.contain('Notes from last year');
      expect(other.textContent).to.contain('Beginning');
      expect(text(el, '[part="nav"]')).to.contain('Other answers kept');
    });
  });

  describe('proposing the focus and submitting', () => {
    it('pre-selects the questions marked to inform the focus, proposes it, confirms in the page and moves the cycle on', async () => {
      const store = storeWith(fresh());
      const el = await mount(store);
      radio(el, q1, 'beginning').click();
      await el.updateComplete;
      const informs = $<HTMLInputElement>(el, `#q-${q1}-informs`)!;
      informs.click();
      await el.updateComplete;
      const focusBox = $<HTMLInputElement>(el, `#focus-${q1}`)!;
      expect(focusBox, 'listed in the focus').to.exist;
      expect(focusBox.checked, 'pre-selected').to.equal(true);
      await typeInto(el, $<HTMLTextAreaElement>(el, '#focus-summary')!, 'Reading in upper Key Stage 2');
      expect(el['cycleState'].cycle!.selfReview.proposedFocus).to.deep.equal({ questionIds: [q1], summary: 'Reading in upper Key Stage 2' });
      expect($(el, '#submit-reason')).to.equal(null);

      const stages: SppStageChangeEvent[] = [];
      el.addEventListener('spp-stage-change', (e) => stages.push(e));
      button(el, 'Submit self-review')!.click();
      await el.updateComplete;
      const confirm = $(el, '[part="confirm"]')!;
      expect(confirm.textContent).to.contain('Submitting moves this review cycle on to the Pre-review meeting stage.');
      expect(confirm.textContent).to.contain('1 of');
      expect(root(el).activeElement?.id).to.equal('confirm-title');
      expect(stages).to.have.length(0, 'nothing happens before confirming');
      await expect(el).to.be.accessible();

      button(el, 'Yes, submit the self-review')!.click();
      await el.updateComplete;
      expect(stages).to.have.length(1);
      expect(stages[0]!.from).to.equal('self-review');
      expect(stages[0]!.to).to.equal('pre-review');
      expect(stages[0]!.cycle.selfReview.submittedBy).to.equal('u-amara');
      await el.flush();
      expect((await stored(store)).stage).to.equal('pre-review');
      expect(text(el, '[part="submitted"]')).to.contain('Submitted by Amara Okafor');
      expect(text(el, '[part="stage-note"]')).to.contain('Pre-review meeting');
      expect(root(el).activeElement?.id).to.equal('submitted-title');
      expect($$(el, 'textarea, input')).to.have.length(0, 'read-only after submitting');
      expect(text(el, '[part="focus"]')).to.contain('Reading in upper Key Stage 2');
      await expect(el).to.be.accessible();
    });

    it('keeps the focus in step when a question is unmarked after the focus was proposed', async () => {
      const el = await mount(storeWith(inProgress()));
      expect(el['cycleState'].cycle!.selfReview.proposedFocus.questionIds).to.deep.equal([q1, q3]);
      $<HTMLInputElement>(el, `#q-${q3}-informs`)!.click();
      await el.updateComplete;
      expect(el['cycleState'].cycle!.selfReview.proposedFocus.questionIds).to.deep.equal([q1]);
      $<HTMLInputElement>(el, `#q-${q2}-informs`)!.click();
      await el.updateComplete;
      expect(el['cycleState'].cycle!.selfReview.proposedFocus.questionIds).to.deep.equal([q1, q2]);
      // Unticking in the focus list leaves the question's own mark alone.
      $<HTMLInputElement>(el, `#focus-${q1}`)!.click();
      await el.updateComplete;
      expect(el['cycleState'].cycle!.selfReview.proposedFocus.questionIds).to.deep.equal([q2]);
      expect(el['cycleState'].cycle!.selfReview.responses[q1]!.informsFocus).to.equal(true);
      expect($<HTMLInputElement>(el, `#focus-${q1}`)!.checked).to.equal(false);
    });

    it('“Not yet” (or Escape) leaves the confirmation with nothing changed and focus back on the button', async () => {
      const el = await mount(storeWith(inProgress()));
      button(el, 'Submit self-review')!.click();
      await el.updateComplete;
      button(el, 'Not yet')!.click();
      await el.updateComplete;
      expect($(el, '[part="confirm"]')).to.equal(null);
      expect(root(el).activeElement?.id).to.equal('submit');
      button(el, 'Submit self-review')!.click();
      await el.updateComplete;
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect($(el, '[part="confirm"]')).to.equal(null);
      expect(el['cycleState'].cycle!.stage).to.equal('self-review');
    });

    it('tells a senior leader who may write but not submit why, from core', async () => {
      const el = await mount(storeWith(inProgress()), 'u-ben');
      expect($$(el, 'textarea').length).to.be.greaterThan(0, 'a senior leader writes the self-review');
      expect(text(el, '#submit-reason')).to.contain('Only the headteacher of Ashby Brook Primary');
      button(el, 'Submit self-review')!.click();
      await el.updateComplete;
      expect(text(el, '[part="refusal"]')).to.contain('Only the headteacher of Ashby Brook Primary');
      await expect(el).to.be.accessible();
    });
  });

  describe('who may see and change it', () => {
    for (const [who, actorId, reason] of [
      ['a reviewer from another school', 'u-dev', 'Only leaders of Ashby Brook Primary write its self-review'],
      ['a middle leader of the school', 'u-chloe', 'Only leaders of Ashby Brook Primary write its self-review'],
    ] as const) {
      it(`is read-only for ${who}, with core’s reason shown once and no refusals`, async () => {
        const el = await mount(storeWith(inProgress()), actorId);
        expect($$(el, '[part="read-only-notice"]')).to.have.length(1);
        expect(text(el, '[part="read-only-notice"]')).to.contain(reason);
        expect($$(el, 'input, textarea')).to.have.length(0, 'no controls to change');
        expect(text(el, `#q-${q1}`)).to.contain('Developing');
        expect(text(el, `#q-${q1}`)).to.contain('Learning walks in October');
        expect(text(el, '[part="focus"]')).to.contain('How consistently our reading approach');
        expect($(el, '[part="submit"]')).to.equal(null);
        const refused: Event[] = [];
        el.addEventListener('spp-refused', (e) => refused.push(e));
        for (const node of $$(el, '.question, .question *')) node.click();
        await el.updateComplete;
        expect(refused).to.have.length(0);
        expect(text(el, '[part="refusal"]')).to.equal('');
        await expect(el).to.be.accessible();
      });
    }

    it('shows a clear message instead of the answers to someone it is not shared with', async () => {
      const el = await mount(storeWith(inProgress()), 'u-grace');
      expect(text(el, '[part="not-shared"]')).to.contain('shared with its review team and facilitator');
      expect(root(el).textContent).to.not.contain('Learning walks in October');
      expect($$(el, '.question')).to.have.length(0);
      expect($(el, '[part="read-only-notice"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    // A school owns its self-review: the associate follows progress, not the school's answers.
    it('is not shared with the programme associate: core’s reason instead of the answers, and no controls', async () => {
      const cycle = inProgress();
      const el = await mount(storeWith(cycle), 'u-tessa');
      const decision = can({ id: 'u-tessa' }, 'view-self-review', cycle, partnership);
      expect(decision.allowed).to.equal(false);
      expect(text(el, '[part="not-shared"]')).to.contain('This self-review is not shared with you');
      expect(text(el, '[part="not-shared"]')).to.contain(decision.allowed ? '' : decision.reason);
      expect(text(el, '[part="not-shared"]')).to.contain('The self-review of Ashby Brook Primary belongs to the school: it is shared with its review team and facilitator.');
      const shown = root(el).textContent ?? '';
      for (const response of Object.values(cycle.selfReview.responses)) expect(shown).to.not.contain(response.evidence);
      expect(shown).to.not.contain(cycle.selfReview.proposedFocus.summary);
      expect($$(el, '.question, [part="focus"], [part="submit"], input, textarea')).to.have.length(0);
      expect($(el, '[part="read-only-notice"]')).to.equal(null, 'nothing to read, so no “you can read this”');
      const refused: Event[] = [];
      el.addEventListener('spp-refused', (e) => refused.push(e));
      for (const node of $$(el, '[part="base"] *')) node.click();
      await el.updateComplete;
      expect(refused).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('is not shared with the partnership lead when she takes no part in the review', async () => {
      // Oakfield's self-review: Amara (Ashby Brook) leads the partnership but is not on Oakfield's team.
      const oakfield = createCycle({ id: 'c-oakfield', partnership, hostSchoolId: 's-oakfield', team: { leadReviewerId: 'u-dev', memberIds: ['u-dev', 'u-kirsty'] } });
      const answered = transitionOrThrow(oakfield, { type: 'RECORD_RESPONSE', questionId: q1, level: 'developing', evidence: 'Oakfield’s own evidence' }, { actor: { id: 'u-grace' }, partnership });
      const el = await fixture<SppSelfReview>(html`<spp-self-review .store=${storeWith(answered)} .partnership=${partnership} actor-id="u-amara" cycle-id="c-oakfield"></spp-self-review>`);
      await waitUntil(() => $(el, '[part="not-shared"]'), 'the not-shared message');
      expect(text(el, '[part="not-shared"]')).to.contain('The self-review of Oakfield Academy belongs to the school');
      expect(root(el).textContent).to.not.contain('Oakfield’s own evidence');
      // On Oakfield's team she would read it.
      const asReviewer = await fixture<SppSelfReview>(html`<spp-self-review .store=${storeWith(answered)} .partnership=${partnership} actor-id="u-dev" cycle-id="c-oakfield"></spp-self-review>`);
      await waitUntil(() => $(asReviewer, `#q-${CSS.escape(q1)}`), 'the answers');
      expect(text(asReviewer, `#q-${CSS.escape(q1)}`)).to.contain('Oakfield’s own evidence');
    });

    it('shows the submitted self-review read-only, with the stage, once the cycle has moved on', async () => {
      const cycle = demoCycle('s-ashby', 'pre-review', partnership);
      const el = await mount(storeWith(cycle), 'u-amara');
      expect(text(el, '[part="stage-note"]')).to.contain('Pre-review meeting');
      expect(text(el, '[part="submitted"]')).to.match(/Submitted by Amara Okafor on \d+ \w+ 2026/);
      expect($$(el, 'input, textarea')).to.have.length(0);
      expect($(el, '[part="read-only-notice"]')).to.equal(null, 'the head may write; it is the stage that is past');
      await expect(el).to.be.accessible();
    });
  });

  describe('what people type', () => {
    const hostile = '<img src=x onerror=alert(1)>';

    it('renders hostile evidence as the text typed, in the form and read-only', async () => {
      const store = storeWith(fresh());
      const el = await mount(store);
      await typeInto(el, evidenceBox(el, q1), hostile);
      await el.flush();
      expect(root(el).querySelector('img')).to.equal(null);
      expect(evidenceBox(el, q1).value).to.equal(hostile);
      // Chloe, a middle leader at Ashby Brook, reads the self-review but does not write it.
      const reader = await mount(store, 'u-chloe');
      expect(root(reader).querySelector('img')).to.equal(null);
      expect(question(reader, q1)!.querySelector('[part="evidence"]')!.textContent).to.equal(hostile);
    });

    it('reports a failed save, keeps what was typed and offers a retry', async () => {
      const cycle = fresh();
      const store = storeWith(cycle, JSON.stringify(cycle).length + 600);
      const el = await mount(store);
      const typed = 'Evidence from the reading audit. '.repeat(60);
      await typeInto(el, evidenceBox(el, q1), typed);
      await el.flush();
      await el.updateComplete;
      expect(saveStatus(el)).to.match(/^Not saved: .*full/i);
      expect(evidenceBox(el, q1).value).to.equal(typed);
      expect(button(el, 'Try saving again')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('wraps long text and long questions without losing anything at 320px', async () => {
      const longWord = 'Supercalifragilistic'.repeat(40);
      const cycle = transitionOrThrow(fresh(), { type: 'RECORD_RESPONSE', questionId: q1, evidence: `${longWord} ${'More notes. '.repeat(200)}` }, { actor: { id: 'u-amara' }, partnership });
      const longPartnership: Partnership = { ...partnership, tailoring: { hidden: [], reworded: { [q2]: `${'Reworded '.repeat(30)}${'x'.repeat(50)}` }, added: [] } };
      const el = await mount(storeWith(cycle), 'u-amara', longPartnership, 'c-ashby', 'width: 320px');
      expect(el.getBoundingClientRect().width).to.equal(320);
      expect(el.scrollWidth).to.be.at.most(el.clientWidth + 1);
      for (const node of $$(el, '[part="base"] *')) {
        expect(node.getBoundingClientRect().right, `${node.tagName}.${node.className} fits`).to.be.at.most(el.getBoundingClientRect().right + 1);
      }
      expect(evidenceBox(el, q1).value.startsWith(longWord)).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('is usable at 320px when read-only too, and when not shared', async () => {
      for (const actorId of ['u-dev', 'u-tessa']) {
        const el = await mount(storeWith(inProgress()), actorId, partnership, 'c-ashby', 'width: 320px');
        expect(el.scrollWidth, actorId).to.be.at.most(el.clientWidth + 1);
        await expect(el).to.be.accessible();
      }
    });
  });

  describe('setting up', () => {
    it('works inside <spp-provider>, taking its store, person and cycle from there', async () => {
      const store = storeWith(fresh());
      const wrapper = await fixture(html`<spp-provider .store=${store} .partnership=${partnership} actor-id="u-ben" cycle-id="c-ashby"><spp-self-review></spp-self-review></spp-provider>`);
      const el = wrapper.querySelector('spp-self-review')!;
      await waitUntil(() => $(el, '[part="progress"]'), 'loads through the provider');
      await typeInto(el, evidenceBox(el, q1), 'Through the provider');
      await el.flush();
      expect((await stored(store)).selfReview.responses[q1]).to.include({ evidence: 'Through the provider', updatedBy: 'u-ben' });
    });

    it('says so when the cycle does not exist', async () => {
      const el = await fixture<SppSelfReview>(html`<spp-self-review .store=${storeWith(fresh())} .partnership=${partnership} actor-id="u-amara" cycle-id="c-nowhere"></spp-self-review>`);
      await waitUntil(() => text(el, '[role="alert"]').includes('c-nowhere'), 'missing cycle reported');
      expect($$(el, '.question')).to.have.length(0);
      expect($(el, '[part="save-state"]')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('re-renders every question when a page replaces the strings', async () => {
      const el = await mount(storeWith(fresh()));
      try {
        setStrings({ 'self-review': { evidence: 'What shows this' } });
        await el.updateComplete;
        expect(evidenceBox(el, q1).labels![0]!.textContent!.trim()).to.equal('What shows this');
        expect(evidenceBox(el, q5).labels![0]!.textContent!.trim()).to.equal('What shows this');
      } finally {
        setStrings({ 'self-review': { evidence: 'Evidence notes' } });
      }
    });
  });
});
