/**
 * The en-GB text of `<spp-action-plan>`. Replace any of it with
 * `setStrings({ 'action-plan': { … } })`. `{name}` placeholders are filled as text; dates are
 * written in the widget's own locale (shared/dates.ts). Every count is a plural entry, each form
 * a whole sentence. The Welsh table is action-plan.strings.cy.ts, loaded on demand.
 *
 * Non-judgemental throughout: "overdue" is about a date, never about a school or a person.
 */
import type { ActionStatus } from '@spp/core';
import { defineStrings, enPlural } from '../shared/strings';

export const getActionPlanStrings = defineStrings(
  'action-plan',
  {
  heading: 'Action plan',
  hostSchool: 'For {school}, {year}',
  stage: 'Stage: {stage}',
  printedOn: 'Printed on {date}.',
  intro:
    'The host school’s plan for its improvement priority, agreed at the improvement workshop. The school carries it out with support from its Improvement Champion and partner schools, and progress is checked at the check-in.',
  notRecorded: 'Not recorded.',
  unknownPerson: 'someone no longer in the partnership',

  notices: {
    beforeWorkshop:
      'The action plan is agreed at the improvement workshop. It can be worked on here once the workshop has finished. Anything drafted so far is shown below.',
    readOnly: 'You can read this action plan and its progress but not change them. {reason}',
    actionsReadOnly: 'You can read the actions but not change them. {reason}',
    complete: 'This review cycle is complete. This is the record of its action plan and check-ins.',
    paused: 'This review cycle is paused, so the action plan cannot be changed for now.',
    withdrawn: 'This review cycle was withdrawn. This is the record of its action plan.',
    continued: 'The plan continues after the last check-in. Update the actions, then publish the plan again for the next check-in.',
  },

  due: {
    heading: 'Check-in',
    dueBy: 'Check-in due by {date}',
    dueToday: 'Check-in due today, {date}',
    overdue: 'Check-in overdue: it was due on {date}',
    daysLeft: enPlural({ one: '1 day to go.', other: '{count} days to go.' }),
    daysLate: enPlural({ one: '1 day late.', other: '{count} days late.' }),
    notBooked: 'No check-in is booked yet.',
    beforePublish: 'The check-in can be recorded once the host headteacher has published the plan.',
    interval: enPlural({
      one: 'The check-in takes place 1 day after the improvement workshop, with the lead reviewer or the Improvement Champion.',
      other: 'The check-in takes place {count} days after the improvement workshop, with the lead reviewer or the Improvement Champion.',
    }),
    overdueActions: enPlural({ one: '1 action is past its due date.', other: '{count} actions are past their due date.' }),
    held: 'The last check-in was held on {date}.',
  },

  priority: {
    heading: 'Improvement priority',
    hint: 'Agreed with the host school at the end of the peer review.',
    none: 'No improvement priority has been agreed yet.',
    rootCause: 'Root cause agreed at the workshop',
    workshop: 'Improvement workshop held on {date}, facilitated by {name}.',
  },

  actions: {
    heading: 'Actions',
    empty: 'No actions yet.',
    action: 'Action {n}',
    what: 'What will be done',
    owner: 'Owner',
    ownerHint: 'A name or a role.',
    dueOn: 'Due date',
    /** Beside the native date field (which follows the browser's language): the chosen date in the widget's. */
    dueOnChosen: 'Due date chosen: {date}.',
    noDueDate: 'No due date yet.',
    overdue: 'Overdue',
    overdueShort: '(overdue)',
    overdueText: 'Overdue: this was due on {date} and is not done.',
    successCriteria: 'Success criteria',
    successHint: 'How the school will know the action has worked.',
    support: 'Support from a partner school',
    noSupport: 'No support arranged',
    supportNote: 'About the support',
    status: 'Status',
    statuses: {
      'not-started': 'Not started',
      'in-progress': 'In progress',
      done: 'Done',
      stopped: 'Stopped',
    } satisfies Record<ActionStatus, string>,
    pendingHint: 'Saved when you leave the field.',
    add: 'Add an action',
    addHeading: 'New action',
    addConfirm: 'Add to the plan',
    addCancel: 'Cancel',
    whatNeeded: 'Say what will be done first.',
    added: 'Action {n} added to the plan.',
    notADate: 'Enter a date as day, month and year.',
  },

  history: {
    summary: 'History of action {n}',
    count: enPlural({ none: '(No changes since the action was agreed.)', one: '(1 change)', other: '({count} changes)' }),
    entry: '{when}, {who} changed:',
    /** One field's value before a change: `{field}` is its name (from `fields`). */
    change: '{field} was {value}',
    /** A typed value, as quoted in the history. */
    quoted: '“{value}”',
    blank: 'blank',
    noSupport: 'no support arranged',
    noDate: 'no due date',
    fields: {
      what: 'What will be done',
      owner: 'Owner',
      dueOn: 'Due date',
      successCriteria: 'Success criteria',
      supportSchoolId: 'Support from',
      supportNote: 'About the support',
      status: 'Status',
    },
  },

  publish: {
    heading: 'Publish the plan',
    hint: 'Publishing shares the finished plan with the partnership and opens the check-in. Actions can still be updated afterwards.',
    button: 'Publish the plan',
    notReady: 'Not yet: {reason}',
    confirmHeading: 'Publish the plan now?',
    confirmText: 'The plan moves on to the check-in, due by {date}.',
    confirmTextNoDate: 'The plan moves on to the check-in.',
    confirm: 'Publish',
    cancel: 'Not yet',
    published: 'The plan is published. The check-in is next.',
  },

  checkIn: {
    heading: 'Record the check-in',
    hint: 'How far each action has got, what happens next, and whether the cycle closes or continues.',
    cannotRecord: 'You can follow the check-in but not record it. {reason}',
    notYet: 'The check-in is recorded once the plan is published.',
    heldOn: 'Date the check-in was held',
    heldOnChosen: 'Date chosen: {date}.',
    progress: 'Progress on the actions',
    actionLegend: 'Action {n}',
    status: 'Status now',
    note: 'Note on progress',
    nextSteps: 'Next steps',
    nextStepsHint: 'What the school will do next, and any support it still needs.',
    outcome: 'What happens next',
    close: 'Close the cycle',
    closeHint: 'The priority has been acted on; this year’s review cycle is complete.',
    continue: 'Continue the plan',
    continueHint: enPlural({
      one: 'Keep working on the actions; another check-in is booked 1 day after this one.',
      other: 'Keep working on the actions; another check-in is booked {count} days after this one.',
    }),
    outcomeNeeded: 'Choose whether to close the cycle or continue the plan.',
    dateNeeded: 'Enter the date the check-in was held.',
    record: 'Record the check-in',
    confirmHeading: 'Record this check-in?',
    confirmClose: 'Held on {date}. The review cycle will close.',
    confirmContinue: enPlural({
      one: 'Held on {date}. The plan continues and the next check-in is booked 1 day later.',
      other: 'Held on {date}. The plan continues and the next check-in is booked {count} days later.',
    }),
    confirm: 'Record it',
    cancel: 'Go back',
    recordedClose: 'Check-in recorded. The review cycle is complete.',
    recordedContinue: 'Check-in recorded. The next check-in is due by {date}.',
    draftKept: 'What you type here is kept on this device until the check-in is recorded.',
  },

  earlier: {
    heading: 'Check-ins held',
    none: 'No check-in has been held yet.',
    item: 'Check-in held on {date}',
    recordedBy: 'Recorded by {name}.',
    progress: 'Progress',
    /** One action's progress at a check-in; the note typed with it follows. */
    progressItem: '{action}: {status}.',
    nextSteps: 'Next steps',
    noProgress: 'No progress recorded.',
    actionRemoved: 'An action no longer in the plan',
  },

  tools: {
    heading: 'Print and export',
    print: 'Print the action plan',
    export: 'Export as JSON',
    exportHint: 'Downloads this review cycle as you are allowed to see it, for a subject access request or the school’s archive.',
    exported: 'Downloaded {file}.',
  },
},
  { cy: () => import('./action-plan.strings.cy') },
);
