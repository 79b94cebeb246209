/**
 * Data the benchmarks run on, built programmatically and deterministically (no randomness): a
 * framework pack with many self-review questions, a partnership of any number of schools, and
 * review cycles spread over every stage. Bundled by esbuild into the Node helper and the browser
 * page (bench/.tmp/), never shipped.
 */
import { Cycle, FrameworkPack, Partnership, addDays, createCycle, defaultReviewWindows, type CycleInput, type Stage } from '@spp/core';

// --- A framework pack ----------------------------------------------------------------------------

const AREAS = ['Leadership of improvement', 'Quality of education', 'Pupils and families', 'Working as a partnership'];
const TOPICS = ['reading', 'feedback', 'attendance', 'curriculum sequencing', 'inclusion', 'staff development', 'assessment', 'transition', 'governance', 'wellbeing'];

/**
 * A framework pack with `questions` self-review questions (default 60): four areas of commitment,
 * three aims each, the questions shared out between the aims, two evidence prompts per question.
 */
export function selfReviewPack(questions = 60): FrameworkPack {
  const aimsPerArea = 3;
  const aims = AREAS.length * aimsPerArea;
  let n = 0;
  return FrameworkPack.parse({
    schemaVersion: 1,
    kind: 'framework',
    id: `bench-${questions}`,
    name: `Benchmark framework (${questions} questions)`,
    version: '1.0.0',
    areas: AREAS.map((title, a) => ({
      id: `area-${a + 1}`,
      title,
      summary: `How far the school's practice in ${title.toLowerCase()} helps every pupil learn, and what the evidence shows.`,
      aims: Array.from({ length: aimsPerArea }, (_, i) => {
        const aimIndex = a * aimsPerArea + i;
        const count = Math.floor(questions / aims) + (aimIndex < questions % aims ? 1 : 0);
        return {
          id: `aim-${a + 1}-${i + 1}`,
          aim: `Aim ${aimIndex + 1}: leaders and staff share a clear picture of ${TOPICS[aimIndex % TOPICS.length]} across the school.`,
          questions: Array.from({ length: count }, () => {
            n++;
            const topic = TOPICS[n % TOPICS.length]!;
            return {
              id: `q-${String(n).padStart(3, '0')}`,
              text: `Question ${n}: to what extent does our approach to ${topic} make a difference for the pupils who need it most?`,
              use: 'self-review' as const,
              prompts: [`What do pupils say about ${topic}?`, `Which records or work show how ${topic} has changed this year?`],
            };
          }),
        };
      }),
    })),
  });
}

// --- A partnership of any size ------------------------------------------------------------------

const pad = (n: number) => String(n).padStart(3, '0');
export const schoolId = (i: number) => `s-${pad(i + 1)}`;

/**
 * A partnership of `schools` schools in groups of four, with four people per school: a trained
 * headteacher (peer reviewer), a trained senior leader (peer reviewer), a trained Improvement
 * Champion (middle leader) and a teacher. The first headteacher is also the partnership lead.
 */
export function bigPartnership(schools: number): Partnership {
  const phases = ['primary', 'primary', 'secondary', 'special'] as const;
  const sizes = ['small', 'medium', 'large'] as const;
  return Partnership.parse({
    schemaVersion: 1,
    kind: 'partnership',
    id: `p-bench-${schools}`,
    name: `Benchmark partnership of ${schools} schools`,
    phase: 2,
    academicYear: '2026-27',
    schools: Array.from({ length: schools }, (_, i) => ({
      id: schoolId(i),
      name: `School ${pad(i + 1)} ${['Primary', 'Academy', 'High', 'Special School'][i % 4]}`,
      phase: phases[i % phases.length],
      size: sizes[i % sizes.length],
      pupils: 120 + ((i * 37) % 1400),
      group: `Group ${pad(Math.floor(i / 4) + 1)}`,
    })),
    people: Array.from({ length: schools }, (_, i) => {
      const s = schoolId(i);
      const n = pad(i + 1);
      return [
        { id: `u-${n}-head`, name: `Head ${n}`, schoolId: s, jobRole: 'headteacher', programmeRoles: i === 0 ? ['peer-reviewer', 'partnership-lead'] : ['peer-reviewer'], trained: ['peer-reviewer'] },
        { id: `u-${n}-slt`, name: `Senior leader ${n}`, schoolId: s, jobRole: 'senior-leader', programmeRoles: ['peer-reviewer'], trained: ['peer-reviewer'] },
        { id: `u-${n}-ic`, name: `Improvement Champion ${n}`, schoolId: s, jobRole: 'middle-leader', programmeRoles: ['improvement-champion'], trained: ['improvement-champion'] },
        { id: `u-${n}-teacher`, name: `Teacher ${n}`, schoolId: s, jobRole: 'teacher', programmeRoles: [], trained: [] },
      ];
    }).flat(),
  });
}

// --- Cycles at every stage ------------------------------------------------------------------------

const STAGE_MIX: Stage[] = ['self-review', 'pre-review', 'review', 'workshop', 'action-plan', 'check-in', 'complete', 'self-review', 'action-plan', 'paused', 'withdrawn', 'check-in'];
const ORDER: Stage[] = ['self-review', 'pre-review', 'review', 'workshop', 'action-plan', 'check-in', 'complete'];
const at = (day: string) => `${day}T10:00:00.000Z`;

/**
 * One cycle per school of `partnership` (created with core's `createCycle`), moved to a stage from
 * a fixed mix, with what that stage implies filled in (team, review dates, workshop, actions,
 * check-ins), then checked with `Cycle.parse`. Some follow-ups are deliberately late, so the
 * tracker has cycles needing attention.
 */
export function stagedCycles(partnership: Partnership): Cycle[] {
  const windows = defaultReviewWindows(partnership.academicYear);
  const n = partnership.schools.length;
  const person = (i: number, role: string) => `u-${pad((i % n) + 1)}-${role}`;
  return partnership.schools.map((school, i) => {
    const stage = STAGE_MIX[i % STAGE_MIX.length]!;
    const window = windows[i % windows.length]!;
    const base = createCycle({
      id: `c-${pad(i + 1)}`,
      partnership,
      hostSchoolId: school.id,
      window,
      team: { leadReviewerId: person(i + 1, 'head'), memberIds: [person(i + 1, 'head'), person(i + 2, 'slt')] },
      facilitatorId: person(i + 3, 'ic'),
    });
    const effective = stage === 'paused' || stage === 'withdrawn' ? ORDER[i % 4]! : stage;
    const reached = (s: Stage) => ORDER.indexOf(effective) >= ORDER.indexOf(s);
    const reviewDay = addDays(window.from, 7 + (i % 20));
    const workshopDay = addDays(reviewDay, 14);
    const late = i % 5 === 0; // every fifth follow-up is overdue on the tracker's date
    const input: CycleInput = {
      ...base,
      stage,
      ...(stage === 'paused' ? { pausedFrom: effective } : {}),
      selfReview: {
        ...base.selfReview,
        ...(reached('pre-review') ? { submittedAt: at(addDays(window.from, -14)), submittedBy: person(i, 'head') } : {}),
      },
      preReview: {
        ...base.preReview,
        ...(reached('pre-review') ? { meetingOn: addDays(window.from, -7) } : {}),
        ...(reached('review') ? { agreedByLeadAt: at(addDays(window.from, -6)), agreedByHostAt: at(addDays(window.from, -6)) } : {}),
      },
      review: {
        ...base.review,
        dates: reached('pre-review') ? [reviewDay] : [],
        ...(reached('workshop') ? { improvementPriority: 'Keep the reading routine in every class.', findingsAgreedAt: at(reviewDay), findingsAgreedBy: person(i, 'head') } : {}),
      },
      workshop: {
        ...base.workshop,
        ...(reached('workshop') ? { date: late && effective === 'workshop' ? addDays(window.from, -30) : workshopDay } : {}),
        ...(reached('action-plan') ? { startedAt: at(workshopDay), finishedAt: at(workshopDay) } : {}),
      },
      actions: reached('action-plan')
        ? [
            { id: 'act-1', what: 'Share the reading routine with every class.', owner: 'English lead', dueOn: addDays(workshopDay, 40), status: 'in-progress' },
            { id: 'act-2', what: 'Run a reading café after school.', owner: 'Family liaison', dueOn: addDays(workshopDay, 80) },
          ]
        : [],
      checkIns: reached('check-in')
        ? [{ dueOn: addDays(workshopDay, late ? -10 : 90), ...(effective === 'complete' ? { heldOn: addDays(workshopDay, 90), recordedBy: person(i + 1, 'head') } : {}) }]
        : [],
    };
    return Cycle.parse(input);
  });
}
