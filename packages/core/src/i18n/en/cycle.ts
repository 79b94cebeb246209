/** en-GB: the review cycle's refusals, guards and stage names (machine/machine.ts). */
import type { Stage } from '../../schema/cycle';
import type { CataloguePart } from '../messages';
import { plural } from '../plural';

/** Each stage's name (`STAGE_NAMES`). */
export const STAGES: Readonly<Record<Stage, string>> = {
  'self-review': 'self-review',
  'pre-review': 'pre-review meeting',
  review: 'peer review',
  workshop: 'improvement workshop',
  'action-plan': 'action plan',
  'check-in': 'check-in',
  complete: 'complete',
  paused: 'paused',
  withdrawn: 'withdrawn',
};
const days = (n: number) => plural('en-GB', n, { one: `${n} day`, other: `${n} days` });
const sentences = (list: readonly string[]) => list.join(' ');

export const enCycle: CataloguePart<'refusal' | 'guard' | 'stage'> = {
  'refusal.invalid-event': ({ event, issues }) => `The ${event} event is not valid: ${issues.join('; ')}`,
  'refusal.wrong-partnership': () => 'This review cycle belongs to a different partnership.',
  'refusal.wrong-stage': ({ stage }) => `This cannot be done while the review is at the ${STAGES[stage]} stage.`,
  'guard.focusProposed': () => 'Propose a focus for the peer review first: choose at least one question and write a short summary.',
  'guard.team-invalid': ({ problems }) => sentences(problems),
  'guard.linesOfEnquiryAgreed': () => 'Add at least one line of enquiry to the review plan.',
  'guard.review-day-missing': () => 'Set the date of the review day.',
  'guard.review-too-long': ({ school, max, days: set }) => `A review of ${school} lasts at most ${days(max)}; ${set} are set.`,
  'guard.date-twice': () => 'A review date is listed twice.',
  'guard.dates-too-many': ({ school, max }) => `A review of ${school} lasts at most ${days(max)}.`,
  'guard.planAgreedByBoth': () => 'The lead reviewer and the host headteacher both agree the plan.',
  'guard.hasFindings': () => 'Record at least one finding before agreeing them.',
  'guard.priorityAgreed': () => 'Agree the improvement priority the workshop will work on.',
  'guard.findingsExist': () => 'That finding does not exist.',
  'guard.evidenceLinked': ({ ids }) => `The finding refers to evidence that was not recorded: ${ids.join(', ')}.`,
  'guard.facilitator-missing': () => 'Choose the Improvement Champion who will facilitate the workshop.',
  'guard.facilitator-ineligible': ({ problems }) => sentences(problems),
  'guard.workshopDated': () => 'Set the date of the workshop.',
  'guard.workshopStarted': () => 'Start the workshop first.',
  'guard.hasActions': () => 'Agree at least one action before finishing the workshop.',
  'guard.actionsComplete': ({ actions }) => sentences(actions),
  'guard.action-gaps': ({ number, gaps }) => `Action ${number} still needs ${gaps.join(', ')}.`,
  'guard.gap-what': () => 'what will be done',
  'guard.gap-owner': () => 'an owner',
  'guard.gap-due': () => 'a due date',
  'guard.gap-success': () => 'success criteria',
  'guard.support-own-school': () => 'Support is brokered from another school in the partnership.',
  'guard.actionExists': () => 'That action does not exist.',
  'guard.progressForKnownActions': ({ ids }) => `Progress was recorded against actions that are not in the plan: ${ids.join(', ')}.`,
  'guard.outcomeClose': () => 'not closing',
  'guard.outcomeContinue': () => 'not continuing',
  'guard.checkInNotBeforeWorkshop': () => 'The check-in cannot be held before the workshop.',
  'guard.questionKnownShape': () => 'A question is listed twice in the focus.',
  'guard.hasPausedFrom': () => 'This cycle has no stage to resume.',
  'guard.seesWorkshopDetail': ({ refusal }) => `${refusal} Take on the workshop as its facilitator first.`,
  'stage.self-review': () => STAGES['self-review'],
  'stage.pre-review': () => STAGES['pre-review'],
  'stage.review': () => STAGES.review,
  'stage.workshop': () => STAGES.workshop,
  'stage.action-plan': () => STAGES['action-plan'],
  'stage.check-in': () => STAGES['check-in'],
  'stage.complete': () => STAGES.complete,
  'stage.paused': () => STAGES.paused,
  'stage.withdrawn': () => STAGES.withdrawn,
};
