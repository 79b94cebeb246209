import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { createStore, memoryAdapter, transitionOrThrow, type Cycle, type CycleEvent, type Partnership } from '@spp/core';
import { demoCycle, demoPartnership } from '@spp/core/demo';
import type { SppActionPlan } from './action-plan.component';
import './action-plan.define';

// Every state is reached by sending real events through core as the right people, so a story
// never shows a cycle the SDK itself could not produce. Millbrook's head is Jonah Price, Thornhill's
// Maya Sandhu; both were reviewed by a team led by Amara Okafor, and Chloe Dunn facilitated their
// workshops on 4 November 2026. The check-in is due on 2 February 2027.
const step = (cycle: Cycle, p: Partnership, actorId: string, event: CycleEvent, day: string) =>
  transitionOrThrow(cycle, event, { actor: { id: actorId }, partnership: p, now: `${day}T10:00:00.000Z` });

/** Millbrook's plan after the workshop, with an update by its senior leader (so there is history). */
function draft(p: Partnership): Cycle {
  let c = demoCycle('s-millbrook', 'action-plan', p);
  c = step(c, p, 'u-kirsty', { type: 'SAVE_ACTION', action: { id: 'act-2', what: c.actions[1]!.what, owner: 'Family liaison officer with the English lead', status: 'in-progress' } }, '2026-11-12');
  return c;
}

/** A third action added with only its "what": core will not publish the plan yet. */
const incomplete = (p: Partnership) =>
  step(draft(p), p, 'u-jonah', { type: 'SAVE_ACTION', action: { id: 'act-3', what: 'Governor link visit to a Year 6 reading session.' } }, '2026-11-13');

/** Thornhill's plan is published: the check-in is next. */
const published = (p: Partnership) => demoCycle('s-thornhill', 'check-in', p);

/** Thornhill's check-in was held and the cycle closed. */
const complete = (p: Partnership) =>
  step(published(p), p, 'u-amara', {
    type: 'RECORD_CHECK_IN',
    heldOn: '2027-02-02',
    progress: [
      { actionId: 'act-1', status: 'done', note: 'The 20-minute routine is now seen in every class on learning walks.' },
      { actionId: 'act-2', status: 'in-progress', note: 'First after-school café: 11 families came.' },
    ],
    nextSteps: 'Share the routine at the spring heads’ meeting; run the café again before Easter.',
    outcome: 'close',
  }, '2027-02-02');

function longText(p: Partnership): Cycle {
  const long =
    'Staff in Years 5 and 6 said the reading routine is the first thing to go when the timetable is squeezed by catch-up sessions, assessments and trips, and that nobody has asked them what would help keep it. ';
  const unbroken = 'https://intranet.millbrook.example/sites/english/reading-routine/year-6/impact-data-2026-autumn-term-final-version-2';
  let c = draft(p);
  c = step(c, p, 'u-jonah', {
    type: 'SAVE_ACTION',
    action: {
      id: 'act-1',
      what: long.repeat(2),
      owner: 'The English lead, with the Year 6 team leader and the deputy headteacher when the English lead is teaching',
      successCriteria: `${long} See ${unbroken}`,
      supportNote: '<script>alert("typed by a person")</script> is shown as text, like everything people type.',
    },
  }, '2026-11-14');
  return c;
}

type Args = { actorId: string; today: string };

/**
 * A memory store holding one cycle with an id of its own, so what one story keeps on the device
 * (text being typed, a half-filled check-in) never turns up in another; and each render starts
 * afresh.
 */
function render(story: string, build: (p: Partnership) => Cycle, options: { quotaBytes?: number } = {}) {
  return (args: Args) => {
    const p = demoPartnership();
    const cycle = { ...build(p), id: `story-${story}` };
    try {
      for (const key of Object.keys(localStorage)) if (key.includes(cycle.id)) localStorage.removeItem(key);
    } catch {
      // Storage may be blocked; the story still renders.
    }
    const store = createStore(
      memoryAdapter({ initial: { [`cycle/${cycle.id}`]: cycle }, ...(options.quotaBytes ? { quotaBytes: JSON.stringify(cycle).length + options.quotaBytes } : {}) }),
    );
    return html`<spp-action-plan .store=${store} .partnership=${p} actor-id=${args.actorId} cycle-id=${cycle.id} today=${args.today}></spp-action-plan>`;
  };
}

const people = demoPartnership().people.map((p) => p.id);

/** Object properties set from script (and attribute forms of the controls above) get no control. */
const hiddenControls: Record<string, { control: false }> = Object.fromEntries(
  ['store', 'actor', 'partnership', 'framework', 'cycle', 'actor-id', 'cycle-id', 'cycleId'].map((name) => [name, { control: false }]),
);

const meta = {
  title: 'Widgets/Action plan',
  component: 'spp-action-plan',
  parameters: {
    docs: {
      description: {
        component: `
\`<spp-action-plan>\` is the host school's plan for its **improvement priority** after the
improvement workshop, and its **90-day check-in**. Each action has an owner, a due date, success
criteria, support brokered from a partner school and a status; every change is kept in the
action's **history**. Actions past their due date are marked **Overdue** in words, and so is a late
check-in.

The host headteacher **publishes** the plan (core says what is still missing), then the lead
reviewer or the Improvement Champion **records the check-in**: progress per action, next steps,
and whether the cycle closes or continues (core then books the next check-in). The associate and
the wider partnership read the plan and its progress but do not change it. The plan prints as a
document, and **Export as JSON** downloads the cycle as the signed-in person may see it.

In these stories every cycle is built by sending real events through core, and each story has its
own in-memory store. **Person** switches who is signed in; **Today** moves the date the widget
judges due and overdue by.
        `,
      },
    },
  },
  argTypes: {
    actorId: { name: 'Person (actor-id)', control: 'select', options: people },
    today: { name: 'Today (YYYY-MM-DD)', control: 'text' },
    ...hiddenControls,
  },
  args: { actorId: 'u-jonah', today: '2026-11-20' },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

async function ready(canvas: HTMLElement): Promise<SppActionPlan> {
  const el = canvas.querySelector('spp-action-plan') as SppActionPlan;
  for (let i = 0; i < 100 && !el.shadowRoot?.querySelector('h2'); i++) await new Promise((r) => setTimeout(r, 20));
  await el.updateComplete;
  return el;
}
const $ = <T extends HTMLElement>(el: SppActionPlan, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
function setValue(el: SppActionPlan, selector: string, value: string, event = 'input') {
  const field = $<HTMLInputElement>(el, selector);
  field.value = value;
  field.dispatchEvent(new Event(event, { bubbles: true, composed: true }));
}

/**
 * The host headteacher works on the plan after the workshop: every field can be edited, actions
 * can be added, and the history of each action lists what changed, when and by whom.
 */
export const ActionPlanDraft: Story = { name: 'Action plan draft', render: render('draft', draft) };

/**
 * A new action has no owner, due date or success criteria yet: Publish is refused, with core's
 * reasons next to the button and, once pressed, in the alert region.
 */
export const PublishRefused: Story = {
  name: 'Publish refused',
  render: render('publish-refused', incomplete),
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    $(el, '[data-publish]').click();
    await el.updateComplete;
  },
};

/**
 * Published: the check-in is due. The host headteacher still updates the actions (action 1 is
 * already overdue on this date) but the check-in is recorded by the lead reviewer or the
 * Improvement Champion: core's reason is shown.
 */
export const PublishedCheckInDue: Story = {
  name: 'Published (check-in due)',
  args: { actorId: 'u-maya', today: '2027-01-10' },
  render: render('published', published),
};

/** The check-in date has passed and it has not been held: "overdue" is said in words. */
export const CheckInOverdue: Story = {
  name: 'Check-in overdue',
  args: { actorId: 'u-amara', today: '2027-02-20' },
  render: render('overdue', published),
};

/**
 * The lead reviewer fills in the check-in (progress per action, next steps, close the cycle) and
 * presses Record: the in-page confirmation asks before anything is sent.
 */
export const CheckInRecording: Story = {
  name: 'Check-in recording',
  args: { actorId: 'u-amara', today: '2027-02-02' },
  render: render('recording', published),
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    setValue(el, '#progress-status-act-1', 'done', 'change');
    setValue(el, '#progress-note-act-1', 'The 20-minute routine is now seen in every class on learning walks.');
    setValue(el, '#progress-status-act-2', 'in-progress', 'change');
    setValue(el, '#progress-note-act-2', 'First after-school café: 11 families came.');
    setValue(el, '#next-steps', 'Share the routine at the spring heads’ meeting.');
    const close = $<HTMLInputElement>(el, '#outcome-close');
    close.checked = true;
    close.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    await el.updateComplete;
    $(el, '[data-record-check-in]').click();
    await el.updateComplete;
  },
};

/** The check-in was held and the cycle closed: a read-only record of the plan and its check-in. */
export const Complete: Story = { args: { actorId: 'u-maya', today: '2027-02-10' }, render: render('complete', complete) };

/**
 * The programme associate follows the priority, the actions and their progress, but does not
 * change them: everything is text, with core's reason at the top. Export still works.
 */
export const ReadOnlyAssociate: Story = {
  name: 'Read-only (associate)',
  args: { actorId: 'u-tessa', today: '2027-01-10' },
  render: render('associate', published),
};

/**
 * The device's storage is full: the save fails, the save-state region says so and offers to try
 * again, and what was typed stays on screen and on this device.
 */
export const SaveFailed: Story = {
  name: 'Save failed',
  render: render('save-failed', draft, { quotaBytes: 1200 }),
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    setValue(el, '#successCriteria-act-1', `Routine seen in every Year 5–6 class on a learning walk. ${'Pupils talk about their reading at the end of each session. '.repeat(30)}`);
    setValue(el, '#successCriteria-act-1', $<HTMLTextAreaElement>(el, '#successCriteria-act-1').value, 'change');
    await el.flush();
    await el.updateComplete;
  },
};

/** Long answers, long unbroken text and markup typed by a person: all shown as typed, nothing cut off. */
export const LongText: Story = { name: 'Long text', render: render('long-text', longText) };

/** A 320px-wide column (a phone, or a narrow SharePoint web part): nothing scrolls sideways. */
export const NarrowWidth: Story = {
  name: 'Narrow width',
  args: { actorId: 'u-chloe', today: '2027-02-05' },
  render: (args) => html`<div style="max-width: 320px">${render('narrow', published)(args)}</div>`,
};
