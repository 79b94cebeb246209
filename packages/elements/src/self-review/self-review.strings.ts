/**
 * en-GB text of `<spp-self-review>`. Replace any of it with
 * `setStrings({ 'self-review': { … } })`. Practice-level labels and hints and stage names are the
 * shared ones (`common.practice`, `common.stage`).
 *
 * The wording is non-judgemental throughout: a school says how far something is part of its
 * practice and what evidence it has; nothing here grades a school or a teacher.
 */
import { defineStrings, enPlural } from '../shared/strings';

export const selfReviewStrings = defineStrings(
  'self-review',
  {
  /** Used for dates (`Intl.DateTimeFormat`). */
  locale: 'en-GB',
  title: 'Self-review',
  titleFor: 'Self-review: {school}',
  intro:
    'Look at how far each part of your practice is where you want it to be, note the evidence you have, and choose what you would like the peer review to look at. Everything you type is saved as you go.',
  frameworkNote: 'Questions from {framework}, as your partnership uses it.',

  // Progress and navigation
  progressLabel: '{answered} of {total} questions answered',
  progressHint: 'A question counts as answered once you have chosen how far it is part of your practice.',
  navLabel: 'Parts of the self-review',
  navAreaCount: '{answered} of {total} answered',
  navFocus: 'Proposed focus and submitting',
  navOther: 'Other answers kept',
  noQuestions: 'Your partnership’s framework has no self-review questions at the moment.',

  // One question
  aim: 'Aim: {aim}',
  levelQuestion: 'How far is this part of our practice? (optional)',
  clearLevel: 'Clear this choice',
  clearLevelContext: 'for this question',
  evidence: 'Evidence notes',
  promptsIntro: 'Evidence you might draw on:',
  informsFocus: 'This should inform the peer-review focus',
  hiddenMarker: 'No longer in your partnership’s question pack. It is shown because it has an answer, which is kept; it cannot be changed here.',
  rewordedMarker: 'Worded by your partnership.',

  // A question shown as text
  levelTerm: 'How far this is part of our practice',
  levelNone: 'Not chosen',
  evidenceNone: 'No evidence noted.',
  informsFocusYes: 'Marked to inform the peer-review focus.',

  // Answers to questions that are not in the framework any more
  otherTitle: 'Other answers kept with this self-review',
  otherIntro: 'These answers belong to questions that are no longer in your partnership’s framework. They are kept and shown here, and cannot be changed.',
  unknownQuestion: 'A question no longer in the framework ({id})',

  // Read-only and not shared
  readOnlyTitle: 'You can read this self-review but not change it.',
  notSharedTitle: 'This self-review is not shared with you',
  stageNote: 'This review cycle is now at the {stage} stage, so the self-review is shown as it was submitted.',
  stageNoteNotSubmitted: 'This review cycle is at the {stage} stage.',
  submittedBy: 'Submitted by {name} on {date}.',
  submittedOn: 'Submitted on {date}.',
  someone: 'someone no longer in the partnership',

  // Proposing the focus
  focusTitle: 'Propose a focus for the peer review',
  focusIntro: 'Choose the questions you would like the review team to look at with you, and say in a few words why. The lead reviewer and your headteacher refine the focus together at the pre-review meeting.',
  focusQuestions: 'Questions for the peer review to look at',
  focusNone: 'No questions are marked yet. Tick “This should inform the peer-review focus” under any question above and it will be listed here.',
  focusSummary: 'Summary of the proposed focus',
  focusSummaryHint: 'What would you like the review to look at, and why now?',
  focusReadOnlyTitle: 'Proposed focus',
  focusReadOnlyNone: 'No focus has been proposed yet.',
  focusSummaryNone: 'No summary written yet.',

  // Submitting
  submitTitle: 'Submit the self-review',
  submit: 'Submit self-review',
  notReady: 'Not ready to submit yet: {reason}',
  confirmTitle: 'Submit the self-review now?',
  confirmAnswered: '{answered} of {total} questions answered.',
  confirmFocus: enPlural({ none: 'Proposed focus: no questions.', one: 'Proposed focus: 1 question.', other: 'Proposed focus: {count} questions.' }),
  confirmMovesOn: 'Submitting moves this review cycle on to the {stage} stage.',
  confirmLocks: 'The answers can then no longer be changed here.',
  confirmYes: 'Yes, submit the self-review',
  confirmNo: 'Not yet',
  submittedTitle: 'Self-review submitted',
},
  { cy: () => import('./self-review.strings.cy') },
);
