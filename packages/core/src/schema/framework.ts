/**
 * Enquiry framework packs: areas of commitment → aims → enquiry questions. A question is used for
 * school self-review, partnership reflection, or both.
 */
import * as z from 'zod/mini';
import { Id, Label, Text } from '../zod';
import { SCHEMA_VERSION } from './partnership';

export const QuestionUse = z.enum(['self-review', 'partnership', 'both']);
export type QuestionUse = z.infer<typeof QuestionUse>;

export const EnquiryQuestion = z.object({
  /** Stable for ever: responses are keyed by it, so rewording never orphans an answer. */
  id: Id,
  text: Label,
  use: QuestionUse,
  /** Optional prompts that help a school think about evidence. */
  prompts: z._default(z.array(Label), []),
});
export type EnquiryQuestion = z.infer<typeof EnquiryQuestion>;

export const Aim = z.object({
  id: Id,
  aim: Label,
  questions: z.array(EnquiryQuestion),
});
export type Aim = z.infer<typeof Aim>;

export const CommitmentArea = z.object({
  id: Id,
  title: Label,
  summary: z._default(Text, ''),
  aims: z.array(Aim),
});
export type CommitmentArea = z.infer<typeof CommitmentArea>;

export const FrameworkPack = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  kind: z.literal('framework'),
  id: Id,
  name: Label,
  version: z.string().check(z.minLength(1), z.maxLength(40)),
  areas: z.array(CommitmentArea),
});
export type FrameworkPack = z.infer<typeof FrameworkPack>;
export type FrameworkPackInput = z.input<typeof FrameworkPack>;
