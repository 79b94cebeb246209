/**
 * Schedule planning: which school is reviewed when, by whom, and who facilitates its improvement
 * workshop. Who *may* take a role is decided only by the role policy (`./policy`); this module
 * decides how to share the work out fairly, and checks any schedule (planned or hand-edited)
 * against the policy.
 *
 * Severity: policy violations, missing schools and bad windows are `error`s (the schedule cannot
 * be used). Going over `maxReviewsPerPerson` and one person on two reviews whose windows overlap
 * are `warning`s: the config says the scheduler *aims* not to exceed the load, and every school
 * being reviewed matters more than a perfect spread, so the planner still returns a schedule and
 * reports them.
 */
import { facilitatorViolations, reviewTeamViolations, reviewerViolations, type RuleId, type Violation } from './policy';
import { SCHEMA_VERSION, type Partnership, type Person, type School } from './schema/partnership';
import type { ReviewWindow, Schedule, ScheduledReview, Season } from './schema/schedule';
import { msg, type Message } from './i18n/messages';
import { formatMessage, useEnglish, type LocaleLike } from './i18n/locale';
import { enSchedule } from './i18n/en/schedule';

export type ScheduleRule =
  | RuleId
  | 'too-few-schools'
  | 'no-windows'
  | 'window-order'
  | 'wrong-partnership'
  | 'duplicate-review'
  | 'unknown-school'
  | 'school-not-reviewed'
  | 'max-reviews-per-person'
  | 'person-window-overlap';

/** `message` is in the locale asked for (default en-GB); `messageId` and `params` say it in any locale. */
export interface SchedulePlanProblem extends Message {
  rule: ScheduleRule;
  /** `error`: the schedule cannot be used as it is. `warning`: usable, but less fair than the partnership aims for. */
  severity: 'error' | 'warning';
  message: string;
  schoolId?: string;
  personId?: string;
  reviewId?: string;
}

export interface PlanOptions {
  /** Reviewers per team, lead included; default `config.teamSize.min`, clamped to the config's range. */
  teamSize?: number;
  /** Review windows, default the three terms of the partnership's academic year. */
  windows?: ReviewWindow[];
  /** Choose an Improvement Champion to facilitate each workshop (default true). */
  withFacilitators?: boolean;
  /** Draw reviewers from the host's sub-group (triad, quad) first (default true). */
  preferSameGroup?: boolean;
  scheduleId?: string;
  /** The language of each problem's `message` (default en-GB). */
  locale?: LocaleLike;
}

export type PlanResult =
  | { ok: true; schedule: Schedule; warnings: SchedulePlanProblem[] }
  | { ok: false; problems: SchedulePlanProblem[] };

// ---------------------------------------------------------------------------------------------
// Default windows

const isoDay = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d)).toISOString().slice(0, 10);
const MONDAY = 1;
const FRIDAY = 5;

/** The n-th `weekday` (0 Sunday … 6 Saturday) of a month, or the last one when n is -1. */
function nthWeekday(year: number, month: number, weekday: number, n: number): string {
  if (n < 0) {
    const last = new Date(Date.UTC(year, month, 0));
    return isoDay(year, month, last.getUTCDate() - ((last.getUTCDay() - weekday + 7) % 7));
  }
  const first = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
  return isoDay(year, month, 1 + ((weekday - first + 7) % 7) + 7 * (n - 1));
}

/**
 * Typical English review windows for an academic year (`2026-27`): weeks well inside each term.
 * Term dates vary by local authority and trust, so partnerships pass their own `windows` when
 * they know them.
 */
export function defaultReviewWindows(academicYear: string, locale?: LocaleLike): ReviewWindow[] {
  useEnglish(enSchedule);
  const y = Number(academicYear.slice(0, 4));
  const window = (season: Season, from: string, to: string): ReviewWindow => ({ term: formatMessage(msg(`term.${season}`), locale), season, from, to });
  return [
    window('autumn', nthWeekday(y, 9, MONDAY, 1), nthWeekday(y, 12, FRIDAY, 2)),
    window('spring', nthWeekday(y + 1, 1, MONDAY, 2), nthWeekday(y + 1, 3, FRIDAY, -1)),
    window('summer', nthWeekday(y + 1, 4, MONDAY, 3), nthWeekday(y + 1, 7, FRIDAY, 3)),
  ];
}

/**
 * A review window's name in `locale`: a default window's term ("Tymor yr hydref" in Welsh),
 * else the name the partnership gave it.
 */
export function termName(window: { term?: string; season?: Season }, locale?: LocaleLike): string {
  useEnglish(enSchedule);
  return window.season ? formatMessage(msg(`term.${window.season}`), locale) : (window.term ?? '');
}

const isIsoDate = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);
const windowOk = (w: ReviewWindow) => isIsoDate(w.from) && isIsoDate(w.to) && w.from <= w.to;
const windowsOverlap = (a: ReviewWindow, b: ReviewWindow) => a.from <= b.to && b.from <= a.to;
type ProblemFields = Omit<SchedulePlanProblem, 'message' | 'messageId' | 'params'>;
/** A problem with its message, written in `locale`. */
function problem(fields: ProblemFields, m: Message, locale: LocaleLike): SchedulePlanProblem {
  useEnglish(enSchedule);
  return { ...fields, message: formatMessage(m, locale), ...m };
}

// ---------------------------------------------------------------------------------------------
// Planning

const REVIEW = 0;
const LEAD = 1;
const FACILITATE = 2;
type Role = typeof REVIEW | typeof LEAD | typeof FACILITATE;
/** Capability bit for a role at the person's own school or at any other school. */
const bit = (role: Role, own: boolean) => 1 << (role * 2 + (own ? 1 : 0));
const anyBit = (role: Role) => bit(role, false) | bit(role, true);
/** Spacing that keeps a load count below the soft-constraint flags in one sortable number. */
const LOAD_SPAN = 2 ** 20;

/** A person in the planner, with the running counts the fairness keys read. */
interface Body {
  person: Person;
  /** Index of the person's school, -1 if none (the associate) or not in the partnership. */
  school: number;
  rank: number;
  caps: number;
  reviews: number;
  terms: number[];
  facilitations: number;
  facTerms: number[];
}

/** A school, both as host of its review and as a giver of reviewers. */
interface Host {
  school: School;
  index: number;
  /** Position in the (sub-group, id) order: sets the term rotation and the "next school" tie-break. */
  pos: number;
  term: number;
  team: Body[];
  facilitator?: Body;
  given: number;
  facGiven: number;
  /** One entry per reviewer place this school's people fill: `hostIndex * terms + term`. */
  givesTo: number[];
}

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * What a person may do, asked of the policy twice: for their own school and for another one.
 * Eligibility then depends only on whether a host is the person's school, which keeps planning
 * linear in people instead of calling the policy for every person and school.
 */
function capabilities(person: Person, partnership: Partnership, otherId: string, ownId: string | undefined, facilitators: boolean): number {
  // The policy looks people up by id; a view holding only this person keeps that lookup O(1). The
  // probes only concern this person, and the final validation uses the whole partnership.
  partnership = { ...partnership, people: [person] };
  let caps = 0;
  for (const [hostId, own] of [[otherId, false], [ownId, true]] as const) {
    if (hostId === undefined) continue;
    if (reviewerViolations(person, hostId, partnership).length === 0) caps |= bit(REVIEW, own);
    // A one-person probe team: apart from its size, anything the policy objects to is about this person leading.
    const probe = reviewTeamViolations({ leadReviewerId: person.id, memberIds: [person.id] }, hostId, partnership);
    if (probe.every((v) => v.rule === 'team-size')) caps |= bit(LEAD, own);
    if (facilitators && facilitatorViolations(person.id, hostId, partnership).length === 0) caps |= bit(FACILITATE, own);
  }
  return caps;
}

/**
 * Plans one review for every school. Greedy and deterministic: leads first, then one more member
 * per team per round, then facilitators, each time taking the host with fewest candidates first
 * and the candidate with the best fairness key; then a repair pass. The result is always checked
 * with `validateSchedule`.
 */
export function planSchedule(partnership: Partnership, options: PlanOptions = {}): PlanResult {
  const { config, schools } = partnership;
  const { locale } = options;
  const fail = (problems: SchedulePlanProblem[]): PlanResult => ({ ok: false, problems });
  if (schools.length < 2) {
    return fail([
      problem(
        { rule: 'too-few-schools', severity: 'error', ...(schools[0] ? { schoolId: schools[0].id } : {}) },
        msg(schools.length === 0 ? 'schedule.no-schools' : 'schedule.one-school', { partnership: partnership.name }),
        locale,
      ),
    ]);
  }
  const windows = options.windows ?? defaultReviewWindows(partnership.academicYear);
  if (windows.length === 0) return fail([problem({ rule: 'no-windows', severity: 'error' }, msg('schedule.no-windows'), locale)]);
  const badWindows = windows.filter((w) => !windowOk(w));
  if (badWindows.length > 0) {
    return fail(badWindows.map((w) => problem({ rule: 'window-order', severity: 'error' }, msg('schedule.window-backwards', { term: termName(w, locale), from: w.from, to: w.to }), locale)));
  }
  const { min, max } = config.teamSize;
  const teamSize = Math.max(min, Math.min(max, Number.isFinite(options.teamSize) ? Math.floor(options.teamSize!) : min));
  const withFacilitators = options.withFacilitators ?? true;
  const preferGroup = options.preferSameGroup ?? true;
  const maxLoad = config.maxReviewsPerPerson;
  const n = schools.length;
  const k = windows.length;

  const order = schools.map((_, i) => i).sort((a, b) => byString(schools[a]?.group ?? '', schools[b]?.group ?? '') || byString(schools[a]?.id ?? '', schools[b]?.id ?? ''));
  const hosts: Host[] = schools.map((school, index) => ({ school, index, pos: 0, term: 0, team: [], given: 0, facGiven: 0, givesTo: [] }));
  order.forEach((index, pos) => {
    const h = hosts[index]!;
    h.pos = pos;
    h.term = pos % k; // round-robin over the sorted order spreads terms evenly, and within each sub-group
  });
  const indexOf = new Map<string, number>();
  schools.forEach((s, i) => { if (!indexOf.has(s.id)) indexOf.set(s.id, i); });

  const [firstId, secondId] = [schools[0]!.id, schools[1]!.id];
  const ranks = partnership.people.map((_, i) => i).sort((a, b) => byString(partnership.people[a]!.id, partnership.people[b]!.id));
  const bodies: Body[] = partnership.people.map((person) => {
    const school = indexOf.get(person.schoolId ?? '') ?? -1;
    const ownId = school >= 0 ? person.schoolId : undefined;
    const otherId = ownId === firstId ? secondId : firstId;
    const caps = capabilities(person, partnership, otherId, ownId, withFacilitators);
    return { person, school, rank: 0, caps, reviews: 0, terms: new Array<number>(k).fill(0), facilitations: 0, facTerms: new Array<number>(k).fill(0) };
  });
  ranks.forEach((i, rank) => { bodies[i]!.rank = rank; });
  const can = (b: Body, h: Host, role: Role) => (b.caps & bit(role, b.school === h.index)) !== 0;
  const pool = (role: Role) => bodies.filter((b) => (b.caps & anyBit(role)) !== 0);
  const leadPool = pool(LEAD);
  const reviewPool = pool(REVIEW);
  const facPool = pool(FACILITATE);

  // Feasibility: explain every school that cannot get a valid team or facilitator.
  const count = (list: Body[], h: Host, role: Role) => list.reduce((c, b) => c + (can(b, h, role) ? 1 : 0), 0);
  const counts = new Map(hosts.map((h) => [h, { lead: count(leadPool, h, LEAD), review: count(reviewPool, h, REVIEW), fac: withFacilitators ? count(facPool, h, FACILITATE) : 1 }]));
  const problems: SchedulePlanProblem[] = [];
  const training = config.requireTraining;
  for (const h of [...hosts].sort((a, b) => a.pos - b.pos)) {
    const c = counts.get(h)!;
    const { id: schoolId, name: school } = h.school;
    if (c.lead === 0) {
      problems.push(problem({ rule: 'lead-is-headteacher', severity: 'error', schoolId }, msg('schedule.no-lead', { school, headteacher: config.leadMustBeHeadteacher, training }), locale));
    }
    if (c.review < teamSize) {
      problems.push(problem({ rule: 'team-size', severity: 'error', schoolId }, msg('schedule.too-few-reviewers', { school, count: c.review, needed: teamSize, training }), locale));
    }
    if (c.fac === 0) {
      problems.push(problem({ rule: 'facilitator-trained', severity: 'error', schoolId }, msg('schedule.no-facilitator', { school, training }), locale));
    }
  }
  if (problems.length > 0) return fail(problems);

  // Fairness keys. `keyA` holds the soft constraints (in priority order) above the load; lower is better.
  const giverOf = (b: Body) => (b.school >= 0 ? hosts[b.school] : undefined);
  const groupMiss = (g: Host | undefined, h: Host) => preferGroup && h.school.group !== undefined && g?.school.group !== h.school.group;
  const cyclic = (g: Host | undefined, h: Host) => (g ? (g.pos - h.pos + n) % n : n);
  const keyA = (b: Body, h: Host, role: Role): number => {
    const g = giverOf(b);
    if (role === FACILITATE) {
      const flags = (+h.team.includes(b) * 2 + +((b.facTerms[h.term] ?? 0) > 0)) * 2 + +groupMiss(g, h);
      return flags * LOAD_SPAN + b.facilitations;
    }
    const reciprocal = g !== undefined && h.givesTo.includes(g.index * k + h.term); // the host reviews this school in the same term
    const flags = ((+(b.reviews >= maxLoad) * 2 + +((b.terms[h.term] ?? 0) > 0)) * 2 + +reciprocal) * 2 + +groupMiss(g, h);
    return flags * LOAD_SPAN + b.reviews;
  };
  // Then mix schools within a team, spread places across schools, and prefer the next school
  // round (so triads review each other in turn).
  const keyB = (b: Body, h: Host, role: Role): number => {
    const g = giverOf(b);
    if (role === FACILITATE) return (g ? g.facGiven : 0) * (n + 1) + cyclic(g, h);
    let sameSchool = false;
    for (const x of h.team) sameSchool ||= g !== undefined && x !== b && x.school === g.index; // a plain loop: this runs per candidate
    return +sameSchool * 1e12 + (g ? g.given : 0) * (n + 1) + cyclic(g, h);
  };
  const pick = (list: Body[], h: Host, role: Role, skip: (b: Body) => boolean): Body | undefined => {
    let best: Body | undefined;
    let bestA = Infinity;
    let bestB = Infinity;
    for (const b of list) {
      if (!can(b, h, role) || skip(b)) continue;
      const a = keyA(b, h, role);
      if (a > bestA) continue;
      const kb = keyB(b, h, role);
      if (a < bestA || kb < bestB || (kb === bestB && b.rank < best!.rank)) [best, bestA, bestB] = [b, a, kb];
    }
    return best;
  };
  const place = (b: Body, h: Host, d: 1 | -1) => {
    b.reviews += d;
    b.terms[h.term] = (b.terms[h.term] ?? 0) + d;
    const g = giverOf(b);
    if (!g) return;
    g.given += d;
    const key = h.index * k + h.term;
    if (d > 0) g.givesTo.push(key);
    else g.givesTo.splice(g.givesTo.indexOf(key), 1);
  };
  const sortBy = (f: (c: { lead: number; review: number; fac: number }) => number) =>
    [...hosts].sort((a, b) => f(counts.get(a)!) - f(counts.get(b)!) || a.pos - b.pos);

  // Leads first: they are the scarcest people (headteachers), so they are placed before members use them up.
  for (const h of sortBy((c) => c.lead * (reviewPool.length + 1) + c.review)) {
    const b = pick(leadPool, h, LEAD, () => false)!;
    h.team.push(b);
    place(b, h, 1);
  }
  // Then one member per team per round, so no team takes the least-loaded people all at once.
  const byReviewers = sortBy((c) => c.review);
  for (let slot = 1; slot < teamSize; slot++) {
    for (const h of byReviewers) {
      const b = pick(reviewPool, h, REVIEW, (x) => h.team.includes(x))!;
      h.team.push(b);
      place(b, h, 1);
    }
  }

  improve(hosts, { leadPool, reviewPool, pick, keyA, place });
  everySchoolGives(hosts, reviewPool, { can, keyA, place, giverOf });

  if (withFacilitators) {
    for (const h of sortBy((c) => c.fac)) {
      const b = pick(facPool, h, FACILITATE, () => false)!;
      h.facilitator = b;
      b.facilitations++;
      b.facTerms[h.term] = (b.facTerms[h.term] ?? 0) + 1;
      const g = giverOf(b);
      if (g) g.facGiven++;
    }
  }

  const reviews = [...hosts]
    .sort((a, b) => a.term - b.term || a.pos - b.pos)
    .map((h, i): ScheduledReview => ({
      id: `review-${i + 1}`,
      hostSchoolId: h.school.id,
      leadReviewerId: h.team[0]!.person.id,
      memberIds: h.team.map((b) => b.person.id),
      ...(h.facilitator ? { facilitatorId: h.facilitator.person.id } : {}),
      window: { ...windows[h.term]! },
    }));
  const schedule: Schedule = {
    schemaVersion: SCHEMA_VERSION,
    kind: 'schedule',
    id: options.scheduleId ?? `schedule-${partnership.id}-${partnership.academicYear}`.slice(0, 120),
    partnershipId: partnership.id,
    academicYear: partnership.academicYear,
    reviews,
    revision: 0,
  };
  // The policy has the last word: if it disagrees with the capability shortcut, say so rather than return a bad schedule.
  const found = validateSchedule(partnership, schedule, locale);
  const errors = found.filter((p) => p.severity === 'error');
  return errors.length > 0 ? fail(errors) : { ok: true, schedule, warnings: found };
}

interface Moves {
  pick: (list: Body[], h: Host, role: Role, skip: (b: Body) => boolean) => Body | undefined;
  keyA: (b: Body, h: Host, role: Role) => number;
  place: (b: Body, h: Host, d: 1 | -1) => void;
}

/**
 * Local improvement: re-choose each place as if its holder were not there, and move only for a
 * strictly better primary key (fewer soft-constraint flags, or a load at least two lower), so
 * the passes converge.
 */
function improve(hosts: Host[], { leadPool, reviewPool, pick, keyA, place }: Moves & { leadPool: Body[]; reviewPool: Body[] }) {
  const floorOf = (list: Body[]) => list.reduce((m, b) => Math.min(m, b.reviews), Infinity);
  for (let pass = 0; pass < 4; pass++) {
    let changed = false;
    const floors = [floorOf(reviewPool), floorOf(leadPool)];
    for (const h of hosts) {
      h.team.forEach((m, j) => {
        const role = j === 0 ? LEAD : REVIEW;
        place(m, h, -1);
        const current = keyA(m, h, role);
        let chosen = m;
        // Nothing to gain when no flag is set and nobody could be less loaded.
        if (current >= LOAD_SPAN || m.reviews > floors[role]!) {
          const best = pick(role === LEAD ? leadPool : reviewPool, h, role, (b) => b !== m && h.team.includes(b));
          if (best && keyA(best, h, role) < current) chosen = best;
        }
        h.team[j] = chosen;
        place(chosen, h, 1);
        if (chosen !== m) changed = true;
      });
    }
    if (!changed) return;
  }
}

/** Reciprocity: a school whose people can review but were never chosen takes a place from a school that gives more than once. */
function everySchoolGives(
  hosts: Host[],
  reviewPool: Body[],
  { can, keyA, place, giverOf }: Omit<Moves, 'pick'> & { can: (b: Body, h: Host, role: Role) => boolean; giverOf: (b: Body) => Host | undefined },
) {
  for (const s of [...hosts].sort((a, b) => a.pos - b.pos)) {
    if (s.given > 0) continue;
    let best: { h: Host; j: number; q: Body; score: number } | undefined;
    for (const q of reviewPool) {
      if (q.school !== s.index) continue;
      for (const h of hosts) {
        if (!can(q, h, REVIEW) || h.team.includes(q)) continue;
        h.team.forEach((m, j) => {
          const donor = giverOf(m);
          if ((donor && donor.given < 2) || (j === 0 && !can(q, h, LEAD))) return;
          // Prefer a clean place for q, taking it from the busiest person, member places before leads.
          const score = (keyA(q, h, j === 0 ? LEAD : REVIEW) * 64 - Math.min(m.reviews, 63)) * 2 + +(j === 0);
          if (!best || score < best.score) best = { h, j, q, score }; // first found wins ties: iteration order is fixed
        });
      }
    }
    if (!best) continue;
    const { h, j, q } = best;
    place(h.team[j]!, h, -1);
    h.team[j] = q;
    place(q, h, 1);
  }
}

// ---------------------------------------------------------------------------------------------
// Validation and statistics

/**
 * Checks a schedule against the partnership: every school reviewed, every team and facilitator
 * allowed by the role policy, windows that make sense, and fair loads. Empty means valid and fair;
 * problems with severity `error` make it unusable, `warning`s are fairness concerns.
 */
export function validateSchedule(partnership: Partnership, schedule: Schedule, locale?: LocaleLike): SchedulePlanProblem[] {
  const out: SchedulePlanProblem[] = [];
  const add = (fields: ProblemFields, m: Message) => out.push(problem(fields, m, locale));
  const schools = new Map<string, School>();
  for (const s of partnership.schools) if (!schools.has(s.id)) schools.set(s.id, s);
  const people = new Map<string, Person>();
  for (const p of partnership.people) if (!people.has(p.id)) people.set(p.id, p);
  const personName = (id: string) => people.get(id)?.name ?? `"${id}"`;

  if (schedule.partnershipId !== partnership.id) {
    add({ rule: 'wrong-partnership', severity: 'error' }, msg('schedule.wrong-partnership', { id: schedule.partnershipId, partnership: partnership.name }));
  }
  const ids = new Set<string>();
  const reviewed = new Set<string>();
  const onReviews = new Map<string, ScheduledReview[]>();
  for (const r of schedule.reviews) {
    const reviewId = r.id;
    if (ids.has(reviewId)) add({ rule: 'duplicate-review', severity: 'error', reviewId }, msg('schedule.duplicate-review', { review: reviewId }));
    ids.add(reviewId);
    const host = schools.get(r.hostSchoolId);
    if (!host) {
      add({ rule: 'unknown-school', severity: 'error', reviewId }, msg('schedule.unknown-school', { review: reviewId, school: r.hostSchoolId, partnership: partnership.name }));
      continue;
    }
    reviewed.add(host.id);
    const fromPolicy = (v: Violation, what: 'schedule.review-problem' | 'schedule.workshop-problem') =>
      add(
        { rule: v.rule, severity: 'error', schoolId: v.schoolId ?? host.id, reviewId, ...(v.personId ? { personId: v.personId } : {}) },
        msg(what, { school: host.name, problem: { messageId: v.messageId, params: v.params } }),
      );
    for (const v of reviewTeamViolations({ leadReviewerId: r.leadReviewerId, memberIds: r.memberIds }, host.id, partnership)) fromPolicy(v, 'schedule.review-problem');
    if (r.facilitatorId !== undefined) {
      for (const v of facilitatorViolations(r.facilitatorId, host.id, partnership)) fromPolicy(v, 'schedule.workshop-problem');
    }
    if (!windowOk(r.window)) {
      add(
        { rule: 'window-order', severity: 'error', schoolId: host.id, reviewId },
        msg('schedule.review-window-backwards', { school: host.name, term: termName(r.window, locale), from: r.window.from, to: r.window.to }),
      );
    }
    for (const id of new Set(r.memberIds)) {
      const list = onReviews.get(id) ?? [];
      list.push(r);
      onReviews.set(id, list);
    }
  }
  for (const s of schools.values()) {
    if (!reviewed.has(s.id)) add({ rule: 'school-not-reviewed', severity: 'error', schoolId: s.id }, msg('schedule.school-not-reviewed', { school: s.name }));
  }
  const max = partnership.config.maxReviewsPerPerson;
  const hostName = (r: ScheduledReview) => schools.get(r.hostSchoolId)?.name ?? r.hostSchoolId;
  for (const [personId, list] of onReviews) {
    if (list.length > max) {
      add({ rule: 'max-reviews-per-person', severity: 'warning', personId }, msg('schedule.too-many-reviews', { person: personName(personId), count: list.length, max }));
    }
    const timed = list.filter((r) => windowOk(r.window));
    for (let i = 0; i < timed.length; i++) {
      for (let j = i + 1; j < timed.length; j++) {
        const [a, b] = [timed[i]!, timed[j]!];
        if (!windowsOverlap(a.window, b.window)) continue;
        add(
          { rule: 'person-window-overlap', severity: 'warning', personId, reviewId: b.id },
          msg('schedule.windows-overlap', { person: personName(personId), first: hostName(a), firstTerm: termName(a.window, locale), second: hostName(b), secondTerm: termName(b.window, locale) }),
        );
      }
    }
  }
  return out;
}

export interface PersonLoad {
  personId: string;
  name: string;
  schoolId?: string;
  /** Review teams the person is on, lead included. */
  reviews: number;
  leads: number;
  facilitations: number;
}

export interface SchoolBalance {
  schoolId: string;
  name: string;
  /** Reviews this school hosts. */
  received: number;
  /** Reviewer places on this school's reviews. */
  reviewersReceived: number;
  /** Reviews of other schools that at least one of its people is on. */
  given: number;
  /** Reviewer places its people fill. */
  reviewersGiven: number;
  /** Improvement workshops its Improvement Champions facilitate. */
  facilitations: number;
}

export interface ScheduleStats {
  /** Every person in the partnership, in partnership order (zero loads included, so a UI can show who is left out). */
  people: PersonLoad[];
  schools: SchoolBalance[];
  /** The highest number of reviews any one person is on. */
  maxReviews: number;
  /** Ids of schools whose people review no other school. */
  schoolsNotGiving: string[];
}

/** Per-person load and per-school give/receive counts, for fairness displays and tests. */
export function scheduleStats(partnership: Partnership, schedule: Schedule): ScheduleStats {
  const people = partnership.people.map((p): PersonLoad => ({ personId: p.id, name: p.name, ...(p.schoolId ? { schoolId: p.schoolId } : {}), reviews: 0, leads: 0, facilitations: 0 }));
  const schools = partnership.schools.map((s): SchoolBalance => ({ schoolId: s.id, name: s.name, received: 0, reviewersReceived: 0, given: 0, reviewersGiven: 0, facilitations: 0 }));
  const personById = new Map<string, PersonLoad>();
  for (const p of [...people].reverse()) personById.set(p.personId, p); // first one wins, as in the policy
  const schoolById = new Map<string, SchoolBalance>();
  for (const s of [...schools].reverse()) schoolById.set(s.schoolId, s);

  for (const r of schedule.reviews) {
    const members = [...new Set(r.memberIds)];
    const host = schoolById.get(r.hostSchoolId);
    if (host) {
      host.received++;
      host.reviewersReceived += members.length;
    }
    const giving = new Set<SchoolBalance>();
    for (const id of members) {
      const load = personById.get(id);
      if (!load) continue;
      load.reviews++;
      if (id === r.leadReviewerId) load.leads++;
      const school = load.schoolId === undefined ? undefined : schoolById.get(load.schoolId);
      if (school && school !== host) {
        school.reviewersGiven++;
        giving.add(school);
      }
    }
    for (const s of giving) s.given++;
    const facilitator = r.facilitatorId === undefined ? undefined : personById.get(r.facilitatorId);
    if (facilitator) {
      facilitator.facilitations++;
      const school = facilitator.schoolId === undefined ? undefined : schoolById.get(facilitator.schoolId);
      if (school) school.facilitations++;
    }
  }
  return {
    people,
    schools,
    maxReviews: people.reduce((m, p) => Math.max(m, p.reviews), 0),
    schoolsNotGiving: schools.filter((s) => s.given === 0).map((s) => s.schoolId),
  };
}
