// Verdicts from the raw results, the console summary and bench/results/latest.{json,md}.
import { KB, SIZE_BUDGETS } from './sizes.mjs';
import { RENDER_RATIO_BUDGET, TRACKER_BUDGET_MS } from './browser.mjs';
import { SCHEDULE_BUDGET_MS } from './schedule.mjs';

const kB = (bytes) => (bytes === undefined || bytes === null ? '–' : `${(bytes / KB).toFixed(1)} kB`);
const ms = (v, digits = 1) => (v === undefined || v === null || Number.isNaN(v) ? '–' : `${v.toFixed(digits)} ms`);
const median = (values) => {
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const mb = (bytes) => `${(bytes / 1024 ** 2).toFixed(1)} MB`;

/**
 * Every budget as one verdict: `pass` true/false, or null when not measured (with `reason`).
 * Group order: sizes, render, scale.
 */
export function verdicts({ sizes, schedule, browser }) {
  const out = [];
  if (sizes) {
    for (const r of sizes.rows.filter((row) => row.budget !== null)) {
      out.push({ id: `size:${r.id}`, group: 'Bundle size', label: `${r.entry} gzipped${r.id.startsWith('widget:') ? ', over Lit' : ''}`, value: kB(r.gzip) + (r.marginalGzip === undefined ? '' : ` (${kB(r.marginalGzip)} ${r.marginalWhat})`), budget: `≤ ${kB(r.budget)}`, pass: r.pass });
    }
  }
  if (browser) {
    const sr = browser.selfReview;
    out.push(
      sr
        ? { id: 'render:self-review-ratio', group: 'Render', label: '<spp-self-review> first render, 60 questions ÷ static innerHTML (median)', value: `${sr.ratioMedian.toFixed(2)}× (p95 ${sr.ratioP95.toFixed(2)}×)`, budget: `≤ ${RENDER_RATIO_BUDGET}×`, pass: sr.ratioMedian <= RENDER_RATIO_BUDGET }
        : { id: 'render:self-review-ratio', group: 'Render', label: '<spp-self-review> first render ratio', value: '–', budget: `≤ ${RENDER_RATIO_BUDGET}×`, pass: null, reason: 'not measured (error)' },
    );
    const ty = browser.typing;
    out.push(
      ty
        ? { id: 'render:typing-isolation', group: 'Render', label: `renderQuestion calls for other questions while typing ${ty.characters} characters into one (incl. autosave)`, value: String(ty.afterSave.others), budget: '0', pass: ty.afterSave.others === 0 && ty.duringTyping.others === 0 }
        : { id: 'render:typing-isolation', group: 'Render', label: 'renders of other questions while typing', value: '–', budget: '0', pass: null, reason: 'not measured (error)' },
    );
    const tr = browser.tracker;
    out.push(
      tr?.measured
        ? { id: 'scale:tracker-500', group: 'Scale', label: '<spp-cycle-tracker>, 500 cycles until 500 rows (median of cold page loads; our own budget)', value: ms(median(tr.cold.map((r) => r.ms)), 0), budget: `< ${TRACKER_BUDGET_MS} ms`, pass: median(tr.cold.map((r) => r.ms)) < TRACKER_BUDGET_MS }
        : { id: 'scale:tracker-500', group: 'Scale', label: '<spp-cycle-tracker>, 500 cycles (our own budget)', value: '–', budget: `< ${TRACKER_BUDGET_MS} ms`, pass: null, reason: tr?.reason ?? 'not measured' },
    );
  }
  if (schedule) {
    for (const v of schedule.verdicts) {
      out.push({ id: v.id, group: 'Scale', label: v.label, value: v.unit === 'ms' ? ms(v.value) : String(v.value), budget: v.unit === 'ms' ? `< ${SCHEDULE_BUDGET_MS} ms` : v.budget, pass: v.pass });
    }
  }
  return out;
}

const mark = (pass) => (pass === true ? 'PASS' : pass === false ? 'FAIL' : 'NOT MEASURED');

export function consoleTable(list) {
  const w = Math.max(...list.map((v) => v.label.length));
  const lines = list.map((v) => `  ${mark(v.pass).padEnd(12)} ${v.label.padEnd(w)}  ${String(v.value).padStart(10)}  budget ${v.budget}${v.reason ? `  (${v.reason})` : ''}`);
  return lines.join('\n');
}

// --- Markdown -------------------------------------------------------------------------------------

const row = (cells) => `| ${cells.join(' | ')} |`;
const topText = (top) => top.map((t) => `${t.name} ${kB(t.minBytes)}`).join(', ');

export function markdown({ machine, list, sizes, schedule, browser, seconds, errors }) {
  const failed = list.filter((v) => v.pass === false);
  const notMeasured = list.filter((v) => v.pass === null);
  const lines = [];
  lines.push('# Benchmark results', '');
  lines.push(`Written by \`node bench/run.mjs\` on ${machine.date} in ${seconds.toFixed(0)} s. What each benchmark measures and why: [docs/benchmarks.md](../../docs/benchmarks.md). Raw figures: [latest.json](./latest.json).`, '');
  lines.push(
    `**${list.length - failed.length - notMeasured.length} of ${list.length} budgets pass${failed.length ? `, ${failed.length} fail` : ''}${notMeasured.length ? `, ${notMeasured.length} not measured` : ''}.**` +
      (errors.length ? ` Errors: ${errors.join('; ')}` : ''),
    '',
  );
  lines.push('## Machine', '');
  lines.push(row(['', '']), row(['---', '---']));
  lines.push(row(['CPU', `${machine.cpu}, ${machine.cores} cores`]));
  lines.push(row(['Memory', `${machine.memoryGB} GB`]));
  lines.push(row(['OS', machine.os]));
  lines.push(row(['Node', machine.node]));
  lines.push(row(['Chromium', `${machine.chromium} (Debian package, headless, playwright-core ${machine.tools['playwright-core']})`]));
  lines.push(row(['Tools', `esbuild ${machine.tools.esbuild}, lit ${machine.tools.lit}, zod ${machine.tools.zod}`]));
  lines.push(row(['Commit', `${machine.git.commit}${machine.git.uncommittedFilesInPackages ? ` plus ${machine.git.uncommittedFilesInPackages} uncommitted file(s) under packages/ (measured as they were)` : ''}`]));
  if (machine.loadAverage1m) {
    const l = machine.loadAverage1m;
    lines.push(row(['Load average (1 min)', `${Object.entries(l).map(([k, v]) => `${k} ${v}`).join(', ')}${machine.busy ? ` — **busy: other work was running on the ${machine.cores} cores when the run started; timings are pessimistic (sizes are not affected)**` : ''}`]));
  }
  lines.push(row(['Date', machine.date]));
  lines.push('');

  lines.push('## Verdicts', '');
  lines.push(row(['Verdict', 'Benchmark', 'Figure', 'Budget']), row(['---', '---', '---:', '---']));
  for (const v of list) lines.push(row([v.pass === false ? '**FAIL**' : mark(v.pass), v.label + (v.reason ? ` (${v.reason})` : ''), v.value, v.budget]));
  lines.push('');

  if (sizes) {
    lines.push('## Bundle sizes', '');
    lines.push(
      'esbuild, minified, every dependency bundled, gzip level 9 (1 kB = 1000 bytes). Widget rows: the widget entry minus lit + @lit/context bundled alone. ' +
        '"Marginal": without a verdict, core without zod, and each widget over Lit *and* core (what one more widget adds to a page that has another already). ' +
        (sizes.buildTable ? `"Build table": \`${sizes.buildTable.file}\` from \`npm run build\` (rollup), written ${sizes.buildTable.writtenAt}.` : 'No build size table (packages/elements/dist/sizes.json) was present.'),
      '',
    );
    lines.push(row(['Entry', 'Minified', 'Gzipped', 'Budget', 'Verdict', 'Marginal', 'Build table', 'Biggest contributors (minified)']), row(['---', '---:', '---:', '---', '---', '---:', '---:', '---']));
    for (const r of sizes.rows) {
      lines.push(
        row([
          `\`${r.entry}\``,
          kB(r.min),
          kB(r.gzip) + (r.withLitGzip ? ` (${kB(r.withLitGzip)} with Lit)` : ''),
          r.budget === null ? '' : `≤ ${kB(r.budget)}`,
          r.pass === null ? '' : r.pass ? 'PASS' : '**FAIL**',
          r.marginalGzip === undefined ? '' : `${kB(r.marginalGzip)} ${r.marginalWhat}`,
          kB(r.buildGzip),
          topText(r.top),
        ]),
      );
    }
    lines.push('');
    lines.push('Biggest input files (esbuild metafile, minified bytes in the output):', '');
    for (const id of ['core', 'all-in-one']) {
      const r = sizes.rows.find((x) => x.id === id);
      if (r?.biggestFiles) lines.push(`- \`${r.entry}\`: ${r.biggestFiles.map((f) => `${f.path.replace(/^.*node_modules\//, '')} ${kB(f.bytes)}`).join(', ')}`);
    }
    lines.push('');
  }

  if (browser) {
    lines.push('## Render (Chromium)', '');
    const sr = browser.selfReview;
    if (sr) {
      lines.push(
        `\`<spp-self-review>\`, ${sr.questions} questions, host headteacher, cycle in a memory store: from insertion until \`updateComplete\` with every question shown, against the same markup set with innerHTML into a shadow root with the same styles. ${sr.iterations} iterations after ${sr.warmup} warm-up ones, interleaved, \`gc()\` between; timer step ${(sr.timerResolutionMs * 1000).toFixed(0)} µs.`,
        '',
      );
      lines.push(row(['', 'Median', 'p95', 'Min', 'Max', 'First (cold)']), row(['---', '---:', '---:', '---:', '---:', '---:']));
      lines.push(row(['Element', ms(sr.element.median, 2), ms(sr.element.p95, 2), ms(sr.element.min, 2), ms(sr.element.max, 2), ms(sr.firstIteration.elementMs, 1)]));
      lines.push(row(['Static innerHTML', ms(sr.static.median, 2), ms(sr.static.p95, 2), ms(sr.static.min, 2), ms(sr.static.max, 2), ms(sr.firstIteration.staticMs, 1)]));
      lines.push(row(['**Ratio**', `**${sr.ratioMedian.toFixed(2)}×**`, `${sr.ratioP95.toFixed(2)}×`, '', '', `${(sr.firstIteration.elementMs / sr.firstIteration.staticMs).toFixed(1)}×`]));
      lines.push(row(['Element incl. style + layout', ms(sr.withLayout.element.median, 2), ms(sr.withLayout.element.p95, 2), '', '', '']));
      lines.push(row(['Static incl. style + layout', ms(sr.withLayout.static.median, 2), ms(sr.withLayout.static.p95, 2), '', '', '']));
      lines.push(row(['Ratio incl. style + layout', `${sr.withLayout.ratioMedian.toFixed(2)}×`, `${sr.withLayout.ratioP95.toFixed(2)}×`, '', '', '']));
      lines.push('');
      const e = sr.equivalence;
      if (e) lines.push(`Equivalence check: element ${e.element.fieldsets} question fieldsets, ${e.element.radios} radios, ${e.element.textareas} textareas, ${e.element.checkboxes} checkboxes, ${e.element.elements} elements, ${e.element.textLength} characters of text; static ${e.static.fieldsets}, ${e.static.radios}, ${e.static.textareas}, ${e.static.checkboxes}, ${e.static.elements}, ${e.static.textLength}.`);
      if (sr.breakdown) lines.push('', `Parts of the element's render measured alone (medians): reading and checking the cycle from the store ${ms(sr.breakdown.storeGetCycle.median, 2)}, tailoring the pack ${ms(sr.breakdown.tailorFramework.median, 2)}.`);
      lines.push('');
    }
    const ty = browser.typing;
    if (ty) {
      lines.push(
        `Typing ${ty.characters} characters into the evidence box of ${ty.target} (an \`input\` event each, \`updateComplete\` after each): \`renderQuestion\` ran ${ty.duringTyping.target} times for that question and ${ty.duringTyping.others} times for the other ${sr ? sr.questions - 1 : 59} while typing; ${ty.afterSave.others} times for the others once the autosave had completed (${ty.savedEvidenceMatches ? 'the store holds the typed text' : '**the store does not hold the typed text**'}). Per keystroke, input event to \`updateComplete\`: median ${ms(ty.keystroke.median, 2)}, max ${ms(ty.keystroke.max, 2)}.`,
        '',
      );
    }
  }

  lines.push('## Scale', '');
  if (schedule) {
    lines.push('`planSchedule`, one fresh `node --expose-gc` process per size; four people per school; every result checked with `validateSchedule`.', '');
    lines.push(row(['Schools', 'People', 'Median', 'Cold (first run)', 'Min', 'Max', 'Runs', 'Heap growth in first run', 'Retained by result', '`validateSchedule` alone', 'Warnings', 'Errors']), row(['---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:']));
    for (const s of schedule.sizes) {
      lines.push(row([s.schools, s.people, ms(s.medianMs), ms(s.coldMs), ms(s.minMs), ms(s.maxMs), s.runs, mb(s.heapGrowthDuringRunBytes), mb(s.heapRetainedByResultBytes), ms(s.validateMs), s.warnings, s.errors.length ? `**${s.errors.length}**: ${s.errors.slice(0, 3).join('; ')}` : '0']));
    }
    lines.push('');
  }
  const tr = browser?.tracker;
  if (tr?.measured) {
    const c = tr.cold[0];
    lines.push(
      `\`<spp-cycle-tracker>\` with ${c.cycles} cycles of a 500-school partnership (${Object.entries(c.stages).map(([s, n]) => `${n} ${s}`).join(', ')}), from insertion until the table has ${c.cycles} rows. Budget < ${TRACKER_BUDGET_MS} ms is our own.`,
      '',
    );
    lines.push(row(['Run', 'Until 500 rows', 'Incl. style + layout']), row(['---', '---:', '---:']));
    tr.cold.forEach((r, i) => lines.push(row([`cold (page load ${i + 1})`, ms(r.ms, 0), ms(r.withLayoutMs, 0)])));
    tr.warm.forEach((r, i) => lines.push(row([`warm ${i + 1}`, ms(r.ms, 0), ms(r.withLayoutMs, 0)])));
    lines.push(row(['**median of cold**', `**${ms(median(tr.cold.map((r) => r.ms)), 0)}**`, ms(median(tr.cold.map((r) => r.withLayoutMs)), 0)]));
    lines.push('');
  } else if (browser) {
    lines.push(`\`<spp-cycle-tracker>\` with 500 cycles: ${tr?.reason ?? 'not measured'}.`, '');
  }
  return `${lines.join('\n')}\n`;
}
