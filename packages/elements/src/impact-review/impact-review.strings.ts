/**
 * en-GB text of `<spp-impact-review>`. Replace any of it with
 * `setStrings({ 'impact-review': { … } })`. Practice-level labels and hints are the shared ones
 * (`common.practice`).
 *
 * The wording is non-judgemental throughout: the partnership says how far something is part of its
 * practice and what evidence it has, and change is movement along that continuum (further on, the
 * same, moved back), never a better or worse grade.
 *
 * Dates are written in the widget's own locale (shared/dates.ts). Every count is a plural entry
 * whose forms are whole sentences; the comparison's summary is a list of such sentences, never a
 * sentence assembled in code. The Welsh table is impact-review.strings.cy.ts, loaded on demand.
 */
import type { ImpactArea, ProgrammeWorkshop } from '@spp/core';
import { defineStrings, enPlural } from '../shared/strings';

export const impactReviewStrings = defineStrings(
  'impact-review',
  {
  workshops: {
    'getting-started': {
      name: 'Getting Started',
      title: 'Getting Started: where our partnership stands, {year}',
      intro:
        'At the start of the year, agree together how far each part of partnership working is already part of our practice, and note the evidence. This is the baseline that Tracking Progress and Evaluating Impact look back to.',
      nextSteps: 'What will we focus on first?',
      nextStepsHint: 'The first things the partnership will do, and who will lead them.',
    },
    'tracking-progress': {
      name: 'Tracking Progress',
      title: 'Tracking Progress: how far we have come, {year}',
      intro:
        'About six months in: is our peer review living up to what we expected? Look again at each question, see how far practice has moved since Getting Started, note the changes in practice and impact we see, and agree what we will change.',
      nextSteps: 'What will we change?',
      nextStepsHint: 'Changes to how we run peer review for the rest of the year, and who will make them.',
    },
    'evaluating-impact': {
      name: 'Evaluating Impact',
      title: 'Evaluating Impact: looking back on {year}',
      intro:
        'At the end of the year: reflect on each question, as schools that were reviewed and as reviewers, note the impact we have seen with its evidence, and agree what to develop next year.',
      nextSteps: 'What will we develop next year?',
      nextStepsHint: 'The development areas the partnership agrees for next year.',
    },
  } satisfies Record<ProgrammeWorkshop, { name: string; title: string; intro: string; nextSteps: string; nextStepsHint: string }>,

  // Status
  notConnected: 'This widget is not connected to a partnership yet.',
  signedOut: 'Nobody is signed in.',
  readOnlyTitle: 'You can read this reflection but not change it.',
  notStartedTitle: 'This reflection has not been started yet',
  notStartedCanStart: 'Start it when the partnership meets for the workshop. Everything recorded is saved as you go.',
  notStartedReader: 'It is started and recorded by the partnership’s headteachers at the workshop.',
  start: 'Start this reflection',
  starting: 'Starting…',
  startFailed: 'The reflection could not be started: {reason}',
  started: 'Reflection started. Everything you record is saved as you go.',
  startedElsewhere: 'Someone else has just started this reflection; it is shown below.',

  // Details
  heldOn: 'Date of the workshop',
  /** Beside the native date field (which follows the browser's language): the chosen date in the widget's. */
  heldOnChosen: 'Date chosen: {date}.',
  heldOnText: 'Held on {date}',
  heldOnNone: 'Date not recorded.',

  // Navigation
  navLabel: 'Parts of this reflection',
  navComparison: 'Movement since Getting Started',
  navImpact: 'Impact',
  navNextSteps: 'Next steps',

  // Questions
  questionsTitle: 'Our practice as a partnership',
  questionsIntro: 'For each question, agree how far it is part of the partnership’s practice, and note the evidence that shows it.',
  noQuestions: 'Your partnership’s framework has no partnership questions at the moment.',
  aim: 'Aim: {aim}',
  levelQuestion: 'How far is this part of our practice?',
  clearLevel: 'Clear this choice',
  /** The button's accessible name: it begins with its visible text (`clearLevel`). */
  clearLevelLabel: 'Clear this choice for this question',
  evidence: 'Evidence notes',
  promptsIntro: 'Evidence you might draw on:',
  levelTerm: 'How far this is part of our practice',
  levelNone: 'Not chosen yet',
  evidenceNone: 'No evidence noted.',
  atBaseline: 'At Getting Started: {level}',
  atBaselineNone: 'At Getting Started: not answered',
  hiddenMarker: 'No longer in your partnership’s question pack. It is shown because it has an answer, which is kept; it cannot be changed here.',
  rewordedMarker: 'Worded by your partnership.',

  // Comparison with the baseline
  comparisonTitle: 'How far practice has moved since Getting Started',
  comparisonIntro: 'Each line runs along the continuum of practice, from “not yet” to “embedded”. The hollow ring is where we placed ourselves at Getting Started; the filled dot, at the end of the arrow, is where we place ourselves now.',
  comparisonNoBaseline: 'No Getting Started reflection has been recorded for {year}, so there is nothing to compare with yet.',
  comparisonBaselineUnreadable: 'The Getting Started reflection could not be opened, so there is nothing to compare with: {reason}',
  comparisonLoading: 'Loading the Getting Started baseline…',
  baselineNote: 'This is the baseline for the year: Tracking Progress and Evaluating Impact are compared with it.',
  keyBaseline: 'At Getting Started',
  keyNow: 'Now',
  /** The summary of the comparison: one sentence per way of moving that any question took. */
  summary: {
    further: enPlural({ one: '1 question has moved further on.', other: '{count} questions have moved further on.' }),
    unchanged: enPlural({ one: '1 question is unchanged.', other: '{count} questions are unchanged.' }),
    back: enPlural({ one: '1 question has moved back.', other: '{count} questions have moved back.' }),
    notYet: enPlural({ one: '1 question is not yet answered.', other: '{count} questions are not yet answered.' }),
    noBaseline: enPlural({ one: '1 question was not answered at Getting Started.', other: '{count} questions were not answered at Getting Started.' }),
  },
  summaryNone: 'There are no questions to compare.',
  /** One question's track, in words: the count is the number of steps along the continuum. */
  trackFurther: enPlural({ one: '{question}: from {from} to {to}, 1 step further on', other: '{question}: from {from} to {to}, {count} steps further on' }),
  trackBack: enPlural({ one: '{question}: from {from} to {to}, 1 step back', other: '{question}: from {from} to {to}, {count} steps back' }),
  trackUnchanged: '{question}: {level} at Getting Started and now, unchanged',
  trackOnlyNow: '{question}: now {level}; not answered at Getting Started',
  trackOnlyBaseline: '{question}: {level} at Getting Started; not yet answered now',
  trackNeither: '{question}: not answered at Getting Started or now',
  /**
   * Short names for the default framework's partnership questions, used in the comparison. A
   * question without one here (or reworded by the partnership) is named by its full wording.
   */
  shortNames: {
    'pr-shared-responsibility': 'Shared responsibility for improvement',
    'pr-reciprocity': 'Every school gives and gains',
    'pr-sharing-practice': 'Sharing practice',
    'pr-follow-up': 'Following up after reviews',
    'pr-engaging-teachers': 'Involving teachers',
    'pr-evidence-focus': 'Using data and wider intelligence',
    'pr-shared-pedagogy': 'A shared teaching priority',
    'pr-shared-priorities': 'Shared partnership priorities',
    'pr-mutual-accountability': 'Trust-based accountability',
    'pr-honest-conversations': 'Honest, open conversations',
    'pr-agreed-ways': 'Our agreed way of working',
    'pr-outcomes-impact': 'Impact on pupils’ outcomes',
    'sr-group-gaps': 'Gaps between groups of pupils',
    'sr-pupil-voice': 'Pupils’ views',
  },

  // Impact
  impactTitle: 'Impact we have seen',
  impactIntro: 'Note the changes the partnership has seen, with the evidence for each: for schools, for staff, for the organisation and for others.',
  impactGroups: {
    schools: 'For schools',
    staff: 'For staff',
    organisation: 'For the organisation',
    others: 'For others',
  },
  impactAreas: {
    'pupil-outcomes': 'Pupils’ results and progress',
    'attendance-behaviour': 'Attendance and behaviour',
    'closing-gaps': 'Closing gaps for disadvantaged and vulnerable pupils',
    'in-school-variation': 'Less variation within schools',
    'staff-confidence': 'Staff confidence',
    'teaching-quality': 'Quality of teaching',
    'professional-development': 'Professional development',
    'staff-morale': 'Staff morale',
    leadership: 'Leadership',
    'self-evaluation': 'Self-evaluation',
    'planning-priorities': 'Planning and focus on priorities',
    'parents-governors-community': 'Parents, governors and the community',
  } satisfies Record<ImpactArea, string>,
  impactNone: 'Nothing noted yet.',
  addImpact: 'Add an impact note',
  /** Each group's "Add an impact note" button's accessible name: it begins with the visible text. */
  addImpactLabel: {
    schools: 'Add an impact note for schools',
    staff: 'Add an impact note for staff',
    organisation: 'Add an impact note for the organisation',
    others: 'Add an impact note for others',
  },
  noteArea: 'Area of impact',
  noteText: 'What have we seen?',
  noteEvidence: 'Evidence',
  noteEvidenceHint: 'What shows it: data, observations, what staff, pupils or parents said.',
  noteSchool: 'Which school?',
  noteSchoolTerm: 'School',
  noteWholePartnership: 'The whole partnership',
  noteTextNone: 'No description yet.',
  removeImpact: 'Remove this note',
  /** The remove button's accessible name: it begins with its visible text. */
  removeImpactLabel: 'Remove this note: {area}',
  removeConfirm: 'Remove this impact note? What it says will be deleted.',
  removeYes: 'Yes, remove it',
  removeNo: 'Keep it',
  removed: 'Impact note removed.',

  // Next steps
  nextStepsTitle: 'Next steps',
  nextStepsNone: 'Not written yet.',
},
  { cy: () => import('./impact-review.strings.cy') },
);
