/**
 * Pure helpers for `<spp-partnership-goals>`: the fields it shows, dates as people read them, and
 * the one check that decides whether a stored address may become a link. No role rule lives here.
 */
import type { PartnershipGoals } from '@spp/core';

/** The Getting Started goals, in the order the workshop discusses them. */
export const GOAL_FIELDS = ['mainGoal', 'getBetterAt', 'mainConcern', 'confidentIn', 'anythingElse'] as const satisfies readonly (keyof PartnershipGoals)[];
export type GoalField = (typeof GOAL_FIELDS)[number];

/** The partnership's agreements: the memorandum of understanding and the data-sharing agreement. */
export const AGREEMENTS = ['mou', 'dataSharing'] as const;
export type AgreementKey = (typeof AGREEMENTS)[number];

/**
 * The address to use as a link's `href`, or `undefined` when it must not be a link: only absolute
 * http(s) addresses qualify, so `javascript:`, `data:` and the like are never rendered as links.
 */
export function safeHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
