/**
 * The demo partnership for the host pages, from `@spp/core/demo` (read from the sources, so no
 * core build is needed), as the JSON the pages fetch and seed their store with. Every person gets a
 * work email (`first.last@riverside.example`): the SharePoint web part and the Moodle plugin map
 * the signed-in user to a partnership person by email.
 */
import { demoCycles, demoPartnership, demoReflections, demoSchedule } from '../../../packages/core/src/demo/index.ts';

export const EMAIL_DOMAIN = 'riverside.example';

export function emailOf(name: string): string {
  return `${name.toLowerCase().replace(/[^a-z ]/g, '').trim().replace(/\s+/g, '.')}@${EMAIL_DOMAIN}`;
}

export interface DemoData {
  partnership: ReturnType<typeof demoPartnership>;
  /** Cycles, the schedule and the reflections: everything else to seed. */
  documents: Array<{ kind: string; id: string }>;
}

export function demoData(): DemoData {
  const partnership = demoPartnership();
  for (const person of partnership.people) person.email = emailOf(person.name);
  const cycles = demoCycles(partnership);
  return {
    partnership,
    documents: [...cycles, demoSchedule(cycles, partnership), ...demoReflections(partnership)],
  };
}

/** The same records keyed `kind/id`, to seed the reference HTTP storage server. */
export function demoRecords(data: DemoData = demoData()): Record<string, unknown> {
  const records: Record<string, unknown> = { [`partnership/${data.partnership.id}`]: data.partnership };
  for (const doc of data.documents) records[`${doc.kind}/${doc.id}`] = doc;
  return records;
}
