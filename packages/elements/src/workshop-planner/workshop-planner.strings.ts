/**
 * The en-GB text of `<spp-workshop-planner>`. Replace any of it with
 * `setStrings({ 'workshop-planner': { … } })`. `{name}` placeholders are filled as text; every
 * count is a plural entry (`enPlural`), chosen by the number it counts. The Welsh table is
 * `workshop-planner.strings.cy.ts`, loaded on demand.
 *
 * The workshop looks for root causes in a school's systems and practice together with its staff;
 * nothing here grades a school or a teacher.
 */
import type { CauseCategory } from '@spp/core';
import { defineStrings, enPlural } from '../shared/strings';

export const workshopPlannerStrings = defineStrings(
  'workshop-planner',
  {
    /** Locale used to write dates and times (`Intl.DateTimeFormat`), e.g. "2 February 2027". */
    dateLocale: 'en-GB',
    heading: 'Improvement workshop',
    hostSchool: 'For {school}',
    /** `{count}`: the partnership's workshop length in minutes. */
    intro: enPlural({
      one: 'A 1-minute workshop with staff of the host school, facilitated by an Improvement Champion from another school. Together you look for root causes, agree actions and arrange support from partner schools.',
      other:
        'A {count}-minute workshop with staff of the host school, facilitated by an Improvement Champion from another school. Together you look for root causes, agree actions and arrange support from partner schools.',
    }),
    readOnly: 'You can read this workshop but not change it. {reason}',
    beforeReview: 'The workshop is planned once the peer review is under way. {reason}',
    planningOnly:
      'You can plan the workshop now. Root-cause tools, actions and the timer are used on the day, once the host headteacher has agreed the findings.',
    record: 'This is the record of the improvement workshop.',
    planReadOnly: 'You can read the plan and the root-cause work but not change them. {reason}',
    rootCausesHeading: 'Getting to root causes',
    notRecorded: 'Not recorded.',
    /** Beside a date field: the date chosen, written out in the widget's language (the field itself follows the browser's). */
    dateShown: 'Date chosen: {date}.',

    startingPoint: {
      heading: 'Starting point: what the review found',
      agreed: 'Agreed with the host school on {date}.',
      notYetAgreed: 'These findings have not been agreed with the host school yet.',
      strengths: 'Strengths to share',
      areas: 'Areas to explore',
      none: 'None recorded.',
      priority: 'Improvement priority',
      noPriority: 'No improvement priority has been agreed yet.',
    },

    plan: {
      heading: 'Plan',
      facilitator: 'Facilitator',
      facilitatorHint: 'An Improvement Champion from another school in the partnership.',
      chooseFacilitator: 'Choose an Improvement Champion',
      facilitatorOption: '{name}, {school}',
      noFacilitator: 'Not chosen yet.',
      noEligible: 'No trained Improvement Champion from another school is in the partnership yet.',
      date: 'Date of the workshop',
      noDate: 'No date set yet.',
      participants: 'Participants',
      participantsHint: 'Staff of the host school taking part.',
      noParticipants: 'No participants added yet.',
      newParticipant: 'Name or role of a participant',
      addParticipant: 'Add participant',
      removeParticipant: 'Remove',
      /** The accessible name of a participant's remove button: it starts with the visible "Remove". */
      removeParticipantLabel: 'Remove {name}',
      participantAdded: 'Added {name}.',
      participantRemoved: 'Removed {name}.',
      participantEmpty: 'Type a name or role first.',
    },

    agenda: {
      heading: 'Agenda',
      empty: 'No agenda yet.',
      useDefault: 'Use the suggested agenda',
      addSection: 'Add a section',
      newSectionTitle: 'New section',
      section: 'Section {n}',
      title: 'Title',
      minutes: 'Minutes',
      /** A section's length in the read-only agenda, e.g. "(10 min)". */
      minutesShort: enPlural({ one: '(1 min)', other: '({count} min)' }),
      moveUp: 'Move up',
      moveDown: 'Move down',
      remove: 'Remove',
      /** Accessible names of a section's buttons: each starts with the visible text. */
      moveUpLabel: 'Move up: {title}',
      moveDownLabel: 'Move down: {title}',
      removeLabel: 'Remove: {title}',
      moved: 'Moved “{title}” to position {n} of {count}.',
      removed: 'Removed “{title}”.',
      titleNeeded: 'Give the section a title.',
      minutesNeeded: 'Enter a whole number of minutes, 1 or more.',
      /** `{count}`: the agenda's total, which is the workshop's length. */
      totalExact: enPlural({
        one: 'Total 1 minute: matches the {length}-minute workshop.',
        other: 'Total {count} minutes: matches the {length}-minute workshop.',
      }),
      /** `{count}`: the minutes still free; `{total}` the agenda's total, `{length}` the workshop's. */
      totalUnder: enPlural({
        one: 'Total {total} of {length} minutes: 1 minute left.',
        other: 'Total {total} of {length} minutes: {count} minutes left.',
      }),
      /** `{count}`: the minutes over; `{total}` (more than `{length}`, so never 1) the agenda's total. */
      totalOver: enPlural({
        one: 'Total {total} minutes: 1 minute more than the {length}-minute workshop.',
        other: 'Total {total} minutes: {count} minutes more than the {length}-minute workshop.',
      }),
      defaults: [
        'Welcome and the review’s findings',
        'Five whys: getting to root causes',
        'Cause map',
        'Agree actions and support',
        'Next steps and the check-in date',
      ],
    },

    timer: {
      heading: 'Running the workshop',
      start: 'Start the workshop',
      notStarted: 'The timer starts when you start the workshop.',
      startedAt: 'Started at {time}.',
      current: 'Now: {title}',
      sectionOf: 'Section {n} of {count}',
      left: '{time} left in this section',
      workshopLeft: '{time} left in the workshop',
      overtime: 'The planned time is over.',
      /** `{count}`: the section's minutes; `{n}` its place and `{total}` the number of sections. */
      announceSection: enPlural({
        one: 'Now: {title}, section {n} of {total}, 1 minute.',
        other: 'Now: {title}, section {n} of {total}, {count} minutes.',
      }),
      announceOver: 'The planned time for the workshop is over.',
      noAgenda: 'Add an agenda to see the current section and time left.',
      nowMarker: 'now',
    },

    whys: {
      heading: 'Five whys',
      hint: 'Write the problem, then ask “why?” and write each answer, until you reach a cause the school can act on.',
      problem: 'The problem',
      /** The problem, shown as text. */
      problemRecord: 'The problem:',
      why: 'Why? Answer {n}',
      answers: 'Answers to “why?”',
      add: 'Add the next why',
      remove: 'Remove answer {n}',
      full: 'Five answers written.',
      removed: 'Removed answer {n}.',
      none: 'Nothing written yet.',
    },

    causes: {
      heading: 'Cause map',
      hint: 'Group possible causes by where they come from.',
      category: 'Category',
      text: 'Cause',
      add: 'Add cause',
      remove: 'Remove',
      /** The accessible name of a cause's remove button: it starts with the visible "Remove". */
      removeLabel: 'Remove cause: {text}',
      empty: 'No causes yet.',
      textNeeded: 'Type the cause first.',
      added: 'Added a cause to {category}.',
      removed: 'Removed a cause from {category}.',
      categories: {
        teaching: 'Teaching',
        curriculum: 'Curriculum',
        leadership: 'Leadership',
        systems: 'Systems and routines',
        pupils: 'Pupils',
        families: 'Families and community',
        resources: 'Time and resources',
        other: 'Other',
      } satisfies Record<CauseCategory, string>,
    },

    rootCause: {
      heading: 'Agreed root cause',
      label: 'The root cause the school will work on',
      none: 'No root cause agreed yet.',
    },

    actions: {
      heading: 'Actions',
      hint: 'What the school will do, who leads it, by when, how you will know it worked, and support from partner schools.',
      empty: 'No actions yet.',
      add: 'Add an action',
      action: 'Action {n}',
      what: 'What will be done',
      owner: 'Who leads it',
      dueOn: 'Due by',
      successCriteria: 'How we will know it has worked',
      support: 'Support from a partner school',
      noSupport: 'No support arranged',
      supportNote: 'About the support',
      remove: 'Remove action {n}',
      removed: 'Removed action {n}.',
      confirmRemove: 'Remove action {n} and everything written in it?',
      keep: 'Keep it',
      readOnly: 'You can read the actions but not change them. {reason}',
    },

    finish: {
      heading: 'Finish the workshop',
      button: 'Finish workshop',
      notReady: 'Not ready to finish: {reason}',
      confirmHeading: 'Finish the workshop now?',
      confirmText:
        'The actions move to the host school’s action plan, and the check-in is booked for {date}. You cannot run the workshop again afterwards.',
      confirm: 'Yes, finish the workshop',
      cancel: 'Not yet',
      finishedOn: 'The workshop finished on {date}.',
      checkInDue: 'Check-in due {date}',
      /** `{count}`: the partnership's days from the workshop to the check-in. */
      checkInHint: enPlural({
        one: 'The lead reviewer or the Improvement Champion checks progress with the host school 1 day after the workshop.',
        other: 'The lead reviewer or the Improvement Champion checks progress with the host school {count} days after the workshop.',
      }),
    },
  },
  { cy: () => import('./workshop-planner.strings.cy') },
);
