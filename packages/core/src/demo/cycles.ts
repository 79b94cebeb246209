/**
 * Demo review cycles for the six demo schools, one at each stage of the year. They are built by
 * sending real events through the state machine as the right people, so they are always states
 * the SDK itself can reach.
 */
import { DEFAULT_FRAMEWORK, questionsFor, tailorFramework } from '../framework';
import { createCycle } from '../machine/cycle';
import { transitionOrThrow } from '../machine/machine';
import type { CycleEvent } from '../machine/events';
import type { Cycle, Stage } from '../schema/cycle';
import type { Partnership } from '../schema/partnership';
import { demoPartnership } from './partnership';

type Step = [actorId: string, event: CycleEvent, day: string];

/** Dates of the demo year: the review day, the workshop and check-in follow the programme. */
function stepsFor(hostSchoolId: string, partnership: Partnership): Step[] {
  const head = partnership.people.find((p) => p.schoolId === hostSchoolId && p.jobRole === 'headteacher')!.id;
  const leader = partnership.people.find((p) => p.schoolId === hostSchoolId && p.jobRole === 'senior-leader')!.id;
  const others = partnership.people.filter((p) => p.schoolId && p.schoolId !== hostSchoolId);
  const lead = others.find((p) => p.jobRole === 'headteacher')!.id;
  const second = others.find((p) => p.jobRole === 'senior-leader' && p.schoolId !== partnership.people.find((x) => x.id === lead)!.schoolId)!.id;
  const facilitator = others.find((p) => p.programmeRoles.includes('improvement-champion') && p.schoolId !== hostSchoolId)!.id;
  const questions = questionsFor(tailorFramework(DEFAULT_FRAMEWORK, partnership.tailoring), 'self-review');
  const [q1, q2, q3] = questions;
  const steps: Step[] = [
    [leader, { type: 'RECORD_RESPONSE', questionId: q1!.id, level: 'developing', evidence: 'Learning walks in October showed most classes using the agreed approach; Year 5 and 6 less so.', informsFocus: true }, '2026-09-22'],
    [head, { type: 'RECORD_RESPONSE', questionId: q2!.id, level: 'embedded', evidence: 'Pupil progress meetings every half term; minutes show actions followed up.', informsFocus: false }, '2026-09-23'],
    [head, { type: 'RECORD_RESPONSE', questionId: q3!.id, level: 'beginning', evidence: 'Parents’ survey shows few families know how to help with reading at home.', informsFocus: true }, '2026-09-23'],
    [head, { type: 'PROPOSE_FOCUS', questionIds: [q1!.id, q3!.id], summary: 'How consistently our reading approach is used in upper Key Stage 2, and how we bring families in.' }, '2026-09-24'],
    [head, { type: 'SET_REVIEW_TEAM', leadReviewerId: lead, memberIds: [lead, second] }, '2026-09-24'],
    [head, { type: 'SUBMIT_SELF_REVIEW' }, '2026-09-25'],
    [lead, { type: 'UPDATE_REVIEW_PLAN', meetingOn: '2026-10-01', linesOfEnquiry: [
      { id: 'loe-1', question: 'How consistently is the reading approach used across Years 5 and 6?', questionIds: [q1!.id] },
      { id: 'loe-2', question: 'What helps families support reading at home, and what gets in the way?', questionIds: [q3!.id] },
    ], evidencePlan: [
      { id: 'pa-1', activity: 'learning-walk', with: 'staff', lineIds: ['loe-1'], day: 1, start: '09:15', minutes: 60, reviewerIds: [lead, second], note: '' },
      { id: 'pa-2', activity: 'focus-group', with: 'pupils', lineIds: ['loe-1', 'loe-2'], day: 1, start: '10:45', minutes: 40, reviewerIds: [second], note: 'Six pupils from Years 5 and 6' },
      { id: 'pa-3', activity: 'work-scrutiny', with: 'documents', lineIds: ['loe-1'], day: 1, start: '13:15', minutes: 45, reviewerIds: [lead], note: '' },
      { id: 'pa-4', activity: 'interview', with: 'parents', lineIds: ['loe-2'], day: 1, start: '15:15', minutes: 30, reviewerIds: [lead, second], note: '' },
    ] }, '2026-10-01'],
    [lead, { type: 'SET_REVIEW_DATES', dates: ['2026-10-14'] }, '2026-10-01'],
    [lead, { type: 'AGREE_REVIEW_PLAN' }, '2026-10-01'],
    [head, { type: 'AGREE_REVIEW_PLAN' }, '2026-10-01'],
    [second, { type: 'RECORD_EVIDENCE', item: { id: 'ev-1', lineId: 'loe-1', activity: 'learning-walk', note: 'Agreed reading routine seen in 4 of 6 classes; in Year 6 the routine was shortened.' } }, '2026-10-14'],
    [lead, { type: 'RECORD_EVIDENCE', item: { id: 'ev-2', lineId: 'loe-2', activity: 'interview', note: 'Parents valued the reading café; working parents cannot attend at 2pm.' } }, '2026-10-14'],
    [lead, { type: 'SAVE_FINDING', finding: { id: 'f-1', kind: 'strength', text: 'Pupils talk confidently about the books they read and why they chose them.', lineId: 'loe-1', evidenceIds: ['ev-1'] } }, '2026-10-14'],
    [lead, { type: 'SAVE_FINDING', finding: { id: 'f-2', kind: 'area-to-explore', text: 'The reading routine is shortened in Year 6 when time is tight; what would help keep it?', lineId: 'loe-1', evidenceIds: ['ev-1'] } }, '2026-10-14'],
    [lead, { type: 'SET_IMPROVEMENT_PRIORITY', text: 'Keep the daily reading routine in every Key Stage 2 class, and reach families who cannot come in during the day.' }, '2026-10-14'],
    [head, { type: 'AGREE_FINDINGS' }, '2026-10-14'],
    [facilitator, { type: 'CHOOSE_FACILITATOR', facilitatorId: facilitator }, '2026-10-20'],
    [facilitator, { type: 'UPDATE_WORKSHOP', date: '2026-11-04', participants: ['Year 5 and 6 teachers', 'English lead', 'Family liaison officer'], agenda: [
      { id: 'ag-1', title: 'Welcome and the review’s findings', minutes: 10 },
      { id: 'ag-2', title: 'Five whys: getting to root causes', minutes: 30 },
      { id: 'ag-3', title: 'Cause map', minutes: 20 },
      { id: 'ag-4', title: 'Agree actions and support', minutes: 25 },
      { id: 'ag-5', title: 'Next steps and check-in date', minutes: 5 },
    ] }, '2026-10-20'],
    [facilitator, { type: 'START_WORKSHOP' }, '2026-11-04'],
    [facilitator, { type: 'UPDATE_WORKSHOP', whys: ['The routine is cut in Year 6.', 'Afternoons are used for catch-up in spring.', 'Catch-up is seen as more urgent than reading.', 'Staff have not seen the impact of the routine on older pupils.', 'Impact has only been shared from lower Key Stage 2.'], rootCause: 'Year 6 staff have not seen evidence that the routine works for older pupils.', causes: [
      { id: 'cz-1', category: 'teaching', text: 'Routine feels too long for Year 6 timetables' },
      { id: 'cz-2', category: 'families', text: 'Reading café held at 2pm only' },
    ] }, '2026-11-04'],
    [facilitator, { type: 'SAVE_ACTION', action: { id: 'act-1', what: 'Share Year 3–4 reading impact data with Year 5–6 staff and agree a 20-minute routine.', owner: 'English lead', dueOn: '2026-12-11', successCriteria: 'Routine seen in every Year 5–6 class on a learning walk.', supportSchoolId: hostSchoolId === 's-ashby' ? 's-kelmarsh' : 's-ashby', supportNote: 'Visit to see their Year 6 routine.' } }, '2026-11-04'],
    [facilitator, { type: 'SAVE_ACTION', action: { id: 'act-2', what: 'Run an after-school reading café once a half term.', owner: 'Family liaison officer', dueOn: '2027-01-29', successCriteria: 'At least 15 families attend; survey shows more confidence.' } }, '2026-11-04'],
    [facilitator, { type: 'FINISH_WORKSHOP' }, '2026-11-04'],
    [head, { type: 'PUBLISH_ACTION_PLAN' }, '2026-11-06'],
    [lead, { type: 'RECORD_CHECK_IN', heldOn: '2027-02-02', progress: [
      { actionId: 'act-1', status: 'done', note: 'Routine now in all classes.' },
      { actionId: 'act-2', status: 'in-progress', note: 'First café: 11 families.' },
    ], nextSteps: 'Share the routine at the spring heads’ meeting.', outcome: 'close' }, '2027-02-02'],
  ];
  return steps;
}

/** Runs the demo steps for a host school until its cycle reaches `stage` (or the steps run out). */
export function demoCycle(hostSchoolId: string, stage: Stage, partnership: Partnership = demoPartnership()): Cycle {
  let cycle = createCycle({ id: `c-${hostSchoolId.replace(/^s-/, '')}`, partnership, hostSchoolId });
  for (const [actorId, event, day] of stepsFor(hostSchoolId, partnership)) {
    if (cycle.stage === stage && ADVANCING.has(event.type)) break;
    cycle = transitionOrThrow(cycle, event, { actor: { id: actorId }, partnership, now: `${day}T10:00:00.000Z` });
  }
  return cycle;
}

const ADVANCING = new Set<CycleEvent['type']>(['SUBMIT_SELF_REVIEW', 'AGREE_REVIEW_PLAN', 'AGREE_FINDINGS', 'FINISH_WORKSHOP', 'PUBLISH_ACTION_PLAN', 'RECORD_CHECK_IN']);

/** One cycle per demo school, each at a different stage of the year. */
export function demoCycles(partnership: Partnership = demoPartnership()): Cycle[] {
  const plan: [string, Stage][] = [
    ['s-ashby', 'self-review'],
    ['s-kelmarsh', 'pre-review'],
    ['s-oakfield', 'review'],
    ['s-millbrook', 'workshop'],
    ['s-thornhill', 'check-in'],
    ['s-westgate', 'complete'],
  ];
  return plan.map(([school, stage]) => demoCycle(school, stage, partnership));
}
