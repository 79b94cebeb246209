/**
 * The en-GB text of `<spp-review-plan>`. Replace any of it with
 * `setStrings({ 'review-plan': { … } })`. `{name}` placeholders are filled as text. Counts are
 * plural entries (whole sentences, or whole measures such as "2 hours"); dates and times are
 * written in the widget's locale, not by this table.
 *
 * The plan is about what the review will look at and how; nothing here grades a school or a
 * teacher.
 */
import type { EvidenceActivity, EvidenceSource, JobRole, SchoolSize } from '@spp/core';
import { defineStrings, enPlural } from '../shared/strings';

export const reviewPlanStrings = {
  title: 'Review plan',
  titleFor: 'Review plan: {school}',
  intro:
    'At the pre-review meeting ({duration}) the lead reviewer and the headteacher of {school} agree what the peer review will look at and plan how the review team will gather evidence.',
  readOnlyTitle: 'You can read this plan but not change it.',
  detailNotSharedTitle: 'The lines of enquiry and the evidence-collection plan are not shared with you.',
  beforeStage: 'The review plan is made at the pre-review meeting, once the self-review has been submitted. The review is at the {stage} stage.',
  recordNote: 'This is the plan as agreed for the peer review. The review is now at the {stage} stage.',
  recordNotAgreed: 'This is the plan as it was left. The review is at the {stage} stage.',
  /** A person whose agreement was cleared but who is no longer in the partnership. */
  someone: 'someone no longer in the partnership',
  unknownQuestion: 'A question no longer in the framework ({id})',
  notRecorded: 'Not recorded.',
  /** The length of the pre-review meeting, shown in brackets in `intro`. */
  duration: {
    hours: enPlural({ one: '1 hour', other: '{count} hours' }),
    minutes: enPlural({ one: '1 minute', other: '{count} minutes' }),
    /** An hour count and a minute count together, e.g. "1 hour 30 minutes". */
    both: '{hours} {minutes}',
  },

  startingPoint: {
    heading: 'Starting point: the focus the school proposed',
    intro: 'From the self-review of {school}. Use it to agree the focus and the lines of enquiry below.',
    questions: 'Questions the school wants the review to look at',
    summary: 'The school’s summary',
    noQuestions: 'The school did not choose any questions.',
    noSummary: 'The school did not write a summary.',
    notShared: 'The self-review is not shared with you. {reason}',
  },

  meeting: {
    heading: 'The pre-review meeting',
    date: 'Date of the meeting',
    /** Under the date box (whose format follows the browser's language), the date in the widget's. */
    dateShown: 'Date chosen: {date}.',
    noDate: 'No date recorded yet.',
    focusSummary: 'The agreed focus of the review',
    focusSummaryHint: 'Start from the school’s proposal and agree the wording together: what the review will look at, and why.',
    noFocusSummary: 'No focus has been written yet.',
    focusNotAgreed: 'The focus is shared with the partnership once the lead reviewer and the headteacher have agreed the plan.',
  },

  lines: {
    heading: 'Lines of enquiry',
    intro: 'The questions the review team will explore. Link each one to the self-review questions it grew from.',
    none: 'No lines of enquiry yet.',
    notShared: 'Not shared with you.',
    line: 'Line of enquiry {n}',
    lineShort: 'Line {n}',
    question: 'Question to explore',
    questionNeeded: 'Write the question for this line of enquiry. Until then the last saved wording is kept.',
    grewFrom: 'Grew from these self-review questions',
    grewFromNone: 'Not linked to a self-review question.',
    /** `{count}`: how many are listed inside (a number in brackets, not a noun phrase). */
    moreQuestions: 'Other self-review questions ({count})',
    remove: 'Remove',
    removeContext: 'line of enquiry {n}',
    newLine: 'New line of enquiry',
    newLineHint: 'Write it as a question, e.g. “How consistently is the reading approach used in Years 5 and 6?”',
    add: 'Add line of enquiry',
    newLineEmpty: 'Write the question first.',
    added: 'Added line of enquiry {n}.',
    removed: 'Removed line of enquiry {n}: {question}',
  },

  team: {
    heading: 'Review team',
    lead: 'Lead reviewer',
    members: 'Reviewers',
    noLead: 'No lead reviewer chosen yet.',
    noMembers: 'No reviewers chosen yet.',
    person: '{name}, {school}',
    personWithRole: '{name}, {role}, {school}',
    noSchool: 'no school',
    unknownPerson: 'Someone no longer in the partnership ({id})',
    problems: 'This team cannot be agreed yet: {reasons}',
    change: 'Change the review team',
    leadSelect: 'Lead reviewer',
    leadHint: 'Only people who may review {school} are offered.',
    chooseLead: 'Choose the lead reviewer',
    chooseLeadFirst: 'Choose the lead reviewer first.',
    membersLegend: 'Reviewers in the team',
    /** When the partnership gives one team size. */
    membersHint: enPlural({
      one: 'In this partnership a review team has 1 reviewer: the lead reviewer.',
      other: 'In this partnership a review team has {count} reviewers, including the lead reviewer.',
    }),
    /** When the partnership gives a range of team sizes. */
    membersHintRange: 'In this partnership a review team has between {min} and {max} reviewers, including the lead reviewer.',
    noEligible: 'Nobody in the partnership may review {school} yet.',
    notSaved: 'Not saved yet: {reason}',
    notSavedYet: 'Not saved yet.',
    saved: 'Review team saved.',
    roles: {
      headteacher: 'headteacher',
      'senior-leader': 'senior leader',
      'middle-leader': 'middle leader',
      teacher: 'teacher',
      associate: 'programme associate',
    } satisfies Record<JobRole, string>,
  },

  dates: {
    heading: 'Review dates',
    /** How long a review of the host school lasts, by the school's size (a sentence each, since the size is an adjective). */
    help: {
      small: enPlural({
        none: 'In this partnership no review days are set for a small school such as {school}.',
        one: 'In this partnership a review of a small school such as {school} lasts 1 day.',
        other: 'In this partnership a review of a small school such as {school} lasts {count} days.',
      }),
      medium: enPlural({
        none: 'In this partnership no review days are set for a medium-sized school such as {school}.',
        one: 'In this partnership a review of a medium-sized school such as {school} lasts 1 day.',
        other: 'In this partnership a review of a medium-sized school such as {school} lasts {count} days.',
      }),
      large: enPlural({
        none: 'In this partnership no review days are set for a large school such as {school}.',
        one: 'In this partnership a review of a large school such as {school} lasts 1 day.',
        other: 'In this partnership a review of a large school such as {school} lasts {count} days.',
      }),
    } satisfies Record<SchoolSize, unknown>,
    none: 'No review date set yet.',
    dayN: 'Day {n}',
    /** Under each date box (whose format follows the browser's language), the date in the widget's. */
    dateShown: 'Date chosen: {date}.',
    dayDate: 'Day {n}: {date}',
    remove: 'Remove',
    removeContext: 'review day {n}',
    add: 'Add another review day',
    notSaved: 'Not saved yet: {reason}',
    notSavedYet: 'Not saved yet: choose a date for every day, or remove the empty one.',
    added: 'Added review day {n}. Choose its date.',
    removed: 'Removed review day {n}.',
  },

  plan: {
    heading: 'Evidence-collection plan',
    notShared: 'Not shared with you.',
    /** By the number of review days the timetable shows. */
    intro: enPlural({
      one: 'What the review team will do on the review day: each activity, with whom, which lines of enquiry it covers, when, and who goes.',
      other: 'What the review team will do on the review days: each activity, with whom, which lines of enquiry it covers, when, and who goes.',
    }),
    day: 'Day {n}',
    dayWithDate: 'Day {n}: {date}',
    dayNoDate: 'Day {n} (no date set yet)',
    nothingPlanned: 'Nothing planned for this day yet.',
    time: 'Time',
    activity: 'Activity',
    with: 'With',
    lines: 'Lines of enquiry',
    reviewers: 'Reviewers',
    note: 'Notes',
    change: 'Change',
    timeRange: '{start} to {end}',
    /** Between the lines of enquiry, and the reviewers, listed in a timetable cell. */
    listSeparator: ', ',
    timeNotSet: 'Time not set',
    minutesLong: enPlural({ one: '1 minute', other: '{count} minutes' }),
    nobody: 'Not chosen',
    notSet: 'Not set',
    noLines: 'None',
    edit: 'Edit',
    remove: 'Remove',
    /** Read after "Edit" and "Remove" by screen readers, so each button says which activity it is. */
    rowContext: '{activity} on day {day}',
    rowContextAt: '{activity} on day {day} at {start}',
    add: 'Add an activity',
    added: 'Added an activity on day {day}. Choose what it is.',
    removed: 'Removed {activity} on day {day}.',
    editorHeading: 'Activity: {activity}, day {day}',
    editorHeadingAt: 'Activity: {activity}, day {day} at {start}',
    dayField: 'Day',
    start: 'Start time',
    minutes: 'Length in minutes',
    minutesNeeded: 'Enter a whole number of minutes, 1 or more.',
    linesLegend: 'Lines of enquiry it covers',
    linesNone: 'Add lines of enquiry first; then link activities to them.',
    reviewersLegend: 'Reviewers taking part',
    reviewersNone: 'Choose the review team first.',
    notInTeam: '{name} (no longer in the review team)',
    noteField: 'Notes',
    noteHint: 'For example who will be there, or what to bring.',
    done: 'Done',
    coverage: 'Every line of enquiry has at least one planned activity.',
    coverageMissing: 'No activity is planned yet for:',
    coverageNoLines: 'Once there are lines of enquiry, this checks that each has at least one planned activity.',
    coverageHint: 'A check to help planning; it does not stop the plan being agreed.',
    activities: {
      interview: 'Interview',
      'focus-group': 'Focus group',
      'data-review': 'Data review',
      'work-scrutiny': 'Work scrutiny',
      observation: 'Lesson observation',
      'learning-walk': 'Learning walk',
      survey: 'Survey',
    } satisfies Record<EvidenceActivity, string>,
    sources: {
      staff: 'Staff',
      pupils: 'Pupils',
      parents: 'Parents and carers',
      governors: 'Governors',
      leaders: 'Leaders',
      documents: 'Documents',
    } satisfies Record<EvidenceSource, string>,
  },

  agreement: {
    heading: 'Agreeing the plan',
    intro: 'The lead reviewer and the headteacher of {school} each agree the plan. A change to the plan, the team or the dates means it is agreed again. Once both have agreed, the peer review goes ahead.',
    leadParty: '{name}, lead reviewer',
    leadPartyNone: 'The lead reviewer (not chosen yet)',
    hostParty: '{name}, headteacher of {school}',
    hostPartyNone: 'The headteacher of {school}',
    agreedOn: 'agreed on {date}',
    notYet: 'not agreed yet',
    agree: 'Agree the plan',
    notPossible: 'The plan cannot be agreed yet: {reason}',
    youAgreed: 'You agreed this plan on {date}.',
    youAgreedWaiting: 'You agreed this plan on {date}. Waiting for {name} to agree.',
    agreedAnnounce: 'You agreed the plan.',
    bothAgreed: 'The plan is agreed by both. The peer review can go ahead.',
    /** After a change cleared the lead reviewer's agreement, the host headteacher's, or both. */
    clearedLead: 'Your change means the plan needs agreeing again: the agreement of {name} was cleared.',
    clearedHost: 'Your change means the plan needs agreeing again: the agreement of {name} was cleared.',
    clearedBoth: 'Your change means the plan needs agreeing again: the agreements of {lead} and {host} were cleared.',
    clearedAnnounce: 'The plan changed, so it needs agreeing again.',
    agreedRecord: 'Agreed by both on {date}.',
    notAgreedRecord: 'This plan was not agreed by both.',
  },
} as const;

export const getReviewPlanStrings = defineStrings('review-plan', reviewPlanStrings, { cy: () => import('./review-plan.strings.cy') });
