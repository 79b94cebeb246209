/** en-GB: planning, checking and publishing the schedule (schedule.ts, partnership-year.ts). */
import type { CataloguePart } from '../messages';
import { plural } from '../plural';

export const enSchedule: CataloguePart<'schedule' | 'publish' | 'term'> = {
  'term.autumn': () => 'Autumn term',
  'term.spring': () => 'Spring term',
  'term.summer': () => 'Summer term',
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
};
