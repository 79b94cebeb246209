import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { createStore, memoryAdapter, transitionOrThrow, type Cycle, type CycleEvent, type Partnership } from '@spp/core';
import { demoCycle, demoPartnership } from '@spp/core/demo';
import type { SppEvidenceLog } from './evidence-log.component';
import './evidence-log.define';

// Every state is reached by sending real events through core as the right people, so a story
// never shows a cycle the SDK itself could not produce. Oakfield Academy is reviewed by Amara
// Okafor (lead reviewer, Ashby Brook) and Erin McAllister (Kelmarsh Road); Grace Whitfield is
// Oakfield's headteacher.

const step = (cycle: Cycle, p: Partnership, actorId: string, event: CycleEvent, at = '2026-10-14T10:00:00.000Z') =>
  transitionOrThrow(cycle, event, { actor: { id: actorId }, partnership: p, now: at });

/** The plan is agreed by the lead reviewer and the host headteacher: the review day, nothing recorded yet. */
function reviewDay(p: Partnership): Cycle {
  let c = demoCycle('s-oakfield', 'pre-review', p);
  c = step(c, p, 'u-amara', { type: 'AGREE_REVIEW_PLAN' }, '2026-10-01T10:00:00.000Z');
  return step(c, p, 'u-grace', { type: 'AGREE_REVIEW_PLAN' }, '2026-10-01T10:00:00.000Z');
}

/** The morning of the review day: five items from the learning walk, a focus group and an interview. */
function capturing(p: Partnership): Cycle {
  const items: [string, string, CycleEvent & { type: 'RECORD_EVIDENCE' }][] = [
    ['u-amara', '09:20', { type: 'RECORD_EVIDENCE', item: { id: 'ev-a1', lineId: 'loe-1', activity: 'learning-walk', note: 'Year 3: the agreed reading routine ran in full, 20 minutes, with every pupil reading.' } }],
    ['u-erin', '09:35', { type: 'RECORD_EVIDENCE', item: { id: 'ev-a2', lineId: 'loe-1', activity: 'learning-walk', note: 'Year 6: routine shortened to 8 minutes to make room for a SATs practice paper.' } }],
    ['u-erin', '10:55', { type: 'RECORD_EVIDENCE', item: { id: 'ev-a3', lineId: 'loe-1', activity: 'focus-group', note: 'Pupils in Year 5 named books they chose themselves and could say why.' } }],
    ['u-erin', '11:05', { type: 'RECORD_EVIDENCE', item: { id: 'ev-a4', lineId: 'loe-2', activity: 'focus-group', note: 'Two pupils said nobody at home has time to hear them read on weekdays.' } }],
    ['u-amara', '11:30', { type: 'RECORD_EVIDENCE', item: { id: 'ev-a5', activity: 'data-review', note: 'Reading ages: Year 4 up on average by 7 months since September.' } }],
  ];
  return items.reduce((c, [who, time, event]) => step(c, p, who, event, `2026-10-14T${time}:00.000Z`), reviewDay(p));
}

/** The demo review at the feedback conversation: evidence, a strength, an area to explore and a priority. */
const findingsDrafted = (p: Partnership) => demoCycle('s-oakfield', 'review', p);

/** Grace Whitfield has agreed the findings: the cycle is at the improvement workshop stage. */
const agreed = (p: Partnership) => step(findingsDrafted(p), p, 'u-grace', { type: 'AGREE_FINDINGS' }, '2026-10-14T15:45:00.000Z');

function longText(p: Partnership): Cycle {
  const long =
    'Staff in Years 5 and 6 told us that the reading routine is the first thing to go when the timetable is squeezed by catch-up sessions, assessments and trips, and that nobody has asked them what would help keep it. ';
  const unbroken = 'https://intranet.oakfield.example/sites/english/reading-routine/year-6/impact-data-2026-autumn-term-final-version-2';
  let c = reviewDay(p);
  c = step(c, p, 'u-erin', { type: 'RECORD_EVIDENCE', item: { id: 'ev-l1', lineId: 'loe-1', activity: 'interview', note: `${long.repeat(3)}See ${unbroken}` } }, '2026-10-14T09:30:00.000Z');
  c = step(c, p, 'u-amara', { type: 'RECORD_EVIDENCE', item: { id: 'ev-l2', lineId: 'loe-2', activity: 'survey', note: '<script>alert("typed by a person")</script> and <b>tags</b> are shown as text.' } }, '2026-10-14T10:30:00.000Z');
  c = step(c, p, 'u-amara', { type: 'SAVE_FINDING', finding: { id: 'f-l1', kind: 'area-to-explore', text: long.repeat(2), lineId: 'loe-1', evidenceIds: ['ev-l1', 'ev-l2'] } }, '2026-10-14T14:00:00.000Z');
  return step(c, p, 'u-amara', { type: 'SET_IMPROVEMENT_PRIORITY', text: `${long}${unbroken}` }, '2026-10-14T14:05:00.000Z');
}

type Args = { actorId: string };

/**
 * A memory store holding one cycle, saved under an id of the story's own, so stories never share
 * what one of them keeps on the device (the journal of unsaved edits is cleared on each render).
 */
function render(build: (p: Partnership) => Cycle, name: string, options: { quotaBytes?: (cycle: Cycle) => number; width?: string } = {}) {
  return (args: Args) => {
    const p = demoPartnership();
    const cycle = { ...build(p), id: `c-oakfield-${name}` };
    try {
      localStorage.removeItem(`spp-journal:${p.id}:cycle/${cycle.id}`);
    } catch {
      // Storage blocked: nothing was kept either.
    }
    const store = createStore(memoryAdapter({ initial: { [`cycle/${cycle.id}`]: cycle }, ...(options.quotaBytes ? { quotaBytes: options.quotaBytes(cycle) } : {}) }));
    const widget = html`<spp-evidence-log .store=${store} .partnership=${p} actor-id=${args.actorId} cycle-id=${cycle.id}></spp-evidence-log>`;
    return options.width ? html`<div style=${`max-width: ${options.width}`}>${widget}</div>` : widget;
  };
}

const people = demoPartnership().people.map((p) => p.id);

/** Objects set from script, or attribute forms of the controls above: no control of their own. */
const hiddenControls: Record<string, { control: false }> = Object.fromEntries(
  ['store', 'actor', 'partnership', 'framework', 'cycle', 'actor-id', 'cycle-id', 'cycleId'].map((name) => [name, { control: false }]),
);

const meta = {
  title: 'Widgets/Evidence log',
  component: 'spp-evidence-log',
  parameters: {
    docs: {
      description: {
        component: `
\`<spp-evidence-log>\` is used by the review team on the **review day(s)**, usually on a tablet and
often on a poor connection. Reviewers **capture evidence** quickly: a note, the line of enquiry and
the activity (the plan's own activities are offered first). Focus stays in the note after
**Add evidence**, and **Ctrl+Enter** (**⌘+Enter**) adds too. Each item gets an id made on the
device, so an edit sent again after a dropped connection never doubles an item.

Everything shows at once and is kept on the device until the shared store has it: the banner says
**Saved**, or **Saved on this device, not yet to the shared store**, with how many evidence items
are on the device only.

The day ends with the **feedback conversation**: strengths to share and areas to explore (no grades,
no judgements of people), each linked to its evidence, and the improvement priority. The **host
headteacher agrees the findings**, which moves the review on to the improvement workshop.

Evidence notes are seen only by the review team and the host headteacher (core's
\`visibleCycle\`); others see what core shares with them. In these stories each cycle is built by
sending real events through core and has its own in-memory store; **Person** switches who is
signed in.
        `,
      },
    },
  },
  argTypes: {
    actorId: { name: 'Person (actor-id)', control: 'select', options: people },
    ...hiddenControls,
  },
  args: { actorId: 'u-erin' },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

async function ready(canvas: HTMLElement): Promise<SppEvidenceLog> {
  const el = canvas.querySelector('spp-evidence-log') as SppEvidenceLog;
  for (let i = 0; i < 100 && !el.shadowRoot?.querySelector('[part="header"] p'); i++) await new Promise((r) => setTimeout(r, 20));
  await el.updateComplete;
  return el;
}

/** Types into the note and adds it, as a reviewer does with Ctrl+Enter. */
async function addNote(el: SppEvidenceLog, text: string): Promise<void> {
  const note = el.shadowRoot!.querySelector<HTMLTextAreaElement>('#evidence-note')!;
  note.focus();
  note.value = text;
  note.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  note.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true, composed: true }));
  await el.updateComplete;
}

/** The review day has started and nothing is recorded yet: Erin McAllister, a reviewer, can capture. */
export const Empty: Story = { render: render(reviewDay, 'empty') };

/**
 * Mid-morning: evidence grouped by line of enquiry, newest first, with who recorded it and when.
 * Erin has chosen the line and the planned learning walk, and is half-way through a note.
 */
export const Capturing: Story = {
  render: render(capturing, 'capturing'),
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    const root = el.shadowRoot!;
    const choose = (id: string, value: string) => {
      const select = root.querySelector<HTMLSelectElement>(id)!;
      select.value = value;
      select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    };
    choose('#evidence-line', 'loe-1');
    choose('#evidence-activity', 'plan:pa-1');
    await el.updateComplete;
    const note = root.querySelector<HTMLTextAreaElement>('#evidence-note')!;
    note.value = 'Year 4: routine ran in full; the teacher';
    note.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    note.focus();
    await el.updateComplete;
  },
};

/**
 * The feedback conversation: Amara Okafor, the lead reviewer, drafts strengths and areas to
 * explore, links each to its evidence and writes the improvement priority. Only the host
 * headteacher can agree them: the button says why.
 */
export const FindingsDrafted: Story = { name: 'Findings drafted', args: { actorId: 'u-amara' }, render: render(findingsDrafted, 'findings') };

/** After the host headteacher agreed the findings: a read-only record, with each finding's evidence. */
export const AgreedReadOnly: Story = { name: 'Agreed (read-only)', args: { actorId: 'u-amara' }, render: render(agreed, 'agreed') };

/**
 * Grace Whitfield, Oakfield's headteacher, may read the evidence but not record it: core's reason
 * is shown once. She agrees the findings at the end of the feedback conversation.
 */
export const HostHeadView: Story = { name: 'Host head view', args: { actorId: 'u-grace' }, render: render(findingsDrafted, 'host-head') };

/**
 * Priya Raman, headteacher of Westgate, is not part of this review: no evidence notes, with a
 * short explanation; after agreement she sees what core shares with the partnership.
 */
export const OutsideTheTeam: Story = { name: 'Outside the team (no evidence)', args: { actorId: 'u-priya' }, render: render(findingsDrafted, 'outside') };

/**
 * The connection (here: the device's storage) cannot take the save. The items stay on screen, marked
 * "On this device only", the banner says where they are and offers to try again; reopening the
 * widget on this device restores them.
 */
export const SaveFailed: Story = {
  name: 'Save failed (offline)',
  render: render(reviewDay, 'save-failed', { quotaBytes: (cycle) => JSON.stringify(cycle).length + 60 }),
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    await addNote(el, 'Year 6: reading routine replaced by a practice paper today.');
    await addNote(el, 'Library: book corner rota on display in every classroom.');
    await el.flush();
    await el.updateComplete;
  },
};

/** Long notes, long unbroken text and markup typed by a person: all shown as typed, nothing cut off. */
export const LongText: Story = { name: 'Long text', args: { actorId: 'u-amara' }, render: render(longText, 'long') };

/** A 320px-wide column (a phone, or a tablet in a narrow web part): one column, nothing scrolls sideways. */
export const NarrowWidth: Story = { name: 'Narrow width (tablet/phone)', render: render(capturing, 'narrow', { width: '320px' }) };
