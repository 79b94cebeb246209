/** Pure helpers of `<spp-strengths-directory>`: searching by words and grouping offers by school. */
import type { Partnership, School, StrengthOffer } from '@spp/core';

/** Lower case, accents removed, so "Café" is found by "cafe". */
export function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '').toLocaleLowerCase('en-GB');
}

/** The words of a search, folded; punctuation around words is ignored. */
export function searchWords(query: string): string[] {
  return fold(query)
    .split(/[^\p{L}\p{N}'’-]+/u)
    .map((w) => w.replace(/^['’-]+|['’-]+$/g, ''))
    .filter(Boolean);
}

/** Whether the offer (its text, school or sub-group) contains every word. */
export function offerMatches(offer: StrengthOffer, school: School | undefined, words: readonly string[]): boolean {
  if (!words.length) return true;
  const haystack = fold(`${offer.text} ${offer.schoolName} ${school?.group ?? ''}`);
  return words.every((word) => haystack.includes(word));
}

export interface SchoolOffers {
  schoolId: string;
  schoolName: string;
  school?: School;
  offers: StrengthOffer[];
}

/** Offers grouped by school in the partnership's order, newest year first within a school. */
export function groupBySchool(offers: readonly StrengthOffer[], partnership: Partnership): SchoolOffers[] {
  const groups = new Map<string, SchoolOffers>();
  for (const offer of offers) {
    let group = groups.get(offer.schoolId);
    if (!group) {
      const school = partnership.schools.find((s) => s.id === offer.schoolId);
      group = { schoolId: offer.schoolId, schoolName: offer.schoolName, ...(school ? { school } : {}), offers: [] };
      groups.set(offer.schoolId, group);
    }
    group.offers.push(offer);
  }
  const order = new Map(partnership.schools.map((s, i) => [s.id, i] as const));
  for (const group of groups.values()) group.offers.sort((a, b) => b.academicYear.localeCompare(a.academicYear));
  return [...groups.values()].sort((a, b) => (order.get(a.schoolId) ?? Infinity) - (order.get(b.schoolId) ?? Infinity) || a.schoolName.localeCompare(b.schoolName));
}

/** Shortens a strength for a button's spoken name; the full text is on screen next to it. */
export function shortText(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}
