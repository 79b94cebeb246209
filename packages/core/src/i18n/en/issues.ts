/**
 * en-GB: validation issues (schema/issues.ts). A zod issue is said in zod's own English (core
 * configures zod's en locale, which the bundle carries anyway): word for word what zod writes,
 * given as the `zod` parameter. Messages the schemas write themselves are core's own.
 */
import type { CataloguePart } from '../messages';

const asZod = ({ zod }: { readonly zod: string }) => zod;

export const enIssues: CataloguePart<'issue'> = {
  'issue.at': ({ path, issue }) => `${path}: ${issue}`,
  'issue.document': () => '(document)',
  'issue.invalid-type': asZod,
  'issue.invalid-value': asZod,
  'issue.invalid-option': asZod,
  'issue.too-big': asZod,
  'issue.too-small': asZod,
  'issue.starts-with': asZod,
  'issue.ends-with': asZod,
  'issue.includes': asZod,
  'issue.pattern': asZod,
  'issue.format': asZod,
  'issue.not-multiple-of': asZod,
  'issue.unrecognized-keys': asZod,
  'issue.invalid-key': asZod,
  'issue.invalid-discriminator': asZod,
  'issue.more-than-one-match': asZod,
  'issue.invalid-element': asZod,
  'issue.invalid-input': asZod,
  'issue.document-url': () => 'A document link must be a web address starting https:// (or http://).',
  'issue.team-size-order': () => 'The smallest team size cannot be larger than the largest.',
  'issue.custom': ({ text }) => text,
};
