/**
 * Shared fixtures for the hardening sweep (issue "Hardening sweep"): one description per widget
 * exported from @spp/elements' index (its document, a valid seed, who edits it, its main
 * free-text field), mounting helpers, and deep-DOM checks that look inside every shadow root.
 *
 * Widgets covered: every widget in packages/elements/src/index.ts when the sweep started
 * (self-review, review-plan, action-plan, review-schedule, workshop-planner), then the other
 * editing widgets (evidence-log on a cycle, partnership-goals on the partnership document,
 * impact-review on a reflection). Adding one means adding an entry to WIDGETS.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import {
  DEFAULT_FRAMEWORK,
  createStore,
  planSchedule,
  questionsFor,
  tailorFramework,
  type Cycle,
  type Partnership,
  type Reflection,
  type Schedule,
  type StorageAdapter,
  type Store,
} from '@spp/core';
import { demoCycle, demoPartnership, demoReflections } from '@spp/core/demo';
import '../../../packages/elements/src/provider/provider.define';
import '../../../packages/elements/src/self-review/self-review.define';
import '../../../packages/elements/src/review-plan/review-plan.define';
import '../../../packages/elements/src/action-plan/action-plan.define';
import '../../../packages/elements/src/review-schedule/review-schedule.define';
import '../../../packages/elements/src/workshop-planner/workshop-planner.define';
import '../../../packages/elements/src/evidence-log/evidence-log.define';
import '../../../packages/elements/src/partnership-goals/partnership-goals.define';
import '../../../packages/elements/src/impact-review/impact-review.define';

export const partnership = demoPartnership();
export const QUESTIONS = questionsFor(tailorFramework(DEFAULT_FRAMEWORK, partnership.tailoring), 'self-review').map((q) => q.id);
export const SCHEDULE_ID = 'schedule-2026-27';

/** The demo year as core plans it. */
export function plannedSchedule(p: Partnership = partnership, id = SCHEDULE_ID): Schedule {
  const result = planSchedule(p, { scheduleId: id });
  if (!result.ok) throw new Error('the demo year should plan');
  return result.schedule;
}

/** A widget element as the tests drive it: the public surface of SppElement plus its controller. */
export interface Widget extends HTMLElement {
  updateComplete: Promise<boolean>;
  flush(): Promise<void>;
  requestUpdate(): void;
}

/** The documents the widgets edit, by kind. */
export interface Documents {
  cycle: Cycle;
  schedule: Schedule;
  partnership: Partnership;
  reflection: Reflection;
}
export type DocKind = keyof Documents;
export type SppDocument = Documents[DocKind];

/**
 * `doc` as a document of `kind`: asserts it is one (a field read off the wrong kind of document
 * would otherwise pass as `undefined`).
 */
export function docOf<K extends DocKind>(kind: K, doc: SppDocument | undefined): Documents[K] {
  expect(doc?.kind, `a stored ${kind}`).to.equal(kind);
  return doc as Documents[K];
}

/** One free-text field of a widget, as a person reaches it. */
export interface TextField {
  /** Selector inside the widget's shadow root. */
  selector: string;
  /** `input`: saved as typed; `change`: typed text is committed when the field is left. */
  commit: 'input' | 'change';
  /** What the stored document holds for this field. */
  stored(doc: SppDocument): string | undefined;
}

export interface WidgetSpec {
  name: string;
  tag: string;
  kind: DocKind;
  /**
   * The attribute that names the document: its id (`cycle-id`, `schedule-id`), or the programme
   * `workshop` whose reflection it is (see `attrValue`); absent for the partnership document,
   * which is the partnership the widget is given.
   */
  idAttr?: 'cycle-id' | 'schedule-id' | 'workshop';
  /** The value of `idAttr` that shows document `id` (default: the id itself). */
  attrValue?(id: string): string;
  /** The id of the document the widget shows by default. */
  id: string;
  /** A valid document for the widget, for `p`. */
  seed(p?: Partnership): SppDocument;
  /**
   * Another document of the same kind the widget can show next to it (default: the seed under
   * `<id>-healthy`); `null` when a partnership has only one (the partnership document).
   */
  sibling?: { id: string; seed(p?: Partnership): SppDocument } | null;
  /** Someone core lets edit it. */
  editor: string;
  /** The main free-text field (every widget but the schedule, whose edits are choices). */
  field?: TextField;
  /** Extra attributes (e.g. the action plan's `today`). */
  attrs?: Record<string, string>;
}

const [Q1] = QUESTIONS as [string];
const cyc = (doc: SppDocument) => docOf('cycle', doc);
/** A reflection question with evidence in the demo reflections. */
const RQ = 'pr-sharing-practice';
/** The demo year's reflections, for `p`: [Getting Started (the baseline), Tracking Progress]. */
export const reflectionFor = (workshop: 'getting-started' | 'tracking-progress', p: Partnership = partnership) =>
  demoReflections(p).find((r) => r.workshop === workshop)!;
const workshopOf = (id: string) => id.replace(/^reflection-\d{4}-\d{2}-/, '');

export const WIDGETS: WidgetSpec[] = [
  {
    name: 'self-review',
    tag: 'spp-self-review',
    kind: 'cycle',
    idAttr: 'cycle-id',
    id: 'c-ashby',
    seed: (p = partnership) => demoCycle('s-ashby', 'self-review', p),
    editor: 'u-amara',
    field: { selector: `#q-${Q1}-evidence`, commit: 'input', stored: (c) => cyc(c).selfReview.responses[Q1]?.evidence },
  },
  {
    name: 'review-plan',
    tag: 'spp-review-plan',
    kind: 'cycle',
    idAttr: 'cycle-id',
    id: 'c-kelmarsh',
    seed: (p = partnership) => demoCycle('s-kelmarsh', 'pre-review', p),
    editor: 'u-dev',
    field: { selector: '#focus-summary', commit: 'input', stored: (c) => cyc(c).preReview.focusSummary },
  },
  {
    name: 'action-plan',
    tag: 'spp-action-plan',
    kind: 'cycle',
    idAttr: 'cycle-id',
    id: 'c-millbrook',
    seed: (p = partnership) => demoCycle('s-millbrook', 'action-plan', p),
    editor: 'u-jonah',
    attrs: { today: '2026-11-20' },
    field: { selector: '#what-act-1', commit: 'change', stored: (c) => cyc(c).actions.find((a) => a.id === 'act-1')?.what },
  },
  {
    name: 'review-schedule',
    tag: 'spp-review-schedule',
    kind: 'schedule',
    idAttr: 'schedule-id',
    id: SCHEDULE_ID,
    seed: (p = partnership) => plannedSchedule(p),
    editor: 'u-amara',
  },
  {
    name: 'workshop-planner',
    tag: 'spp-workshop-planner',
    kind: 'cycle',
    idAttr: 'cycle-id',
    id: 'c-millbrook',
    seed: (p = partnership) => demoCycle('s-millbrook', 'workshop', p),
    editor: 'u-chloe',
    field: { selector: '#root-cause', commit: 'input', stored: (c) => cyc(c).workshop.rootCause },
  },
  {
    // The review under way at Oakfield: the review team (lead Amara Okafor, Erin McAllister)
    // records evidence and drafts findings; the host head (Grace Whitfield) reads and agrees them.
    name: 'evidence-log',
    tag: 'spp-evidence-log',
    kind: 'cycle',
    idAttr: 'cycle-id',
    id: 'c-oakfield',
    seed: (p = partnership) => demoCycle('s-oakfield', 'review', p),
    editor: 'u-amara',
    field: { selector: '#priority', commit: 'input', stored: (c) => cyc(c).review.improvementPriority },
  },
  {
    // The partnership document itself: only the partnership lead (Amara Okafor) edits it.
    name: 'partnership-goals',
    tag: 'spp-partnership-goals',
    kind: 'partnership',
    id: partnership.id,
    seed: (p = partnership) => structuredClone(p),
    sibling: null,
    editor: 'u-amara',
    field: { selector: '#goal-mainGoal', commit: 'input', stored: (d) => docOf('partnership', d).goals.mainGoal },
  },
  {
    // The Tracking Progress reflection (compared with the Getting Started baseline); any of the
    // partnership's headteachers records it. Named by its `workshop`, as pages embed it.
    name: 'impact-review',
    tag: 'spp-impact-review',
    kind: 'reflection',
    idAttr: 'workshop',
    attrValue: workshopOf,
    id: `reflection-${partnership.academicYear}-tracking-progress`,
    seed: (p = partnership) => reflectionFor('tracking-progress', p),
    sibling: { id: `reflection-${partnership.academicYear}-getting-started`, seed: (p = partnership) => reflectionFor('getting-started', p) },
    editor: 'u-amara',
    field: { selector: `#q-${RQ}-evidence`, commit: 'input', stored: (d) => docOf('reflection', d).responses[RQ]?.evidence },
  },
];

export const CYCLE_WIDGETS = WIDGETS.filter((w) => w.kind === 'cycle');
/** The widgets with a free-text field: every one but the schedule (whose edits are choices). */
export const TEXT_WIDGETS = WIDGETS.filter((w) => w.field);
export const spec = (name: string) => WIDGETS.find((w) => w.name === name)!;
export const keyOf = (s: WidgetSpec, id = s.id) => `${s.kind}/${id}`;

// --- Mounting -----------------------------------------------------------------------------------

/** The widget's document controller (protected in the components; tests read its state). */
export const controller = (el: Widget) =>
  (el as unknown as { documentState: { loadState: string; saveState: string; flush(): Promise<void>; doc?: unknown } }).documentState;

/** Creates the widget element with its store, partnership, person and document id. */
export function createWidget(s: WidgetSpec, options: { store?: Store; actor?: string; id?: string; partnership?: Partnership } = {}): Widget {
  const el = document.createElement(s.tag) as unknown as Widget & Record<string, unknown>;
  if (options.store) el['store'] = options.store;
  if (options.partnership) el['partnership'] = options.partnership;
  if (options.actor) el.setAttribute('actor-id', options.actor);
  if (s.idAttr) el.setAttribute(s.idAttr, (s.attrValue ?? String)(options.id ?? s.id));
  else if (options.id && options.id !== s.id) throw new Error(`<${s.tag}> shows only its partnership's document`);
  for (const [name, value] of Object.entries(s.attrs ?? {})) el.setAttribute(name, value);
  return el;
}

/** Waits until the widget has finished loading (ready, missing or unreadable) and rendered. */
export async function settled(el: Widget) {
  await waitUntil(() => ['ready', 'error', 'missing'].includes(controller(el).loadState), `<${el.localName}> loads`, { timeout: 5000 });
  await el.updateComplete;
  await el.updateComplete;
}

/** Mounts one widget on `store` as `actor`, in a wrapper of the given width. */
export async function mount(s: WidgetSpec, store: Store, actor = s.editor, options: { id?: string; width?: string; partnership?: Partnership } = {}) {
  const el = createWidget(s, { store, actor, partnership: options.partnership ?? partnership, ...(options.id ? { id: options.id } : {}) });
  const wrapper = await fixture<HTMLDivElement>(html`<div style=${options.width ? `width:${options.width}` : ''}>${el}</div>`);
  await settled(el);
  return { el, wrapper };
}

export const storeOf = (adapter: StorageAdapter) => createStore(adapter);

// --- Driving fields -------------------------------------------------------------------------------

export const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
export const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
export const textOf = (node: Element | null | undefined) => clean(node?.textContent);

/** Types into a field the way a browser does: the value changes, then `input` (and `change` when asked). */
export async function typeInto(el: Widget, field: HTMLInputElement | HTMLTextAreaElement, value: string, commit: 'input' | 'change' = 'input') {
  field.focus();
  field.value = value;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: value }));
  if (commit === 'change') field.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await el.updateComplete;
}

export async function click(el: Widget, target: Element | null | undefined) {
  expect(target, 'the control exists').to.exist;
  (target as HTMLElement).click();
  await el.updateComplete;
}

export const buttonNamed = (el: Element, name: string | RegExp) =>
  $$<HTMLButtonElement>(el, 'button').find((b) => (typeof name === 'string' ? textOf(b) === name : name.test(textOf(b))));

/** The text of the shared refusal / load-error alerts of a widget. */
export const alerts = (el: Element) =>
  $$(el, '[role="alert"]')
    .map((a) => textOf(a))
    .filter(Boolean)
    .join(' | ');

export const saveStatus = (el: Element) => textOf($(el, '[part="save-state"] [role="status"]'));

// --- Deep DOM checks ----------------------------------------------------------------------------

/** Every element under `root`, inside open shadow roots too. */
export function* walk(root: Node): Generator<Element> {
  const children = root instanceof Element && root.shadowRoot ? [root.shadowRoot, ...root.childNodes] : [...root.childNodes];
  for (const child of children) {
    if (child instanceof Element) yield child;
    if (child instanceof Element || child instanceof ShadowRoot || child instanceof DocumentFragment) yield* walk(child);
  }
}

/** All text a person can read in `root` (shadow roots included), with form fields' values. */
export function deepText(root: Node): string {
  const parts: string[] = [];
  const visit = (node: Node) => {
    if (node instanceof Element && node.shadowRoot) visit(node.shadowRoot);
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) parts.push((child as Text).data);
      else if (child instanceof HTMLTextAreaElement || child instanceof HTMLInputElement) parts.push(child.value);
      else visit(child);
    }
  };
  visit(root);
  return parts.join('\n');
}

/**
 * Tags a payload could create that the widgets never render per item of user data, so their
 * counts must not change when text is typed. (Payload tags the widgets do render per item, such
 * as <a>, <input>, <details> or <form>, are caught by `markupProblems`: a payload's version
 * carries an event handler or a script URL.)
 */
export const DANGEROUS_TAGS = [
  'script', 'img', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'video', 'audio', 'source', 'math', 'link', 'meta', 'base',
  'marquee', 'x', 'noscript', 'template', 'svg', 'animate', 'set', 'use', 'image', 'foreignobject', 'style', 'body', 'html', 'head', 'title',
  'slot', 'mi', 'scr', 'isindex', 'keygen', 'portal',
] as const;

export function tagCounts(root: Node): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const el of walk(root)) {
    const tag = el.localName.toLowerCase();
    if ((DANGEROUS_TAGS as readonly string[]).includes(tag)) counts[tag] = (counts[tag] ?? 0) + 1;
  }
  return counts;
}

/** Problems a payload would leave behind if it became markup: event-handler attributes, script URLs. */
export function markupProblems(root: Node): string[] {
  const out: string[] = [];
  for (const el of walk(root)) {
    for (const attr of el.attributes) {
      const name = attr.name.toLowerCase();
      const value = attr.value.replace(/[\s\u0000-\u001f]/g, '').toLowerCase();
      if (name.startsWith('on')) out.push(`<${el.localName} ${attr.name}>`);
      if (['href', 'src', 'action', 'formaction', 'data', 'xlink:href', 'srcdoc', 'background', 'poster'].includes(name) && /^(javascript|vbscript|data):/.test(value)) {
        out.push(`<${el.localName} ${attr.name}="${attr.value.slice(0, 40)}">`);
      }
      if (name === 'style' && /expression\(|javascript:|url\(/i.test(attr.value)) out.push(`<${el.localName} style="${attr.value.slice(0, 40)}">`);
    }
  }
  return out;
}

// --- The page must never throw ------------------------------------------------------------------

/** Collects uncaught errors and unhandled rejections until `stop()`. */
export function watchErrors() {
  const errors: string[] = [];
  const onError = (e: ErrorEvent) => errors.push(`error: ${e.message}`);
  const onRejection = (e: PromiseRejectionEvent) => errors.push(`unhandled rejection: ${String((e.reason as Error)?.message ?? e.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    stop() {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
