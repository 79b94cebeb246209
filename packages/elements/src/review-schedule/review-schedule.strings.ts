/**
 * The en-GB text of `<spp-review-schedule>`. Replace any of it with
 * `setStrings({ 'review-schedule': { … } })`. `{name}` placeholders are filled as text. Other
 * locales' tables are loaded on demand (`review-schedule.strings.cy.ts`).
 *
 * Every count is a plural entry (a whole sentence for each form); a list of schools is built from
 * `map.list` (an item template, separators and the final conjunction), never `Intl.ListFormat`.
 * Nothing here grades a school or a person: every school gives and receives.
 */
import type { ScheduleRule } from '@spp/core';
import { defineStrings, enPlural } from '../shared/strings';

export const getReviewScheduleStrings = defineStrings(
  'review-schedule',
  {
  /** Locale used to write dates and numbers, e.g. "7 September 2026". */
  dateLocale: 'en-GB',
  heading: 'Review schedule {year}',
  intro: 'Who reviews whom this year, when, and who facilitates each school’s improvement workshop. Every school gives and receives.',
  loadingSchedule: 'Loading the schedule…',

  notPlanned: {
    heading: 'The {year} schedule has not been planned yet',
    intro:
      'Plan the year to share the reviews out fairly: one review for every school, each with its team, window and workshop facilitator, following the partnership’s rules. You can adjust any review by hand afterwards.',
    readOnly: 'The schedule appears here once it has been planned. {reason}',
    teamSize: 'Reviewers in each team, the lead reviewer included',
    teamSizeFixed: enPlural({ one: 'Each team has 1 reviewer: the lead reviewer.', other: 'Each team has {count} reviewers, the lead reviewer included.' }),
    windows: 'Review windows',
    windowsHint: 'The usual weeks of each term. Change the dates to fit your local term dates.',
    from: 'From',
    to: 'To',
    /** Beside a date field (which writes the date the browser's way): the date in words. */
    dateShown: 'That is {date}.',
    plan: 'Plan the year',
    planning: 'Planning…',
    createdElsewhere: 'A schedule for this year was saved elsewhere while you were planning. It is shown here; nothing was overwritten.',
    saveFailed: 'The plan could not be saved: {reason} Nothing was lost: try again.',
  },

  infeasible: {
    heading: 'The year could not be planned',
    intro: 'No schedule was made. This is what stands in the way:',
    fix: 'Change the partnership’s people, training or settings, then plan again.',
    problem: '{school} – {rule}: {message}',
    general: '{rule}: {message}',
  },

  readOnly: 'You can read this schedule but not change it. {reason}',
  published: 'Published on {date}. Each review is now its own school’s cycle: make any change there.',

  checks: {
    heading: 'Checks',
    allClear: 'Every school has a review and every review follows the partnership’s rules.',
    errors: enPlural({ one: 'Before the schedule can be published: 1 problem to fix.', other: 'Before the schedule can be published: {count} problems to fix.' }),
    /** After `errors`, when there are fairness points too. */
    alsoWarnings: enPlural({ one: 'There is also 1 fairness point to look at.', other: 'There are also {count} fairness points to look at.' }),
    warningsOnly: enPlural({ one: 'Nothing stops publishing: 1 fairness point to look at.', other: 'Nothing stops publishing: {count} fairness points to look at.' }),
    /** In a review's row of the table, one line each. */
    errorCount: enPlural({ one: '1 problem to fix', other: '{count} problems to fix' }),
    warningCount: enPlural({ one: '1 fairness point to look at', other: '{count} fairness points to look at' }),
    toFix: 'To fix:',
    toLookAt: 'To look at:',
    rule: '(Rule: {rule})',
  },

  table: {
    heading: 'Who reviews whom',
    caption: 'Reviews in the {year} schedule, one row for each host school',
    region: 'Who reviews whom (scrolls sideways)',
    host: 'Host school',
    window: 'Window',
    lead: 'Lead reviewer',
    members: 'Other team members',
    facilitator: 'Workshop facilitator',
    checks: 'Checks',
    none: 'None',
    noFacilitator: 'Not chosen yet',
    ok: 'Follows the rules',
    dates: '{from} to {to}',
    empty: 'This schedule has no reviews yet.',
  },

  map: {
    heading: 'Review links between schools',
    hint: 'Each arrow goes from a school whose people review to the school they review. The table above gives the same information.',
    /** The map's accessible name: `schools`, `links` and `pairs` are the sentences below. */
    label: '{schools} {links} {pairs} The table “Who reviews whom” gives the same information.',
    schools: enPlural({ one: 'Map of review links: 1 school.', other: 'Map of review links: {count} schools.' }),
    links: enPlural({
      none: 'No school’s people review another school yet.',
      one: '1 link, from a school whose people review to the school they review.',
      other: '{count} links, each from a school whose people review to the school they review.',
    }),
    pairs: enPlural({ none: 'No two schools review each other.', one: '1 pair of schools review each other.', other: '{count} pairs of schools review each other.' }),
    key: 'Key to the map',
    keySeparator: ': ',
    givesTo: 'reviews {schools}',
    givesToNone: 'reviews no other school',
    /**
     * The schools in `givesTo`: each `item`, joined by `separator`, the last two by `last`
     * (`lastBeforeVowel` when the last item begins with a vowel: Welsh "a" / "ac").
     */
    list: { item: '{school}', separator: ', ', last: ' and ', lastBeforeVowel: ' and ' },
  },

  fairness: {
    heading: 'How the work is shared',
    schoolsCaption: 'Reviews given and received by each school',
    school: 'School',
    received: 'Reviews hosted',
    reviewersReceived: 'Reviewers received',
    given: 'Reviews of other schools taken part in',
    reviewersGiven: 'Reviewer places given',
    facilitations: 'Workshops facilitated',
    /** Followed by a list of the schools. */
    notGiving: enPlural({
      one: 'The people of this school are not reviewing another school in this schedule:',
      other: 'The people of these {count} schools are not reviewing another school in this schedule:',
    }),
    everyoneGives: 'Every school’s people review at least one other school.',
    peopleCaption: 'Reviews and workshops for each person',
    person: 'Person',
    personSchool: 'School',
    reviews: 'Reviews',
    leads: 'Leading',
    facilitating: 'Facilitating',
    noSchool: 'No school',
    /** Counted by the partnership's aim; `{max}` is the most reviews one person has. */
    maxLoad: enPlural({
      one: 'The most reviews for one person is {max}; the partnership aims for no more than 1 a year.',
      other: 'The most reviews for one person is {max}; the partnership aims for no more than {count} a year.',
    }),
    peopleRegion: 'Reviews and workshops for each person (scrolls sideways)',
    schoolsRegion: 'Reviews given and received by each school (scrolls sideways)',
  },

  adjust: {
    heading: 'Adjust reviews by hand',
    hint: 'Changes are checked at once and saved as you go. Anything that breaks a rule is kept and explained next to the review, so you can put it right.',
    review: 'Review of {school}',
    window: 'Window',
    windowOption: '{term}: {from} – {to}',
    lead: 'Lead reviewer',
    canLead: 'Can lead this review',
    others: 'Others in the partnership (a rule would be broken)',
    members: 'Review team',
    membersHint: 'People who can review {school}.',
    leadMark: '(lead reviewer)',
    notEligible: '(breaks a rule)',
    facilitator: 'Improvement workshop facilitator',
    noFacilitator: 'Not chosen yet',
    noneEligible: 'Nobody in the partnership can facilitate this workshop yet.',
    unknownPerson: 'Unknown person ({id})',
    problems: 'Checks for this review',
    fine: 'This review follows the rules.',
  },

  publish: {
    heading: 'Publish the schedule',
    hint: 'Publishing creates each school’s review cycle with its team, facilitator and window. After that, the schedule can no longer be changed here.',
    button: 'Publish the schedule',
    notReady: enPlural({ one: 'Fix the 1 problem above before publishing.', other: 'Fix the {count} problems above before publishing.' }),
    confirmHeading: 'Publish the schedule now?',
    confirmText: enPlural({
      one: 'This creates a review cycle for the 1 review. The schedule cannot be changed here afterwards.',
      other: 'This creates a review cycle for each of the {count} reviews. The schedule cannot be changed here afterwards.',
    }),
    confirm: 'Yes, publish',
    cancel: 'Not yet',
    publishing: 'Publishing…',
    done: enPlural({ none: 'Published. Every review already had its cycle, so nothing new was created.', one: 'Published: created 1 review cycle.', other: 'Published: created {count} review cycles.' }),
    refused: 'Not published: {reason}',
    unsaved: 'Not published: your latest changes are not saved yet. {reason}',
    held: 'Not published: your latest changes to the schedule are kept on this device only, because the schedule changed on the server in the meantime. Publish once they have been sent.',
  },

  /** Short names of the rules core explains, shown before core's own explanation. */
  rules: {
    'member-of-partnership': 'Members only',
    'associate-reads-only': 'The associate does not review',
    'own-school': 'Not their own school',
    'team-size': 'Team size',
    'lead-is-headteacher': 'Lead reviewer',
    'lead-in-team': 'Lead in the team',
    'reviewer-trained': 'Trained reviewers',
    'facilitator-trained': 'Trained Improvement Champion',
    'facilitator-other-school': 'Facilitator from another school',
    'host-head-only': 'Host headteacher',
    'host-school-leaders': 'Host school leaders',
    'review-team-only': 'Review team',
    'lead-or-host': 'Lead reviewer or host',
    'facilitator-only': 'Facilitator',
    'check-in-recorders': 'Check-in',
    'partnership-lead-only': 'Partnership lead',
    'unknown-person': 'Unknown person',
    'duplicate-member': 'Listed twice',
    'headteachers-only': 'Headteachers',
    'too-few-schools': 'Enough schools',
    'no-windows': 'Review windows',
    'window-order': 'Review window dates',
    'wrong-partnership': 'Right partnership',
    'duplicate-review': 'One review each',
    'unknown-school': 'Unknown school',
    'school-not-reviewed': 'Every school reviewed',
    'max-reviews-per-person': 'Load per person',
    'person-window-overlap': 'Overlapping windows',
  } satisfies Record<ScheduleRule, string>,
  unknownSchool: 'Unknown school ({id})',
  personAtSchool: '{name}, {school}',
},
  { cy: () => import('./review-schedule.strings.cy') },
);

/** The en-GB table, for translators (`Translation<typeof reviewScheduleStrings>`). */
export const reviewScheduleStrings = getReviewScheduleStrings.table;
