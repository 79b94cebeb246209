/**
 * Benchmark page for `<spp-self-review>` (bundled by esbuild into bench/.tmp/, driven by
 * bench/lib/browser.mjs through `window.sppBench`):
 *
 * - `renderRatio()`: first render of the element with a 60-question pack, from insertion until its
 *   `updateComplete` once the cycle is loaded (all question fieldsets present), against setting
 *   equivalent static markup (same fieldsets, radios, textareas, checkboxes and texts) with
 *   innerHTML into a shadow root with the same styles. Interleaved, many iterations.
 * - `typing()`: wraps the component's `renderQuestion` to count calls per question, types 20
 *   characters into one evidence box (an `input` event each), and counts renders of the others.
 */
import { adoptStyles } from 'lit';
import { PRACTICE_LEVELS, createCycle, createStore, memoryAdapter, questionsFor, tailorFramework, type Store } from '@spp/core';
import { demoPartnership } from '@spp/core/demo';
import { SppSelfReview } from '../../packages/elements/src/self-review/self-review.define';
import { getCommonStrings, format } from '../../packages/elements/src/shared/strings';
import { selfReviewStrings } from '../../packages/elements/src/self-review/self-review.strings';
import { selfReviewPack } from '../fixtures';
import { afterRendering, collectGarbage, stats, waitFor } from './page-utils';

const QUESTIONS = 60;
const CYCLE_ID = 'c-bench';
const partnership = demoPartnership();
const pack = selfReviewPack(QUESTIONS);
const actor = { id: 'u-amara' }; // the headteacher of the host school, Ashby Brook
const host = document.getElementById('stage')!;
const questions = questionsFor(tailorFramework(pack, partnership.tailoring), 'self-review');
if (questions.length !== QUESTIONS) throw new Error(`the pack has ${questions.length} self-review questions, not ${QUESTIONS}`);

const newStore = (): Store => {
  const cycle = createCycle({ id: CYCLE_ID, partnership, hostSchoolId: 's-ashby' });
  return createStore(memoryAdapter({ initial: { [`cycle/${cycle.id}`]: cycle, [`partnership/${partnership.id}`]: partnership } }));
};

// --- The static equivalent -----------------------------------------------------------------------

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The element's editable markup for the same pack, written as one HTML string: header, progress,
 * navigation, areas and aims, one fieldset per question (legend, four radios with labels and hints,
 * prompts, evidence textarea, focus checkbox), the focus section and the submit button.
 */
function staticMarkup(): string {
  const t = selfReviewStrings();
  const c = getCommonStrings();
  const tailored = tailorFramework(pack, partnership.tailoring);
  const question = (q: (typeof questions)[number]) => {
    const id = `q-${q.id}`;
    return `<fieldset class="question" part="question" id="${id}" data-question="${q.id}">
      <legend><h4 class="question-text">${esc(q.text)}</h4></legend>
      <div class="field"><p class="level-question" id="${id}-levels">${esc(t.levelQuestion)}</p>
        <div class="levels" part="levels" role="radiogroup" aria-labelledby="${id}-levels">${PRACTICE_LEVELS.map(
          (l) => `<div class="option"><input type="radio" id="${id}-level-${l}" name="level-${q.id}" value="${l}" data-field="level" aria-describedby="${id}-level-${l}-hint">
            <label for="${id}-level-${l}">${esc(c.practice[l].label)}</label><span class="hint" id="${id}-level-${l}-hint">${esc(c.practice[l].hint)}</span></div>`,
        ).join('')}</div></div>
      <div class="field" part="evidence"><label for="${id}-evidence">${esc(t.evidence)}</label>
        <div class="prompts" id="${id}-prompts"><p>${esc(t.promptsIntro)}</p><ul>${q.prompts.map((p) => `<li>${esc(p)}</li>`).join('')}</ul></div>
        <textarea id="${id}-evidence" data-field="evidence" maxlength="20000" aria-describedby="${id}-prompts"></textarea>
        <p class="print-only user-text"></p></div>
      <div class="check"><input type="checkbox" id="${id}-informs" data-field="informs"><label for="${id}-informs">${esc(t.informsFocus)}</label></div>
    </fieldset>`;
  };
  const areas = tailored.areas.map(
    (area) => `<section class="area" part="area" id="area-${area.id}" aria-labelledby="area-${area.id}-title">
      <h3 id="area-${area.id}-title" tabindex="-1">${esc(area.title)}</h3>${area.summary ? `<p class="area-summary">${esc(area.summary)}</p>` : ''}
      ${area.aims.map((aim) => `<p class="aim">${esc(format(t.aim, { aim: aim.aim }))}</p><div class="questions">${aim.questions.map(question).join('')}</div>`).join('')}
    </section>`,
  );
  const nav = tailored.areas.map(
    (area) =>
      `<li><button type="button" class="link" data-target="area-${area.id}-title"><span class="title">${esc(area.title)}</span><span class="count">(${esc(
        format(t.navAreaCount, { answered: 0, total: area.aims.reduce((n, a) => n + a.questions.length, 0) }),
      )})</span></button></li>`,
  );
  return `<div part="base"><header part="header"><h2>${esc(format(t.titleFor, { school: 'Ashby Brook Primary' }))}</h2>
      <slot name="intro"><p>${esc(t.intro)}</p></slot><p class="muted">${esc(format(t.frameworkNote, { framework: pack.name }))}</p></header>
    <div class="status"><div role="alert" part="refusal"></div><div class="save-state idle" part="save-state"><p role="status" aria-live="polite" class="muted"></p></div></div>
    <div part="progress"><label for="progress">${esc(format(t.progressLabel, { answered: 0, total: QUESTIONS }))}</label><progress id="progress" max="${QUESTIONS}" value="0" aria-describedby="progress-hint"></progress><p class="muted" id="progress-hint">${esc(t.progressHint)}</p></div>
    <nav part="nav" aria-label="${esc(t.navLabel)}"><ol>${nav.join('')}<li><button type="button" class="link" data-target="focus-title"><span class="title">${esc(t.navFocus)}</span></button></li></ol></nav>
    ${areas.join('')}
    <section part="focus" aria-labelledby="focus-title"><h3 id="focus-title" tabindex="-1">${esc(t.focusTitle)}</h3><p class="muted">${esc(t.focusIntro)}</p>
      <fieldset><legend>${esc(t.focusQuestions)}</legend><p class="muted">${esc(t.focusNone)}</p></fieldset>
      <div class="field"><label for="focus-summary">${esc(t.focusSummary)}</label><p class="muted" id="focus-summary-hint">${esc(t.focusSummaryHint)}</p>
        <textarea id="focus-summary" data-field="summary" maxlength="20000" aria-describedby="focus-summary-hint"></textarea><p class="print-only user-text"></p></div></section>
    <section part="submit" aria-labelledby="submit-title"><h3 id="submit-title">${esc(t.submitTitle)}</h3><button type="button" class="primary" id="submit" data-action="submit" aria-disabled="false">${esc(t.submit)}</button></section>
  </div>`;
}

const MARKUP = staticMarkup();

/** Counts of the controls in a root: what "equivalent markup" is checked on. */
const controls = (root: ParentNode) => ({
  fieldsets: root.querySelectorAll('fieldset.question').length,
  radios: root.querySelectorAll('input[type="radio"]').length,
  textareas: root.querySelectorAll('textarea').length,
  checkboxes: root.querySelectorAll('input[type="checkbox"]').length,
  elements: root.querySelectorAll('*').length,
  textLength: (root as Element | ShadowRoot).textContent?.replace(/\s+/g, ' ').trim().length ?? 0,
});

// --- Measurements ---------------------------------------------------------------------------------

const fieldsets = (el: SppSelfReview) => el.shadowRoot?.querySelectorAll('fieldset.question').length ?? 0;

/** Inserts a new element and waits until the cycle is loaded and rendered: every question fieldset, update complete. */
async function mountElement(store: Store): Promise<{ el: SppSelfReview; ms: number; withLayoutMs: number }> {
  const t0 = performance.now();
  const el = document.createElement('spp-self-review');
  el.framework = pack;
  el.partnership = partnership;
  el.actor = actor;
  el.store = store;
  el.cycleId = CYCLE_ID;
  host.append(el);
  await waitFor(async () => {
    await el.updateComplete;
    return fieldsets(el) === QUESTIONS;
  }, 'the self-review shows its questions');
  await el.updateComplete;
  const t1 = performance.now();
  void el.getBoundingClientRect(); // style and layout, forced now rather than at the next frame
  const t2 = performance.now();
  return { el, ms: t1 - t0, withLayoutMs: t2 - t0 };
}

function mountStatic(): { div: HTMLDivElement; ms: number; withLayoutMs: number } {
  const t0 = performance.now();
  const div = document.createElement('div');
  host.append(div);
  const root = div.attachShadow({ mode: 'open' });
  adoptStyles(root, SppSelfReview.elementStyles);
  root.innerHTML = MARKUP;
  const t1 = performance.now();
  void div.getBoundingClientRect();
  const t2 = performance.now();
  return { div, ms: t1 - t0, withLayoutMs: t2 - t0 };
}

async function clear() {
  host.replaceChildren();
  await afterRendering();
  collectGarbage();
}

async function renderRatio({ warmup = 10, iterations = 120 } = {}) {
  const store = newStore();
  const element: number[] = [];
  const elementLayout: number[] = [];
  const statik: number[] = [];
  const statikLayout: number[] = [];
  let firstElementMs = 0;
  let firstStaticMs = 0;
  let equivalence: { element: ReturnType<typeof controls>; static: ReturnType<typeof controls> } | undefined;
  for (let i = 0; i < warmup + iterations; i++) {
    // Alternate which goes first, so neither always runs on a freshly collected heap.
    for (const which of i % 2 ? (['static', 'element'] as const) : (['element', 'static'] as const)) {
      if (which === 'element') {
        const { el, ms, withLayoutMs } = await mountElement(store);
        if (i === 0) firstElementMs = ms;
        if (!equivalence) equivalence = { element: controls(el.shadowRoot!), static: controls(document.createElement('div')) };
        if (i >= warmup) {
          element.push(ms);
          elementLayout.push(withLayoutMs);
        }
      } else {
        const { div, ms, withLayoutMs } = mountStatic();
        if (i === 0) {
          firstStaticMs = ms;
          if (equivalence) equivalence.static = controls(div.shadowRoot!);
        }
        if (i >= warmup) {
          statik.push(ms);
          statikLayout.push(withLayoutMs);
        }
      }
      await clear();
    }
  }
  // Ratios of medians and of p95s; each iteration's own ratio is noisier and is not used.
  const e = stats(element);
  const s = stats(statik);
  const el = stats(elementLayout);
  const sl = stats(statikLayout);
  return {
    questions: QUESTIONS,
    warmup,
    iterations,
    firstIteration: { elementMs: firstElementMs, staticMs: firstStaticMs },
    element: e,
    static: s,
    ratioMedian: e.median / s.median,
    ratioP95: e.p95 / s.p95,
    withLayout: { element: el, static: sl, ratioMedian: el.median / sl.median, ratioP95: el.p95 / sl.p95 },
    equivalence,
    timerResolutionMs: timerResolution(),
  };
}

/** The smallest step performance.now() takes here (5 µs when cross-origin isolated, 100 µs if not). */
function timerResolution(): number {
  let min = Infinity;
  for (let i = 0; i < 50; i++) {
    const a = performance.now();
    let b = performance.now();
    while (b === a) b = performance.now();
    min = Math.min(min, b - a);
  }
  return min;
}

async function typing({ characters = 20 } = {}) {
  const proto = SppSelfReview.prototype as unknown as { renderQuestion?: (q: { id: string }, ...rest: unknown[]) => unknown };
  const original = proto.renderQuestion;
  if (typeof original !== 'function') throw new Error('SppSelfReview.prototype.renderQuestion is not a method any more: the render count cannot be taken');
  const counts = new Map<string, number>();
  proto.renderQuestion = function (this: unknown, q: { id: string }, ...rest: unknown[]) {
    counts.set(q.id, (counts.get(q.id) ?? 0) + 1);
    return original.call(this, q, ...rest);
  };
  try {
    const store = newStore();
    const { el } = await mountElement(store);
    const initialRenders = [...counts.values()].reduce((a, b) => a + b, 0);
    counts.clear();
    const target = questions[Math.floor(QUESTIONS / 2)]!.id;
    const box = el.shadowRoot!.querySelector<HTMLTextAreaElement>(`#${CSS.escape(`q-${target}-evidence`)}`);
    if (!box) throw new Error(`no evidence box for ${target}`);
    box.focus();
    const text = 'Learning walks show '.slice(0, characters).padEnd(characters, '.');
    const keystrokeMs: number[] = [];
    for (const ch of text) {
      const t0 = performance.now();
      box.value += ch;
      box.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: ch }));
      await el.updateComplete;
      keystrokeMs.push(performance.now() - t0);
    }
    const others = (m: Map<string, number>) => [...m].filter(([id]) => id !== target).reduce((n, [, c]) => n + c, 0);
    const duringTyping = { target: counts.get(target) ?? 0, others: others(counts), otherQuestionsRendered: [...counts.keys()].filter((id) => id !== target) };
    // The autosave: saved, the stored cycle comes back; nothing else should render either.
    await el.flush();
    await el.updateComplete;
    await afterRendering();
    await el.updateComplete;
    const afterSave = { target: counts.get(target) ?? 0, others: others(counts), otherQuestionsRendered: [...counts.keys()].filter((id) => id !== target) };
    const saved = await store.get('cycle', CYCLE_ID);
    const savedEvidence = saved?.selfReview.responses[target]?.evidence ?? null;
    el.remove();
    await clear();
    return { characters: text.length, target, initialRenders, duringTyping, afterSave, keystroke: stats(keystrokeMs), savedEvidenceMatches: savedEvidence === text };
  } finally {
    proto.renderQuestion = original;
  }
}

/**
 * Parts of the element's first render measured alone (for the record, no budget): reading the cycle
 * from the memory store (JSON parse and schema check) and tailoring the 60-question pack.
 */
async function breakdown({ iterations = 60 } = {}) {
  const store = newStore();
  const read: number[] = [];
  const tailor: number[] = [];
  for (let i = 0; i < iterations; i++) {
    let t = performance.now();
    await store.get('cycle', CYCLE_ID);
    read.push(performance.now() - t);
    t = performance.now();
    tailorFramework(pack, partnership.tailoring);
    tailor.push(performance.now() - t);
  }
  return { storeGetCycle: stats(read), tailorFramework: stats(tailor) };
}

(window as unknown as { sppBench: unknown }).sppBench = { renderRatio, typing, breakdown, ready: true };
