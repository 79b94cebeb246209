import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { createStore, memoryAdapter, type Cycle, type Partnership } from '@spp/core';
import { demoCycles, demoPartnership } from '@spp/core/demo';
import './strengths-directory.define';

type Args = { actorId?: string; query?: string };

const people = demoPartnership().people.map((p) => p.id);

/**
 * The demo year, with the agreed strengths worded differently for each school (the demo's own
 * cycles share one wording), so the directory and its search read like a real partnership's.
 */
function demoYear(partnership: Partnership): Cycle[] {
  const strengths: Record<string, string> = {
    's-millbrook': 'Pupils talk confidently about the books they read and why they chose them; the class reading corners are well used.',
    's-thornhill': 'Communication boards and signing are used by every adult, so pupils with little speech take part in every lesson.',
    's-westgate': 'Families come to the after-school reading café and say they feel more confident helping with reading at home.',
  };
  return demoCycles(partnership).map((cycle) => {
    const text = strengths[cycle.hostSchoolId];
    if (!text) return cycle;
    return { ...cycle, review: { ...cycle.review, findings: cycle.review.findings.map((f) => (f.kind === 'strength' ? { ...f, text } : f)) } };
  });
}

function storeWith(partnership: Partnership, cycles: readonly Cycle[]) {
  const initial: Record<string, unknown> = { [`partnership/${partnership.id}`]: partnership };
  for (const cycle of cycles) initial[`cycle/${cycle.id}`] = cycle;
  return createStore(memoryAdapter({ initial }));
}

const render = (args: Args) => {
  const partnership = demoPartnership();
  return html`<spp-strengths-directory
    .partnership=${partnership}
    .store=${storeWith(partnership, demoYear(partnership))}
    actor-id=${ifDefined(args.actorId)}
    query=${ifDefined(args.query)}
  ></spp-strengths-directory>`;
};

const meta = {
  title: 'Widgets/Strengths directory',
  component: 'spp-strengths-directory',
  parameters: {
    actions: { handles: ['spp-support-suggested'] },
    docs: {
      description: {
        component: `
\`<spp-strengths-directory>\` lists the strengths peer reviews found and the host schools agreed
(core's \`strengthsDirectory\`), grouped by school, for anyone in the partnership. It is where an
improvement workshop looks for a school to support the host school.

- **Search** by words (each must appear in the strength or its school's name; case and accents do
  not matter); the number found is announced once typing pauses.
- **Suggest this school** fires \`spp-support-suggested\` with \`{ schoolId, findingId, cycleId }\`
  for a workshop planner or the host page; the directory itself changes nothing.
- The signed-in person's own school is marked **Your school**.

Each story has its own in-memory store with the demo year (Millbrook, Thornhill and Westgate have
agreed their findings).
        `,
      },
    },
  },
  argTypes: {
    actorId: { control: 'select', options: people },
  },
  args: { actorId: 'u-maya' },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** The demo year, seen by Maya Sandhu, Thornhill's headteacher: her own school is marked. */
export const Directory: Story = {
  render,
};

/** A search that finds nothing says so, suggests trying other words and offers to clear it. */
export const SearchWithNoResults: Story = {
  args: { query: 'orienteering' },
  render,
};

/** A 320px column (a phone, a narrow web part): each school's strengths stack, nothing scrolls sideways. */
export const NarrowWidth: Story = {
  render: (args) => html`<div style="max-width: 320px">${render(args)}</div>`,
};
