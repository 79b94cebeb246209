/**
 * en-GB text of `<spp-partnership-goals>`. Replace any of it with
 * `setStrings({ 'partnership-goals': { … } })`.
 *
 * The goals are the partnership's own words about itself, agreed at the Getting Started workshop;
 * nothing here grades a school or a teacher. Dates are written in the widget's locale, not by
 * this table.
 */
import { defineStrings } from '../shared/strings';

export const partnershipGoalsStrings = defineStrings(
  'partnership-goals',
  {
    title: 'Partnership goals and agreements',
    subtitle: '{partnership}, {year}',
    intro:
      'What the headteachers agreed together at the Getting Started workshop: what the partnership wants from peer review this year, and the agreements it works to.',
    savedAsYouGo: 'Everything typed here is saved as you go.',

    // Status
    notConnected: 'This widget is not connected to a partnership yet.',
    missing: 'The partnership “{id}” is not in this store yet, so its goals cannot be shown or saved here. Ask whoever set up this page to save the partnership to the store first.',
    signedOut: 'Nobody is signed in.',
    readOnlyTitle: 'You can read the goals and agreements but not change them.',
    keptBy: 'The partnership lead, {name}, keeps them up to date.',

    // Goals
    goalsTitle: 'Our goals for {year}',
    goalsIntro: 'In your own words. There are no right answers: these are what you will look back on at Tracking Progress and Evaluating Impact.',
    fields: {
      mainGoal: { label: 'Our main goal', hint: 'What do we most want peer review to achieve for our schools this year?' },
      getBetterAt: { label: 'What we want to get better at', hint: 'As a partnership: ways of working, follow-up, involving staff…' },
      mainConcern: { label: 'Our main concern', hint: 'What might get in the way, and what we will keep an eye on.' },
      confidentIn: { label: 'What we are confident in', hint: 'Strengths we can build on together.' },
      anythingElse: { label: 'Anything else', hint: 'Anything the partnership wants to remember from the discussion.' },
    },
    goalsAgreedOn: 'Date the goals were agreed',
    /** Under a date box (whose format follows the browser's language), the date in the widget's. */
    dateShown: 'Date chosen: {date}.',
    notWritten: 'Not written yet.',
    notRecorded: 'Not recorded yet.',

    // Agreements
    agreementsTitle: 'Our agreements',
    agreementsIntro: 'Every partnership works to an agreed memorandum of understanding and a data-sharing agreement. Record when each was agreed and where the signed copy is kept.',
    agreements: {
      /** `open`: the link to the signed copy (followed by `opensNewTab` for screen readers). */
      mou: { title: 'Memorandum of understanding', open: 'Open the signed memorandum of understanding' },
      dataSharing: { title: 'Data-sharing agreement', open: 'Open the signed data-sharing agreement' },
    },
    agreedOn: 'Date agreed',
    agreedOnText: 'Agreed on {date}',
    documentUrl: 'Link to the signed document',
    documentUrlHint: 'The web address of the signed copy in your trust’s document store, starting https://',
    opensNewTab: '(opens in a new tab)',
    linkNotShown: 'A document address is stored but is not shown as a link, because it is not a web (http or https) address:',
    noDocument: 'No link to the signed document yet.',
    linkRefused: 'This link was not saved: {reason}',
    linkPending: 'Not saved yet: finish the address (starting https://) and it is saved as you type.',
    note: 'Note',
    noteHint: 'Who signed, when it is due for review, anything to remember.',
    noNote: 'No note.',
  },
  { cy: () => import('./partnership-goals.strings.cy') },
);
