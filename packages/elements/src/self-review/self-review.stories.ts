import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import {
  DEFAULT_FRAMEWORK,
  createCycle,
  createStore,
  httpAdapter,
  memoryAdapter,
  questionsFor,
  tailorFramework,
  transitionOrThrow,
  type Cycle,
  type Partnership,
  type QueuedWrite,
} from '@spp/core';
import { demoCycle, demoPartnership } from '@spp/core/demo';
import type { SppSelfReview } from './self-review.component';
import './self-review.define';

/** `actorId` is the one control; the element's object properties are listed only to hide them from the controls panel. */
type Args = { actorId: string } & Record<string, unknown>;

const people = demoPartnership().people;

/**
 * Everything a story needs, built afresh on every render so stories never share state: a
 * partnership, a cycle (with an id of its own, so unsaved edits kept on this device by one story
 * never turn up in another) and an in-memory store holding it.
 */
function setup(options: { story: string; cycle?: (p: Partnership) => Cycle; partnership?: (p: Partnership) => Partnership; quotaBytes?: number }) {
  const base = demoPartnership();
  const partnership = options.partnership ? options.partnership(base) : base;
  const cycle = { ...(options.cycle ? options.cycle(partnership) : demoCycle('s-ashby', 'self-review', partnership)), id: `c-ashby-${options.story}` };
  const adapter = memoryAdapter({
    initial: { [`cycle/${cycle.id}`]: cycle },
    ...(options.quotaBytes ? { quotaBytes: JSON.stringify(cycle).length + options.quotaBytes } : {}),
  });
  return { partnership, cycle, store: createStore(adapter) };
}

const render = (s: ReturnType<typeof setup>, args: Args) =>
  html`<spp-self-review .store=${s.store} .partnership=${s.partnership} actor-id=${args.actorId} cycle-id=${s.cycle.id}></spp-self-review>`;

const emptyCycle = (p: Partnership) => createCycle({ id: 'c-ashby', partnership: p, hostSchoolId: 's-ashby' });
const selfReviewQuestions = (p: Partnership) => questionsFor(tailorFramework(DEFAULT_FRAMEWORK, p.tailoring), 'self-review');

/** Waits for the widget in a story to load its cycle. */
async function loaded(canvas: HTMLElement): Promise<SppSelfReview> {
  const el = canvas.querySelector('spp-self-review')!;
  for (let i = 0; i < 100 && !el.shadowRoot?.querySelector('[part="progress"]'); i++) await new Promise((r) => setTimeout(r, 20));
  await el.updateComplete;
  return el;
}

const meta = {
  title: 'Widgets/Self-review',
  component: 'spp-self-review',
  parameters: {
    docs: {
      description: {
        component: `
\`<spp-self-review>\` is where a host school reviews itself before its peer review. For each enquiry
question of the framework (as the partnership has tailored it) the school says **how far this is part
of its practice** (a non-judgemental continuum: never a grade), notes its **evidence**, and marks the
questions that should **inform the peer-review focus**. It ends with proposing that focus and
submitting the self-review, after an in-page confirmation, which moves the cycle on to the pre-review
meeting.

Everything is saved as the person types (see the save-state line at the top). Who may write, submit or
even read is decided by \`@spp/core\`'s role rules; the widget shows core's reason. Each story builds its
own in-memory store from the demo partnership (Ashby Brook Primary: head Amara Okafor \`u-amara\`,
senior leader Ben Hartley \`u-ben\`). The school's answers are shared with its own people, its review team
and its facilitator only: the partnership lead and the programme associate follow the stage, the agreed
focus and the actions elsewhere, not the self-review.
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
    cycle: { control: false },
    'actor-id': { control: false },
    'cycle-id': { control: false },
  },
  args: { actorId: 'u-amara' },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** A new cycle: nothing answered yet, so core says what is still needed before submitting. */
export const Empty: Story = {
  render: (args) => render(setup({ story: 'empty', cycle: emptyCycle }), args),
};

/** Part-way through: three questions answered, two marked to inform the focus, a focus proposed. */
export const InProgress: Story = {
  name: 'In progress',
  render: (args) => render(setup({ story: 'in-progress' }), args),
};

/** A middle leader of the school reads its self-review; its leaders write it: answers shown as text. */
export const ReadOnly: Story = {
  name: 'Read-only (middle leader of the school)',
  args: { actorId: 'u-chloe' },
  render: (args) => render(setup({ story: 'read-only' }), args),
};

/**
 * The programme associate follows progress but a school owns its self-review: it is not shared
 * with her (nor with the partnership lead, unless she takes part in the review). Core's reason
 * is shown instead of the answers.
 */
export const NotSharedAssociate: Story = {
  name: 'Not shared (associate)',
  args: { actorId: 'u-tessa' },
  render: (args) => render(setup({ story: 'not-shared-associate' }), args),
};

/**
 * The lead reviewer, a headteacher from another school, may read the self-review but only the
 * host school's leaders write it: core's reason is shown once, at the top.
 */
export const RefusedByRoleRules: Story = {
  name: 'Refused by role rules (reviewer from another school)',
  args: { actorId: 'u-dev' },
  render: (args) => render(setup({ story: 'refused' }), args),
};

/** A headteacher of a school outside this review: the self-review is not shared with them. */
export const NotShared: Story = {
  name: 'Not shared (another school)',
  args: { actorId: 'u-grace' },
  render: (args) => render(setup({ story: 'not-shared' }), args),
};

/** A senior leader writes the self-review; only the headteacher submits it, and core says so. */
export const SeniorLeader: Story = {
  name: 'Senior leader (writes, cannot submit)',
  args: { actorId: 'u-ben' },
  render: (args) => render(setup({ story: 'senior-leader' }), args),
};

/** Submitted: the cycle is at the pre-review meeting; the self-review reads as a document. */
export const Submitted: Story = {
  render: (args) => render(setup({ story: 'submitted', cycle: (p) => demoCycle('s-ashby', 'pre-review', p) }), args),
};

/** The in-page confirmation shown before submitting (opened by the story). */
export const ConfirmSubmit: Story = {
  name: 'Confirm before submitting',
  render: (args) => render(setup({ story: 'confirm' }), args),
  play: async ({ canvasElement }) => {
    const el = await loaded(canvasElement);
    el.shadowRoot!.querySelector<HTMLButtonElement>('#submit')?.click();
    await el.updateComplete;
  },
};

/**
 * The device's storage is full: the edit is kept (on screen and in this device's journal) and the
 * save-state line says so, with a retry. The story types into the first evidence box.
 */
export const SaveFailed: Story = {
  name: 'Save failed',
  render: (args) => render(setup({ story: 'save-failed', quotaBytes: 300 }), args),
  play: async ({ canvasElement }) => {
    const el = await loaded(canvasElement);
    const box = el.shadowRoot!.querySelector<HTMLTextAreaElement>('textarea[data-field="evidence"]');
    if (!box) return;
    box.value = `${box.value} Further notes from the reading audit, which list every class visited and what pupils said about the books they chose.`;
    box.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText' }));
    await el.flush();
    await el.updateComplete;
  },
};

/**
 * Storage over HTTP (the trust's API) with the connection down, and a save already kept on this
 * device from earlier: `held` adds what the server said when it came back (the record had changed
 * there meanwhile). The fetch never reaches a network: it fails as an offline browser's does.
 */
function offlineSetup(story: string, held: boolean) {
  const partnership = demoPartnership();
  const cycle = { ...demoCycle('s-ashby', 'self-review', partnership), id: `c-ashby-${story}` };
  const key = `cycle/${cycle.id}`;
  const mine = { ...cycle, revision: 2 };
  const entry: QueuedWrite = {
    key,
    op: 'put',
    value: mine,
    base: 1,
    queuedAt: '2026-11-23T08:10:00.000Z',
    stamp: '1',
    ...(held
      ? { problem: { reason: 'conflict' as const, message: 'This record was changed elsewhere.', serverRevision: 3, theirs: { ...cycle, revision: 3 } } }
      : {}),
  };
  let entries: QueuedWrite[] = [entry];
  const adapter = httpAdapter({
    baseUrl: 'https://trust.example/spp-api',
    fetch: () => Promise.reject(new TypeError('Failed to fetch')),
    queue: { load: () => structuredClone(entries), save: (next) => void (entries = structuredClone([...next])) },
    retry: { attempts: 1 },
    flushIntervalMs: 600_000,
  });
  return { partnership, cycle, store: createStore(adapter) };
}

/** The connection is down: what was typed is kept on this device and sent when it is back; the save line says so. */
export const SavedOnThisDevice: Story = {
  name: 'Offline: saved on this device',
  render: (args) => render(offlineSetup('offline', false), args),
};

/**
 * A save kept on this device that the server would not take when the connection came back (the
 * record had changed there): nothing was overwritten, and the person chooses which version stays.
 */
export const HeldBackByTheServer: Story = {
  name: 'Held back by the server',
  render: (args) => render(offlineSetup('held', true), args),
};

/** Long evidence (with an unbroken string) and a long reworded question wrap instead of overflowing. */
export const LongText: Story = {
  name: 'Long text',
  render: (args) => {
    const s = setup({
      story: 'long-text',
      partnership: (p) => {
        const [, second] = selfReviewQuestions(p);
        return {
          ...p,
          tailoring: {
            ...p.tailoring,
            reworded: {
              [second!.id]:
                'How far are staff at every level, including teaching assistants, lunchtime staff, office staff and governors, involved in looking at our practice, gathering evidence about it and deciding together what we should work on next and why?',
            },
          },
        };
      },
      cycle: (p) => {
        const [first] = selfReviewQuestions(p);
        const evidence = `${'Learning walks in October, November and December showed the agreed reading approach in most classes. '.repeat(12)}Shared-drive link: https://example.org/${'reading-audit-'.repeat(12)}2026.pdf`;
        return transitionOrThrow(emptyCycle(p), { type: 'RECORD_RESPONSE', questionId: first!.id, level: 'developing', evidence, informsFocus: true }, { actor: { id: 'u-amara' }, partnership: p, now: '2026-09-22T10:00:00.000Z' });
      },
    });
    return render(s, args);
  },
};

/** At 320px (a phone, or a narrow SharePoint column) everything stacks and wraps; nothing is cut off. */
export const NarrowWidth: Story = {
  name: 'Narrow width',
  render: (args) => html`<div style="width: 320px; border: 1px dashed #8a8a8a">${render(setup({ story: 'narrow' }), args)}</div>`,
};

/**
 * The partnership has tailored the pack: one question reworded, two hidden. One of the hidden
 * questions had already been answered, so it is still shown (marked, read-only): nothing is
 * orphaned. The progress counts only the questions still asked.
 */
export const TailoredPack: Story = {
  name: 'Tailored pack',
  render: (args) => {
    const s = setup({
      story: 'tailored',
      partnership: (p) => {
        const [, second, , fourth, fifth] = selfReviewQuestions(p);
        return {
          ...p,
          tailoring: {
            hidden: [second!.id, fourth!.id],
            reworded: { [fifth!.id]: 'How far does what we learn about ourselves in this self-review shape our improvement plan?' },
            added: [],
          },
        };
      },
      // The demo answers were given before the partnership tailored its pack.
      cycle: () => demoCycle('s-ashby', 'self-review'),
    });
    return render(s, args);
  },
};
