/**
 * en-GB text of `<spp-evidence-log>`. Replace any of it with
 * `setStrings({ 'evidence-log': { … } })`. `{name}` placeholders are filled as text. Stage names
 * are the shared ones (`common.stage`).
 *
 * The wording is non-judgemental throughout: evidence records what was seen, heard or read;
 * findings are strengths to share and areas to explore. Nothing here grades a school or a teacher.
 *
 * Every count is a plural entry (a whole sentence for each form); other locales' tables are loaded
 * on demand (`evidence-log.strings.cy.ts`).
 */
import type { EvidenceActivity, EvidenceSource } from '@spp/core';
import { defineStrings, enPlural } from '../shared/strings';

export const getEvidenceLogStrings = defineStrings(
  'evidence-log',
  {
  /** Locale used to write dates, times and numbers, e.g. "14 Oct 2026, 10:00". */
  dateLocale: 'en-GB',
  /** Between the items of a list of dates or of names ("Review days: {dates}", "Review team: {names}"). */
  listSeparator: ', ',
  heading: 'Peer review: evidence and findings',
  hostSchool: 'Review of {school}',
  reviewDays: enPlural({ one: 'Review day: {dates}', other: 'Review days: {dates}' }),
  team: 'Review team: {names}',
  leadReviewer: '{name} (lead reviewer)',
  someone: 'someone no longer in the partnership',

  // Notices: why this person sees what they see (each shown once, at the top)
  before: 'Evidence is recorded on the review day or days, once the review plan is agreed. {reason}',
  readOnly: 'You can read the evidence and the draft findings but not change them. {reason}',
  notShared: 'Evidence notes are not shared with you',
  notSharedDetail: 'Once the host headteacher agrees the findings with the review team, the agreed findings and the improvement priority are shown here.',
  notInPartnership: 'This review is not shared with you. {reason}',
  record: 'This is the record of the peer review. It can no longer be changed here.',
  stageNow: 'The review cycle is now at the {stage} stage.',
  agreedBy: 'Findings agreed by {name} on {date}.',
  agreedOn: 'Findings agreed on {date}.',

  // The save banner
  save: {
    label: 'Where your work is saved',
    saved: 'Saved',
    savedDetail: 'Everything is in the shared store.',
    sending: 'Saved on this device, sending to the shared store…',
    deviceOnly: 'Saved on this device, not yet to the shared store',
    deviceOnlyDetail: 'Keep this page open or come back on this device: nothing you typed is lost, and it is sent once saving works again.',
    heldDetail: 'Nothing you typed is lost: it stays on this device. It is not sent by itself, because the record changed on the server in the meantime.',
    unsaved: enPlural({ one: '1 evidence item is on this device only.', other: '{count} evidence items are on this device only.' }),
    itemBadge: 'On this device only',
  },

  // Quick capture
  capture: {
    heading: 'Record evidence',
    note: 'What did you see, hear or read?',
    noteHint: 'Describe what you found, not a judgement of anyone. Ctrl+Enter (⌘+Enter on a Mac) adds it.',
    line: 'Line of enquiry',
    noLine: 'Not linked to a line of enquiry',
    activity: 'Activity',
    noActivity: 'No activity chosen',
    planned: 'Planned for this review',
    otherActivities: 'Other activities',
    plannedOption: '{activity} with {with} (day {day}, {start})',
    plannedOptionNoTime: '{activity} with {with} (day {day})',
    plannedOptionNoWith: '{activity} (day {day}, {start})',
    add: 'Add evidence',
    empty: 'Write the evidence first.',
    added: enPlural({ one: 'Evidence added. 1 recorded.', other: 'Evidence added. {count} recorded.' }),
  },

  // The evidence list
  list: {
    heading: enPlural({ one: 'Evidence (1)', other: 'Evidence ({count})' }),
    none: 'No evidence recorded yet.',
    lineNone: 'Nothing recorded for this line yet.',
    unlinked: 'Not linked to a line of enquiry',
    /** Under an item: its activity, who recorded it and when. */
    meta: '{activity} · {name} · {when}',
    metaNoActivity: '{name} · {when}',
    /** The same after an item quoted in a finding or a checkbox. */
    metaAfterNote: '({activity} · {name} · {when})',
    metaAfterNoteNoActivity: '({name} · {when})',
  },

  activities: {
    interview: 'Interview',
    'focus-group': 'Focus group',
    'data-review': 'Data review',
    'work-scrutiny': 'Book and work scrutiny',
    observation: 'Lesson observation',
    'learning-walk': 'Learning walk',
    survey: 'Survey',
  } satisfies Record<EvidenceActivity, string>,
  sources: {
    staff: 'staff',
    pupils: 'pupils',
    parents: 'parents',
    governors: 'governors',
    leaders: 'leaders',
    documents: 'documents',
  } satisfies Record<EvidenceSource, string>,

  // Findings: the feedback conversation
  findings: {
    heading: 'Feedback conversation: findings',
    intro: 'Strengths to share and areas to explore describe practice, not people: no grades or judgements. Link each one to the evidence it draws on.',
    headingRecord: 'Findings',
    notAgreedYet: 'These findings are drafts: the host headteacher has not agreed them yet.',
    noneShared: 'No agreed findings are shared yet.',
    none: 'No findings recorded.',
    strengths: 'Strengths to share',
    areas: 'Areas to explore',
    strength: 'Strength {n}',
    area: 'Area to explore {n}',
    addStrength: 'Add a strength',
    addArea: 'Add an area to explore',
    noStrengths: 'No strengths written yet.',
    noAreas: 'No areas to explore written yet.',
    line: 'Line of enquiry for {label}',
    /** A finding's line of enquiry, shown as text. */
    lineShown: 'Line of enquiry: {line}',
    evidence: enPlural({ one: 'Evidence for {label} (1 linked)', other: 'Evidence for {label} ({count} linked)' }),
    evidenceLegend: 'Evidence {label} draws on',
    noEvidenceYet: 'No evidence recorded yet to link.',
    drawsOn: 'Drawn from:',
    remove: 'Remove {label}',
    confirmRemove: 'Remove {label} and everything written in it?',
    confirmYes: 'Yes, remove it',
    keep: 'Keep it',
    removed: 'Removed {label}.',
    added: 'Added {label}.',
  },

  priority: {
    heading: 'Improvement priority',
    label: 'The improvement priority',
    hint: 'The one priority the improvement workshop will work on, agreed with the host school.',
    none: 'No improvement priority agreed yet.',
  },

  agree: {
    heading: 'Agree the findings',
    intro: 'At the end of the feedback conversation, the host headteacher agrees the findings and the improvement priority with the review team.',
    button: 'Agree the findings',
    notReady: 'Not possible yet: {reason}',
    confirmHeading: 'Agree these findings now?',
    /** Followed by a list: the strengths, the areas to explore, the improvement priority. */
    confirmSummary: 'You are agreeing:',
    confirmStrengths: enPlural({ none: 'no strengths to share', one: '1 strength to share', other: '{count} strengths to share' }),
    confirmAreas: enPlural({ none: 'no areas to explore', one: '1 area to explore', other: '{count} areas to explore' }),
    confirmPriority: 'the improvement priority',
    confirmMovesOn: 'The review then moves on to the {stage} stage.',
    confirmYes: 'Yes, agree the findings',
    cancel: 'Not yet',
  },
},
  { cy: () => import('./evidence-log.strings.cy') },
);

/** The en-GB table, for translators (`Translation<typeof evidenceLogStrings>`). */
export const evidenceLogStrings = getEvidenceLogStrings.table;
