/**
 * Hardening sweep: reflow and zoom (WCAG 2.2 1.4.10 Reflow, 1.4.4 Resize text, 2.5.8 Target size).
 * Every widget, in a main state of its task, is laid out
 *
 * - at 320 CSS px wide (1.4.10: the width of a 1280px window at 400% zoom), and
 * - at 640 CSS px wide, the layout a 1280px window has at 200% browser zoom (1.4.4).
 *
 * Why a 640px viewport for 200%: browser (page) zoom is what people use and what 1.4.4 is tested
 * with; it scales every CSS pixel, so a 1280px window at 200% lays out exactly like a 640 CSS px
 * viewport (media queries, wrapping and overflow all see 640px). Doubling the root font size
 * instead would test nothing here: the widgets size text from `--spp-font-size` (px, like the
 * Fluent tokens of the host page), not from rem, so a root font-size change never reaches them.
 * Headless Chromium has no page-zoom command, and CSS `zoom` on a wrapper changes how
 * getBoundingClientRect reports sizes, so the viewport is the faithful and measurable emulation.
 *
 * In each, with real layout in headless Chromium:
 * - the page never scrolls sideways (a table may scroll inside its own region, which must then be
 *   focusable and labelled, so keyboard users can scroll it and screen readers name it);
 * - no text is clipped: no text-bearing element is wider than its box, or cut off by a box that
 *   hides overflow, or lies outside the widget, unless it is inside such a scroll region;
 * - every control is visible and its target is at least 24×24 CSS px, or spaced as 2.5.8 allows
 *   (a 24px circle on its centre touches no other target); inline links in running text are exempt.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import {
  applyReflectionEdit,
  createReflection,
  createStore,
  memoryAdapter,
  planSchedule,
  type PracticeLevel,
  type Reflection,
  type Store,
} from '@spp/core';
import { demoCycle, demoCycles, demoPartnership } from '@spp/core/demo';
import '../../../packages/elements/src/self-review/self-review.define';
import '../../../packages/elements/src/workshop-planner/workshop-planner.define';
import '../../../packages/elements/src/review-plan/review-plan.define';
import '../../../packages/elements/src/evidence-log/evidence-log.define';
import '../../../packages/elements/src/action-plan/action-plan.define';
import '../../../packages/elements/src/review-schedule/review-schedule.define';
import '../../../packages/elements/src/cycle-tracker/cycle-tracker.define';
import '../../../packages/elements/src/strengths-directory/strengths-directory.define';
import '../../../packages/elements/src/partnership-goals/partnership-goals.define';
import '../../../packages/elements/src/impact-review/impact-review.define';

const partnership = demoPartnership();
type Initial = Record<string, unknown>;
/** A memory store; keeps what it was seeded with so the long-text cases can rewrite it. */
const storeOf = (initial: Initial) => Object.assign(createStore(memoryAdapter({ initial: structuredClone(initial) })), { __initial: initial });
const cycleDocs = (...cycles: { id: string }[]) => Object.fromEntries(cycles.map((c) => [`cycle/${c.id}`, c]));

function reflection(workshop: 'getting-started' | 'tracking-progress', levels: Record<string, PracticeLevel>): Reflection {
  let doc = createReflection({ id: `reflection-2026-27-${workshop}`, partnership, workshop });
  for (const [questionId, level] of Object.entries(levels)) {
    const result = applyReflectionEdit(doc, { type: 'RECORD_REFLECTION', questionId, level }, { actor: { id: 'u-amara' }, partnership, now: '2027-03-10T10:00:00.000Z' });
    if (!result.ok) throw new Error(result.refusal.reason);
    doc = result.doc;
  }
  return doc;
}

interface Case {
  name: string;
  /** The stored prose ends in a long web address, which must be on screen. */
  long?: boolean;
  /** Builds the store and the element (attributes and properties other than store/partnership). */
  store(): Store;
  template(store: Store): ReturnType<typeof html>;
  /** Rendered enough to measure. */
  ready(root: ShadowRoot): unknown;
}

const common = (store: Store) => ({ store, partnership });

const CASES: Case[] = [
  {
    name: 'self-review (Ashby in progress, the head writing)',
    store: () => storeOf(cycleDocs(demoCycle('s-ashby', 'self-review', partnership))),
    template: (s) => html`<spp-self-review .store=${common(s).store} .partnership=${partnership} actor-id="u-amara" cycle-id="c-ashby"></spp-self-review>`,
    ready: (r) => r.querySelector('textarea'),
  },
  {
    name: 'workshop-planner (Millbrook’s workshop running, the facilitator)',
    store: () => storeOf(cycleDocs(demoCycle('s-millbrook', 'workshop', partnership))),
    template: (s) =>
      html`<spp-workshop-planner .store=${s} .partnership=${partnership} .clock=${() => Date.parse('2026-11-04T10:20:00.000Z')} actor-id="u-chloe" cycle-id="c-millbrook"></spp-workshop-planner>`,
    ready: (r) => r.querySelector('textarea, input'),
  },
  {
    name: 'review-plan (Kelmarsh’s plan in progress, the host head)',
    store: () => storeOf(cycleDocs(demoCycle('s-kelmarsh', 'pre-review', partnership))),
    template: (s) => html`<spp-review-plan .store=${s} .partnership=${partnership} actor-id="u-dev" cycle-id="c-kelmarsh"></spp-review-plan>`,
    ready: (r) => r.querySelector('table, textarea'),
  },
  {
    name: 'evidence-log (Oakfield’s review day, the lead reviewer)',
    store: () => storeOf(cycleDocs(demoCycle('s-oakfield', 'review', partnership))),
    template: (s) => html`<spp-evidence-log .store=${s} .partnership=${partnership} actor-id="u-amara" cycle-id="c-oakfield"></spp-evidence-log>`,
    ready: (r) => r.querySelector('#evidence-note'),
  },
  {
    name: 'action-plan (Millbrook’s plan being written, the host head)',
    store: () => storeOf(cycleDocs(demoCycle('s-millbrook', 'action-plan', partnership))),
    template: (s) => html`<spp-action-plan .store=${s} .partnership=${partnership} actor-id="u-jonah" cycle-id="c-millbrook" today="2026-11-20"></spp-action-plan>`,
    ready: (r) => r.querySelector('textarea, input'),
  },
  {
    name: 'review-schedule (the planned year, the partnership lead)',
    store: () => {
      const planned = planSchedule(partnership, { scheduleId: 'schedule-2026-27' });
      if (!planned.ok) throw new Error('the demo year should plan');
      return storeOf({ 'schedule/schedule-2026-27': planned.schedule });
    },
    template: (s) => html`<spp-review-schedule .store=${s} .partnership=${partnership} actor-id="u-amara"></spp-review-schedule>`,
    ready: (r) => r.querySelector('[part="table"]'),
  },
  {
    name: 'cycle-tracker (the six demo cycles, the partnership lead)',
    store: () => storeOf({ [`partnership/${partnership.id}`]: partnership, ...cycleDocs(...demoCycles(partnership)) }),
    template: (s) => html`<spp-cycle-tracker .store=${s} .partnership=${partnership} actor-id="u-amara" today="2027-03-01"></spp-cycle-tracker>`,
    ready: (r) => r.querySelector('tbody tr'),
  },
  {
    name: 'strengths-directory (agreed strengths, a headteacher)',
    store: () => storeOf({ [`partnership/${partnership.id}`]: partnership, ...cycleDocs(...demoCycles(partnership)) }),
    template: (s) => html`<spp-strengths-directory .store=${s} .partnership=${partnership} actor-id="u-jonah"></spp-strengths-directory>`,
    ready: (r) => r.querySelector('[part="offer"]'),
  },
  {
    name: 'partnership-goals (the partnership lead writing)',
    store: () => storeOf({ [`partnership/${partnership.id}`]: partnership }),
    template: (s) => html`<spp-partnership-goals .store=${s} .partnership=${partnership} actor-id="u-amara"></spp-partnership-goals>`,
    ready: (r) => r.querySelector('[part="goals"] textarea'),
  },
  {
    name: 'impact-review (Tracking Progress against the baseline, the partnership lead)',
    store: () =>
      storeOf(
        Object.fromEntries(
          [
            reflection('getting-started', { 'pr-shared-responsibility': 'beginning', 'pr-reciprocity': 'developing', 'pr-sharing-practice': 'not-yet' }),
            reflection('tracking-progress', { 'pr-shared-responsibility': 'developing', 'pr-sharing-practice': 'embedded', 'pr-engaging-teachers': 'developing' }),
          ].map((d) => [`reflection/${d.id}`, d]),
        ),
      ),
    template: (s) => html`<spp-impact-review .store=${s} .partnership=${partnership} actor-id="u-amara" workshop="tracking-progress"></spp-impact-review>`,
    ready: (r) => r.querySelector('[part="questions"] textarea') && r.querySelector('.tracks svg'),
  },
];

// --- Long text ------------------------------------------------------------------------------------

/**
 * What people paste: a web address is one unbroken "word" far wider than 320px. Appended to every
 * prose field of the stored documents (evidence, notes, findings, lines of enquiry, actions,
 * participants, whys, goals), it must wrap, not push the widget sideways or be cut off.
 */
const URL_TEXT = 'https://riverside.sharepoint.example/sites/partnership/Shared%20Documents/Reviews/2026-27/learning-walk-notes-october-final-v3.docx';
const PROSE = new Set(['evidence', 'note', 'text', 'what', 'owner', 'successCriteria', 'supportNote', 'question', 'focusSummary', 'summary', 'rootCause', 'improvementPriority', 'mainGoal', 'getBetterAt', 'mainConcern', 'confidentIn', 'anythingElse']);
const PROSE_LISTS = new Set(['participants', 'whys']);
function lengthen<T>(value: T, key = ''): T {
  if (typeof value === 'string') return (PROSE.has(key) && value ? `${value} ${URL_TEXT}` : value) as T;
  if (Array.isArray(value)) return value.map((v) => (PROSE_LISTS.has(key) && typeof v === 'string' ? `${v} ${URL_TEXT}` : lengthen(v))) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, lengthen(v, k)])) as T;
  return value;
}
/** The same widgets and states (those that show people's prose), every prose field ending in a long web address. */
const LONG_CASES: Case[] = CASES.filter((c) => !/^(review-schedule|impact-review|cycle-tracker)/.test(c.name)).map((c) => ({
  ...c,
  long: true,
  name: `${c.name.split(' ')[0]} with long unbroken text`,
  store: () => {
    const original = c.store() as unknown as { __initial?: Record<string, unknown> };
    return storeOf(lengthen(original.__initial!));
  },
}));

// --- Measuring ------------------------------------------------------------------------------------

/** Every element in `root`, inside nested open shadow roots too. */
function* deep(root: ParentNode): Generator<Element> {
  for (const child of root.children) {
    yield child;
    if (child.shadowRoot) yield* deep(child.shadowRoot);
    yield* deep(child);
  }
}

/** Laid out and shown (not display:none, not in a closed <details>, not visibility:hidden). */
const rendered = (e: Element) => e.getClientRects().length > 0 && e.checkVisibility({ contentVisibilityAuto: true, visibilityProperty: true });
/** Visually hidden text for screen readers (1px, clipped) is meant to be off screen. */
function visuallyHidden(e: Element): boolean {
  for (let n: Element | null = e; n; n = n.parentElement) {
    const s = getComputedStyle(n);
    if (s.clip !== 'auto' || s.clipPath !== 'none') return true;
    if (n.classList.contains('visually-hidden')) return true;
  }
  return false;
}
const scrolls = (s: CSSStyleDeclaration) => s.overflowX === 'auto' || s.overflowX === 'scroll';
const label = (e: Element) => `<${e.localName}${e.id ? `#${e.id}` : ''}${e.className && typeof e.className === 'string' ? `.${e.className.trim().split(/\s+/).join('.')}` : ''}> “${(e.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 50)}”`;
/** The nearest ancestor (within the widget) that scrolls sideways on purpose. */
function scrollRegion(e: Element, host: Element): Element | undefined {
  for (let n = e.parentElement ?? ((e.getRootNode() as ShadowRoot).host as Element | undefined); n && n !== host; n = n.parentElement ?? ((n.getRootNode() as ShadowRoot).host as Element | undefined)) {
    if (scrolls(getComputedStyle(n))) return n;
  }
  return undefined;
}
const hasOwnText = (e: Element) => [...e.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '');
const CONTROL = 'button, input:not([type="hidden"]), select, textarea, summary, a[href], [tabindex]:not([tabindex="-1"]), [role="button"], [role="link"]';

function problems(host: HTMLElement): string[] {
  const out: string[] = [];
  const page = document.scrollingElement!;
  if (page.scrollWidth > page.clientWidth) out.push(`the page scrolls sideways: ${page.scrollWidth}px of content in ${page.clientWidth}px`);
  const box = host.getBoundingClientRect();
  const all = [...deep(host.shadowRoot!)].filter((e) => rendered(e) && !visuallyHidden(e));

  // Scroll regions: only where they must (content wider than them), focusable and named.
  for (const e of all) {
    const s = getComputedStyle(e);
    if (!scrolls(s) || e.scrollWidth <= e.clientWidth + 1 || e instanceof HTMLTextAreaElement || e instanceof HTMLInputElement || e instanceof HTMLSelectElement) continue;
    const named = e.hasAttribute('aria-label') || e.hasAttribute('aria-labelledby');
    if (e.getAttribute('tabindex') !== '0' || !named || !e.getAttribute('role')) out.push(`scrolls sideways without being a focusable, labelled region: ${label(e)}`);
  }

  // Text: not wider than its box, not outside the widget, not cut off by a box hiding overflow.
  for (const e of all) {
    if (!(e instanceof HTMLElement) || !hasOwnText(e) || e instanceof HTMLTextAreaElement || e instanceof HTMLSelectElement || e instanceof HTMLOptionElement) continue;
    const region = scrollRegion(e, host);
    if (region) continue;
    const s = getComputedStyle(e);
    if (s.display !== 'inline' && e.scrollWidth > e.clientWidth + 1) out.push(`text wider than its box (${e.scrollWidth} > ${e.clientWidth}): ${label(e)}`);
    if ((s.overflowY === 'hidden' || s.overflowY === 'clip') && e.scrollHeight > e.clientHeight + 1) out.push(`text cut off at the bottom: ${label(e)}`);
    const r = e.getBoundingClientRect();
    if (r.right > box.right + 1 || r.left < box.left - 1) out.push(`text outside the widget (${Math.round(r.left)}–${Math.round(r.right)} in ${Math.round(box.left)}–${Math.round(box.right)}): ${label(e)}`);
  }

  // Controls: visible, inside the widget (or its scroll region), and big or spaced enough.
  const controls = all.filter((e) => e.matches(CONTROL) && !(e.localName === 'a' && getComputedStyle(e).display === 'inline' && (e.parentElement?.textContent ?? '').trim() !== (e.textContent ?? '').trim()));
  const rects = controls.map((e) => e.getBoundingClientRect());
  const small = rects.map((r) => r.width < 24 - 0.01 || r.height < 24 - 0.01);
  const centre = (r: DOMRect) => ({ x: r.left + r.width / 2, y: r.top + r.height / 2 });
  const circleHitsRect = (c: { x: number; y: number }, r: DOMRect) => {
    const dx = c.x - Math.max(r.left, Math.min(c.x, r.right));
    const dy = c.y - Math.max(r.top, Math.min(c.y, r.bottom));
    return dx * dx + dy * dy < 12 * 12;
  };
  controls.forEach((e, i) => {
    const r = rects[i]!;
    if (r.width < 1 || r.height < 1) {
      out.push(`control not visible: ${label(e)}`);
      return;
    }
    if (!scrollRegion(e, host) && (r.right > box.right + 1 || r.left < box.left - 1)) out.push(`control outside the widget: ${label(e)}`);
    if (!small[i]) return;
    const c = centre(r);
    const crowded = controls.findIndex((_, j) => {
      if (j === i) return false;
      const other = rects[j]!;
      if (circleHitsRect(c, other)) return true;
      if (!small[j]) return false;
      const o = centre(other);
      return Math.hypot(o.x - c.x, o.y - c.y) < 24;
    });
    if (crowded >= 0) out.push(`target smaller than 24×24 (${Math.round(r.width)}×${Math.round(r.height)}) and too close to ${label(controls[crowded]!)}: ${label(e)}`);
  });
  return out;
}

// --- The tests ------------------------------------------------------------------------------------

const VIEWPORTS = [
  { name: '320 CSS px wide (reflow)', width: 320, height: 640 },
  { name: '200% zoom of a 1280px window (640 CSS px)', width: 640, height: 512 },
];

describe('hardening: reflow at 320px and 200% zoom', function () {
  this.timeout(30_000);
  beforeEach(() => localStorage.clear());
  after(() => setViewport({ width: 800, height: 600 }));

  for (const viewport of VIEWPORTS) {
    describe(viewport.name, () => {
      before(() => setViewport({ width: viewport.width, height: viewport.height }));

      for (const c of [...CASES, ...LONG_CASES]) {
        it(`${c.name}: no sideways scrolling, no clipped text, every control visible and at least 24px`, async () => {
          expect(window.innerWidth).to.equal(viewport.width);
          const store = c.store();
          const el = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(c.template(store));
          await waitUntil(() => c.ready(el.shadowRoot!), `${el.localName} renders its main state`, { timeout: 5000 });
          await el.updateComplete;
          await new Promise((r) => requestAnimationFrame(r));
          expect(el.getBoundingClientRect().width, 'the widget fits the viewport').to.be.at.most(viewport.width);
          if (c.long) {
            const shown = [...deep(el.shadowRoot!)].filter((e) => rendered(e) && (e instanceof HTMLTextAreaElement ? e.value : hasOwnText(e) ? e.textContent : '')?.includes(URL_TEXT));
            expect(shown.length, 'the long text is on screen').to.be.greaterThan(0);
          }
          expect(problems(el)).to.deep.equal([]);
        });
      }
    });
  }
});
