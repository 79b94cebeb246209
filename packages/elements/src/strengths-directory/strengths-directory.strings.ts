/**
 * The en-GB text of `<spp-strengths-directory>`. Replace any of it with
 * `setStrings({ 'strengths-directory': { … } })`. `{name}` placeholders are filled as text.
 *
 * Strengths are practice a school can share, found by its peer review and agreed by the school;
 * every school gives and receives. Nothing here ranks or grades a school.
 */
import { defineStrings, enPlural } from '../shared/strings';

export const strengthsDirectoryStrings = {
  heading: 'Strengths to share',
  intro:
    'Practice that peer reviews found and the host schools agreed. When an improvement workshop brokers support, find a school whose strength matches the need and suggest it.',
  loading: 'Loading the strengths…',
  notConnected: 'This directory is not connected to a store and a partnership yet.',
  notSignedIn: 'Sign in to see the strengths schools in {partnership} can share.',
  notMember: 'You are not a member of {partnership}, so its schools’ strengths are not shown here.',
  listFailed: 'The strengths could not be read. {reason}',
  tryAgain: 'Try reading them again',
  empty: 'No strengths to share yet. They appear here once a school has agreed the findings of its peer review.',

  unreadable: {
    heading: enPlural({ one: '1 review cycle could not be read', other: '{count} review cycles could not be read' }),
    intro: enPlural({
      one: 'Any strengths it holds are not in the directory. It has been left exactly as it was saved: ask whoever looks after your storage to check it.',
      other: 'Any strengths they hold are not in the directory. They have been left exactly as they were saved: ask whoever looks after your storage to check them.',
    }),
    item: 'The record saved as “{key}”: {reason}',
  },

  search: {
    label: 'Search the strengths',
    hint: 'Type one or more words, such as “reading” or “families”. A strength is shown when every word appears in it or in its school’s name.',
    clear: 'Clear the search',
    noResults: 'Try fewer words, or other words for the same thing.',
  },
  count: {
    all: enPlural({ none: 'No strengths.', one: '1 strength from {schools}.', other: '{count} strengths from {schools}.' }),
    found: enPlural({ none: 'No strengths match “{query}”.', one: '1 strength matches “{query}”, from {schools}.', other: '{count} strengths match “{query}”, from {schools}.' }),
    schools: enPlural({ one: '1 school', other: '{count} schools' }),
  },

  school: {
    yourSchool: 'Your school',
    offers: enPlural({ one: '1 strength', other: '{count} strengths' }),
  },
  offer: {
    agreedIn: 'Agreed in the {year} peer review',
    suggest: 'Suggest this school',
    /** Read after "Suggest this school" by screen readers, so each button says which offer it is. */
    suggestFor: ': {school}, for “{strength}”',
    suggested: 'Suggested {school} for support: “{strength}”.',
    /** Shown beside the button of the strength last suggested. */
    suggestedMark: 'Suggested',
  },
} as const;

export const getStrengthsDirectoryStrings = defineStrings('strengths-directory', strengthsDirectoryStrings, { cy: () => import('./strengths-directory.strings.cy') });
