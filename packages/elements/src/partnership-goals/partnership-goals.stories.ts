import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { createStore, memoryAdapter, type Partnership } from '@spp/core';
import { demoPartnership } from '@spp/core/demo';
import type { SppPartnershipGoals } from './partnership-goals.component';
import './partnership-goals.define';

/** `actorId` is the one control; the element's object properties are listed only to hide them from the controls panel. */
type Args = { actorId: string } & Record<string, unknown>;

const people = demoPartnership().people;

/**
 * Everything a story needs, built afresh on every render so stories never share state: a
 * partnership (with an id of its own, so unsaved edits kept on this device by one story never turn
 * up in another) and an in-memory store holding it.
 */
function setup(options: { story: string; partnership?: (p: Partnership) => Partnership; quotaBytes?: number }) {
  const base = { ...demoPartnership(), id: `p-riverside-${options.story}` };
  const partnership = options.partnership ? options.partnership(base) : base;
  const adapter = memoryAdapter({
    initial: { [`partnership/${partnership.id}`]: partnership },
    ...(options.quotaBytes ? { quotaBytes: JSON.stringify(partnership).length + options.quotaBytes } : {}),
  });
  return { partnership, store: createStore(adapter) };
}

const render = (s: ReturnType<typeof setup>, args: Args) =>
  html`<spp-partnership-goals .store=${s.store} .partnership=${s.partnership} actor-id=${args.actorId}></spp-partnership-goals>`;

/** Goals and agreements not written yet. */
const blank = (p: Partnership): Partnership => ({
  ...p,
  goals: { mainGoal: '', getBetterAt: '', mainConcern: '', confidentIn: '', anythingElse: '' },
  mou: { note: '' },
  dataSharing: { note: '' },
});

/** Waits for the widget in a story to load the partnership. */
async function loaded(canvas: HTMLElement): Promise<SppPartnershipGoals> {
  const el = canvas.querySelector('spp-partnership-goals')!;
  for (let i = 0; i < 100 && !el.shadowRoot?.querySelector('[part="goals"]'); i++) await new Promise((r) => setTimeout(r, 20));
  await el.updateComplete;
  return el;
}

/** Types into a field as a person would (the widget listens for `input` and `change`). */
function type(field: HTMLInputElement | HTMLTextAreaElement | null | undefined, value: string, commit = false) {
  if (!field) return;
  field.value = value;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText' }));
  if (commit) field.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

const meta = {
  title: 'Widgets/Partnership goals',
  component: 'spp-partnership-goals',
  parameters: {
    docs: {
      description: {
        component: `
\`<spp-partnership-goals>\` records what the headteachers agreed at the **Getting Started** workshop:
the partnership's goals for the year (*our main goal; what we want to get better at; our main concern;
what we are confident in; anything else*, and the date they were agreed), and its **agreements**: the
memorandum of understanding and the data-sharing agreement, each with the date agreed, a link to the
signed document and a note.

It works on the stored partnership itself. Everything is saved as the partnership lead types; everyone
else reads the goals as a document, with \`@spp/core\`'s reason. Document links are kept only when core
accepts them and rendered as links only when they are http(s) addresses. Each story builds its own
in-memory store from the demo partnership (partnership lead: Amara Okafor \`u-amara\`).
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
    // Objects are set from script, not from the controls panel.
    store: { control: false },
    actor: { control: false },
    partnership: { control: false },
    framework: { control: false },
    'actor-id': { control: false },
  },
  args: { actorId: 'u-amara' },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** The start of the year: nothing agreed yet, ready for the partnership lead to write up the workshop. */
export const Empty: Story = {
  render: (args) => render(setup({ story: 'empty', partnership: blank }), args),
};

/** The goals agreed at Getting Started, the MoU signed with a link to the signed copy. */
export const AgreedGoals: Story = {
  name: 'Agreed goals',
  render: (args) =>
    render(
      setup({
        story: 'agreed',
        partnership: (p) => ({ ...p, mou: { ...p.mou, documentUrl: 'https://riverside-trust.example.org/agreements/mou-2026-27.pdf' } }),
      }),
      args,
    ),
};

/** A headteacher who is not the partnership lead reads the goals and agreements, with core's reason. */
export const ReadOnly: Story = {
  name: 'Read-only (another headteacher)',
  args: { actorId: 'u-dev' },
  render: (args) =>
    render(
      setup({
        story: 'read-only',
        partnership: (p) => ({ ...p, mou: { ...p.mou, documentUrl: 'https://riverside-trust.example.org/agreements/mou-2026-27.pdf' } }),
      }),
      args,
    ),
};

/**
 * A `javascript:` address typed into the MoU's link: core refuses it when the field is left, its
 * reason is shown next to the field and in the alert region, and it is never rendered as a link.
 */
export const RefusedLink: Story = {
  name: 'Refused link',
  render: (args) => render(setup({ story: 'refused-link', partnership: blank }), args),
  play: async ({ canvasElement }) => {
    const el = await loaded(canvasElement);
    type(el.shadowRoot!.querySelector<HTMLInputElement>('input[data-agreement="mou"][data-field="documentUrl"]'), 'javascript:alert(document.domain)', true);
    await el.updateComplete;
  },
};

/**
 * The device's storage is full: what was typed is kept (on screen and in this device's journal)
 * and the save-state line says so, with a retry. The story types into the main goal.
 */
export const SaveFailed: Story = {
  name: 'Save failed',
  render: (args) => render(setup({ story: 'save-failed', partnership: blank, quotaBytes: 20 }), args),
  play: async ({ canvasElement }) => {
    const el = await loaded(canvasElement);
    type(el.shadowRoot!.querySelector<HTMLTextAreaElement>('textarea[data-goal="mainGoal"]'), 'Every school in the partnership knows itself well and acts on what its peer review finds.');
    await el.flush();
    await el.updateComplete;
  },
};

/** Long goals (with an unbroken address) wrap instead of overflowing; fields grow with their text. */
export const LongText: Story = {
  name: 'Long text',
  render: (args) =>
    render(
      setup({
        story: 'long-text',
        partnership: (p) => ({
          ...p,
          goals: {
            ...p.goals,
            mainGoal: `${'Every school in the partnership knows itself well, uses peer review to look closely at one priority, and acts on what it finds with support from the other schools. '.repeat(6)}`,
            anythingElse: `Notes from the workshop are on the shared drive: https://riverside-trust.example.org/${'getting-started-workshop-notes-'.repeat(8)}2026.docx`,
          },
          mou: { ...p.mou, documentUrl: `https://riverside-trust.example.org/${'agreements/'.repeat(12)}memorandum-of-understanding-2026-27.pdf` },
        }),
      }),
      args,
    ),
};

/** At 320px (a phone, or a narrow SharePoint column) everything stacks and wraps; nothing is cut off. */
export const NarrowWidth: Story = {
  name: 'Narrow width',
  render: (args) =>
    html`<div style="width: 320px; border: 1px dashed #8a8a8a">
      ${render(setup({ story: 'narrow', partnership: (p) => ({ ...p, mou: { ...p.mou, documentUrl: 'https://riverside-trust.example.org/agreements/mou-2026-27.pdf' } }) }), args)}
    </div>`,
};
