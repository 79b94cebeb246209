import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { createStore, memoryAdapter, type Cycle, type Partnership } from '@spp/core';
import { demoCycles, demoPartnership } from '@spp/core/demo';
import './cycle-tracker.define';

type Args = { actorId?: string; today?: string; needsAttention?: boolean; stageFilter?: string; groupFilter?: string };

const people = demoPartnership().people.map((p) => p.id);

/** An in-memory store seeded with the partnership, its cycles and any other records, so each story starts afresh. */
function storeWith(partnership: Partnership, cycles: readonly Cycle[], extra: Record<string, unknown> = {}) {
  const initial: Record<string, unknown> = { [`partnership/${partnership.id}`]: partnership, ...extra };
  for (const cycle of cycles) initial[`cycle/${cycle.id}`] = cycle;
  return createStore(memoryAdapter({ initial }));
}

const render = (partnership: Partnership, store: ReturnType<typeof storeWith>, args: Args) => html`<spp-cycle-tracker
  .partnership=${partnership}
  .store=${store}
  actor-id=${ifDefined(args.actorId)}
  today=${ifDefined(args.today)}
  stage-filter=${ifDefined(args.stageFilter)}
  group-filter=${ifDefined(args.groupFilter)}
  ?needs-attention=${args.needsAttention}
></spp-cycle-tracker>`;

const meta = {
  title: 'Widgets/Cycle tracker',
  component: 'spp-cycle-tracker',
  parameters: {
    docs: {
      description: {
        component: `
\`<spp-cycle-tracker>\` puts every school's review cycle for the year on one screen, for the
partnership lead and the programme associate. It only reads.

- A **table** (the accessible version): stage, the next step and its date, whether it is overdue,
  whether the improvement **workshop** and the 90-day **check-in** actually happened, the lead
  reviewer and the facilitator. Follow-up that has slipped stands out in words and with a sign.
- A **timeline** of the year (September to August) with review windows and days, workshops,
  check-ins and a "today" line.
- **Filters** by stage, "needs attention" and sub-group; the number of schools shown is announced.
- **Exports**: the schools shown as CSV (core's \`cyclesCsv\`), and one cycle as JSON for a subject
  access request or the archive.

Cycles are listed from the store and listed again when one changes. Each story has its own
in-memory store and is read on 1 March 2027 (\`today\`), when Thornhill's check-in is overdue.
        `,
      },
    },
  },
  argTypes: {
    actorId: { control: 'select', options: people },
    stageFilter: { control: 'select', options: ['', 'self-review', 'pre-review', 'review', 'workshop', 'action-plan', 'check-in', 'complete', 'paused', 'withdrawn'] },
  },
  args: { actorId: 'u-amara', today: '2027-03-01', needsAttention: false },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** The demo year: six schools, one at each stage, as the partnership lead sees it. */
export const WholeYear: Story = {
  render: (args) => {
    const partnership = demoPartnership();
    return render(partnership, storeWith(partnership, demoCycles(partnership)), args);
  },
};

/** Only the schools that need attention: overdue steps, Millbrook's workshop not held, Thornhill's check-in overdue. */
export const NeedsAttention: Story = {
  args: { needsAttention: true },
  render: (args) => {
    const partnership = demoPartnership();
    return render(partnership, storeWith(partnership, demoCycles(partnership)), args);
  },
};

/** No cycles yet: the schedule for the year has not been published. */
export const Empty: Story = {
  name: 'Empty (no cycles)',
  render: (args) => {
    const partnership = demoPartnership();
    return render(partnership, storeWith(partnership, []), args);
  },
};

/**
 * One stored cycle was cut short while saving. It is named in a notice and left as it is; the
 * other six cycles are still shown.
 */
export const CorruptRecord: Story = {
  render: (args) => {
    const partnership = demoPartnership();
    const extra = { 'cycle/c-hollybank': '{"schemaVersion":1,"kind":"cycle","id":"c-hollybank","partnershipId":"p-riverside","st' };
    return render(partnership, storeWith(partnership, demoCycles(partnership), extra), args);
  },
};

/** A 320px column (a phone, a narrow web part): the table and the timeline scroll in their own regions, everything else reflows. */
export const NarrowWidth: Story = {
  render: (args) => {
    const partnership = demoPartnership();
    return html`<div style="max-width: 320px">${render(partnership, storeWith(partnership, demoCycles(partnership)), args)}</div>`;
  },
};

/**
 * Tessa Moore, the programme associate, follows progress: she sees every cycle (its stage, the
 * agreed focus and priority, the actions and their progress) but not a school's self-review, the
 * working detail of its review or the review teams' evidence notes (core's `visibleCycle`): she
 * sees no more than the partnership lead, and her JSON exports leave them out too.
 */
export const AssociateView: Story = {
  args: { actorId: 'u-tessa' },
  render: (args) => {
    const partnership = demoPartnership();
    return render(partnership, storeWith(partnership, demoCycles(partnership)), args);
  },
};
