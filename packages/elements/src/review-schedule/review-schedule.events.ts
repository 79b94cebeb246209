/** The event `<spp-review-schedule>` adds to the shared ones (shared/events.ts). */
import type { Schedule } from '@spp/core';

/**
 * The schedule was published: each school's review cycle was created in the store. `cycleIds`
 * lists the cycles this publish created (empty when every review already had its cycle).
 */
export class SppSchedulePublishedEvent extends Event {
  static readonly type = 'spp-schedule-published';
  constructor(
    readonly cycleIds: readonly string[],
    readonly schedule: Schedule,
  ) {
    super(SppSchedulePublishedEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'spp-schedule-published': SppSchedulePublishedEvent;
  }
}
