/**
 * The en-GB text of `<spp-cycle-tracker>`. Replace any of it with
 * `setStrings({ 'cycle-tracker': { … } })`. `{name}` placeholders are filled as text.
 *
 * The tracker follows the programme's steps (is the review done, did the workshop and the
 * check-in happen?); nothing here grades a school or a person. Every count is a plural entry;
 * the Welsh table is `cycle-tracker.strings.cy.ts`, loaded on demand.
 */
import { defineStrings, enPlural } from '../shared/strings';

export const cycleTrackerStrings = defineStrings(
  'cycle-tracker',
  {
  /** Locale used to write dates and month names (`Intl.DateTimeFormat`), e.g. "2 Feb 2027". */
  dateLocale: 'en-GB',
  heading: 'Review cycles {year}',
  /** `{count}`: the partnership's days from the workshop to the check-in (90 in the programme). */
  intro: enPlural({
    one: 'Where every school’s peer review stands this year: the next step and when it is due, and whether the improvement workshop and the 1-day check-in have happened.',
    other:
      'Where every school’s peer review stands this year: the next step and when it is due, and whether the improvement workshop and the {count}-day check-in have happened.',
  }),
  readOnly: 'This tracker only shows progress: each school’s cycle is changed in its own review widgets.',
  loading: 'Loading the review cycles…',
  notConnected: 'This tracker is not connected to a store and a partnership yet.',
  notSignedIn: 'Sign in to see the review cycles of {partnership}.',
  notMember: 'You are not a member of {partnership}, so its review cycles are not shown here.',
  listFailed: 'The review cycles could not be read. {reason}',
  tryAgain: 'Try reading them again',
  empty: 'There are no review cycles for {year} yet. They appear here as soon as the year’s review schedule is published.',

  unreadable: {
    heading: enPlural({ one: '1 review cycle could not be read', other: '{count} review cycles could not be read' }),
    intro: enPlural({
      one: 'It is not in the table, the timeline or the exports below. It has been left exactly as it was saved: ask whoever looks after your storage to check it.',
      other: 'They are not in the table, the timeline or the exports below. They have been left exactly as they were saved: ask whoever looks after your storage to check them.',
    }),
    /** One record: `{key}` is where it is saved, e.g. "cycle/c-ashby". */
    item: 'The record saved as “{key}”: {reason}',
  },

  summary: enPlural({
    none: 'No school needs attention on {date}.',
    one: '1 school needs attention on {date}: an overdue step, or a workshop or check-in that has not happened.',
    other: '{count} schools need attention on {date}: an overdue step, or a workshop or check-in that has not happened.',
  }),

  filters: {
    heading: 'Choose which schools to show',
    year: 'Academic year',
    stage: 'Stage',
    allStages: 'All stages',
    stageOption: '{stage} ({count})',
    group: 'Sub-group',
    allGroups: 'All sub-groups',
    noGroup: 'Not in a sub-group',
    attention: 'Only schools that need attention',
    attentionHint: 'An overdue step, a workshop not held or a check-in overdue.',
    clear: 'Show every school',
    /**
     * Printed instead of the filter controls, e.g. "Chosen: Stage: Check-in; Only schools that need
     * attention.": `{filters}` is the filters chosen (`printStage`, `printGroup`, `attention`), each
     * whole, between `separator`s.
     */
    printChosen: 'Chosen: {filters}.',
    printStage: 'Stage: {stage}',
    printGroup: 'Sub-group: {group}',
    separator: '; ',
    count: enPlural({ none: 'No schools match these choices.', one: 'Showing 1 of {total} schools.', other: 'Showing {count} of {total} schools.' }),
    countAll: enPlural({ one: 'Showing the only school.', other: 'Showing all {total} schools.' }),
  },

  timeline: {
    heading: 'The year at a glance',
    hint: 'One row for each school from September to August. The table below gives the same information.',
    region: 'Timeline of the year (scrolls sideways)',
    /** The timeline's accessible name; `{attention}` is `attentionNone` or `attentionSome`, a whole sentence. */
    label: enPlural({
      one: 'Timeline of 1 review cycle from {from} to {to}, with review days, improvement workshops, check-ins and today’s date. {attention} The table “Cycles” gives the same information.',
      other:
        'Timeline of {count} review cycles from {from} to {to}, with review days, improvement workshops, check-ins and today’s date. {attention} The table “Cycles” gives the same information.',
    }),
    attentionNone: 'No school needs attention.',
    /** `{schools}`: the schools' names, between `separator`s. */
    attentionSome: 'Needing attention: {schools}.',
    separator: ', ',
    /** The label's `{from}` and `{to}`: a month (from `Intl`, or the common catalogue's names) and its year. */
    monthYear: '{month} {year}',
    today: 'Today',
    key: 'Key',
    window: 'Review window from the schedule',
    reviewDay: 'Review day',
    workshopHeld: 'Improvement workshop held',
    workshopPlanned: 'Improvement workshop planned or not yet held',
    checkInDue: 'Check-in due',
    checkInHeld: 'Check-in held',
    attention: 'Needs attention',
    todayLine: 'Today’s date',
  },

  table: {
    heading: 'Cycles',
    caption: 'Review cycles {year}: one row for each host school',
    region: 'Review cycles (scrolls sideways)',
    school: 'School',
    stage: 'Stage',
    next: 'Next step',
    overdue: 'Overdue?',
    workshop: 'Improvement workshop',
    /** `{count}`: the partnership's days from the workshop to the check-in. */
    checkIn: enPlural({ one: '1-day check-in', other: '{count}-day check-in' }),
    lead: 'Lead reviewer',
    facilitator: 'Facilitator',
    record: 'Record',
    pausedFrom: '(paused at: {stage})',
    nextStep: {
      'self-review': 'Review day',
      'pre-review': 'Review day',
      review: 'Last review day',
      workshop: 'Improvement workshop',
      'action-plan': 'Check-in',
      'check-in': 'Check-in',
    } as Record<string, string>,
    nextDue: '{step}: {date}',
    noDate: '{step}: no date yet',
    noNextStep: 'None',
    isOverdue: 'Overdue',
    notOverdue: 'Not overdue',
    notApplicable: 'Not applicable',
    workshopHeldOn: 'Held on {date}',
    workshopHeld: 'Held',
    workshopNotHeld: 'Not held: was due {date}',
    workshopPlannedFor: 'Planned for {date}',
    workshopNotYet: 'Not yet',
    workshopNeverHeld: 'Not held',
    checkInHeldOn: 'Held on {date}',
    checkInOverdue: 'Overdue: was due {date}',
    checkInDueOn: 'Due {date}',
    checkInNotYet: 'Not yet due',
    checkInNeverHeld: 'Not held',
    nobody: 'Not chosen yet',
    exportJson: 'Export JSON',
    /** The button's accessible name: it starts with the visible "Export JSON". */
    exportJsonLabel: 'Export JSON of the review cycle of {school}',
    needsAttention: 'Needs attention',
  },

  exports: {
    heading: 'Export',
    csv: enPlural({ one: 'Download the table as CSV (1 school shown)', other: 'Download the table as CSV ({count} schools shown)' }),
    hint: 'The CSV file holds the schools shown above; “Export JSON” in a row saves that school’s whole cycle as you may see it, for a subject access request or the archive.',
    csvDone: enPlural({ one: 'Downloaded {file}, with 1 school.', other: 'Downloaded {file}, with {count} schools.' }),
    jsonDone: 'Downloaded {file}: the review cycle of {school}.',
    /** File names (`{year}`, `{date}` and `{id}` are made safe for a file name). */
    csvFile: 'review-cycles-{year}-{date}.csv',
    jsonFile: 'review-cycle-{id}.json',
  },
},
  { cy: () => import('./cycle-tracker.strings.cy') },
);
