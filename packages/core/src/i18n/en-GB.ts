/**
 * Core's messages in British English: the sentences core has always written, word for word.
 * The default locale, so it is part of core's main entry; other locales load on demand.
 */
import type { Stage } from '../schema/cycle';
import type { Catalogue } from './messages';
import { plural } from './plural';

const STAGES: Readonly<Record<Stage, string>> = {
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
const SIZED: Readonly<Record<string, string>> = { string: 'characters', file: 'bytes', array: 'items', set: 'items', map: 'entries' };
/** zod's names for the string formats core's schemas use (others are shown by their code). */
const FORMATS: Readonly<Record<string, string>> = {
  regex: 'input',
  email: 'email address',
  url: 'URL',
  uuid: 'UUID',
  datetime: 'ISO datetime',
  date: 'ISO date',
  time: 'ISO time',
  duration: 'ISO duration',
  template_literal: 'input',
};
const size = (word: string, p: { origin: string; bound: string; limit: string }, adj: string) =>
  SIZED[p.origin] ? `${word}: expected ${p.origin} to have ${adj}${p.limit} ${SIZED[p.origin]}` : `${word}: expected ${p.origin} to be ${adj}${p.limit}`;

export const enGB: Catalogue = {
  'refusal.invalid-event': ({ event, issues }) => `The ${event} event is not valid: ${issues.join('; ')}`,
  'refusal.wrong-partnership': () => 'This review cycle belongs to a different partnership.',
  'refusal.wrong-stage': ({ stage }) => `This cannot be done while the review is at the ${STAGES[stage]} stage.`,

  'edit.invalid': ({ event, issues }) => `The ${event} change is not valid: ${issues.join('; ')}`,
  'edit.wrong-partnership': () => 'This record belongs to a different partnership.',
  'edit.impact-missing': () => 'That impact note does not exist.',
  'edit.schedule-published': () => 'This schedule has been published; change each review in its own cycle.',
  'edit.review-missing': () => 'That review is not in the schedule.',

  'command.not-a-create': ({ event, kind }) => `A ${event} event does not create a ${kind} record.`,
  'command.no-record': ({ kind, id }) => `There is no ${kind} "${id}" in this partnership yet.`,
  'command.record-exists': ({ kind, id }) => `The ${kind} "${id}" already exists.`,
  'command.framework-whole': () => 'A framework pack is changed by saving it whole (SAVE_FRAMEWORK).',
  'command.bad-id': () => 'A record id uses letters, digits, -, _, . and : (at most 120).',
  'command.pack-id-mismatch': ({ packId, id }) => `The pack's id "${packId}" does not match the record "${id}".`,
  'command.grading-language': ({ question, word }) => `The question "${question}" uses grading language ("${word}"): ask where practice stands instead.`,
  'command.already-published': () => 'This schedule has already been published.',
  'command.publish-refused': ({ reason, problems }) => (problems.length ? `${reason} ${sentences(problems)}` : reason),

  'school.not-in-partnership': () => 'That school is not in this partnership.',
  'school.unknown': () => 'an unknown school',
  'school.host': () => 'the host school',

  'policy.not-member': () => 'You are not a member of this partnership.',
  'policy.associate-reads-only': () => 'The programme associate follows progress and supports the partnership, but does not change its records.',
  'policy.partnership-lead-only': () => 'Only the partnership lead can do this.',
  'policy.create-cycle': () => 'A review cycle is opened by the partnership lead, or by the headteacher for their own school.',
  'policy.headteachers-only': () => 'Partnership reflections are recorded by the partnership’s headteachers.',
  'policy.needs-cycle': () => 'This action needs a review cycle.',
  'policy.view-self-review': ({ school }) => `The self-review of ${school} belongs to the school: it is shared with its review team and facilitator.`,
  'policy.view-review-detail': ({ school }) =>
    `The working detail of the review of ${school} is shared with those taking part in it; the partnership sees what is agreed and the actions’ progress.`,
  'policy.view-evidence': ({ school }) => `Evidence notes are seen only by the review team and the headteacher of ${school}.`,
  'policy.edit-self-review': ({ school }) => `Only leaders of ${school} write its self-review.`,
  'policy.host-head-only': ({ school }) => `Only the headteacher of ${school} can do this.`,
  'policy.set-review-team': () => 'Only the partnership lead or the host headteacher can choose who takes part.',
  'policy.lead-or-host': ({ school }) => `The review plan is agreed between the lead reviewer and the headteacher of ${school}.`,
  'policy.review-team-only': ({ school }) => `Only the review team of ${school} can do this.`,
  'policy.plan-workshop': () => 'The workshop is planned by its Improvement Champion with the host headteacher.',
  'policy.appoint-facilitator': ({ school }) =>
    `An Improvement Champion can take on this workshop themselves; another facilitator is appointed by the partnership lead or the headteacher of ${school}.`,
  'policy.run-workshop': () => 'Only the Improvement Champion facilitating the workshop can run it.',
  'policy.edit-action-plan': ({ school }) => `The action plan belongs to ${school}; its leaders write it with their Improvement Champion.`,
  'policy.check-in-recorders': () => 'The check-in is recorded by the lead reviewer or the Improvement Champion.',
  'policy.pause-or-withdraw': () => 'Only the partnership lead or the host headteacher can pause or withdraw a review.',

  'violation.own-school': ({ person, school }) => `${person} works at ${school}: nobody reviews their own school.`,
  'violation.associate': ({ person }) => `${person} is the programme associate, who supports the partnership but does not review.`,
  'violation.reviewer-trained': ({ person }) => `${person} has not completed peer reviewer training.`,
  'violation.duplicate-member': () => 'Someone is listed twice in the review team.',
  'violation.team-size': ({ min, max, count }) => `A review team has ${min === max ? min : `${min} to ${max}`} members; this one has ${count}.`,
  'violation.unknown-person': ({ id }) => `No one with id "${id}" is in this partnership.`,
  'violation.no-lead': () => 'The review team has no lead reviewer.',
  'violation.lead-in-team': ({ person }) => `${person} leads the review but is not listed in the team.`,
  'violation.lead-headteacher': ({ person }) => `The lead reviewer must be a headteacher; ${person} is not.`,
  'violation.facilitator-trained': ({ person }) => `${person} is not a trained Improvement Champion.`,
  'violation.facilitator-other-school': ({ person }) =>
    `${person} cannot facilitate: the workshop is led by an Improvement Champion from another school in the partnership.`,

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

  'schedule.no-schools': ({ partnership }) => `${partnership} has no schools yet: add at least two so that they can review each other.`,
  'schedule.one-school': ({ partnership }) => `${partnership} has only one school: peer review needs at least two schools to review each other.`,
  'schedule.no-windows': () => 'No review windows were given: add at least one term or period for reviews.',
  'schedule.window-backwards': ({ term, from, to }) => `The review window "${term}" (${from} to ${to}) does not run forwards between two calendar dates.`,
  'schedule.no-lead': ({ school, headteacher, training }) =>
    `No ${headteacher ? 'headteacher' : 'reviewer'} from another school is ${training ? 'trained' : 'available'} to lead the review of ${school}.`,
  'schedule.too-few-reviewers': ({ school, count, needed, training }) => {
    const reviewer = `${training ? 'trained ' : ''}reviewer`;
    const have =
      count === 0
        ? `No ${reviewer} from another school is`
        : plural('en-GB', count, { one: `Only ${count} ${reviewer} from other schools is`, other: `Only ${count} ${reviewer}s from other schools are` });
    return `${have} available for ${school}; a team needs ${needed}.`;
  },
  'schedule.no-facilitator': ({ school, training }) =>
    `No ${training ? 'trained ' : ''}Improvement Champion from another school is available to facilitate the improvement workshop of ${school}.`,
  'schedule.wrong-partnership': ({ id, partnership }) => `This schedule belongs to partnership "${id}", not to ${partnership}.`,
  'schedule.duplicate-review': ({ review }) => `Two reviews have the id "${review}".`,
  'schedule.unknown-school': ({ review, school, partnership }) => `Review "${review}" is for a school ("${school}") that is not in ${partnership}.`,
  'schedule.review-problem': ({ school, problem }) => `Review of ${school}: ${problem}`,
  'schedule.workshop-problem': ({ school, problem }) => `Improvement workshop of ${school}: ${problem}`,
  'schedule.review-window-backwards': ({ school, term, from, to }) =>
    `The window for the review of ${school} (${term}, ${from} to ${to}) must run forwards between two calendar dates.`,
  'schedule.school-not-reviewed': ({ school }) => `${school} has no review in this schedule: every school is reviewed at least once a year.`,
  'schedule.too-many-reviews': ({ person, count, max }) =>
    `${person} is on ${plural('en-GB', count, { one: `${count} review`, other: `${count} reviews` })}; the partnership aims for no more than ${max} a year.`,
  'schedule.windows-overlap': ({ person, first, firstTerm, second, secondTerm }) =>
    `${person} is on the reviews of ${first} (${firstTerm}) and ${second} (${secondTerm}), whose windows overlap.`,

  'publish.breaks-rules': () => 'The schedule breaks the partnership’s rules; nothing was published.',
  'publish.id-too-long': ({ review }) => `The review "${review}" cannot become a cycle: the schedule and review ids together are too long.`,

  'tailoring.added-id-taken-question': ({ id }) => `The added question "${id}" uses an id that is already taken by a question in the framework. Give it a new id.`,
  'tailoring.added-id-taken-framework': ({ id }) => `The added question "${id}" uses an id that is already taken by an area or aim of the framework. Give it a new id.`,
  'tailoring.added-id-taken-added': ({ id }) => `The added question "${id}" uses an id that is already taken by another added question. Give it a new id.`,
  'tailoring.added-aim-unknown': ({ id, aim }) => `The added question "${id}" belongs to the aim "${aim}", which is not in the framework. Choose one of its aims.`,
  'tailoring.added-text-empty': ({ id }) => `The added question "${id}" has no wording.`,
  'tailoring.hidden-unknown': ({ id }) => `"${id}" is marked as hidden but is not a question in the framework, so hiding it has no effect.`,
  'tailoring.reworded-unknown': ({ id }) => `"${id}" has new wording but is not a question in the framework, so the wording is not used.`,
  'tailoring.reword-empty': ({ id }) => `The new wording for "${id}" is blank, so the original wording is kept.`,
  'tailoring.grading-language': ({ id, word }) =>
    `The wording of "${id}" includes "${word}", which reads like a grade. Enquiry questions ask how far something is part of practice; consider rewording.`,
  'tailoring.duplicate-question-id': ({ pack, id }) => `The framework "${pack}" uses the question id "${id}" more than once, so answers to it cannot be told apart.`,

  'issue.at': ({ path, issue }) => `${path}: ${issue}`,
  'issue.document': () => '(document)',
  'issue.invalid-type': ({ expected, received }) => `Invalid input: expected ${expected}, received ${received}`,
  'issue.invalid-value': ({ value }) => `Invalid input: expected ${value}`,
  'issue.invalid-option': ({ values }) => `Invalid option: expected one of ${values.join('|')}`,
  'issue.too-big': (p) => size('Too big', p, p.bound === 'exact' ? 'exactly ' : p.bound === 'inclusive' ? '<=' : '<'),
  'issue.too-small': (p) => size('Too small', p, p.bound === 'exact' ? 'exactly ' : p.bound === 'inclusive' ? '>=' : '>'),
  'issue.starts-with': ({ prefix }) => `Invalid string: must start with "${prefix}"`,
  'issue.ends-with': ({ suffix }) => `Invalid string: must end with "${suffix}"`,
  'issue.includes': ({ includes }) => `Invalid string: must include "${includes}"`,
  'issue.pattern': ({ pattern }) => `Invalid string: must match pattern ${pattern}`,
  'issue.format': ({ format }) => `Invalid ${FORMATS[format] ?? format}`,
  'issue.not-multiple-of': ({ divisor }) => `Invalid number: must be a multiple of ${divisor}`,
  'issue.unrecognized-keys': ({ keys }) => `Unrecognized key${keys.length > 1 ? 's' : ''}: ${keys.join(', ')}`,
  'issue.invalid-key': ({ origin }) => `Invalid key in ${origin}`,
  'issue.invalid-discriminator': ({ options }) => `Invalid discriminator value. Expected ${options.map((o) => `'${o}'`).join(' | ')}`,
  'issue.more-than-one-match': () => 'Invalid input: more than one option matched',
  'issue.invalid-element': ({ origin }) => `Invalid value in ${origin}`,
  'issue.invalid-input': () => 'Invalid input',
  'issue.document-url': () => 'A document link must be a web address starting https:// (or http://).',
  'issue.team-size-order': () => 'The smallest team size cannot be larger than the largest.',
  'issue.custom': ({ text }) => text,

  'csv.school': () => 'School',
  'csv.stage': () => 'Stage',
  'csv.due': () => 'Next step due',
  'csv.overdue': () => 'Overdue',
  'csv.workshop-held': () => 'Workshop held',
  'csv.check-in-held': () => 'Check-in held',
  'csv.lead': () => 'Lead reviewer',
  'csv.facilitator': () => 'Facilitator',
  'csv.priority': () => 'Improvement priority',
  'csv.yes': () => 'yes',
  'csv.no': () => 'no',
  // The stage's code, as the tracker export has always written it (spreadsheets filter on it).
  'csv.stage-value': ({ stage }) => stage,
};
