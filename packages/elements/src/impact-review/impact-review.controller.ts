/**
 * The reflection document as `<spp-impact-review>` edits it: a `DocumentController` whose edits
 * are core's `ReflectionEdit`s, applied by core's `applyReflectionEdit` (which checks the role
 * rules). Several headteachers often record at once during a workshop, so edits merge with changes
 * made elsewhere unless both sides touched the same question, the same impact note or the same
 * detail (the date or the next steps), in which case the person is asked.
 */
import type { ReactiveControllerHost } from 'lit';
import { applyReflectionEdit, type Reflection, type ReflectionEdit } from '@spp/core';
import { DocumentController, type DocumentModel, type DocumentSource } from '../shared/document-controller';

/** What one edit touches: `question:<id>`, `impact:<id>` or `detail:<field>`. */
export function editSubjects(edit: ReflectionEdit): string[] {
  switch (edit.type) {
    case 'RECORD_REFLECTION':
      return [`question:${edit.questionId}`];
    case 'SAVE_IMPACT':
      return [`impact:${edit.note.id}`];
    case 'REMOVE_IMPACT':
      return [`impact:${edit.id}`];
    case 'SET_REFLECTION_DETAILS':
      return [...(edit.heldOn !== undefined ? ['detail:heldOn'] : []), ...(edit.nextSteps !== undefined ? ['detail:nextSteps'] : [])];
  }
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** What changed between two versions of a reflection, as the subjects edits name. */
export function changedSubjects(base: Reflection, theirs: Reflection): Set<string> {
  const out = new Set<string>();
  for (const id of new Set([...Object.keys(base.responses), ...Object.keys(theirs.responses)])) {
    if (!same(base.responses[id], theirs.responses[id])) out.add(`question:${id}`);
  }
  const before = new Map(base.impact.map((n) => [n.id, n] as const));
  const after = new Map(theirs.impact.map((n) => [n.id, n] as const));
  for (const id of new Set([...before.keys(), ...after.keys()])) {
    if (!same(before.get(id), after.get(id))) out.add(`impact:${id}`);
  }
  if (base.heldOn !== theirs.heldOn) out.add('detail:heldOn');
  if (base.nextSteps !== theirs.nextSteps) out.add('detail:nextSteps');
  return out;
}

export const reflectionModel: DocumentModel<Reflection, ReflectionEdit> = {
  kind: 'reflection',
  apply: (reflection, edit, context) => applyReflectionEdit(reflection, edit, context),
  clashes(base, theirs, pending) {
    const theirChanges = changedSubjects(base, theirs);
    return pending.some((edit) => editSubjects(edit).some((subject) => theirChanges.has(subject)));
  },
};

export class ReflectionController extends DocumentController<Reflection, ReflectionEdit> {
  constructor(host: ReactiveControllerHost & HTMLElement, source: () => DocumentSource) {
    super(host, source, reflectionModel);
  }
  /** The reflection as this person sees it, with their unsaved edits applied. */
  get reflection(): Reflection | undefined {
    return this.doc;
  }
}
