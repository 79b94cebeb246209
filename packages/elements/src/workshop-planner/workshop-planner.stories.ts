import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { createStore, memoryAdapter, transitionOrThrow, type Cycle, type CycleEvent, type Partnership } from '@spp/core';
import { demoCycle, demoPartnership } from '@spp/core/demo';
import type { SppWorkshopPlanner } from './workshop-planner.component';
import './workshop-planner.define';

// Every state is reached by sending real events through core as the right people, so a story
// never shows a cycle the SDK itself could not produce.
const step = (cycle: Cycle, p: Partnership, actorId: string, event: CycleEvent, day: string) =>
  transitionOrThrow(cycle, event, { actor: { id: actorId }, partnership: p, now: `${day}T10:00:00.000Z` });

/** Millbrook's findings are agreed: the workshop stage, no facilitator yet. */
const notPlanned = (p: Partnership) => step(demoCycle('s-millbrook', 'review', p), p, 'u-jonah', { type: 'AGREE_FINDINGS' }, '2026-10-14');

/** Chloe Dunn (Ashby Brook's Improvement Champion) has taken the workshop on and planned it. */
function planned(p: Partnership): Cycle {
  let c = step(notPlanned(p), p, 'u-chloe', { type: 'CHOOSE_FACILITATOR', facilitatorId: 'u-chloe' }, '2026-10-20');
  c = step(c, p, 'u-chloe', {
    type: 'UPDATE_WORKSHOP',
    date: '2026-11-04',
    participants: ['Year 5 and 6 teachers', 'English lead', 'Family liaison officer'],
    agenda: [
      { id: 'ag-1', title: 'Welcome and the review’s findings', minutes: 10 },
      { id: 'ag-2', title: 'Five whys: getting to root causes', minutes: 30 },
      { id: 'ag-3', title: 'Cause map', minutes: 20 },
      { id: 'ag-4', title: 'Agree actions and support', minutes: 25 },
      { id: 'ag-5', title: 'Next steps and the check-in date', minutes: 5 },
    ],
  }, '2026-10-20');
  return c;
}

/** The demo workshop under way: started at 10:00 on 4 November 2026, with whys, causes and actions. */
const running = (p: Partnership) => demoCycle('s-millbrook', 'workshop', p);

const finished = (p: Partnership) => step(running(p), p, 'u-chloe', { type: 'FINISH_WORKSHOP' }, '2026-11-04');

function longText(p: Partnership): Cycle {
  const long =
    'Staff in Years 5 and 6 told us that the reading routine is the first thing to go when the timetable is squeezed by catch-up sessions, assessments and trips, and that nobody has asked them what would help keep it. ';
  const unbroken = 'https://intranet.millbrook.example/sites/english/reading-routine/year-6/impact-data-2026-autumn-term-final-version-2';
  let c = running(p);
  c = step(c, p, 'u-chloe', {
    type: 'UPDATE_WORKSHOP',
    participants: ['Year 5 and 6 teachers, the English lead, the family liaison officer and two teaching assistants who run the afternoon interventions'],
    whys: [long.repeat(2), `${long} See ${unbroken}`, '<script>alert("typed by a person")</script> is shown as text.'],
    rootCause: long.repeat(3),
  }, '2026-11-04');
  c = step(c, p, 'u-chloe', {
    type: 'SAVE_ACTION',
    action: { id: 'act-1', what: long.repeat(2), owner: 'English lead with the Year 6 team leader', successCriteria: `${long} ${unbroken}`, supportNote: long },
  }, '2026-11-04');
  return c;
}

type Args = { actorId: string; minutesIn: number };

/** A memory store holding one cycle: each story (and each change of its controls) starts afresh. */
function render(build: (p: Partnership) => Cycle, options: { quotaBytes?: (cycle: Cycle) => number } = {}) {
  return (args: Args) => {
    const p = demoPartnership();
    const cycle = build(p);
    const store = createStore(memoryAdapter({ initial: { [`cycle/${cycle.id}`]: cycle }, ...(options.quotaBytes ? { quotaBytes: options.quotaBytes(cycle) } : {}) }));
    const started = cycle.workshop.startedAt ? Date.parse(cycle.workshop.startedAt) : Date.now();
    // A fixed moment of the workshop (minutesIn), so the story looks the same every time.
    const clock = () => started + args.minutesIn * 60_000;
    return html`<spp-workshop-planner .store=${store} .partnership=${p} actor-id=${args.actorId} cycle-id=${cycle.id} .clock=${clock}></spp-workshop-planner>`;
  };
}

const people = demoPartnership().people.map((p) => p.id);

/**
 * Properties from the custom-elements manifest that are objects set from script (or attribute
 * forms of the controls above), so they get no control of their own.
 */
const hiddenControls: Record<string, { control: false }> = Object.fromEntries(
  ['store', 'actor', 'partnership', 'framework', 'cycle', 'clock', 'actor-id', 'cycle-id', 'cycleId'].map((name) => [name, { control: false }]),
);

const meta = {
  title: 'Widgets/Workshop planner',
  component: 'spp-workshop-planner',
  parameters: {
    docs: {
      description: {
        component: `
\`<spp-workshop-planner>\` plans and runs the 1.5-hour improvement workshop that follows a peer
review, for the host school. An **Improvement Champion from another school** facilitates it: the
widget only offers the people core says are eligible. The review's agreed findings and
improvement priority are the starting point; the workshop works through **five whys** and a
**cause map** to an agreed root cause, then **actions** with support brokered from partner schools.
Finishing moves the cycle to the action plan and books the **check-in** (90 days by default, or the
partnership's own interval).

Everything is saved as people type. Who may plan, run or write actions is decided by core's role
rules; people who may not see a read-only record with core's reason.

In these stories every cycle is built by sending real events through core, and each story has
its own in-memory store. **Person** switches who is signed in; **Minutes into the workshop** moves
the timer of a running workshop.
        `,
      },
    },
  },
  argTypes: {
    actorId: { name: 'Person (actor-id)', control: 'select', options: people },
    minutesIn: { name: 'Minutes into the workshop', control: { type: 'range', min: 0, max: 100, step: 1 } },
    ...hiddenControls,
  },
  args: { actorId: 'u-chloe', minutesIn: 47 },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

const planner = (canvas: HTMLElement) => canvas.querySelector('spp-workshop-planner') as SppWorkshopPlanner;
async function ready(canvas: HTMLElement): Promise<SppWorkshopPlanner> {
  const el = planner(canvas);
  for (let i = 0; i < 100 && !el.shadowRoot?.querySelector('h2'); i++) await new Promise((r) => setTimeout(r, 20));
  await el.updateComplete;
  return el;
}

/**
 * The findings are agreed and no facilitator is chosen yet. Chloe Dunn, a trained Improvement
 * Champion from Ashby Brook, can take the workshop on: only eligible facilitators are offered
 * (Millbrook's own Improvement Champion is not), and an empty agenda offers a suggested one.
 */
export const NotPlanned: Story = { render: render(notPlanned) };

/** Facilitator, date, participants and a timed agenda are set; the workshop has not started. */
export const Planned: Story = { render: render(planned) };

/**
 * The workshop is under way: the timer shows the current section and the time left (here at a
 * fixed moment; move it with **Minutes into the workshop**). New sections are announced politely.
 */
export const Running: Story = { render: render(running) };

/** Finished: a read-only record, with the check-in due date shown first. */
export const FinishedCheckInDue: Story = { name: 'Finished (check-in due)', render: render(finished) };

/**
 * The programme associate follows progress but does not change records: the plan, the agreed
 * findings and the actions as text. The root-cause work (participants, five whys, causes) stays
 * with those taking part, and core's reason says so.
 */
export const ReadOnlyAssociate: Story = { name: 'Read-only, root-cause work not shared (associate)', args: { actorId: 'u-tessa' }, render: render(running) };

/** A reviewer on the team reads everything, root-cause work included, but does not run the workshop. */
export const ReadOnlyReviewer: Story = { name: 'Read-only (reviewer on the team)', args: { actorId: 'u-erin' }, render: render(running) };

/**
 * Sam Whitaker, a teacher at Westgate, is not the facilitator or the host headteacher: core's role
 * rules refuse planning, and its reason is shown once above a read-only record.
 */
export const RefusedByRoleRules: Story = { name: 'Refused by role rules', args: { actorId: 'u-sam' }, render: render(planned) };

/**
 * The workshop has started but no action is agreed yet: Finish is refused, and core's reason is
 * shown next to the button and, once pressed, in the alert region.
 */
export const NotReadyToFinish: Story = {
  render: render((p) => step(planned(p), p, 'u-chloe', { type: 'START_WORKSHOP' }, '2026-11-04')),
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[data-finish]')!.click();
    await el.updateComplete;
  },
};

/**
 * The device's storage is full: the save fails, the save-state region says so and offers to try
 * again, and what was typed stays on screen and on this device.
 */
export const SaveFailed: Story = {
  render: render(running, { quotaBytes: (cycle) => JSON.stringify(cycle).length + 1500 }),
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    const rootCause = el.shadowRoot!.querySelector<HTMLTextAreaElement>('#root-cause')!;
    rootCause.value = `${rootCause.value} ${'Year 6 staff have not seen evidence that the routine works for older pupils. '.repeat(40)}`;
    rootCause.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await el.flush();
    await el.updateComplete;
  },
};

/** Long answers, long unbroken text and markup typed by a person: all shown as typed, nothing cut off. */
export const LongText: Story = { render: render(longText) };

/** A 320px-wide column (a phone, or a narrow SharePoint web part): nothing scrolls sideways. */
export const NarrowWidth: Story = {
  render: (args) => html`<div style="max-width: 320px">${render(running)(args)}</div>`,
};
