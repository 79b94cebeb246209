import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { FrameworkPack } from '../src/schema/framework';
import { FrameworkTailoring, Partnership } from '../src/schema/partnership';
import { PRACTICE_LEVELS, SelfReviewResponse } from '../src/schema/cycle';
import { DEMO_PARTNERSHIP_INPUT } from '../src/demo/partnership';
import {
  DEFAULT_FRAMEWORK,
  PRACTICE_LEVEL_TEXT,
  findGradingLanguage,
  findQuestion,
  questionsFor,
  selfReviewProgress,
  tailorFramework,
  validateTailoring,
  type TailoringInput,
} from '../src/framework';

const pack = DEFAULT_FRAMEWORK;
const questions = pack.areas.flatMap((area) => area.aims.flatMap((aim) => aim.questions));
const questionIds = questions.map((q) => q.id);
const firstAimId = pack.areas[0]!.aims[0]!.id;
const srIds = () => questionsFor(tailorFramework(pack), 'self-review').map((q) => q.id);

/** Every piece of wording in the pack a person will read. */
const allWording = (): { where: string; text: string }[] => [
  { where: 'name', text: pack.name },
  ...pack.areas.flatMap((area) => [
    { where: area.id, text: area.title },
    { where: `${area.id} summary`, text: area.summary },
    ...area.aims.flatMap((aim) => [
      { where: aim.id, text: aim.aim },
      ...aim.questions.flatMap((q) => [{ where: q.id, text: q.text }, ...q.prompts.map((p, i) => ({ where: `${q.id} prompt ${i + 1}`, text: p }))]),
    ]),
  ]),
  ...Object.entries(PRACTICE_LEVEL_TEXT).flatMap(([level, t]) => [
    { where: `${level} label`, text: t.label },
    { where: `${level} description`, text: t.description },
  ]),
];

test('the default pack is a valid framework document', () => {
  const parsed = FrameworkPack.parse(structuredClone(pack));
  assert.deepEqual(parsed, pack, 'parsing adds or removes nothing');
  assert.equal(pack.id, 'spp-default');
  assert.equal(pack.id, Partnership.parse(structuredClone(DEMO_PARTNERSHIP_INPUT)).frameworkId, 'it is the pack partnerships use by default');
  assert.equal(pack.schemaVersion, 1);
  assert.equal(pack.kind, 'framework');
});

test('the default pack is frozen so no widget can change it for the others', () => {
  assert.ok(Object.isFrozen(pack) && Object.isFrozen(pack.areas[0]!.aims[0]!.questions[0]!.prompts));
  assert.throws(() => {
    (pack.areas as unknown[]).push({});
  }, TypeError);
});

test('ids are unique across the whole pack (areas, aims and questions)', () => {
  const ids = pack.areas.flatMap((area) => [area.id, ...area.aims.flatMap((aim) => [aim.id, ...aim.questions.map((q) => q.id)])]);
  const dupes = ids.filter((id, i) => ids.indexOf(id) !== i);
  assert.deepEqual(dupes, []);
  for (const id of questionIds) assert.match(id, /^(sr|pr)-[a-z]+(-[a-z]+)*$/, `${id} is a readable id`);
});

test('four areas of commitment, each with 2–4 aims and both self-review and partnership questions', () => {
  assert.deepEqual(
    pack.areas.map((a) => a.id),
    ['each-others-improvement', 'beliefs-and-behaviours', 'ways-of-partnership', 'pupils'],
  );
  const tailored = tailorFramework(pack);
  for (const area of pack.areas) {
    assert.ok(area.aims.length >= 2 && area.aims.length <= 4, `${area.id} has 2–4 aims`);
    for (const aim of area.aims) assert.ok(aim.questions.length >= 1, `${aim.id} has a question`);
    for (const use of ['self-review', 'partnership'] as const) {
      assert.ok(
        questionsFor(tailored, use).some((q) => q.areaId === area.id),
        `${area.id} has ${use} questions`,
      );
    }
  }
});

test('the question counts are the intended size', () => {
  const tailored = tailorFramework(pack);
  const sr = questionsFor(tailored, 'self-review').length;
  const pr = questionsFor(tailored, 'partnership').length;
  const both = questions.filter((q) => q.use === 'both').length;
  assert.ok(sr >= 12 && sr <= 17, `self-review: ${sr}`);
  assert.ok(pr >= 10 && pr <= 15, `partnership: ${pr}`);
  assert.ok(both >= 1, 'some questions serve both');
  assert.equal(sr + pr - both, questions.length);
});

test('the self-review covers teaching, leadership, curriculum, inclusion and outcomes for groups', () => {
  for (const id of ['sr-teaching-consistency', 'sr-leadership-challenge', 'sr-curriculum', 'sr-inclusion', 'sr-group-gaps', 'sr-self-knowledge']) {
    assert.ok(srIds().includes(id), id);
  }
});

test('every question is phrased as an enquiry, with 1–3 short evidence prompts', () => {
  for (const q of questions) {
    assert.match(q.text, /^(To what extent|How far|How well|How consistently)\b/, `${q.id} opens as an enquiry`);
    assert.ok(q.text.endsWith('?'), `${q.id} is a question`);
    assert.ok(q.prompts.length >= 1 && q.prompts.length <= 3, `${q.id} has 1–3 prompts`);
    for (const p of q.prompts) assert.ok(p.length <= 140, `${q.id} prompt is short: ${p}`);
  }
});

test('non-judgemental: no wording in the pack or the practice levels grades a school or a teacher', () => {
  const offending = allWording()
    .map(({ where, text }) => ({ where, word: findGradingLanguage(text) }))
    .filter((x) => x.word !== undefined);
  assert.deepEqual(offending, []);
});

test('the grading-language guard catches grading words, as whole words only', () => {
  for (const text of [
    'Are we an outstanding school?',
    'Which lessons are inadequate?',
    'What requires improvement?',
    'Is this a good school?',
    'What grade would we give teaching?',
    'Grade each teacher',
    'Our rating of lessons',
    'Lessons rated by leaders',
  ]) {
    assert.ok(findGradingLanguage(text), text);
  }
  for (const text of ['How well are we collaborating?', 'Integrating new staff', 'Demonstrating progress', 'Year groups and upgrades', 'A good range of books']) {
    assert.equal(findGradingLanguage(text), undefined, text);
  }
});

test('British English in the pack', () => {
  const text = allWording()
    .map((w) => w.text)
    .join(' ');
  assert.doesNotMatch(text, /\b(program|behavior|organization|color|center|judgment|analyze|prioritize)\b/i);
});

test('practice levels: one short label and description for each, in continuum order', () => {
  assert.deepEqual(Object.keys(PRACTICE_LEVEL_TEXT), [...PRACTICE_LEVELS]);
  assert.equal(PRACTICE_LEVEL_TEXT['not-yet'].label, 'Not yet part of our practice');
  for (const level of PRACTICE_LEVELS) {
    const { label, description } = PRACTICE_LEVEL_TEXT[level];
    assert.match(label, /our practice$/, 'labels describe practice, not people');
    assert.ok(label.length <= 50 && description.length <= 120);
    assert.doesNotMatch(`${label} ${description}`, /\b(weak|poor|failing|strong|excellent|good|bad|teachers?|leaders?)\b/i);
  }
});

test('without tailoring, the tree mirrors the pack', () => {
  const tailored = tailorFramework(pack);
  assert.deepEqual(tailored.problems, []);
  assert.deepEqual(tailored.unplaced, []);
  assert.equal(tailored.id, 'spp-default');
  const flat = tailored.areas.flatMap((a) => a.aims.flatMap((aim) => aim.questions));
  assert.deepEqual(
    flat.map((q) => q.id),
    questionIds,
  );
  const q = findQuestion(tailored, 'sr-teaching-consistency');
  assert.deepEqual(q && { ...q }, {
    id: 'sr-teaching-consistency',
    text: questions.find((x) => x.id === 'sr-teaching-consistency')!.text,
    use: 'self-review',
    prompts: questions.find((x) => x.id === 'sr-teaching-consistency')!.prompts,
    areaId: 'beliefs-and-behaviours',
    aimId: 'aim-shared-pedagogy',
    hidden: false,
    added: false,
  });
  assert.equal(findQuestion(tailored, 'nope'), undefined);
});

test('questionsFor: questions marked both appear in both lists, in framework order', () => {
  const tailored = tailorFramework(pack);
  const sr = questionsFor(tailored, 'self-review').map((q) => q.id);
  const pr = questionsFor(tailored, 'partnership').map((q) => q.id);
  for (const q of questions.filter((x) => x.use === 'both')) {
    assert.ok(sr.includes(q.id) && pr.includes(q.id), q.id);
  }
  assert.deepEqual(sr, questionIds.filter((id) => sr.includes(id)), 'order follows the pack');
  assert.ok(!sr.includes('pr-shared-responsibility'));
  assert.ok(!pr.includes('sr-teaching-consistency'));
});

test('hiding keeps the question, flagged, so earlier answers still show', () => {
  const tailored = tailorFramework(pack, { hidden: ['sr-curriculum'] });
  assert.deepEqual(tailored.problems, []);
  assert.ok(!questionsFor(tailored, 'self-review').some((q) => q.id === 'sr-curriculum'));
  assert.ok(questionsFor(tailored, 'self-review', { includeHidden: true }).some((q) => q.id === 'sr-curriculum'));
  assert.equal(findQuestion(tailored, 'sr-curriculum')?.hidden, true);
});

test('rewording keeps the id, so an existing response still attaches', () => {
  const response = SelfReviewResponse.parse({ level: 'developing', evidence: 'Learning walks in spring term' });
  const responses = { 'sr-teaching-consistency': response };
  const before = selfReviewProgress(tailorFramework(pack), responses);
  const tailored = tailorFramework(pack, { reworded: { 'sr-teaching-consistency': '  How consistently is our agreed approach to questioning used?  ' } });
  const q = findQuestion(tailored, 'sr-teaching-consistency');
  assert.equal(q?.text, 'How consistently is our agreed approach to questioning used?', 'trimmed');
  assert.equal(q?.originalText, questions.find((x) => x.id === 'sr-teaching-consistency')!.text);
  assert.equal(q?.id, 'sr-teaching-consistency');
  assert.equal(responses['sr-teaching-consistency'].evidence, 'Learning walks in spring term');
  assert.deepEqual(selfReviewProgress(tailored, responses), before);
  assert.equal(before.answered, 1);
  assert.equal(findQuestion(tailorFramework(pack), 'sr-teaching-consistency')?.originalText, undefined);
  assert.ok(!('originalText' in findQuestion(tailorFramework(pack), 'sr-teaching-consistency')!));
});

test('added questions go under their aim, after its own questions, and can be hidden or reworded', () => {
  const tailoring: TailoringInput = {
    added: [
      { id: 'x-reading', aimId: 'aim-outcomes', text: 'How far does our reading curriculum reach every pupil?', use: 'self-review' },
      { id: 'x-visits', aimId: 'aim-outcomes', text: 'How far do we visit each other’s classrooms?', use: 'partnership' },
    ],
    hidden: ['x-visits'],
    reworded: { 'x-reading': 'How far does our approach to reading reach every pupil?' },
  };
  const tailored = tailorFramework(pack, tailoring);
  assert.deepEqual(tailored.problems, []);
  const aim = tailored.areas.find((a) => a.id === 'pupils')!.aims.find((a) => a.id === 'aim-outcomes')!;
  assert.deepEqual(
    aim.questions.slice(-2).map((q) => [q.id, q.added, q.hidden, q.areaId, q.aimId]),
    [
      ['x-reading', true, false, 'pupils', 'aim-outcomes'],
      ['x-visits', true, true, 'pupils', 'aim-outcomes'],
    ],
  );
  const reading = findQuestion(tailored, 'x-reading')!;
  assert.equal(reading.text, 'How far does our approach to reading reach every pupil?');
  assert.equal(reading.originalText, 'How far does our reading curriculum reach every pupil?');
  assert.deepEqual(reading.prompts, []);
  assert.ok(questionsFor(tailored, 'self-review').some((q) => q.id === 'x-reading'));
  assert.ok(!questionsFor(tailored, 'partnership').some((q) => q.id === 'x-visits'));
});

test('tailoring does not change its inputs', () => {
  const tailoring = FrameworkTailoring.parse({
    hidden: ['sr-curriculum'],
    reworded: { 'pr-follow-up': 'How well do we follow up?' },
    added: [{ id: 'x-1', aimId: firstAimId, text: 'How far?', use: 'both' }],
  });
  const copy = structuredClone(tailoring);
  tailorFramework(pack, tailoring);
  validateTailoring(pack, tailoring);
  assert.deepEqual(tailoring, copy);
});

test('progress counts visible self-review questions with a level chosen', () => {
  const tailored = tailorFramework(pack, { hidden: ['sr-curriculum', 'sr-inclusion'] });
  const visible = questionsFor(tailored, 'self-review');
  const first = visible[0]!.id;
  const second = visible[1]!.id;
  const responses = {
    [first]: SelfReviewResponse.parse({ level: 'embedded' }),
    [second]: SelfReviewResponse.parse({ evidence: 'Notes, but no level yet' }),
    'sr-curriculum': SelfReviewResponse.parse({ level: 'beginning' }),
    'pr-shared-responsibility': SelfReviewResponse.parse({ level: 'beginning' }),
  };
  const progress = selfReviewProgress(tailored, responses);
  assert.equal(progress.total, srIds().length - 2, 'hidden questions are not counted');
  assert.equal(progress.answered, 1, 'evidence alone, hidden and partnership-only questions do not count');
  assert.equal(progress.percent, Math.floor((1 / progress.total) * 100));
  assert.deepEqual(progress.hiddenAnswered, ['sr-curriculum']);
  assert.deepEqual(progress.orphaned, []);
});

test('progress: percent is 100 only when every question is answered, 0 when there are none', () => {
  const tailored = tailorFramework(pack);
  const all = Object.fromEntries(srIds().map((id) => [id, { level: 'developing' as const }]));
  assert.deepEqual(selfReviewProgress(tailored, all), { answered: srIds().length, total: srIds().length, percent: 100, orphaned: [], hiddenAnswered: [] });
  const allButOne = Object.fromEntries(srIds().slice(1).map((id) => [id, { level: 'developing' as const }]));
  assert.ok(selfReviewProgress(tailored, allButOne).percent < 100);
  const none = tailorFramework(pack, { hidden: srIds() });
  assert.deepEqual(selfReviewProgress(none, {}), { answered: 0, total: 0, percent: 0, orphaned: [], hiddenAnswered: [] });
  assert.equal(selfReviewProgress(tailored, undefined).answered, 0);
});

test('responses to questions no longer in the framework are reported as orphaned, not dropped', () => {
  const responses = {
    'sr-teaching-consistency': SelfReviewResponse.parse({ level: 'developing' }),
    'x-removed-question': SelfReviewResponse.parse({ level: 'embedded', evidence: 'Kept' }),
    'x-unplaced': SelfReviewResponse.parse({ evidence: 'Also kept' }),
  };
  const tailored = tailorFramework(pack, { added: [{ id: 'x-unplaced', aimId: 'aim-gone', text: 'How far?', use: 'self-review' }] });
  const progress = selfReviewProgress(tailored, responses);
  assert.deepEqual(progress.orphaned, ['x-removed-question', 'x-unplaced']);
  assert.equal(progress.answered, 1, 'orphans do not count towards progress');
  assert.equal(Object.keys(responses).length, 3, 'the responses are untouched');
});

test('validateTailoring accepts a good tailoring', () => {
  assert.deepEqual(validateTailoring(pack, undefined), []);
  assert.deepEqual(validateTailoring(pack, FrameworkTailoring.parse({})), []);
  assert.deepEqual(
    validateTailoring(pack, {
      hidden: ['sr-curriculum', 'x-new'],
      reworded: { 'pr-follow-up': 'How well do we follow up after reviews?', 'x-new': 'How far do we share assemblies?' },
      added: [{ id: 'x-new', aimId: firstAimId, text: 'How far do we share?', use: 'partnership' }],
    }),
    [],
  );
});

test('validateTailoring catches each kind of bad input with a clear message', () => {
  const codes = (t: TailoringInput) => validateTailoring(pack, t).map((p) => [p.code, p.id, p.severity]);
  assert.deepEqual(codes({ hidden: ['sr-nope'] }), [['hidden-unknown', 'sr-nope', 'error']]);
  assert.deepEqual(codes({ hidden: ['pupils'] }), [['hidden-unknown', 'pupils', 'error']], 'an area id is not a question');
  assert.deepEqual(codes({ reworded: { 'sr-nope': 'How far?' } }), [['reworded-unknown', 'sr-nope', 'error']]);
  assert.deepEqual(codes({ reworded: { 'sr-curriculum': '   ' } }), [['reword-empty', 'sr-curriculum', 'error']]);
  assert.deepEqual(codes({ added: [{ id: 'sr-curriculum', aimId: firstAimId, text: 'How far?', use: 'both' }] }), [['added-id-taken', 'sr-curriculum', 'error']]);
  assert.deepEqual(codes({ added: [{ id: 'aim-outcomes', aimId: firstAimId, text: 'How far?', use: 'both' }] }), [['added-id-taken', 'aim-outcomes', 'error']]);
  assert.deepEqual(
    codes({
      added: [
        { id: 'x-1', aimId: firstAimId, text: 'How far?', use: 'both' },
        { id: 'x-1', aimId: firstAimId, text: 'How well?', use: 'both' },
      ],
    }),
    [['added-id-taken', 'x-1', 'error']],
  );
  assert.deepEqual(codes({ added: [{ id: 'x-1', aimId: 'aim-nope', text: 'How far?', use: 'both' }] }), [['added-aim-unknown', 'x-1', 'error']]);
  assert.deepEqual(codes({ added: [{ id: 'x-1', aimId: firstAimId, text: ' ', use: 'both' }] }), [['added-text-empty', 'x-1', 'error']]);
  assert.deepEqual(codes({ reworded: { 'sr-curriculum': 'Is our curriculum outstanding?' } }), [['grading-language', 'sr-curriculum', 'warning']]);
  assert.deepEqual(codes({ added: [{ id: 'x-1', aimId: firstAimId, text: 'What grade is our teaching?', use: 'both' }] }), [['grading-language', 'x-1', 'warning']]);

  const [problem] = validateTailoring(pack, { hidden: ['sr-nope'] });
  assert.match(problem!.message, /"sr-nope".*not a question in the framework/);
  const [aim] = validateTailoring(pack, { added: [{ id: 'x-1', aimId: 'aim-nope', text: 'How far?', use: 'both' }] });
  assert.match(aim!.message, /aim "aim-nope".*not in the framework/);
});

test('tailorFramework never throws on a bad tailoring: it applies what it can and reports the rest', () => {
  const tailored = tailorFramework(pack, {
    hidden: ['sr-nope'],
    reworded: { 'sr-curriculum': '  ', 'sr-nope': 'How far?' },
    added: [
      { id: 'sr-curriculum', aimId: firstAimId, text: 'Impostor', use: 'both' },
      { id: 'x-lost', aimId: 'aim-nope', text: 'How far do we share lunch?', use: 'partnership' },
      { id: 'x-blank', aimId: firstAimId, text: '  ', use: 'partnership' },
    ],
  });
  assert.deepEqual(
    tailored.problems.map((p) => p.code).sort(),
    ['added-aim-unknown', 'added-id-taken', 'added-text-empty', 'hidden-unknown', 'reword-empty', 'reworded-unknown'],
  );
  const curriculum = findQuestion(tailored, 'sr-curriculum')!;
  assert.equal(curriculum.text, questions.find((q) => q.id === 'sr-curriculum')!.text, 'blank reword ignored');
  assert.equal(curriculum.added, false, 'the original question wins over an added one with its id');
  assert.deepEqual(
    tailored.unplaced.map((q) => q.id),
    ['x-lost'],
  );
  assert.equal(findQuestion(tailored, 'x-blank'), undefined);
  const ids = tailored.areas.flatMap((a) => a.aims.flatMap((aim) => aim.questions.map((q) => q.id)));
  assert.deepEqual(ids, questionIds);
});

test('a pack that repeats a question id is reported', () => {
  const broken = FrameworkPack.parse({
    ...structuredClone(pack),
    id: 'broken',
    areas: [{ id: 'a', title: 'A', aims: [{ id: 'b', aim: 'B', questions: [
      { id: 'q', text: 'How far?', use: 'both' },
      { id: 'q', text: 'How well?', use: 'both' },
    ] }] }],
  });
  assert.deepEqual(
    tailorFramework(broken).problems.map((p) => [p.code, p.id]),
    [['duplicate-question-id', 'q']],
  );
});

test('property: a tailoring built from existing ids never changes the set of question ids', () => {
  const id = fc.constantFrom(...questionIds);
  const text = fc.string({ minLength: 0, maxLength: 40 });
  fc.assert(
    fc.property(
      fc.record({ hidden: fc.uniqueArray(id), reworded: fc.dictionary(id, text) }),
      (tailoring) => {
        const tailored = tailorFramework(pack, tailoring);
        const seen = new Set([
          ...questionsFor(tailored, 'self-review', { includeHidden: true }),
          ...questionsFor(tailored, 'partnership', { includeHidden: true }),
        ].map((q) => q.id));
        assert.deepEqual([...seen].sort(), [...questionIds].sort());
        for (const q of questionIds) {
          const found = findQuestion(tailored, q)!;
          assert.equal(found.hidden, tailoring.hidden.includes(q));
          assert.ok(found.text.trim().length > 0, 'never blank');
        }
        assert.ok(tailored.problems.every((p) => p.code === 'reword-empty' || p.code === 'grading-language'));
      },
    ),
    { numRuns: 200 },
  );
});

test('property: added questions with fresh ids are added and nothing else moves', () => {
  const aimIds = pack.areas.flatMap((a) => a.aims.map((aim) => aim.id));
  const added = fc.uniqueArray(
    fc.record({
      id: fc.stringMatching(/^x-[a-z0-9]{1,8}$/),
      aimId: fc.constantFrom(...aimIds),
      text: fc.constantFrom('How far do we share?', 'To what extent do we meet?'),
      use: fc.constantFrom('self-review' as const, 'partnership' as const, 'both' as const),
    }),
    { selector: (a) => a.id, maxLength: 6 },
  );
  fc.assert(
    fc.property(added, (list) => {
      const tailored = tailorFramework(pack, { added: list });
      assert.deepEqual(tailored.problems, []);
      const ids = tailored.areas.flatMap((a) => a.aims.flatMap((aim) => aim.questions.map((q) => q.id)));
      assert.deepEqual(ids.filter((i) => questionIds.includes(i)), questionIds);
      assert.deepEqual(new Set(ids), new Set([...questionIds, ...list.map((a) => a.id)]));
      for (const a of list) assert.equal(findQuestion(tailored, a.id)?.aimId, a.aimId);
    }),
    { numRuns: 100 },
  );
});
