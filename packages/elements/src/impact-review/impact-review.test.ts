import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  applyReflectionEdit,
  createReflection,
  createStore,
  memoryAdapter,
  type PracticeLevel,
  type ProgrammeWorkshop,
  type Reflection,
  type ReflectionEdit,
  type Store,
} from '@spp/core';
import { demoPartnership } from '@spp/core/demo';
import type { SppImpactReview } from './impact-review.component';
import { reflectionModel } from './impact-review.controller';
import '../provider/provider.define';
import './impact-review.define';
import { loadStrings } from '../shared/strings';
import { PSEUDO_LOCALE, unmarkedText, usePseudoLocale } from '../shared/pseudo-locale.testing';

const partnership = demoPartnership();
const idOf = (workshop: ProgrammeWorkshop) => `reflection-2026-27-${workshop}`;

/** A reflection built through core as the partnership lead, with the given levels. */
function reflection(workshop: ProgrammeWorkshop, levels: Record<string, PracticeLevel> = {}, extra: ReflectionEdit[] = []): Reflection {
  let doc = createReflection({ id: idOf(workshop), partnership, workshop });
  const edits: ReflectionEdit[] = [...Object.entries(levels).map(([questionId, level]) => ({ type: 'RECORD_REFLECTION' as const, questionId, level })), ...extra];
  for (const edit of edits) {
    const result = applyReflectionEdit(doc, edit, { actor: { id: 'u-amara' }, partnership, now: '2027-03-10T10:00:00.000Z' });
    if (!result.ok) throw new Error(result.refusal.reason);
    doc = result.doc;
  }
  return doc;
}
const storeWith = (...docs: Reflection[]) => createStore(memoryAdapter({ initial: Object.fromEntries(docs.map((d) => [`reflection/${d.id}`, d])) }));
const stored = async (store: Store, workshop: ProgrammeWorkshop) => (await store.get('reflection', idOf(workshop)))!;

async function mount(store: Store, actorId: string, workshop: ProgrammeWorkshop = 'getting-started', options: { width?: string } = {}) {
  const wrapper = await fixture<HTMLDivElement>(html`<div style=${options.width ? `width:${options.width}` : ''}>
    <spp-impact-review .store=${store} .partnership=${partnership} actor-id=${actorId} workshop=${workshop}></spp-impact-review>
  </div>`);
  const el = wrapper.querySelector('spp-impact-review')!;
  await waitUntil(() => el.shadowRoot!.querySelector('[part="questions"], [part="not-started"]'), 'the reflection loads');
  if (workshop !== 'getting-started') await waitUntil(() => !text(q(el, '[part="comparison"]')).includes('Loading'), 'the baseline loads');
  await el.updateComplete;
  return el;
}

const q = <T extends Element = HTMLElement>(el: SppImpactReview, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const qa = <T extends Element = HTMLElement>(el: SppImpactReview, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
/** A button by the start of its accessible name (its visually hidden name where it has one, else its text). */
const button = (el: SppImpactReview, label: string) => qa<HTMLButtonElement>(el, 'button').find((b) => text(b.querySelector('.visually-hidden') ?? b).startsWith(label));
const radio = (el: SppImpactReview, qid: string, level: PracticeLevel) => q<HTMLInputElement>(el, `#q-${qid}-level-${level}`)!;
const evidenceBox = (el: SppImpactReview, qid: string) => q<HTMLTextAreaElement>(el, `#q-${qid}-evidence`)!;
const track = (el: SppImpactReview, qid: string) => q<SVGSVGElement>(el, `.tracks [data-question="${qid}"] svg`)!;
const saveState = (el: SppImpactReview) => text(q(el, '[part="save-state"] [role="status"]'));
const active = (el: SppImpactReview) => el.shadowRoot!.activeElement;

/** The WCAG 2.0–2.2 A/AA and best-practice rules the Storybook e2e check uses (target size included). */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
async function accessible(el: SppImpactReview) {
  await expect(el).to.be.accessible();
  const axe = (window as unknown as { axe: { run(node: Element, options: unknown): Promise<{ violations: { id: string; help: string; nodes: { html: string }[] }[] }> } }).axe;
  const { violations } = await axe.run(el, { runOnly: { type: 'tag', values: AXE_TAGS }, resultTypes: ['violations'] });
  expect(violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.html).join(' | ')}`)).to.deep.equal([]);
}

describe('<spp-impact-review>', function () {
  this.timeout(30_000);
  beforeEach(() => localStorage.clear());

  describe('starting', () => {
    it('offers a headteacher “Start this reflection”, which creates it in the store through core', async () => {
      const store = storeWith();
      const el = await mount(store, 'u-grace');
      expect(text(q(el, 'h2'))).to.equal('Getting Started: where our partnership stands, 2026–27');
      expect(text(q(el, '[part="not-started"] h3'))).to.equal('This reflection has not been started yet');
      await accessible(el);
      button(el, 'Start this reflection')!.click();
      await waitUntil(() => q(el, '[part="questions"]'), 'the new reflection is shown');
      await el.updateComplete;
      const created = await stored(store, 'getting-started');
      expect(created).to.include({ kind: 'reflection', partnershipId: 'p-riverside', academicYear: '2026-27', workshop: 'getting-started', revision: 1 });
      expect(active(el)?.id).to.equal('reflection-title');
      expect(text(q(el, '.announcement'))).to.equal('Reflection started. Everything you record is saved as you go.');
      await accessible(el);
    });

    it('tells a teacher the reflection has not been started, with core’s reason, and offers no button', async () => {
      const el = await mount(storeWith(), 'u-sam', 'tracking-progress');
      const panel = text(q(el, '[part="not-started"]'));
      expect(panel).to.contain('This reflection has not been started yet');
      expect(panel).to.contain('Partnership reflections are recorded by the partnership’s headteachers.');
      expect(button(el, 'Start this reflection')).to.equal(undefined);
      await accessible(el);
    });

    it('shows the reflection when someone else starts it meanwhile', async () => {
      const store = storeWith();
      const el = await mount(store, 'u-tessa');
      await store.put(reflection('getting-started'), { expectedRevision: null });
      await waitUntil(() => q(el, '[part="questions"]'), 'the reflection appears');
    });
  });

  describe('recording (Getting Started, the baseline)', () => {
    it('lets a headteacher record levels by keyboard and evidence as they type: saved to the store', async () => {
      const store = storeWith(reflection('getting-started'));
      const el = await mount(store, 'u-grace');
      expect(q(el, '[part="read-only-notice"]')).to.equal(null);
      expect(text(q(el, '.baseline-note'))).to.contain('This is the baseline for the year');
      expect(q(el, '[part="comparison"]')).to.equal(null);
      const questions = qa(el, '[part="question"]');
      expect(questions).to.have.length(14);
      // Grouped by area of commitment, each question a fieldset with the practice continuum as a radio group in its own fieldset.
      const areas = qa(el, '[part="area"] h4').map(text);
      expect(areas).to.have.length(4);
      expect(areas[0]).to.equal("Commitment to each other's improvement");
      const levels = q(el, '#q-pr-sharing-practice fieldset[part="levels"]')!;
      expect(text(levels.querySelector('legend'))).to.equal('How far is this part of our practice?');
      expect(qa(el, '#q-pr-sharing-practice input[type="radio"]').map((r) => text(el.shadowRoot!.querySelector(`label[for="${r.id}"]`)))).to.deep.equal([
        'Not yet part of our practice',
        'Beginning',
        'Developing',
        'Embedded',
      ]);
      await accessible(el);

      radio(el, 'pr-sharing-practice', 'not-yet').focus();
      await sendKeys({ press: 'Space' });
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(radio(el, 'pr-sharing-practice', 'beginning').checked).to.equal(true);
      evidenceBox(el, 'pr-sharing-practice').focus();
      await sendKeys({ type: 'Two visits led to a new phonics approach at Millbrook' });
      radio(el, 'pr-follow-up', 'developing').click();
      await el.updateComplete;
      expect(saveState(el)).to.equal('Unsaved changes');
      await el.flush();
      await el.updateComplete;
      expect(saveState(el)).to.equal('All changes saved');
      const saved = await stored(store, 'getting-started');
      expect(saved.responses['pr-sharing-practice']).to.deep.equal({ level: 'beginning', evidence: 'Two visits led to a new phonics approach at Millbrook' });
      expect(saved.responses['pr-follow-up']!.level).to.equal('developing');
      expect(saved.updatedBy).to.equal('u-grace');

      // Clearing a choice moves focus to the first choice rather than losing it.
      button(el, 'Clear this choice')!.click();
      await el.updateComplete;
      expect(active(el)?.id).to.equal('q-pr-sharing-practice-level-not-yet');
      await el.flush();
      expect((await stored(store, 'getting-started')).responses['pr-sharing-practice']!.level).to.equal(null);
      await accessible(el);
    });

    it('records impact notes by group (add, edit, move, remove) and the next steps', async () => {
      const store = storeWith(reflection('evaluating-impact'), reflection('getting-started'));
      const el = await mount(store, 'u-amara', 'evaluating-impact');
      expect(qa(el, '[part="impact-group"] h4').map(text)).to.deep.equal(['For schools', 'For staff', 'For the organisation', 'For others']);
      button(el, 'Add an impact note for schools')!.click();
      await el.updateComplete;
      await el.updateComplete;
      const note = q(el, '[part="impact-group"][data-group="schools"] [part="impact-note"]')!;
      expect(note).to.exist;
      const area = note.querySelector<HTMLSelectElement>('select[data-field="area"]')!;
      expect(active(el)).to.equal(area);
      expect(area.value).to.equal('pupil-outcomes');
      note.querySelector<HTMLTextAreaElement>('textarea[data-field="note"]')!.focus();
      await sendKeys({ type: 'More pupils reading for pleasure' });
      note.querySelector<HTMLTextAreaElement>('textarea[data-field="evidence"]')!.focus();
      await sendKeys({ type: 'Library loans up by a third' });
      const school = note.querySelector<HTMLSelectElement>('select[data-field="school"]')!;
      school.value = 's-millbrook';
      school.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
      await el.flush();
      let saved = (await stored(store, 'evaluating-impact')).impact;
      expect(saved).to.have.length(1);
      expect(saved[0]).to.include({ area: 'pupil-outcomes', note: 'More pupils reading for pleasure', evidence: 'Library loans up by a third', schoolId: 's-millbrook' });
      await accessible(el);

      // Moving it to an area of another group: it moves there, and focus follows it.
      area.value = 'staff-morale';
      area.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
      await el.updateComplete;
      await el.updateComplete;
      const moved = q(el, '[part="impact-group"][data-group="staff"] [part="impact-note"]')!;
      expect(moved).to.exist;
      expect(text(q(el, '[part="impact-group"][data-group="schools"]'))).to.contain('Nothing noted yet.');
      expect(active(el)).to.equal(moved.querySelector('select[data-field="area"]'));
      expect(text(moved.querySelector('legend'))).to.equal('Staff morale');

      q<HTMLTextAreaElement>(el, '#next-steps')!.focus();
      await sendKeys({ type: 'Train middle leaders as reviewers' });
      await el.flush();
      saved = (await stored(store, 'evaluating-impact')).impact;
      expect(saved[0]!.area).to.equal('staff-morale');
      expect((await stored(store, 'evaluating-impact')).nextSteps).to.equal('Train middle leaders as reviewers');
      expect(text(q(el, 'label[for="next-steps"]'))).to.equal('What will we develop next year?');

      // Removing asks first; Escape keeps it; confirming removes it.
      button(el, 'Remove this note')!.click();
      await el.updateComplete;
      expect(text(q(el, '.confirm'))).to.contain('Remove this impact note?');
      await accessible(el);
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(q(el, '.confirm')).to.equal(null);
      expect(active(el)).to.equal(button(el, 'Remove this note'));
      button(el, 'Remove this note')!.click();
      await el.updateComplete;
      button(el, 'Yes, remove it')!.click();
      await el.updateComplete;
      await el.updateComplete;
      expect(q(el, '[part="impact-note"]')).to.equal(null);
      expect(active(el)).to.equal(button(el, 'Add an impact note for staff'));
      expect(text(q(el, '.announcement'))).to.equal('Impact note removed.');
      await el.flush();
      expect((await stored(store, 'evaluating-impact')).impact).to.deep.equal([]);
    });
  });

  describe('comparing with the baseline', () => {
    const baselineLevels: Record<string, PracticeLevel> = {
      'pr-shared-responsibility': 'beginning',
      'pr-reciprocity': 'developing',
      'pr-sharing-practice': 'not-yet',
      'pr-follow-up': 'developing',
      'pr-evidence-focus': 'beginning',
    };
    const nowLevels: Record<string, PracticeLevel> = {
      'pr-shared-responsibility': 'developing',
      'pr-reciprocity': 'developing',
      'pr-sharing-practice': 'embedded',
      'pr-follow-up': 'beginning',
      'pr-engaging-teachers': 'developing',
    };

    it('shows each question’s movement since Getting Started, in a chart whose images say it in words', async () => {
      const store = storeWith(reflection('getting-started', baselineLevels), reflection('tracking-progress', nowLevels));
      const el = await mount(store, 'u-jonah', 'tracking-progress');
      expect(text(q(el, 'h2'))).to.equal('Tracking Progress: how far we have come, 2026–27');
      const summary = () => qa(el, '[part="comparison-summary"] li').map(text);
      expect(summary()).to.deep.equal([
        '2 questions have moved further on.',
        '1 question is unchanged.',
        '1 question has moved back.',
        '9 questions are not yet answered.',
        '1 question was not answered at Getting Started.',
      ]);
      expect(qa(el, '.tracks svg[role="img"]')).to.have.length(14);
      const label = (qid: string) => track(el, qid).getAttribute('aria-label');
      expect(label('pr-shared-responsibility')).to.equal('Shared responsibility for improvement: from Beginning to Developing, 1 step further on');
      expect(label('pr-sharing-practice')).to.equal('Sharing practice: from Not yet part of our practice to Embedded, 3 steps further on');
      expect(label('pr-reciprocity')).to.equal('Every school gives and gains: Developing at Getting Started and now, unchanged');
      expect(label('pr-follow-up')).to.equal('Following up after reviews: from Developing to Beginning, 1 step back');
      expect(label('pr-engaging-teachers')).to.equal('Involving teachers: now Developing; not answered at Getting Started');
      expect(label('pr-evidence-focus')).to.equal('Using data and wider intelligence: Beginning at Getting Started; not yet answered now');
      expect(label('pr-shared-pedagogy')).to.equal('A shared teaching priority: not answered at Getting Started or now');

      // The picture matches the words: the ring at the baseline's level, the dot at now, an arrow between.
      const at = (qid: string, cls: string) => track(el, qid).querySelector(`.${cls}`)?.getAttribute('cx');
      expect([at('pr-sharing-practice', 'baseline'), at('pr-sharing-practice', 'now')]).to.deep.equal(['40', '280']);
      expect(track(el, 'pr-sharing-practice').querySelector('.arrow-head')).to.exist;
      expect([at('pr-follow-up', 'baseline'), at('pr-follow-up', 'now')]).to.deep.equal(['200', '120']);
      expect(track(el, 'pr-reciprocity').querySelector('.arrow-head')).to.equal(null);
      expect(text(q(el, '#q-pr-follow-up .at-baseline'))).to.equal('At Getting Started: Developing');
      await accessible(el);

      // Recording a level now moves the dot and the words at once.
      radio(el, 'pr-shared-pedagogy', 'beginning').click();
      await el.updateComplete;
      expect(label('pr-shared-pedagogy')).to.equal('A shared teaching priority: now Beginning; not answered at Getting Started');
      expect(summary()).to.deep.equal([
        '2 questions have moved further on.',
        '1 question is unchanged.',
        '1 question has moved back.',
        '8 questions are not yet answered.',
        '2 questions were not answered at Getting Started.',
      ]);
      await el.flush();
    });

    it('says when there is no Getting Started baseline to compare with', async () => {
      const el = await mount(storeWith(reflection('evaluating-impact')), 'u-amara', 'evaluating-impact');
      expect(text(q(el, '[part="comparison"]'))).to.contain('No Getting Started reflection has been recorded for 2026–27');
      expect(qa(el, '.tracks svg')).to.have.length(0);
      await accessible(el);
    });

    it('fits 320px: names above their tracks, nothing wider than the widget', async () => {
      const store = storeWith(reflection('getting-started', baselineLevels), reflection('tracking-progress', nowLevels));
      const el = await mount(store, 'u-amara', 'tracking-progress', { width: '320px' });
      const right = el.getBoundingClientRect().right + 0.5;
      for (const node of qa(el, 'svg, textarea, select, input, [part="question"], .track-name')) {
        expect(node.getBoundingClientRect().right, node.outerHTML.slice(0, 80)).to.be.at.most(right);
      }
      const row = q(el, '.tracks [data-question="pr-sharing-practice"]')!;
      expect(row.querySelector('svg')!.getBoundingClientRect().top).to.be.greaterThan(row.querySelector('.track-name')!.getBoundingClientRect().top);
      await accessible(el);
    });
  });

  describe('who may record', () => {
    const full = () =>
      reflection('evaluating-impact', { 'pr-sharing-practice': 'developing' }, [
        { type: 'RECORD_REFLECTION', questionId: 'pr-sharing-practice', evidence: 'Strengths directory used by four schools' },
        { type: 'SAVE_IMPACT', note: { id: 'n1', area: 'teaching-quality', note: 'Shared approach to feedback', evidence: 'Book looks', schoolId: 's-oakfield' } },
        { type: 'SET_REFLECTION_DETAILS', nextSteps: 'Bring in middle leaders', heldOn: '2027-07-08' },
      ]);

    for (const [who, actorId, reason] of [
      ['a teacher', 'u-sam', 'Partnership reflections are recorded by the partnership’s headteachers.'],
      ['the associate', 'u-tessa', 'The programme associate follows progress and supports the partnership, but does not change its records.'],
    ] as const) {
      it(`shows ${who} the reflection as text, with core’s reason`, async () => {
        const el = await mount(storeWith(full(), reflection('getting-started')), actorId, 'evaluating-impact');
        expect(qa(el, 'input, textarea, select')).to.have.length(0);
        expect(button(el, 'Add an impact note')).to.equal(undefined);
        const notice = text(q(el, '[part="read-only-notice"]'));
        expect(notice).to.contain('You can read this reflection but not change it.');
        expect(notice).to.contain(reason);
        expect(text(q(el, '#q-pr-sharing-practice'))).to.contain('Developing');
        expect(text(q(el, '#q-pr-sharing-practice'))).to.contain('Strengths directory used by four schools');
        const note = text(q(el, '[part="impact-group"][data-group="staff"] [part="impact-note"]'));
        expect(note).to.contain('Quality of teaching');
        expect(note).to.contain('Shared approach to feedback');
        expect(note).to.contain('Oakfield Academy');
        expect(text(q(el, '[part="next-steps"]'))).to.contain('Bring in middle leaders');
        expect(text(q(el, '[part="details"]'))).to.equal('Held on 8 July 2027');
        await accessible(el);
      });
    }
  });

  it('refuses a reflection that belongs to another partnership: says so, shows none of it, leaves it untouched', async () => {
    const foreign = { ...reflection('getting-started', { 'pr-reciprocity': 'beginning' }), partnershipId: 'p-elsewhere' };
    const store = storeWith(foreign);
    const before = JSON.stringify(await store.get('reflection', foreign.id));
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <spp-impact-review .store=${store} .partnership=${partnership} actor-id="u-amara" workshop="getting-started"></spp-impact-review>
    </div>`);
    const el = wrapper.querySelector('spp-impact-review')!;
    await waitUntil(() => /different partnership/.test(text(el.shadowRoot!.querySelector('[role="alert"]'))), 'the widget says whose record it is');
    expect(qa(el, 'input, textarea, select')).to.have.length(0);
    expect(q(el, '[part="questions"]')).to.equal(null);
    await el.flush();
    expect(JSON.stringify(await store.get('reflection', foreign.id))).to.equal(before);
    await accessible(el);
  });

  describe('several people at once', () => {
    it('merges edits of different questions made in two widgets on one store', async () => {
      const store = storeWith(reflection('getting-started'));
      const a = await mount(store, 'u-amara');
      const b = await mount(store, 'u-grace');
      radio(a, 'pr-reciprocity', 'embedded').click();
      radio(b, 'pr-agreed-ways', 'beginning').click();
      evidenceBox(b, 'pr-agreed-ways').focus();
      await sendKeys({ type: 'MoU revisited in October' });
      await a.flush();
      await b.flush();
      await Promise.all([a.updateComplete, b.updateComplete]);
      expect(saveState(b)).to.equal('All changes saved');
      const saved = await stored(store, 'getting-started');
      expect(saved.revision).to.equal(2);
      expect(saved.responses['pr-reciprocity']!.level).to.equal('embedded');
      expect(saved.responses['pr-agreed-ways']).to.deep.equal({ level: 'beginning', evidence: 'MoU revisited in October' });
      await waitUntil(() => radio(a, 'pr-agreed-ways', 'beginning').checked, 'the first widget shows the other person’s answer');
      expect(radio(b, 'pr-reciprocity', 'embedded').checked).to.equal(true);
    });

    it('asks rather than overwrites when both change the same question', async () => {
      const store = storeWith(reflection('getting-started'));
      const a = await mount(store, 'u-amara');
      const b = await mount(store, 'u-grace');
      radio(a, 'pr-reciprocity', 'embedded').click();
      radio(b, 'pr-reciprocity', 'beginning').click();
      await a.flush();
      await b.flush();
      await b.updateComplete;
      expect(saveState(b)).to.contain('Someone changed this elsewhere');
      expect((await stored(store, 'getting-started')).responses['pr-reciprocity']!.level).to.equal('embedded');
      expect(button(b, 'Keep my changes')).to.exist;
      await accessible(b);
    });

    it('decides clashes from what each side touched (questions, impact notes, details)', () => {
      const base = reflection('getting-started');
      const theirs = reflection('getting-started', { 'pr-reciprocity': 'embedded' }, [
        { type: 'SAVE_IMPACT', note: { id: 'n1', area: 'leadership', note: 'x', evidence: '' } },
      ]);
      expect(reflectionModel.clashes(base, theirs, [{ type: 'RECORD_REFLECTION', questionId: 'pr-follow-up', evidence: 'y' }])).to.equal(false);
      expect(reflectionModel.clashes(base, theirs, [{ type: 'RECORD_REFLECTION', questionId: 'pr-reciprocity', evidence: 'y' }])).to.equal(true);
      expect(reflectionModel.clashes(base, theirs, [{ type: 'SAVE_IMPACT', note: { id: 'n2', area: 'leadership', note: 'z', evidence: '' } }])).to.equal(false);
      expect(reflectionModel.clashes(base, theirs, [{ type: 'REMOVE_IMPACT', id: 'n1' }])).to.equal(true);
      expect(reflectionModel.clashes(base, theirs, [{ type: 'SET_REFLECTION_DETAILS', nextSteps: 'a' }])).to.equal(false);
    });
  });

  describe('in other languages', () => {
    const baselineLevels: Record<string, PracticeLevel> = {
      'pr-shared-responsibility': 'beginning',
      'pr-reciprocity': 'developing',
      'pr-sharing-practice': 'not-yet',
      'pr-follow-up': 'developing',
      'pr-evidence-focus': 'beginning',
    };
    const nowLevels: Record<string, PracticeLevel> = {
      'pr-shared-responsibility': 'developing',
      'pr-reciprocity': 'developing',
      'pr-sharing-practice': 'embedded',
      'pr-follow-up': 'beginning',
      'pr-engaging-teachers': 'developing',
    };
    const withNotes: ReflectionEdit[] = [
      { type: 'RECORD_REFLECTION', questionId: 'pr-sharing-practice', evidence: 'Strengths directory used by four schools' },
      { type: 'SAVE_IMPACT', note: { id: 'n1', area: 'teaching-quality', note: 'Shared approach to feedback', evidence: 'Book looks', schoolId: 's-oakfield' } },
      { type: 'SAVE_IMPACT', note: { id: 'n2', area: 'leadership', note: 'Middle leaders lead reviews', evidence: '' } },
      { type: 'SET_REFLECTION_DETAILS', nextSteps: 'Bring in middle leaders', heldOn: '2027-03-10' },
    ];

    /** The widget inside a wrapper with `lang`, once it renders in that language (`heading` is in its h2). */
    async function mountIn(lang: string, store: Store, actorId: string, workshop: ProgrammeWorkshop, heading: string) {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}>
        <spp-impact-review .store=${store} .partnership=${partnership} actor-id=${actorId} workshop=${workshop}></spp-impact-review>
      </div>`);
      const el = wrapper.querySelector('spp-impact-review')!;
      await waitUntil(() => text(q(el, 'h2')).includes(heading) && q(el, '[part="questions"], [part="not-started"]'), `renders in ${lang}`);
      if (workshop !== 'getting-started') await waitUntil(() => q(el, '.tracks, [part="comparison"] .notice, [part="not-started"]'), 'the baseline loads');
      await el.updateComplete;
      return el;
    }

    it('shows the workshop date chosen in the native date field written out in the widget’s language', async () => {
      const el = await mount(storeWith(reflection('tracking-progress', {}, withNotes), reflection('getting-started')), 'u-grace', 'tracking-progress');
      expect(text(q(el, '#held-on-chosen'))).to.match(/^Date chosen: Wednesday,? 10 March 2027\.$/);
      expect(q(el, '#held-on')!.getAttribute('aria-describedby')).to.equal('held-on-chosen');
    });

    describe('Welsh', () => {
      before(async () => {
        await loadStrings('cy');
      });

      it('the comparison in Welsh: headings, summary sentences and track labels with Welsh counts, accessible', async () => {
        const store = storeWith(reflection('getting-started', baselineLevels), reflection('tracking-progress', nowLevels, withNotes));
        const el = await mountIn('cy', store, 'u-jonah', 'tracking-progress', 'Olrhain Cynnydd');
        expect(text(q(el, 'h2'))).to.equal('Olrhain Cynnydd: pa mor bell rydym wedi dod, 2026–27');
        expect(text(q(el, '#comparison-title'))).to.equal('Pa mor bell y mae’r arfer wedi symud ers Dechrau Arni');
        expect(text(q(el, '#impact-title'))).to.equal('Yr effaith a welsom');
        expect(qa(el, '[part="comparison-summary"] li').map(text)).to.deep.equal([
          'Mae dau gwestiwn wedi symud ymlaen.',
          'Mae 1 cwestiwn heb newid.',
          'Mae 1 cwestiwn wedi symud yn ôl.',
          'Mae 9 cwestiwn heb eu hateb eto.',
          'Roedd 1 cwestiwn heb ei ateb adeg Dechrau Arni.',
        ]);
        const label = (qid: string) => track(el, qid).getAttribute('aria-label');
        expect(label('pr-sharing-practice')).to.equal('Rhannu arfer: o “Ddim yn rhan o’n harfer eto” i “Wedi ymwreiddio”, tri cham ymlaen');
        expect(label('pr-shared-responsibility')).to.equal('Cyfrifoldeb a rennir am wella: o “Yn dechrau” i “Yn datblygu”, 1 cam ymlaen');
        expect(text(q(el, '#held-on-chosen'))).to.match(/^Y dyddiad a ddewiswyd: [Dd]ydd Mercher,? 10 Mawrth 2027\.$/);
        expect(button(el, 'Ychwanegu nodyn effaith ar gyfer ysgolion')).to.exist;
        await accessible(el);
      });

      it('two and three questions moved: Welsh plural forms, each a whole sentence', async () => {
        const store = storeWith(
          reflection('getting-started', { 'pr-shared-responsibility': 'beginning', 'pr-reciprocity': 'beginning', 'pr-sharing-practice': 'beginning', 'pr-follow-up': 'developing', 'pr-evidence-focus': 'developing' }),
          reflection('tracking-progress', { 'pr-shared-responsibility': 'developing', 'pr-reciprocity': 'embedded', 'pr-sharing-practice': 'developing', 'pr-follow-up': 'beginning', 'pr-evidence-focus': 'not-yet' }),
        );
        const el = await mountIn('cy', store, 'u-jonah', 'tracking-progress', 'Olrhain Cynnydd');
        const summary = qa(el, '[part="comparison-summary"] li').map(text);
        expect(summary.slice(0, 2)).to.deep.equal(['Mae tri chwestiwn wedi symud ymlaen.', 'Mae dau gwestiwn wedi symud yn ôl.']);
        expect(track(el, 'pr-reciprocity').getAttribute('aria-label')).to.contain('dau gam ymlaen');
        expect(track(el, 'pr-evidence-focus').getAttribute('aria-label')).to.contain('dau gam yn ôl');
      });

      it('read-only and not started, in Welsh', async () => {
        const reader = await mountIn('cy', storeWith(reflection('evaluating-impact', {}, withNotes), reflection('getting-started')), 'u-sam', 'evaluating-impact', 'Gwerthuso Effaith');
        expect(text(q(reader, '[part="read-only-notice"]'))).to.contain('Gallwch ddarllen y myfyrdod hwn ond nid ei newid.');
        expect(text(q(reader, '[part="details"]'))).to.equal('Cynhaliwyd ar 10 Mawrth 2027');
        await accessible(reader);
        const starter = await mountIn('cy', storeWith(), 'u-grace', 'getting-started', 'Dechrau Arni');
        expect(text(q(starter, '[part="not-started"] h3'))).to.equal('Nid yw’r myfyrdod hwn wedi’i ddechrau eto');
        expect(button(starter, 'Dechrau’r myfyrdod hwn')).to.exist;
        await accessible(starter);
      });
    });

    describe('pseudo-locale: no text outside the catalogues', () => {
      before(usePseudoLocale);
      const names = [...partnership.schools.map((s) => s.name), ...partnership.people.map((p) => p.name), partnership.name];

      async function check(store: Store, actorId: string, workshop: ProgrammeWorkshop, act?: (el: SppImpactReview) => Promise<void>) {
        const el = await mountIn(PSEUDO_LOCALE, store, actorId, workshop, '⟦');
        await act?.(el);
        await el.updateComplete;
        const found = unmarkedText(el, names);
        expect(found, `<spp-impact-review> shows text that is in no catalogue:\n${found.join('\n')}`).to.deep.equal([]);
      }

      it('not started, for someone who may start it and someone who may not', async () => {
        await check(storeWith(), 'u-grace', 'getting-started');
        await check(storeWith(), 'u-sam', 'tracking-progress');
      });

      it('Getting Started being recorded, with impact notes and a removal being confirmed', async () => {
        await check(storeWith(reflection('getting-started', baselineLevels, withNotes)), 'u-grace', 'getting-started', async (el) => {
          q(el, '[data-action="remove-impact"]')!.click();
          await el.updateComplete;
        });
      });

      it('Tracking Progress compared with the baseline', async () => {
        await check(storeWith(reflection('getting-started', baselineLevels), reflection('tracking-progress', nowLevels, withNotes)), 'u-jonah', 'tracking-progress');
      });

      it('Evaluating Impact read-only, and with no baseline', async () => {
        await check(storeWith(reflection('evaluating-impact', nowLevels, withNotes), reflection('getting-started', baselineLevels)), 'u-tessa', 'evaluating-impact');
        await check(storeWith(reflection('evaluating-impact', nowLevels, withNotes)), 'u-amara', 'evaluating-impact');
      });
    });
  });
});
