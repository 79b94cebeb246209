/**
 * The schedule document as `<spp-review-schedule>` edits it: a `DocumentController` whose edits
 * are core's `ScheduleEdit`s, applied by core's `applyScheduleEdit` (which checks the role rules).
 * The schedule is planned as a whole, so any change made elsewhere meanwhile stops and asks.
 */
import type { ReactiveControllerHost } from 'lit';
import { applyScheduleEdit, type Schedule, type ScheduleEdit } from '@spp/core';
import { DocumentController, type DocumentModel, type DocumentSource } from '../shared/document-controller';

export const scheduleModel: DocumentModel<Schedule, ScheduleEdit> = {
  kind: 'schedule',
  apply: (schedule, edit, context) => applyScheduleEdit(schedule, edit, context),
  // One person's hand edits are judged against the whole schedule: never merge silently.
  clashes: () => true,
  // Publishing is saved at once, not after the typing pause.
  urgent: (before, after) => !before.publishedAt && Boolean(after.publishedAt),
};

export class ScheduleController extends DocumentController<Schedule, ScheduleEdit> {
  constructor(host: ReactiveControllerHost & HTMLElement, source: () => DocumentSource) {
    super(host, source, scheduleModel);
  }
  /** The schedule as this person sees it, with their unsaved edits applied. */
  get schedule(): Schedule | undefined {
    return this.doc;
  }
}
