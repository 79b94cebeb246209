/**
 * Hardening sweep 3: hostile text. Every payload is typed into every free-text field of every
 * widget through its real input (value + input / change / Enter / the Add button, and real
 * keystrokes for a sample), then rendered again from the store, for the editor and for a reader.
 * Nothing may run (a `window.__xss` canary and `alert` spies), no element may come from a payload
 * (dangerous tags counted in every shadow root, event-handler attributes and script URLs looked
 * for), and each payload must be shown exactly as typed.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  DEFAULT_FRAMEWORK,
  applyReflectionEdit,
  createReflection,
  createStore,
  memoryAdapter,
  parseDocument,
  questionsFor,
  tailorFramework,
  type Cycle,
  type DocumentKind,
  type Partnership,
  type Reflection,
  type Schedule,
  type Store,
} from '@spp/core';
import { demoCycle, demoCycles, demoPartnership } from '@spp/core/demo';
import '../../../packages/elements/src/evidence-log/evidence-log.define';
import '../../../packages/elements/src/partnership-goals/partnership-goals.define';
import '../../../packages/elements/src/impact-review/impact-review.define';
import '../../../packages/elements/src/cycle-tracker/cycle-tracker.define';
import '../../../packages/elements/src/strengths-directory/strengths-directory.define';
import {
  $,
  QUESTIONS,
  alerts,
  click,
  controller,
  deepText,
  keyOf,
  markupProblems,
  mount,
  partnership,
  pause,
  settled,
  spec,
  tagCounts,
  typeInto,
  walk,
  watchErrors,
  type Widget,
} from './support';

// --- The payloads ---------------------------------------------------------------------------------

const LONG = `${'Lorem ipsum dolor sit amet. '.repeat(670)}<img src=x onerror="window.__xss=1">`;
export const PAYLOADS: string[] = [
  '<script>window.__xss=1</script>',
  '<img src=x onerror="window.__xss=1">',
  '<img src=x onerror=alert(1)>',
  '<svg onload="window.__xss=1">',
  '<svg/onload=alert(1)>',
  '<svg><script>window.__xss=1</script></svg>',
  '<svg><animate onbegin="window.__xss=1" attributeName="x" dur="1s"></animate></svg>',
  '<iframe srcdoc="<script>parent.__xss=1</script>"></iframe>',
  '<iframe src="javascript:parent.__xss=1"></iframe>',
  '<a href="javascript:window.__xss=1">Read the evidence</a>',
  'javascript:window.__xss=1',
  'JaVaScRiPt:alert(1)',
  '<a href="&#106;avascript:window.__xss=1">encoded</a>',
  '<IMG SRC=JaVaScRiPt:window.__xss=1>',
  '<img src="x" onerror="&#119;indow.__xss=1">',
  '<body onload=window.__xss=1>',
  '<details open ontoggle="window.__xss=1">x</details>',
  '<input autofocus onfocus="window.__xss=1">',
  '<video><source onerror="window.__xss=1"></video>',
  '<audio src=x onerror="window.__xss=1">',
  '<object data="javascript:window.__xss=1"></object>',
  '<embed src="javascript:window.__xss=1">',
  '<math><mi xlink:href="javascript:window.__xss=1">x</mi></math>',
  '<marquee onstart="window.__xss=1">news</marquee>',
  '<form action="javascript:window.__xss=1"><button>Send</button></form>',
  '<button formaction="javascript:window.__xss=1">Go</button>',
  '<base href="javascript:window.__xss=1//">',
  '<meta http-equiv="refresh" content="0;url=javascript:window.__xss=1">',
  '<link rel="stylesheet" href="javascript:window.__xss=1">',
  '<style>@import "javascript:window.__xss=1";</style>',
  '<style>:host{display:none!important}</style>',
  '<div style="background:url(javascript:window.__xss=1)">styled</div>',
  '<div style="width:expression(window.__xss=1)">old IE</div>',
  '<x onclick=window.__xss=1>click me</x>',
  '<div onmouseover="window.__xss=1">hover</div>',
  '"><img src=x onerror=window.__xss=1>',
  "'><svg/onload=window.__xss=1>",
  '</textarea><script>window.__xss=1</script>',
  '</title><script>window.__xss=1</script>',
  '</p></li></ul><img src=x onerror=window.__xss=1>',
  '<scr<script>ipt>window.__xss=1</scr</script>ipt>',
  '<template><img src=x onerror="window.__xss=1"></template>',
  '<noscript><p title="</noscript><img src=x onerror=window.__xss=1>">',
  '<slot name="intro"></slot>',
  '<img src=x:alert(alt) onerror=eval(src) alt=0>',
  'data:text/html;base64,PHNjcmlwdD53aW5kb3cuX194c3M9MTwvc2NyaXB0Pg==',
  '&lt;img src=x onerror=window.__xss=1&gt;',
  '&#60;script&#62;window.__xss=1&#60;/script&#62;',
  '%3Cscript%3Ewindow.__xss%3D1%3C%2Fscript%3E',
  '${window.__xss=1}',
  '${alert(1)}',
  '{{constructor.constructor("window.__xss=1")()}}',
  '{{7*7}} #{7*7} <%= 7*7 %>',
  '<!--?lit$123456789$-->',
  '<!--?lit$123456789$--><img src=x onerror="window.__xss=1">',
  'lit$123456789$ <?lit$123456789$> <!---->',
  '<!-- unterminated comment',
  ']]><![CDATA[<script>window.__xss=1</script>]]>',
  'Evidence \u202Edesserpmi\u202C noted \u2066isolated\u2069 end',
  'Right-to-left: \u200F\u05E9\u05DC\u05D5\u05DD\u200E mixed \u0645\u0631\u062D\u0628\u0627',
  'Zero\u200Bwidth\u200Djoiner\u2060word joiner',
  'Null\u0000byte\u0000inside',
  'Teacher 👩‍🏫 said “well done” — 5 ✓',
  'C:\\Windows\\System32 and \\u003cscript\\u003e',
  LONG,
];
const LABEL_MAX = 300;
const TEXT_MAX = 20_000;

declare global {
  interface Window {
    __xss?: unknown;
  }
}

/** Spies on every way a payload could show itself having run. */
function canaries() {
  const calls: string[] = [];
  const originals = { alert: window.alert, confirm: window.confirm, prompt: window.prompt };
  window.alert = (m?: unknown) => void calls.push(`alert(${String(m)})`);
  window.confirm = (m?: string) => (calls.push(`confirm(${String(m)})`), false);
  window.prompt = (m?: string) => (calls.push(`prompt(${String(m)})`), null);
  delete window.__xss;
  return {
    check(what: string) {
      expect(window.__xss, `${what}: the canary was not set`).to.equal(undefined);
      expect(calls, `${what}: nothing called alert/confirm/prompt`).to.deep.equal([]);
    },
    restore() {
      Object.assign(window, originals);
      delete window.__xss;
    },
  };
}

/** No new dangerous element, no handler attribute, no script URL, anywhere in the widget. */
function assertInert(el: Widget, baseline: Record<string, number>, what: string) {
  expect(tagCounts(el.shadowRoot!), `${what}: no element made from the text`).to.deep.equal(baseline);
  expect(markupProblems(el), `${what}: no handler attributes or script URLs`).to.deep.equal([]);
}

// --- The fields, as a person reaches them ---------------------------------------------------------

/** A widget as these tests mount it: its document, who edits it, and who reads it afterwards. */
interface Host {
  tag: string;
  kind: DocumentKind;
  /** The widget's document (its id is the record's id). */
  seed(): { id: string };
  /** Attributes naming the document, given its id. */
  attrs(id: string): Record<string, string>;
  editor: string;
  /** Someone who may read (not necessarily edit) what was typed, for the re-render. */
  reader: string;
}
const cycleHost = (name: string, reader = 'u-tessa'): Host => {
  const s = spec(name);
  return { tag: s.tag, kind: 'cycle', seed: () => s.seed() as Cycle, attrs: (id) => ({ 'cycle-id': id, ...s.attrs }), editor: s.editor, reader };
};
const PQ1 = questionsFor(tailorFramework(DEFAULT_FRAMEWORK, partnership.tailoring), 'partnership')[0]!.id;
/** The getting-started reflection with one impact note, as the partnership lead records it. */
function reflectionSeed(): Reflection {
  const doc = createReflection({ id: `reflection-${partnership.academicYear}-getting-started`, partnership, workshop: 'getting-started' });
  const result = applyReflectionEdit(doc, { type: 'SAVE_IMPACT', note: { id: 'n-1', area: 'leadership', note: 'More middle leaders take part' } }, { actor: { id: 'u-amara' }, partnership });
  if (!result.ok) throw new Error(result.refusal.reason);
  return result.doc;
}
// Readers who may read what was typed but not change it. A school's self-review and the working
// detail of its review are shared with those taking part (here a reviewer on the team), not with
// the associate; the action plan is followed by the whole partnership, the associate included.
const HOSTS: Record<string, Host> = {
  'self-review': cycleHost('self-review', 'u-dev'), // Ashby Brook's lead reviewer
  'review-plan': cycleHost('review-plan', 'u-harun'), // a reviewer (not the lead) on Kelmarsh Road's team
  'workshop-planner': cycleHost('workshop-planner', 'u-erin'), // a reviewer on Millbrook's team
  'action-plan': cycleHost('action-plan'),
  // Oakfield's review day: Amara Okafor leads the team; the host head Grace reads the evidence.
  'evidence-log': {
    tag: 'spp-evidence-log',
    kind: 'cycle',
    seed: () => demoCycle('s-oakfield', 'review', partnership),
    attrs: (id) => ({ 'cycle-id': id }),
    editor: 'u-amara',
    reader: 'u-grace',
  },
  // The partnership record: its lead edits it, a headteacher reads it.
  'partnership-goals': { tag: 'spp-partnership-goals', kind: 'partnership', seed: () => demoPartnership(), attrs: () => ({}), editor: 'u-amara', reader: 'u-dev' },
  // A programme reflection: the lead records it, a senior leader reads it.
  'impact-review': { tag: 'spp-impact-review', kind: 'reflection', seed: reflectionSeed, attrs: () => ({ workshop: 'getting-started' }), editor: 'u-amara', reader: 'u-erin' },
};

/** Mounts a widget on `store` as `actor` and waits until it has loaded. */
async function mountHost(host: Host, store: Store, actor: string, id: string): Promise<Widget> {
  const el = document.createElement(host.tag) as unknown as Widget & Record<string, unknown>;
  el['store'] = store;
  el['partnership'] = partnership;
  el.setAttribute('actor-id', actor);
  for (const [name, value] of Object.entries(host.attrs(id))) el.setAttribute(name, value);
  await fixture(html`<div>${el}</div>`);
  await settled(el);
  return el;
}

const cyc = (d: unknown) => d as Cycle;
const refl = (d: unknown) => d as Reflection;
const prt = (d: unknown) => d as Partnership;

interface Field {
  widget: string;
  name: string;
  /** The most characters core accepts in it. */
  max: number;
  /** `replace`: the field holds what was typed; `append`: an Add box whose text becomes a new item. */
  mode: 'replace' | 'append';
  /** Another document / person than the widget's default. */
  seed?: () => { id: string };
  actor?: string;
  /** Gets the person to the field. */
  open?(el: Widget): Promise<void>;
  selector: string;
  /** How the text is sent once in the box: typing alone, leaving the field, Enter, or a button. */
  send?(el: Widget, box: HTMLInputElement | HTMLTextAreaElement): Promise<void>;
  /** Where the text lands in the document the widget holds (its own edits applied). */
  stored(doc: unknown): string | string[] | undefined;
}

const leave = async (el: Widget, box: HTMLElement) => {
  box.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await el.updateComplete;
};
const enter = async (el: Widget, box: HTMLElement) => {
  box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true, cancelable: true }));
  await el.updateComplete;
};
const thornhill = () => demoCycle('s-thornhill', 'check-in', demoPartnership());
const ctrlEnter = async (el: Widget, box: HTMLElement) => {
  box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true, composed: true, cancelable: true }));
  await el.updateComplete;
};

const [Q1, Q2] = QUESTIONS as [string, string];

const FIELDS: Field[] = [
  // Self-review (Ashby Brook's head)
  { widget: 'self-review', name: 'evidence notes', max: TEXT_MAX, mode: 'replace', selector: `#q-${Q1}-evidence`, stored: (c) => cyc(c).selfReview.responses[Q1]?.evidence },
  { widget: 'self-review', name: 'proposed focus summary', max: TEXT_MAX, mode: 'replace', selector: '#focus-summary', stored: (c) => cyc(c).selfReview.proposedFocus.summary },
  // Review plan (Kelmarsh Road's head)
  { widget: 'review-plan', name: 'agreed focus', max: TEXT_MAX, mode: 'replace', selector: '#focus-summary', stored: (c) => cyc(c).preReview.focusSummary },
  { widget: 'review-plan', name: 'a line of enquiry', max: LABEL_MAX, mode: 'replace', selector: '#line-loe-1', stored: (c) => cyc(c).preReview.linesOfEnquiry.find((l) => l.id === 'loe-1')?.question },
  {
    widget: 'review-plan',
    name: 'a new line of enquiry',
    max: LABEL_MAX,
    mode: 'append',
    selector: '#new-line',
    send: (el) => click(el, $(el, 'form.add-line button[type="submit"]')),
    stored: (c) => cyc(c).preReview.linesOfEnquiry.map((l) => l.question),
  },
  {
    widget: 'review-plan',
    name: 'an evidence-collection note',
    max: TEXT_MAX,
    mode: 'replace',
    open: (el) => click(el, $(el, '[data-edit-activity="pa-1"]')),
    selector: '#activity-note',
    stored: (c) => cyc(c).preReview.evidencePlan.find((a) => a.id === 'pa-1')?.note,
  },
  // Workshop planner (Chloe Dunn facilitating at Millbrook)
  { widget: 'workshop-planner', name: 'a new participant', max: LABEL_MAX, mode: 'append', selector: '#new-participant', send: enter, stored: (c) => cyc(c).workshop.participants },
  { widget: 'workshop-planner', name: 'an agenda section title', max: LABEL_MAX, mode: 'replace', selector: '#title-ag-1', stored: (c) => cyc(c).workshop.agenda.find((s) => s.id === 'ag-1')?.title },
  { widget: 'workshop-planner', name: 'the problem (five whys)', max: TEXT_MAX, mode: 'replace', selector: '#why-0', stored: (c) => cyc(c).workshop.whys[0] },
  { widget: 'workshop-planner', name: 'a “why?” answer', max: TEXT_MAX, mode: 'replace', selector: '#why-1', stored: (c) => cyc(c).workshop.whys[1] },
  { widget: 'workshop-planner', name: 'a cause on the cause map', max: TEXT_MAX, mode: 'append', selector: '#cause-text', send: enter, stored: (c) => cyc(c).workshop.causes.map((x) => x.text) },
  { widget: 'workshop-planner', name: 'the root cause', max: TEXT_MAX, mode: 'replace', selector: '#root-cause', stored: (c) => cyc(c).workshop.rootCause },
  { widget: 'workshop-planner', name: 'an action: what', max: TEXT_MAX, mode: 'replace', selector: '#what-act-1', stored: (c) => cyc(c).actions[0]?.what },
  { widget: 'workshop-planner', name: 'an action: owner', max: LABEL_MAX, mode: 'replace', selector: '#owner-act-1', stored: (c) => cyc(c).actions[0]?.owner },
  { widget: 'workshop-planner', name: 'an action: success criteria', max: TEXT_MAX, mode: 'replace', selector: '#successCriteria-act-1', stored: (c) => cyc(c).actions[0]?.successCriteria },
  { widget: 'workshop-planner', name: 'an action: support note', max: TEXT_MAX, mode: 'replace', selector: '#supportNote-act-1', stored: (c) => cyc(c).actions[0]?.supportNote },
  // Action plan (Millbrook's head), text sent when the field is left
  { widget: 'action-plan', name: 'an action: what', max: TEXT_MAX, mode: 'replace', selector: '#what-act-1', send: leave, stored: (c) => cyc(c).actions[0]?.what },
  { widget: 'action-plan', name: 'an action: owner', max: LABEL_MAX, mode: 'replace', selector: '#owner-act-1', send: leave, stored: (c) => cyc(c).actions[0]?.owner },
  { widget: 'action-plan', name: 'an action: success criteria', max: TEXT_MAX, mode: 'replace', selector: '#successCriteria-act-1', send: leave, stored: (c) => cyc(c).actions[0]?.successCriteria },
  { widget: 'action-plan', name: 'an action: support note', max: TEXT_MAX, mode: 'replace', selector: '#supportNote-act-2', send: leave, stored: (c) => cyc(c).actions[1]?.supportNote },
  {
    widget: 'action-plan',
    name: 'a new action (what, success criteria, support note)',
    max: TEXT_MAX,
    mode: 'append',
    open: async (el) => {
      if (!$(el, '#new-what')) await click(el, $(el, '[data-add-action]'));
    },
    selector: '#new-what',
    send: async (el, box) => {
      for (const id of ['#new-successCriteria', '#new-supportNote']) await typeInto(el, $<HTMLTextAreaElement>(el, id)!, box.value);
      await typeInto(el, $<HTMLInputElement>(el, '#new-owner')!, 'Family liaison officer');
      await click(el, $(el, '[data-confirm-add]'));
    },
    stored: (c) => cyc(c).actions.flatMap((a) => [a.what, a.successCriteria, a.supportNote]),
  },
  { widget: 'action-plan', name: 'a check-in progress note', max: TEXT_MAX, mode: 'replace', seed: thornhill, actor: 'u-amara', selector: '#progress-note-act-1', stored: () => undefined },
  { widget: 'action-plan', name: 'the check-in’s next steps', max: TEXT_MAX, mode: 'replace', seed: thornhill, actor: 'u-amara', selector: '#next-steps', stored: () => undefined },
  // Evidence log (Oakfield's review day, the lead reviewer): a note added with Ctrl+Enter, a finding, the priority
  { widget: 'evidence-log', name: 'an evidence note', max: TEXT_MAX, mode: 'append', selector: '#evidence-note', send: ctrlEnter, stored: (c) => cyc(c).review.evidence.map((e) => e.note) },
  { widget: 'evidence-log', name: 'a finding', max: TEXT_MAX, mode: 'replace', selector: '#text-f-1', stored: (c) => cyc(c).review.findings.find((f) => f.id === 'f-1')?.text },
  { widget: 'evidence-log', name: 'the improvement priority', max: TEXT_MAX, mode: 'replace', selector: '#priority', stored: (c) => cyc(c).review.improvementPriority },
  // Partnership goals (the partnership lead)
  ...(['mainGoal', 'getBetterAt', 'mainConcern', 'confidentIn', 'anythingElse'] as const).map(
    (goal): Field => ({ widget: 'partnership-goals', name: `the goal “${goal}”`, max: TEXT_MAX, mode: 'replace', selector: `#goal-${goal}`, stored: (p) => prt(p).goals[goal] }),
  ),
  ...(['mou', 'dataSharing'] as const).map(
    (key): Field => ({ widget: 'partnership-goals', name: `the ${key} agreement's note`, max: TEXT_MAX, mode: 'replace', selector: `#agreement-${key}-note`, stored: (p) => prt(p)[key].note }),
  ),
  // Impact review (the partnership lead): evidence for a question, an impact note and its evidence, next steps
  { widget: 'impact-review', name: 'evidence for a question', max: TEXT_MAX, mode: 'replace', selector: `#q-${PQ1}-evidence`, stored: (r) => refl(r).responses[PQ1]?.evidence },
  { widget: 'impact-review', name: 'an impact note', max: TEXT_MAX, mode: 'replace', selector: '#impact-n-1-note', stored: (r) => refl(r).impact.find((n) => n.id === 'n-1')?.note },
  { widget: 'impact-review', name: 'an impact note’s evidence', max: TEXT_MAX, mode: 'replace', selector: '#impact-n-1-evidence', stored: (r) => refl(r).impact.find((n) => n.id === 'n-1')?.evidence },
  { widget: 'impact-review', name: 'next steps', max: TEXT_MAX, mode: 'replace', selector: '#next-steps', stored: (r) => refl(r).nextSteps },
];

const asList = (value: string | string[] | undefined) => (Array.isArray(value) ? value : value === undefined ? [] : [value]);
const byMount = new Map<string, Field[]>();
for (const f of FIELDS) {
  const key = `${f.widget}|${f.actor ?? ''}|${f.seed ? 'seed' : ''}`;
  byMount.set(key, [...(byMount.get(key) ?? []), f]);
}

/** The demo partnership with every name (partnership, schools, groups, people) a payload. */
function hostilePartnership(): Partnership {
  const labels = PAYLOADS.filter((p) => p.length <= LABEL_MAX);
  const hostile: Partnership = demoPartnership();
  hostile.name = labels[0]!;
  hostile.schools = hostile.schools.map((school, i) => ({ ...school, name: labels[(i + 1) % labels.length]!, group: labels[(i + 7) % labels.length]! }));
  hostile.people = hostile.people.map((person, i) => ({ ...person, name: labels[(i + 13) % labels.length]! }));
  parseDocument(hostile, 'partnership'); // still a valid partnership
  return hostile;
}

/** The demo year's cycles for `p`, Westgate's agreed findings replaced by one strength per text. */
function cyclesWithStrengths(p: Partnership, texts: readonly string[]): Record<string, Cycle> {
  const cycles = demoCycles(p).map((c) =>
    c.hostSchoolId === 's-westgate' ? { ...c, review: { ...c.review, findings: texts.map((text, i) => ({ id: `f-s${i}`, kind: 'strength' as const, text, evidenceIds: [] })) } } : c,
  );
  for (const c of cycles) parseDocument(c, 'cycle');
  return Object.fromEntries(cycles.map((c) => [`cycle/${c.id}`, c]));
}

/** Mounts a read-only display (no document of its own) and waits until it has read the cycles. */
async function mountDisplay(tag: 'spp-cycle-tracker' | 'spp-strengths-directory', store: Store, p: Partnership, actor: string): Promise<Widget> {
  const el = document.createElement(tag) as unknown as Widget & Record<string, unknown>;
  el['store'] = store;
  el['partnership'] = p;
  el.setAttribute('actor-id', actor);
  if (tag === 'spp-cycle-tracker') el.setAttribute('today', '2027-03-01');
  await fixture(html`<div>${el}</div>`);
  await waitUntil(() => !el.shadowRoot!.querySelector('[part="notice"][role="status"]') && el.shadowRoot!.querySelector('h2'), `<${tag}> reads the cycles`);
  await el.updateComplete;
  return el;
}

describe('Hardening: hostile text', function () {
  this.timeout(120_000);
  let spies: ReturnType<typeof canaries>;
  beforeEach(() => {
    localStorage.clear();
    spies = canaries();
  });
  afterEach(() => spies.restore());

  it(`has at least 50 payloads (${PAYLOADS.length})`, () => {
    expect(PAYLOADS.length).to.be.at.least(50);
    expect(new Set(PAYLOADS).size).to.equal(PAYLOADS.length);
  });

  for (const group of byMount.values()) {
    const first = group[0]!;
    const host = HOSTS[first.widget]!;
    it(`<${host.tag}>${first.actor ? ` as ${first.actor}` : ''}: every payload typed into ${group.map((f) => f.name).join(', ')}, then rendered again from the store`, async () => {
      const watcher = watchErrors();
      const doc = first.seed ? first.seed() : host.seed();
      const key = `${host.kind}/${doc.id}`;
      const store = createStore(memoryAdapter({ initial: { [key]: JSON.stringify(doc) } }));
      const actor = first.actor ?? host.editor;
      const el = await mountHost(host, store, actor, doc.id);
      const lastKept = new Map<Field, string>();

      for (const f of group) {
        if (f.open) await f.open(el);
        expect($(el, f.selector), `${f.name}: ${f.selector}`).to.exist;
        const baseline = tagCounts(el.shadowRoot!);
        for (const [i, payload] of PAYLOADS.entries()) {
          // A person pauses now and then, and the widget saves: keep the device journal short.
          if (i % 8 === 7) await el.flush();
          const what = `${f.name} ← ${JSON.stringify(payload.slice(0, 60))}`;
          if (f.open) await f.open(el);
          const box = $<HTMLInputElement>(el, f.selector)!;
          await typeInto(el, box, payload);
          if (f.send) await f.send(el, box);
          await el.updateComplete;
          assertInert(el, baseline, what);
          const current = controller(el).doc;
          const expected = f.mode === 'append' ? payload.trim() : payload;
          if (payload.length > f.max) {
            // Too long for the field: a clear error, and the text stays where it was typed.
            expect(alerts(el) + (el.shadowRoot!.querySelector('.field-error')?.textContent ?? ''), `${what}: says it is too long`).to.match(/too (big|long)|at most|characters|not valid/i);
            expect($<HTMLInputElement>(el, f.selector)!.value, `${what}: kept in the box`).to.equal(payload);
            expect(asList(f.stored(current)), `${what}: not saved`).to.not.include(expected);
            await typeInto(el, $<HTMLInputElement>(el, f.selector)!, ''); // the person shortens it
            continue;
          }
          if (f.mode === 'replace') {
            expect($<HTMLInputElement>(el, f.selector)!.value, `${what}: shown as typed`).to.equal(payload);
            if (f.stored(current) !== undefined) expect(f.stored(current), `${what}: recorded as typed`).to.equal(payload);
            lastKept.set(f, payload);
          } else {
            expect(asList(f.stored(current)), `${what}: recorded as typed`).to.include(expected);
            expect(deepText(el.shadowRoot!), `${what}: shown as typed`).to.contain(expected);
            expect($<HTMLInputElement>(el, f.selector)?.value ?? '', `${what}: the Add box is emptied`).to.equal('');
          }
        }
        // The last payload that fits stays in replace fields (the long one is cleared by hand above).
        const last = [...PAYLOADS].reverse().find((p) => p.length <= f.max)!;
        if (f.mode === 'replace' && $<HTMLInputElement>(el, f.selector)!.value !== last) {
          await typeInto(el, $<HTMLInputElement>(el, f.selector)!, last);
          if (f.send) await f.send(el, $<HTMLInputElement>(el, f.selector)!);
          lastKept.set(f, last);
        }
      }
      await pause(150); // image errors and load handlers fire asynchronously
      spies.check(`<${host.tag}> while typing`);

      // The check-in form is kept on this device until recorded: record it, so it is in the cycle too.
      if (first.seed === thornhill) {
        await click(el, $(el, '#outcome-close'));
        await click(el, $(el, '[data-record-check-in]'));
        await click(el, $(el, '[data-confirm-check-in]'));
        expect(alerts(el)).to.equal('');
      }
      await el.flush();
      expect(controller(el).saveState, 'everything typed was saved').to.equal('saved');
      const saved = (await store.get(host.kind, doc.id))!;
      for (const f of group) {
        if (f.mode === 'replace' && f.stored(saved) !== undefined) expect(f.stored(saved), `${f.name}: saved as typed`).to.equal(lastKept.get(f));
      }
      el.remove();

      // Rendered again from the store: for the editor, and for a reader.
      const clean = createStore(memoryAdapter({ initial: { [key]: JSON.stringify(doc) } }));
      for (const who of [actor, host.reader]) {
        const reference = await mountHost(host, clean, who, doc.id);
        const baseline = tagCounts(reference.shadowRoot!);
        reference.remove();
        const again = await mountHost(host, store, who, doc.id);
        const shown = deepText(again.shadowRoot!);
        for (const f of group) {
          const expected = f.mode === 'append' ? PAYLOADS.filter((p) => p.length <= f.max).map((p) => p.trim()) : [lastKept.get(f)!];
          for (const text of expected) expect(shown, `${who} re-mounted: ${f.name} shows ${JSON.stringify(text.slice(0, 60))}`).to.contain(text);
        }
        // Every element kind the clean document renders, and nothing more (lists are longer, never richer).
        const counts = tagCounts(again.shadowRoot!);
        for (const [tag, n] of Object.entries(counts)) expect(n, `${who} re-mounted: <${tag}> elements`).to.equal(baseline[tag] ?? 0);
        expect(markupProblems(again)).to.deep.equal([]);
        again.remove();
      }
      await pause(150);
      spies.check(`<${host.tag}> re-rendered from the store`);
      expect(JSON.stringify(saved)).to.contain('onerror');
      watcher.stop();
      expect(watcher.errors).to.deep.equal([]);
    });
  }

  it('real keystrokes: a sample of payloads typed key by key into the self-review and the cause map', async () => {
    const sample = ['<img src=x onerror=alert(1)>', '<svg/onload=window.__xss=1>', '${window.__xss=1} {{7*7}}', '<!--?lit$1$--><b>bold</b>', 'javascript:alert(document.domain)'];
    const selfReview = spec('self-review');
    const store = createStore(memoryAdapter({ initial: { [keyOf(selfReview)]: JSON.stringify(selfReview.seed()) } }));
    const { el } = await mount(selfReview, store);
    const box = $<HTMLTextAreaElement>(el, `#q-${Q2}-evidence`)!;
    const baseline = tagCounts(el.shadowRoot!);
    box.focus();
    box.select();
    await sendKeys({ press: 'Backspace' });
    for (const payload of sample) await sendKeys({ type: `${payload} ` });
    await el.updateComplete;
    const typed = sample.map((p) => `${p} `).join('');
    expect(box.value).to.equal(typed);
    assertInert(el, baseline, 'self-review keystrokes');
    await el.flush();
    expect((await store.get('cycle', selfReview.id))!.selfReview.responses[Q2]!.evidence).to.equal(typed);

    const planner = spec('workshop-planner');
    const store2 = createStore(memoryAdapter({ initial: { [keyOf(planner)]: JSON.stringify(planner.seed()) } }));
    const { el: ws } = await mount(planner, store2);
    const before = tagCounts(ws.shadowRoot!);
    for (const payload of sample) {
      $<HTMLInputElement>(ws, '#cause-text')!.focus();
      await sendKeys({ type: payload });
      await sendKeys({ press: 'Enter' });
      await ws.updateComplete;
    }
    const causes = (controller(ws).doc as Cycle).workshop.causes.map((c) => c.text);
    for (const payload of sample) expect(causes).to.include(payload);
    assertInert(ws, before, 'cause map keystrokes');
    await pause(150);
    spies.check('real keystrokes');
  });

  it('hostile names in the partnership record (schools, people, the partnership, window terms) are shown as text in every widget', async () => {
    const labels = PAYLOADS.filter((p) => p.length <= LABEL_MAX);
    const hostile = hostilePartnership();
    for (const s of ['self-review', 'review-plan', 'action-plan', 'workshop-planner', 'review-schedule'].map(spec)) {
      const docFor = (p: Partnership) => {
        const d = s.seed(p) as Cycle | Schedule;
        if (s.kind === 'schedule') (d as Schedule).reviews = (d as Schedule).reviews.map((r, i) => ({ ...r, window: { ...r.window, term: labels[(i + 33) % labels.length]! } }));
        return d;
      };
      const { el: reference } = await mount(s, createStore(memoryAdapter({ initial: { [keyOf(s)]: JSON.stringify(docFor(demoPartnership())) } })), s.editor);
      const baseline = tagCounts(reference.shadowRoot!);
      reference.remove();
      const doc = docFor(hostile);
      const { el } = await mount(s, createStore(memoryAdapter({ initial: { [keyOf(s)]: JSON.stringify(doc) } })), s.editor, { partnership: hostile });
      expect(controller(el).loadState).to.equal('ready');
      assertInert(el, baseline, `<${s.tag}> with hostile names`);
      const shown = deepText(el.shadowRoot!) + [...walk(el.shadowRoot!)].map((n) => n.getAttribute('aria-label') ?? '').join('\n');
      const host = s.kind === 'cycle' ? hostile.schools.find((x) => x.id === (doc as Cycle).hostSchoolId)!.name : hostile.schools[0]!.name;
      expect(shown, `<${s.tag}> names the school as typed`).to.contain(host);
      if (s.kind === 'schedule') for (const school of hostile.schools) expect(shown, `the map and tables name ${JSON.stringify(school.name.slice(0, 40))}`).to.contain(school.name);
      el.remove();
    }
    await pause(150);
    spies.check('hostile names');
  });

  it('read-only displays: every payload stored as an agreed strength, and as names, is shown as text in the strengths directory and the cycle tracker; every payload typed into the directory’s search', async () => {
    const watcher = watchErrors();
    const hostile = hostilePartnership();
    const benign = PAYLOADS.map((_, i) => `Benign strength number ${i}`);
    const names = (p: Partnership) => [...p.schools.flatMap((x) => [x.name, x.group ?? '']), ...p.people.map((x) => x.name)];

    // The strengths directory, as a headteacher of another school looking for support.
    const reference = await mountDisplay('spp-strengths-directory', createStore(memoryAdapter({ initial: cyclesWithStrengths(partnership, benign) })), partnership, 'u-jonah');
    const baseline = tagCounts(reference.shadowRoot!);
    reference.remove();
    const store = createStore(memoryAdapter({ initial: cyclesWithStrengths(hostile, PAYLOADS) }));
    const directory = await mountDisplay('spp-strengths-directory', store, hostile, 'u-jonah');
    assertInert(directory, baseline, 'strengths directory');
    const shown = deepText(directory.shadowRoot!);
    for (const text of PAYLOADS) expect(shown, `the strength ${JSON.stringify(text.slice(0, 60))} shown as stored`).to.contain(text);
    expect(shown, 'Westgate named as stored').to.contain(hostile.schools.find((x) => x.id === 's-westgate')!.name);

    // The search box is free text too: each payload typed finds its own strength, and makes nothing.
    for (const payload of PAYLOADS) {
      const box = $<HTMLInputElement>(directory, '#search')!;
      await typeInto(directory, box, payload);
      await directory.updateComplete;
      const what = `search ← ${JSON.stringify(payload.slice(0, 60))}`;
      expect($<HTMLInputElement>(directory, '#search')!.value, `${what}: kept as typed`).to.equal(payload);
      const counts = tagCounts(directory.shadowRoot!);
      for (const [tag, n] of Object.entries(counts)) expect(n, `${what}: <${tag}> elements`).to.be.at.most(baseline[tag] ?? 0);
      expect(markupProblems(directory), what).to.deep.equal([]);
      if (payload.trim()) expect(deepText(directory.shadowRoot!), `${what}: its strength is found`).to.contain(payload);
    }
    directory.remove();

    // The cycle tracker, as the partnership lead: schools, groups and people named as stored.
    const trackerReference = await mountDisplay('spp-cycle-tracker', createStore(memoryAdapter({ initial: cyclesWithStrengths(partnership, benign) })), partnership, 'u-amara');
    const trackerBaseline = tagCounts(trackerReference.shadowRoot!);
    const cleanNames = names(partnership).filter((n) => n && deepText(trackerReference.shadowRoot!).includes(n));
    trackerReference.remove();
    const tracker = await mountDisplay('spp-cycle-tracker', createStore(memoryAdapter({ initial: cyclesWithStrengths(hostile, PAYLOADS) })), hostile, 'u-amara');
    assertInert(tracker, trackerBaseline, 'cycle tracker');
    const trackerText = deepText(tracker.shadowRoot!);
    // Every name the tracker shows for the clean partnership, it shows as typed for the hostile one.
    expect(cleanNames.length, 'the tracker names schools and people').to.be.at.least(6);
    for (const clean of cleanNames) {
      const i = names(partnership).indexOf(clean);
      expect(trackerText, `${clean} → ${JSON.stringify(names(hostile)[i]!.slice(0, 60))}`).to.contain(names(hostile)[i]!);
    }
    tracker.remove();

    await pause(150);
    spies.check('read-only displays');
    watcher.stop();
    expect(watcher.errors).to.deep.equal([]);
  });
});
