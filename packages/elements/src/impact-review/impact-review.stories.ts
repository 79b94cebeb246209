import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import {
  applyReflectionEdit,
  createReflection,
  createStore,
  memoryAdapter,
  type Partnership,
  type PracticeLevel,
  type ProgrammeWorkshop,
  type Reflection,
  type ReflectionEdit,
} from '@spp/core';
import { demoPartnership } from '@spp/core/demo';
import type { SppImpactReview } from './impact-review.component';
import './impact-review.define';

/** `actorId` and `workshop` are the controls; the element's object properties are listed only to hide them from the controls panel. */
type Args = { actorId: string; workshop: ProgrammeWorkshop } & Record<string, unknown>;

const people = demoPartnership().people;

/** A reflection built through core as the partnership lead. */
function reflection(partnership: Partnership, workshop: ProgrammeWorkshop, levels: Record<string, PracticeLevel>, extra: ReflectionEdit[] = []): Reflection {
  let doc = createReflection({ id: `reflection-${partnership.academicYear}-${workshop}`, partnership, workshop });
  const edits: ReflectionEdit[] = [...Object.entries(levels).map(([questionId, level]) => ({ type: 'RECORD_REFLECTION' as const, questionId, level })), ...extra];
  for (const edit of edits) {
    const result = applyReflectionEdit(doc, edit, { actor: { id: 'u-amara' }, partnership, now: '2027-03-10T10:00:00.000Z' });
    if (!result.ok) throw new Error(result.refusal.reason);
    doc = result.doc;
  }
  return doc;
}

/** Where the partnership placed itself at Getting Started. */
const BASELINE: Record<string, PracticeLevel> = {
  'pr-shared-responsibility': 'beginning',
  'pr-reciprocity': 'beginning',
  'pr-sharing-practice': 'not-yet',
  'pr-follow-up': 'not-yet',
  'pr-engaging-teachers': 'beginning',
  'pr-evidence-focus': 'developing',
  'pr-shared-pedagogy': 'not-yet',
  'pr-shared-priorities': 'beginning',
  'pr-mutual-accountability': 'beginning',
  'pr-honest-conversations': 'developing',
  'pr-agreed-ways': 'developing',
  'pr-outcomes-impact': 'not-yet',
  'sr-group-gaps': 'developing',
};
/** About six months in. */
const TRACKING: Record<string, PracticeLevel> = {
  ...BASELINE,
  'pr-shared-responsibility': 'developing',
  'pr-sharing-practice': 'beginning',
  'pr-follow-up': 'developing',
  'pr-shared-pedagogy': 'beginning',
  'pr-honest-conversations': 'beginning',
  'sr-pupil-voice': 'beginning',
};
delete TRACKING['pr-outcomes-impact'];
/** At the end of the year. */
const EVALUATING: Record<string, PracticeLevel> = {
  ...TRACKING,
  'pr-shared-responsibility': 'embedded',
  'pr-reciprocity': 'developing',
  'pr-sharing-practice': 'developing',
  'pr-outcomes-impact': 'beginning',
  'pr-honest-conversations': 'developing',
};

const BASELINE_EVIDENCE: ReflectionEdit[] = [
  { type: 'SET_REFLECTION_DETAILS', heldOn: '2026-09-17' },
  { type: 'RECORD_REFLECTION', questionId: 'pr-shared-responsibility', evidence: 'Heads agreed to give two days each of senior leaders’ time to reviews this year.' },
  { type: 'RECORD_REFLECTION', questionId: 'pr-honest-conversations', evidence: 'Frank discussion of attendance at the last heads’ meeting; not yet the norm in every triad.' },
];
const IMPACT: ReflectionEdit[] = [
  { type: 'SAVE_IMPACT', note: { id: 'n-reading', area: 'pupil-outcomes', note: 'More pupils reading for pleasure at Millbrook and Ashby Brook after the shared reading review.', evidence: 'Library loans up by a third; pupil voice survey in June.', schoolId: 's-millbrook' } },
  { type: 'SAVE_IMPACT', note: { id: 'n-attendance', area: 'attendance-behaviour', note: 'Thornhill adapted Westgate’s first-day calling for families of pupils with complex needs.', evidence: 'Persistent absence down from 24% to 17% over two terms.', schoolId: 's-thornhill' } },
  { type: 'SAVE_IMPACT', note: { id: 'n-confidence', area: 'staff-confidence', note: 'Middle leaders who joined review teams say they now lead their own subject reviews with more confidence.', evidence: 'Improvement Champion reflections; three middle leaders led department reviews.' } },
  { type: 'SAVE_IMPACT', note: { id: 'n-self-evaluation', area: 'self-evaluation', note: 'Self-reviews are sharper: schools name their evidence rather than describing intentions.', evidence: 'Lead reviewers’ comments at pre-review meetings.' } },
  { type: 'SAVE_IMPACT', note: { id: 'n-governors', area: 'parents-governors-community', note: 'Governors at two schools now ask for the peer-review findings and the 90-day check-in.', evidence: 'Governing body minutes, spring term.' } },
  { type: 'SET_REFLECTION_DETAILS', heldOn: '2027-07-08', nextSteps: 'Train a second reviewer in every school so middle leaders can join review teams; agree one shared teaching priority (feedback) for next year.' },
];

/**
 * Everything a story needs, built afresh on every render so stories never share state: a
 * partnership (with an id of its own, so unsaved edits kept on this device by one story never turn
 * up in another), its reflections and an in-memory store holding them.
 */
function setup(options: { story: string; reflections?: (p: Partnership) => Reflection[]; quotaBytes?: number }) {
  const partnership = { ...demoPartnership(), id: `p-riverside-${options.story}` };
  const reflections = options.reflections ? options.reflections(partnership) : [];
  const initial = Object.fromEntries(reflections.map((r) => [`reflection/${r.id}`, r]));
  const adapter = memoryAdapter({ initial, ...(options.quotaBytes ? { quotaBytes: JSON.stringify(initial).length + options.quotaBytes } : {}) });
  return { partnership, store: createStore(adapter) };
}

const render = (s: ReturnType<typeof setup>, args: Args) =>
  html`<spp-impact-review .store=${s.store} .partnership=${s.partnership} actor-id=${args.actorId} workshop=${args.workshop}></spp-impact-review>`;

/** Waits for the widget in a story to load its reflection. */
async function loaded(canvas: HTMLElement): Promise<SppImpactReview> {
  const el = canvas.querySelector('spp-impact-review')!;
  for (let i = 0; i < 100 && !el.shadowRoot?.querySelector('[part="questions"]'); i++) await new Promise((r) => setTimeout(r, 20));
  await el.updateComplete;
  return el;
}

const meta = {
  title: 'Widgets/Impact review',
  component: 'spp-impact-review',
  parameters: {
    docs: {
      description: {
        component: `
\`<spp-impact-review>\` is the partnership's reflection at each programme workshop: **Getting Started**
(the baseline), **Tracking Progress** (about six months in) and **Evaluating Impact** (year end). For
each of the framework's partnership questions, grouped by area of commitment, the headteachers agree
**how far it is part of their practice** (a continuum, never a grade) and note the **evidence**; they
record the **impact** they have seen for schools, staff, the organisation and others, and their
**next steps**.

At Tracking Progress and Evaluating Impact, a small track per question shows where the partnership
stood at Getting Started (a ring) and an arrow to where it stands now (a dot); each track is an image
whose label says the same in words, and a summary counts the movement. Who may record is decided by
\`@spp/core\` (the headteachers and the partnership lead); everyone else reads, with core's reason. Each
story builds its own in-memory store from the demo partnership.
        `,
      },
    },
  },
  argTypes: {
    actorId: {
      name: 'Signed in as',
      control: 'select',
      options: people.map((p) => p.id),
      description: 'The person using the widget; roles come from the partnership.',
    },
    workshop: { control: 'select', options: ['getting-started', 'tracking-progress', 'evaluating-impact'] },
    // Objects are set from script, not from the controls panel.
    store: { control: false },
    actor: { control: false },
    partnership: { control: false },
    framework: { control: false },
    'actor-id': { control: false },
    'reflection-id': { control: false },
  },
  args: { actorId: 'u-amara', workshop: 'getting-started' },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** Getting Started, just begun: nothing recorded yet. This is the baseline the later workshops look back to. */
export const BaselineEmpty: Story = {
  name: 'Baseline (Getting Started) empty',
  render: (args) => render(setup({ story: 'baseline-empty', reflections: (p) => [reflection(p, 'getting-started', {})] }), args),
};

/** Part-way through Getting Started: most questions placed, some evidence noted. */
export const BaselineInProgress: Story = {
  name: 'Baseline in progress',
  args: { actorId: 'u-grace' },
  render: (args) => render(setup({ story: 'baseline-in-progress', reflections: (p) => [reflection(p, 'getting-started', BASELINE, BASELINE_EVIDENCE)] }), args),
};

/** Tracking Progress: each question's movement since Getting Started, as a chart and in words. */
export const TrackingProgress: Story = {
  name: 'Tracking progress with comparison',
  args: { workshop: 'tracking-progress' },
  render: (args) =>
    render(
      setup({
        story: 'tracking',
        reflections: (p) => [
          reflection(p, 'getting-started', BASELINE, BASELINE_EVIDENCE),
          reflection(p, 'tracking-progress', TRACKING, [
            { type: 'SET_REFLECTION_DETAILS', heldOn: '2027-03-10', nextSteps: 'Book every 90-day check-in when the workshop is held.' },
            { type: 'RECORD_REFLECTION', questionId: 'pr-follow-up', evidence: 'All four workshops so far had a check-in date agreed on the day.' },
          ]),
        ],
      }),
      args,
    ),
};

/** Evaluating Impact at the end of the year: the comparison, and impact notes in all four groups. */
export const EvaluatingImpact: Story = {
  name: 'Evaluating impact with impact notes',
  args: { workshop: 'evaluating-impact' },
  render: (args) =>
    render(
      setup({
        story: 'evaluating',
        reflections: (p) => [reflection(p, 'getting-started', BASELINE, BASELINE_EVIDENCE), reflection(p, 'evaluating-impact', EVALUATING, IMPACT)],
      }),
      args,
    ),
};

/** The programme associate follows progress but does not change records: everything as text, with core's reason. */
export const ReadOnlyAssociate: Story = {
  name: 'Read-only (associate)',
  args: { actorId: 'u-tessa', workshop: 'evaluating-impact' },
  render: (args) =>
    render(
      setup({
        story: 'read-only',
        reflections: (p) => [reflection(p, 'getting-started', BASELINE, BASELINE_EVIDENCE), reflection(p, 'evaluating-impact', EVALUATING, IMPACT)],
      }),
      args,
    ),
};

/** No reflection for this workshop yet: a headteacher can start it (core's `createReflection`). */
export const NotStarted: Story = {
  name: 'Not started yet',
  args: { workshop: 'tracking-progress' },
  render: (args) => render(setup({ story: 'not-started', reflections: (p) => [reflection(p, 'getting-started', BASELINE)] }), args),
};

/** Not started, seen by a teacher: core's reason instead of the start button. */
export const NotStartedTeacher: Story = {
  name: 'Not started yet (teacher)',
  args: { actorId: 'u-sam', workshop: 'tracking-progress' },
  render: (args) => render(setup({ story: 'not-started-teacher' }), args),
};

/**
 * The device's storage is full: what was typed is kept (on screen and in this device's journal)
 * and the save-state line says so, with a retry. The story types into the next steps.
 */
export const SaveFailed: Story = {
  name: 'Save failed',
  args: { workshop: 'tracking-progress' },
  render: (args) =>
    render(setup({ story: 'save-failed', quotaBytes: 40, reflections: (p) => [reflection(p, 'getting-started', BASELINE), reflection(p, 'tracking-progress', TRACKING)] }), args),
  play: async ({ canvasElement }) => {
    const el = await loaded(canvasElement);
    const box = el.shadowRoot!.querySelector<HTMLTextAreaElement>('#next-steps');
    if (!box) return;
    box.value = 'Book every 90-day check-in on the day of the workshop, and share the dates with the partnership lead.';
    box.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText' }));
    await el.flush();
    await el.updateComplete;
  },
};

/** Long evidence and impact notes (with an unbroken address) wrap instead of overflowing. */
export const LongText: Story = {
  name: 'Long text',
  args: { workshop: 'evaluating-impact' },
  render: (args) =>
    render(
      setup({
        story: 'long-text',
        reflections: (p) => [
          reflection(p, 'getting-started', BASELINE),
          reflection(p, 'evaluating-impact', EVALUATING, [
            {
              type: 'RECORD_REFLECTION',
              questionId: 'pr-shared-responsibility',
              evidence: `${'Every school gave senior leaders’ time to at least two reviews, and the smaller schools were supported with cover from the larger ones. '.repeat(8)}Notes: https://riverside-trust.example.org/${'evaluating-impact-'.repeat(10)}2027.docx`,
            },
            { type: 'SAVE_IMPACT', note: { id: 'n-long', area: 'closing-gaps', note: 'Disadvantaged pupils’ reading improved in all three primary schools. '.repeat(10), evidence: `https://riverside-trust.example.org/${'data/'.repeat(20)}reading.xlsx` } },
          ]),
        ],
      }),
      args,
    ),
};

/** At 320px (a phone, or a narrow SharePoint column) each question's name sits above its track; nothing is cut off. */
export const NarrowWidth: Story = {
  name: 'Narrow width',
  args: { workshop: 'tracking-progress' },
  render: (args) =>
    html`<div style="width: 320px; border: 1px dashed #8a8a8a">
      ${render(setup({ story: 'narrow', reflections: (p) => [reflection(p, 'getting-started', BASELINE, BASELINE_EVIDENCE), reflection(p, 'tracking-progress', TRACKING)] }), args)}
    </div>`,
};
