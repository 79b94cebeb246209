/** The demo partnership, stored once on a new database when the server starts with `--demo`. */
import { DEFAULT_FRAMEWORK, type SppDocument } from '@spp/core';
import { demoCycles, demoPartnership, demoReflections, demoSchedule } from '@spp/core/demo';
import type { Database } from './db/driver';
import { getPartnership, seedRecord } from './records';

export const DEMO_PARTNERSHIP_ID = 'p-riverside';

/** Stores the demo partnership and its year unless it is there already. Returns whether it seeded. */
export async function seedDemo(db: Database): Promise<boolean> {
  return db.transaction(async (tx) => {
    if (await getPartnership(tx, DEMO_PARTNERSHIP_ID)) return false;
    const partnership = demoPartnership();
    const cycles = demoCycles(partnership);
    const docs: SppDocument[] = [partnership, ...cycles, demoSchedule(cycles, partnership), ...demoReflections(partnership), structuredClone(DEFAULT_FRAMEWORK) as SppDocument];
    for (const doc of docs) await seedRecord(tx, partnership.id, doc);
    return true;
  });
}
