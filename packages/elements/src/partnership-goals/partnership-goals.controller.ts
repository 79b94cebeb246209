/**
 * The partnership document as `<spp-partnership-goals>` edits it: a `DocumentController` whose
 * edits are core's `PartnershipEdit`s, applied by core's `applyPartnershipEdit`. The role rules are
 * checked against the stored partnership itself (the document being edited), not against a copy
 * the page may hold. Goals and agreements are agreed as a whole, so any change made elsewhere
 * meanwhile stops and asks rather than merging.
 */
import type { ReactiveControllerHost } from 'lit';
import { applyPartnershipEdit, type Partnership, type PartnershipEdit } from '@spp/core';
import { DocumentController, type DocumentModel, type DocumentSource } from '../shared/document-controller';

export const partnershipModel: DocumentModel<Partnership, PartnershipEdit> = {
  kind: 'partnership',
  apply: (doc, edit, context) => applyPartnershipEdit(doc, edit, { ...context, partnership: doc }),
  clashes: () => true,
};

export class PartnershipController extends DocumentController<Partnership, PartnershipEdit> {
  constructor(host: ReactiveControllerHost & HTMLElement, source: () => DocumentSource) {
    super(host, source, partnershipModel);
  }
  /** The partnership as this person sees it, with their unsaved edits applied. */
  get partnershipDoc(): Partnership | undefined {
    return this.doc;
  }
}
