import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { createStore, memoryAdapter, transitionOrThrow, type Cycle, type CycleEvent, type Partnership } from '@spp/core';
import { demoCycle, demoPartnership } from '@spp/core/demo';
import type { SppReviewPlan } from './review-plan.component';
import './review-plan.define';

// Every state is reached by sending real events through core as the right people, so a story
// never shows a cycle the SDK itself could not produce (the one exception says why).
const step = (cycle: Cycle, p: Partnership, actorId: string, event: CycleEvent, day = '2026-10-01') =>
  transitionOrThrow(cycle, event, { actor: { id: actorId }, partnership: p, now: `${day}T10:00:00.000Z` });

// Kelmarsh Road Primary: host head Dev Patel (u-dev); lead reviewer Amara Okafor (u-amara, Ashby
// Brook, also the partnership lead); reviewer Harun Demir (u-harun, Oakfield).

/** The self-review has just been submitted: only the focus carried over from it. */
const emptyPlan = (p: Partnership) => step(demoCycle('s-kelmarsh', 'self-review', p), p, 'u-dev', { type: 'SUBMIT_SELF_REVIEW' }, '2026-09-25');

/** The demo plan: two lines of enquiry, four activities, the review date; nobody has agreed yet. */
const inProgress = (p: Partnership) => demoCycle('s-kelmarsh', 'pre-review', p);

const agreedByLead = (p: Partnership) => step(inProgress(p), p, 'u-amara', { type: 'AGREE_REVIEW_PLAN' });

/** Both agreed: core moved the cycle on to the peer review. */
const agreed = (p: Partnership) => demoCycle('s-kelmarsh', 'review', p);

/**
 * Erin McAllister (u-erin) was put on the team before she moved to Kelmarsh Road; the partnership
 * record now says she works at the host school. Core would refuse to set this team today, so the
 * story writes it into the stored cycle directly, as an older record would have it.
 */
function teamWithHostMember(p: Partnership): Cycle {
  const cycle = inProgress(p);
  return { ...cycle, review: { ...cycle.review, team: { leadReviewerId: 'u-amara', memberIds: ['u-amara', 'u-harun', 'u-erin'] } } };
}

/** Oakfield Academy is large: a two-day review, with activities on both days. */
function twoDays(p: Partnership): Cycle {
  let c = demoCycle('s-oakfield', 'pre-review', p);
  c = step(c, p, 'u-amara', { type: 'SET_REVIEW_DATES', dates: ['2026-10-14', '2026-10-15'] });
  c = step(c, p, 'u-amara', {
    type: 'UPDATE_REVIEW_PLAN',
    evidencePlan: [
      ...c.preReview.evidencePlan.map((a) => (a.id === 'pa-4' ? { ...a, day: 2, start: '09:00' } : a)),
      { id: 'pa-5', activity: 'data-review', with: 'leaders', lineIds: ['loe-1'], day: 2, start: '11:00', minutes: 60, reviewerIds: ['u-amara'], note: 'Key Stage 3 reading ages' },
      { id: 'pa-6', activity: 'survey', with: 'parents', lineIds: ['loe-2'], day: 2, minutes: 20, reviewerIds: [], note: '' },
    ],
  });
  return c;
}

function longText(p: Partnership): Cycle {
  const long =
    'Staff in Years 5 and 6 say the reading routine is the first thing to go when the timetable is squeezed by catch-up sessions, assessments and trips, and that nobody has asked them what would help keep it. ';
  const unbroken = 'https://intranet.kelmarsh.example/sites/english/reading-routine/year-6/impact-data-2026-autumn-term-final-version-2';
  const c = inProgress(p);
  return step(c, p, 'u-amara', {
    type: 'UPDATE_REVIEW_PLAN',
    focusSummary: `${long.repeat(3)}See ${unbroken}`,
    linesOfEnquiry: [
      ...c.preReview.linesOfEnquiry,
      {
        id: 'loe-3',
        question: 'How far do the adults who work with pupils in Years 5 and 6 (teachers, teaching assistants and the staff who run the afternoon interventions) share one view of what good reading looks like?',
        questionIds: ['sr-teaching-consistency', 'sr-staff-involvement', 'sr-professional-learning'],
      },
      { id: 'loe-4', question: '<img src=x onerror=alert(1)> is shown as text, as typed.', questionIds: [] },
    ],
    evidencePlan: c.preReview.evidencePlan.map((a) => (a.id === 'pa-2' ? { ...a, note: `${long}${unbroken}` } : a)),
  });
}

type Args = { actorId: string };

/** A memory store holding one cycle: each story (and each change of its controls) starts afresh. */
function render(build: (p: Partnership) => Cycle, options: { quotaBytes?: (cycle: Cycle) => number; id?: string } = {}) {
  return (args: Args) => {
    const p = demoPartnership();
    const built = build(p);
    const cycle = options.id ? { ...built, id: options.id } : built;
    const store = createStore(memoryAdapter({ initial: { [`cycle/${cycle.id}`]: cycle }, ...(options.quotaBytes ? { quotaBytes: options.quotaBytes(cycle) } : {}) }));
    return html`<spp-review-plan .store=${store} .partnership=${p} actor-id=${args.actorId} cycle-id=${cycle.id}></spp-review-plan>`;
  };
}

const people = demoPartnership().people.map((p) => p.id);

/** Objects set from script, and attribute forms of the controls above: no control of their own. */
const hiddenControls: Record<string, { control: false }> = Object.fromEntries(
  ['store', 'actor', 'partnership', 'framework', 'cycle', 'actor-id', 'cycle-id', 'cycleId'].map((name) => [name, { control: false }]),
);

const meta = {
  title: 'Widgets/Review plan',
  component: 'spp-review-plan',
  parameters: {
    docs: {
      description: {
        component: `
\`<spp-review-plan>\` is the one-hour **pre-review meeting** between the lead reviewer and the host
headteacher. The focus the school proposed in its self-review is the starting point; together they
agree the **focus**, the **lines of enquiry** (each linked to the self-review questions it grew
from), the **review team** and **dates**, and a **timetable of evidence collection** for the one-
or two-day review (a table per day, sorted by start time, with a check that every line of enquiry
has at least one activity).

Both press **Agree the plan**. Any later change to the plan, team or dates clears both agreements
(the widget says so); once both have agreed, core moves the cycle on to the peer review. Who may
change what, how long a review lasts and who may sit on a team are decided by core: refusals are
shown in place with core's reasons.

In these stories every cycle is built by sending real events through core, and each story has its
own in-memory store. **Person** switches who is signed in (Dev Patel is the host headteacher, Amara
Okafor the lead reviewer, Harun Demir a reviewer, Tessa Moore the programme associate). The lines of
enquiry and the timetable are shared with those taking part in the review only; the rest of the
partnership, the associate included, sees the agreed focus once both have agreed.
        `,
      },
    },
  },
  argTypes: {
    actorId: { name: 'Person (actor-id)', control: 'select', options: people },
    ...hiddenControls,
  },
  args: { actorId: 'u-dev' },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

async function ready(canvas: HTMLElement): Promise<SppReviewPlan> {
  const el = canvas.querySelector('spp-review-plan') as SppReviewPlan;
  for (let i = 0; i < 100 && !el.shadowRoot?.querySelector('[part="agreement"]'); i++) await new Promise((r) => setTimeout(r, 20));
  await el.updateComplete;
  return el;
}

/**
 * The self-review was just submitted. The school's proposed focus is the starting point and its
 * summary the first wording of the agreed focus; there are no lines of enquiry yet, so core says
 * why the plan cannot be agreed.
 */
export const EmptyPlan: Story = { name: 'Empty plan', args: { actorId: 'u-amara' }, render: render(emptyPlan) };

/** The plan in progress: lines of enquiry, the team, the review date and a one-day timetable. */
export const InProgress: Story = { name: 'In progress', render: render(inProgress) };

/** The lead reviewer has agreed; the host headteacher sees when, and can agree too. */
export const AgreedByOne: Story = { name: 'Agreed by one', render: render(agreedByLead) };

/** Both agreed and the review has started: a read-only record of the agreed plan. */
export const Agreed: Story = { name: 'Agreed (read-only record)', render: render(agreed) };

/**
 * The programme associate follows progress but does not change records, and the working detail of
 * the plan (lines of enquiry, the timetable, the focus until it is agreed) stays with those taking
 * part: she sees the meeting, the team, the dates and who has agreed, with core's reasons.
 */
export const ReadOnlyAssociate: Story = { name: 'Read-only, detail not shared (associate)', args: { actorId: 'u-tessa' }, render: render(agreedByLead) };

/** A reviewer who is not the lead reads the plan; only the lead reviewer and the host head change it. */
export const ReadOnlyReviewer: Story = { name: 'Read-only (reviewer, not the lead)', args: { actorId: 'u-harun' }, render: render(inProgress) };

/**
 * The team includes someone from the host school. Core's reason is shown in the team section and
 * next to "Agree the plan"; here the host head has also tried to add a reviewer, and core refused
 * that team for the same reason, shown in place and in the alert region. Taking Erin off saves it.
 */
export const RefusedByRoleRules: Story = {
  name: 'Refused by role rules',
  render: render(teamWithHostMember),
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    el.shadowRoot!.querySelector<HTMLInputElement>('#team-member-u-grace')?.click();
    await el.updateComplete;
  },
};

/**
 * Kelmarsh Road is a one-day review: a second date was chosen and core refused it. The date stays
 * on screen with core's reason until it is removed.
 */
export const DatesRefused: Story = {
  name: 'Too many review days',
  args: { actorId: 'u-amara' },
  render: render(inProgress),
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[data-add-day]')?.click();
    await el.updateComplete;
    const second = el.shadowRoot!.querySelector<HTMLInputElement>('#review-date-1');
    if (second) {
      second.value = '2026-10-15';
      second.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    }
    await el.updateComplete;
  },
};

/** A large school: two review days, each with its own timetable, one activity without a time yet. */
export const TwoDayReview: Story = { name: 'Two-day review (large school)', args: { actorId: 'u-grace' }, render: render(twoDays) };

/** An activity open for editing: what it is, with whom, when, which lines it covers and who goes. */
export const EditingAnActivity: Story = {
  name: 'Editing an activity',
  args: { actorId: 'u-amara' },
  render: render(inProgress),
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[data-edit-activity="pa-2"]')?.click();
    await el.updateComplete;
  },
};

/**
 * The device's storage is full: the save fails, the save-state region says so and offers to try
 * again, and what was typed stays on screen and on this device.
 */
export const SaveFailed: Story = {
  name: 'Save failed',
  render: render(inProgress, { quotaBytes: (cycle) => JSON.stringify(cycle).length + 1500, id: 'c-kelmarsh-save-failed' }),
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    const summary = el.shadowRoot!.querySelector<HTMLTextAreaElement>('#focus-summary')!;
    summary.value = `${summary.value} ${'We will also look at how the routine is kept when the timetable is squeezed. '.repeat(40)}`;
    summary.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await el.flush();
    await el.updateComplete;
  },
};

/** Long wording, long unbroken text and markup typed by a person: all shown as typed, nothing cut off. */
export const LongText: Story = { name: 'Long text', args: { actorId: 'u-amara' }, render: render(longText) };

/** A 320px-wide column (a phone, or a narrow SharePoint web part): the timetable stacks; nothing scrolls sideways. */
export const NarrowWidth: Story = {
  name: 'Narrow width',
  render: (args) => html`<div style="max-width: 320px">${render(inProgress)(args)}</div>`,
};
