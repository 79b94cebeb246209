import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { applyScheduleEdit, createStore, memoryAdapter, planSchedule, publishSchedule, type Partnership, type Schedule, type ScheduleEdit } from '@spp/core';
import { demoPartnership } from '@spp/core/demo';
import './review-schedule.define';

type Args = { actorId?: string; scheduleId?: string };

const SCHEDULE_ID = 'schedule-2026-27';
const people = demoPartnership().people.map((p) => p.id);

/** The demo year as core plans it. */
function planned(partnership: Partnership, scheduleId = SCHEDULE_ID): Schedule {
  const result = planSchedule(partnership, { scheduleId });
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join(' '));
  return result.schedule;
}

/** A change made through core as the partnership lead. */
function edited(schedule: Schedule, partnership: Partnership, edit: ScheduleEdit): Schedule {
  const result = applyScheduleEdit(schedule, edit, { actor: { id: 'u-amara' }, partnership, now: '2026-09-24T16:00:00.000Z' });
  if (!result.ok) throw new Error(result.refusal.reason);
  return result.doc;
}

/** An in-memory store seeded with the schedule (and any other records), so each story starts afresh. */
function storeWith(records: { schedule?: Schedule; extra?: Record<string, unknown>; quotaBytes?: number } = {}) {
  const initial: Record<string, unknown> = { ...(records.extra ?? {}) };
  if (records.schedule) initial[`schedule/${records.schedule.id}`] = records.schedule;
  return createStore(memoryAdapter({ initial, ...(records.quotaBytes !== undefined ? { quotaBytes: records.quotaBytes } : {}) }));
}

/** Kelmarsh's review led by its own headteacher: a hand edit that breaks a rule. */
function broken(partnership: Partnership): Schedule {
  const schedule = planned(partnership);
  const review = schedule.reviews.find((r) => r.hostSchoolId === 's-kelmarsh')!;
  return edited(schedule, partnership, {
    type: 'UPDATE_REVIEW',
    reviewId: review.id,
    leadReviewerId: 'u-dev',
    memberIds: ['u-dev', ...review.memberIds.filter((m) => m !== review.leadReviewerId)],
  });
}

/** Waits for an element inside the widget's shadow root (stories' play functions use plain DOM). */
async function inWidget<T extends Element>(canvas: HTMLElement, selector: string): Promise<T> {
  for (let i = 0; i < 200; i++) {
    const found = canvas.querySelector('spp-review-schedule')?.shadowRoot?.querySelector<T>(selector);
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`${selector} did not appear`);
}

const render = (partnership: Partnership, store: ReturnType<typeof storeWith>, args: Args) => html`<spp-review-schedule
  .partnership=${partnership}
  .store=${store}
  actor-id=${ifDefined(args.actorId)}
  schedule-id=${ifDefined(args.scheduleId)}
></spp-review-schedule>`;

const meta = {
  title: 'Widgets/Review schedule',
  component: 'spp-review-schedule',
  parameters: {
    actions: { handles: ['spp-schedule-published', 'spp-refused', 'spp-save-state'] },
    docs: {
      description: {
        component: `
\`<spp-review-schedule>\` is the partnership lead's plan of the year: which school is reviewed when,
by whom, and who facilitates each improvement workshop.

- With no schedule yet, the lead chooses the team size and review windows and **plans the year**
  (core's \`planSchedule\`). If it cannot be done, core says why, school by school.
- **Who reviews whom** is shown as a table (the accessible version) and as a map of the review
  links between schools, with how fairly the work is shared.
- The lead can **adjust any review by hand**; core's \`validateSchedule\` explains any broken rule
  next to the review, and a live region sums the checks up.
- **Publishing** (only when nothing breaks a rule) creates each school's review cycle in the
  store and fires \`spp-schedule-published\`; the schedule is then read-only.

Everyone else reads the schedule, with core's reason. Each story has its own in-memory store.
        `,
      },
    },
  },
  argTypes: {
    actorId: { control: 'select', options: people },
  },
  args: { actorId: 'u-amara' },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** No schedule yet: the partnership lead sets the team size and windows, then plans the year. */
export const NotPlanned: Story = {
  render: (args) => render(demoPartnership(), storeWith(), args),
};

/** The demo year as planned: six reviews, every rule followed, ready to publish. */
export const Planned: Story = {
  render: (args) => {
    const partnership = demoPartnership();
    return render(partnership, storeWith({ schedule: planned(partnership) }), args);
  },
};

/**
 * Kelmarsh Road's review is led by its own headteacher. The change is kept, the rule it breaks is
 * explained next to that review, and publishing waits until it is put right.
 */
export const BrokenByAHandEdit: Story = {
  render: (args) => {
    const partnership = demoPartnership();
    return render(partnership, storeWith({ schedule: broken(partnership) }), args);
  },
};

/** Published: every school's cycle exists and the schedule reads as a record. */
export const Published: Story = {
  render: (args) => {
    const partnership = demoPartnership();
    const schedule = edited(planned(partnership), partnership, { type: 'MARK_PUBLISHED' });
    const cycles = publishSchedule(planned(partnership), partnership, { id: 'u-amara' });
    const extra: Record<string, unknown> = {};
    if (cycles.ok) for (const cycle of cycles.cycles) extra[`cycle/${cycle.id}`] = cycle;
    return render(partnership, storeWith({ schedule, extra }), args);
  },
};

/** Dev Patel, Kelmarsh's headteacher, is not the partnership lead: he reads the schedule, with core's reason. */
export const ReadOnlyNotTheLead: Story = {
  name: 'Read-only (not the lead)',
  args: { actorId: 'u-dev' },
  render: (args) => {
    const partnership = demoPartnership();
    return render(partnership, storeWith({ schedule: broken(partnership) }), args);
  },
};

/**
 * Nobody can lead a review: the partnership has no trained headteachers (the lead's training has
 * lapsed). Planning is tried, and core explains what stands in the way for each school.
 */
export const Infeasible: Story = {
  render: (args) => {
    const partnership = demoPartnership();
    partnership.people = partnership.people
      .filter((p) => p.jobRole !== 'headteacher' || p.id === 'u-amara')
      .map((p) => (p.id === 'u-amara' ? { ...p, trained: [] } : p));
    return render(partnership, storeWith(), args);
  },
  play: async ({ canvasElement }) => {
    (await inWidget<HTMLButtonElement>(canvasElement, '[data-plan]')).click();
    await inWidget(canvasElement, '[part="plan-problems"]');
  },
};

/** A 320px column (a phone, a narrow web part): tables scroll in their own region, everything else reflows. */
export const NarrowWidth: Story = {
  render: (args) => {
    const partnership = demoPartnership();
    return html`<div style="max-width: 320px">${render(partnership, storeWith({ schedule: broken(partnership) }), args)}</div>`;
  },
};

/** Long school and people names wrap; the map shortens labels and its key gives them in full. */
export const LongNames: Story = {
  render: (args) => {
    const partnership = demoPartnership();
    partnership.schools[3]!.name = 'Millbrook Church of England Voluntary Aided Primary School and Nursery with Resourced Provision';
    partnership.people.find((p) => p.id === 'u-jonah')!.name = 'Jonah Alexander Fitzwilliam-Price-Montgomery';
    return render(partnership, storeWith({ schedule: planned(partnership) }), args);
  },
};

/**
 * The device's storage is full: a hand change cannot be saved. It is kept on this device and
 * the save state offers to try again.
 */
export const SaveFailed: Story = {
  // Its own schedule id, so the change kept on this device does not follow into the other stories.
  args: { scheduleId: 'schedule-storage-full' },
  render: (args) => {
    const partnership = demoPartnership();
    const schedule = planned(partnership, args.scheduleId);
    const bytes = new TextEncoder().encode(`schedule/${schedule.id}${JSON.stringify(schedule)}`).length;
    return render(partnership, storeWith({ schedule, quotaBytes: bytes + 8 }), args);
  },
  play: async ({ canvasElement }) => {
    const lead = await inWidget<HTMLSelectElement>(canvasElement, '[part="review"] select[id^="lead-"]');
    const other = [...lead.options].find((o) => o.value && !o.selected && o.parentElement?.getAttribute('label') === lead.querySelector('optgroup')?.getAttribute('label'));
    if (!other) return;
    lead.value = other.value;
    lead.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    await inWidget(canvasElement, '.save-state.failed');
  },
};
