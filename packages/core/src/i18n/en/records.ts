/** en-GB: commands and edits of partnership records (commands.ts, document-edits.ts). */
import type { CataloguePart } from '../messages';

const sentences = (list: readonly string[]) => list.join(' ');

export const enRecords: CataloguePart<'command' | 'edit'> = {
  'command.not-a-create': ({ event, kind }) => `A ${event} event does not create a ${kind} record.`,
  'command.no-record': ({ kind, id }) => `There is no ${kind} "${id}" in this partnership yet.`,
  'command.record-exists': ({ kind, id }) => `The ${kind} "${id}" already exists.`,
  'command.framework-whole': () => 'A framework pack is changed by saving it whole (SAVE_FRAMEWORK).',
  'command.bad-id': () => 'A record id uses letters, digits, -, _, . and : (at most 120).',
  'command.pack-id-mismatch': ({ packId, id }) => `The pack's id "${packId}" does not match the record "${id}".`,
  'command.grading-language': ({ question, word }) => `The question "${question}" uses grading language ("${word}"): ask where practice stands instead.`,
  'command.already-published': () => 'This schedule has already been published.',
  'command.publish-refused': ({ reason, problems }) => (problems.length ? `${reason} ${sentences(problems)}` : reason),
  'edit.invalid': ({ event, issues }) => `The ${event} change is not valid: ${issues.join('; ')}`,
  'edit.wrong-partnership': () => 'This record belongs to a different partnership.',
  'edit.impact-missing': () => 'That impact note does not exist.',
  'edit.schedule-published': () => 'This schedule has been published; change each review in its own cycle.',
  'edit.review-missing': () => 'That review is not in the schedule.',
};
