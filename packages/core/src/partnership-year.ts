/**
 * The partnership's year as a whole: publishing the schedule as cycles, comparing reflections with
 * the baseline, the directory of strengths schools can offer, and exports for trackers.
 */
import { Id } from './zod';
import { PRACTICE_LEVELS, type Cycle, type PracticeLevel } from './schema/cycle';
import type { Partnership } from './schema/partnership';
import type { Reflection } from './schema/reflection';
import type { Schedule } from './schema/schedule';
import { can, type Actor, type RuleId } from './policy';
import { createCycle } from './machine/cycle';
import { cycleStatus } from './machine/dates';
import { validateSchedule, type SchedulePlanProblem } from './schedule';
import { msg, type Message } from './i18n/messages';
import { formatMessage, useEnglish, type LocaleLike } from './i18n/locale';
import { enSchedule } from './i18n/en/schedule';
import { enCsv } from './i18n/en/csv';

/**
 * A refusal says why (`reason`); one by the role rules also names the rule (`rule`, as in every
 * other refusal of the SDK), one by the schedule's own rules lists the `problems`.
 */
export type PublishResult = { ok: true; cycles: Cycle[] } | ({ ok: false; reason: string; rule?: RuleId; problems: SchedulePlanProblem[] } & Message);

/**
 * Turns a valid schedule into one new cycle per review, each with its team, facilitator and
 * window. Refused (with the problems) when the actor may not plan the schedule or it breaks a rule;
 * reviews that already have a cycle (same id) are skipped so publishing twice creates nothing twice.
 */
export function publishSchedule(schedule: Schedule, partnership: Partnership, actor: Actor, existing: readonly Cycle[] = [], locale?: LocaleLike): PublishResult {
  const refuse = (m: Message, problems: SchedulePlanProblem[] = []): PublishResult => {
    useEnglish(enSchedule);
    return { ok: false, reason: formatMessage(m, locale), problems, ...m };
  };
  const decision = can(actor, 'plan-schedule', null, partnership, undefined, locale);
  if (!decision.allowed) {
    return { ok: false, reason: decision.reason, rule: decision.rule, problems: [], messageId: decision.messageId ?? 'issue.custom', params: decision.params ?? { text: decision.reason } };
  }
  const problems = validateSchedule(partnership, schedule, locale).filter((p) => p.severity === 'error');
  if (problems.length) return refuse(msg('publish.breaks-rules'), problems);
  const tooLong = schedule.reviews.find((r) => !Id.safeParse(cycleIdFor(schedule, r.id)).success);
  if (tooLong) return refuse(msg('publish.id-too-long', { review: tooLong.id }));
  const taken = new Set(existing.map((c) => c.id));
  const cycles = schedule.reviews
    .map((review) => ({ review, id: cycleIdFor(schedule, review.id) }))
    .filter(({ id }) => !taken.has(id))
    .map(({ review, id }) =>
      createCycle({
        id,
        partnership,
        hostSchoolId: review.hostSchoolId,
        window: review.window,
        team: { leadReviewerId: review.leadReviewerId, memberIds: review.memberIds },
        ...(review.facilitatorId ? { facilitatorId: review.facilitatorId } : {}),
      }),
    );
  return { ok: true, cycles };
}

/** The id of the cycle a scheduled review becomes. */
export const cycleIdFor = (schedule: Schedule, reviewId: string) => `${schedule.id}.${reviewId}`;

export interface QuestionChange {
  questionId: string;
  baseline: PracticeLevel | null;
  latest: PracticeLevel | null;
  /** Steps along the practice continuum (positive: further on); `null` when either is unanswered. */
  change: number | null;
}

/** Per question, where the partnership stood at the baseline and where it stands now. */
export function compareReflections(baseline: Reflection, latest: Reflection, questionIds: readonly string[]): QuestionChange[] {
  const rank = (level: PracticeLevel | null | undefined) => (level ? PRACTICE_LEVELS.indexOf(level) : -1);
  return questionIds.map((questionId) => {
    const from = baseline.responses[questionId]?.level ?? null;
    const to = latest.responses[questionId]?.level ?? null;
    return { questionId, baseline: from, latest: to, change: from && to ? rank(to) - rank(from) : null };
  });
}

export interface StrengthOffer {
  schoolId: string;
  schoolName: string;
  cycleId: string;
  findingId: string;
  text: string;
  academicYear: string;
}

/**
 * Strengths found in agreed peer reviews, as offers other schools can find when brokering
 * support. Only findings the host school has agreed are offered.
 */
export function strengthsDirectory(cycles: readonly Cycle[], partnership: Partnership): StrengthOffer[] {
  return cycles
    .filter((c) => c.partnershipId === partnership.id && c.review.findingsAgreedAt)
    .flatMap((c) =>
      c.review.findings
        .filter((f) => f.kind === 'strength' && f.text.trim())
        .map((f) => ({
          schoolId: c.hostSchoolId,
          schoolName: partnership.schools.find((s) => s.id === c.hostSchoolId)?.name ?? c.hostSchoolId,
          cycleId: c.id,
          findingId: f.id,
          text: f.text,
          academicYear: c.academicYear,
        })),
    );
}

const CSV_COLUMNS = ['csv.school', 'csv.stage', 'csv.due', 'csv.overdue', 'csv.workshop-held', 'csv.check-in-held', 'csv.lead', 'csv.facilitator', 'csv.priority'] as const;

/**
 * The tracker as CSV (RFC 4180, CRLF). Cells that a spreadsheet would run as a formula are
 * prefixed with an apostrophe, so typed text cannot become a formula. Headers and yes/no in
 * `locale` (default en-GB; en-GB writes each stage as its code, as it always has).
 */
export function cyclesCsv(cycles: readonly Cycle[], partnership: Partnership, today: string, options: { locale?: LocaleLike } = {}): string {
  useEnglish(enCsv);
  const say = (m: Message) => formatMessage(m, options.locale);
  const yes = say(msg('csv.yes'));
  const no = say(msg('csv.no'));
  const name = (id: string | undefined) => partnership.people.find((p) => p.id === id)?.name ?? '';
  const rows = cycles.map((c) => {
    const status = cycleStatus(c, partnership, today);
    return [
      partnership.schools.find((s) => s.id === c.hostSchoolId)?.name ?? c.hostSchoolId,
      say(msg('csv.stage-value', { stage: c.stage })),
      status.dueOn ?? '',
      status.overdue ? yes : no,
      status.workshopHeld ? yes : no,
      status.checkInHeld ? yes : no,
      name(c.review.team.leadReviewerId),
      name(c.workshop.facilitatorId),
      c.review.findingsAgreedAt ? c.review.improvementPriority : '',
    ];
  });
  return [CSV_COLUMNS.map((id) => say(msg(id))), ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
