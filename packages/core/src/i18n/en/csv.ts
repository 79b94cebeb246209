/** en-GB: the tracker export's headers and values (partnership-year.ts cyclesCsv). */
import type { CataloguePart } from '../messages';

export const enCsv: CataloguePart<'csv'> = {
  'csv.school': () => 'School',
  'csv.stage': () => 'Stage',
  'csv.due': () => 'Next step due',
  'csv.overdue': () => 'Overdue',
  'csv.workshop-held': () => 'Workshop held',
  'csv.check-in-held': () => 'Check-in held',
  'csv.lead': () => 'Lead reviewer',
  'csv.facilitator': () => 'Facilitator',
  'csv.priority': () => 'Improvement priority',
  'csv.yes': () => 'yes',
  'csv.no': () => 'no',
  'csv.stage-value': ({ stage }) => stage,
};
