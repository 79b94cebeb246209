/** en-GB: problems with a partnership's tailoring of the framework (framework/framework.ts). */
import type { CataloguePart } from '../messages';

export const enTailoring: CataloguePart<'tailoring'> = {
  'tailoring.added-id-taken-question': ({ id }) => `The added question "${id}" uses an id that is already taken by a question in the framework. Give it a new id.`,
  'tailoring.added-id-taken-framework': ({ id }) => `The added question "${id}" uses an id that is already taken by an area or aim of the framework. Give it a new id.`,
  'tailoring.added-id-taken-added': ({ id }) => `The added question "${id}" uses an id that is already taken by another added question. Give it a new id.`,
  'tailoring.added-aim-unknown': ({ id, aim }) => `The added question "${id}" belongs to the aim "${aim}", which is not in the framework. Choose one of its aims.`,
  'tailoring.added-text-empty': ({ id }) => `The added question "${id}" has no wording.`,
  'tailoring.hidden-unknown': ({ id }) => `"${id}" is marked as hidden but is not a question in the framework, so hiding it has no effect.`,
  'tailoring.reworded-unknown': ({ id }) => `"${id}" has new wording but is not a question in the framework, so the wording is not used.`,
  'tailoring.reword-empty': ({ id }) => `The new wording for "${id}" is blank, so the original wording is kept.`,
  'tailoring.grading-language': ({ id, word }) =>
    `The wording of "${id}" includes "${word}", which reads like a grade. Enquiry questions ask how far something is part of practice; consider rewording.`,
  'tailoring.duplicate-question-id': ({ pack, id }) => `The framework "${pack}" uses the question id "${id}" more than once, so answers to it cannot be told apart.`,
};
