/**
 * The demo: seeds the browser store with the demo partnership's year (once), then shows any widget
 * as any person in it, so the whole cycle and the role rules can be seen at work.
 */
import '@spp/elements';
import { createStore, indexedDbAdapter, type Cycle, type Partnership, type Store } from '@spp/core';
import { demoCycles, demoPartnership, demoReflections, demoSchedule } from '@spp/core/demo';

const DATABASE = 'spp-demo';
const PARTNERSHIP_ID = 'p-riverside';

/** Views of one school's review, in the order of the cycle. */
const CYCLE_VIEWS = {
  'self-review': { tag: 'spp-self-review', label: 'Self-review' },
  'pre-review': { tag: 'spp-review-plan', label: 'Pre-review meeting: the review plan' },
  review: { tag: 'spp-evidence-log', label: 'Review day: evidence and findings' },
  workshop: { tag: 'spp-workshop-planner', label: 'Improvement workshop' },
  'action-plan': { tag: 'spp-action-plan', label: 'Action plan and 90-day check-in' },
} as const;
type CycleView = keyof typeof CYCLE_VIEWS;

/** Views of the partnership as a whole. */
const PARTNERSHIP_VIEWS = {
  tracker: { tag: 'spp-cycle-tracker', label: 'Every school’s cycle (tracker)', attrs: {} },
  schedule: { tag: 'spp-review-schedule', label: 'Schedule of reviews', attrs: {} },
  goals: { tag: 'spp-partnership-goals', label: 'Getting Started: partnership goals', attrs: {} },
  baseline: { tag: 'spp-impact-review', label: 'Getting Started: partnership reflection', attrs: { workshop: 'getting-started' } },
  progress: { tag: 'spp-impact-review', label: 'Tracking Progress: reflection against the baseline', attrs: { workshop: 'tracking-progress' } },
  impact: { tag: 'spp-impact-review', label: 'Evaluating Impact', attrs: { workshop: 'evaluating-impact' } },
  strengths: { tag: 'spp-strengths-directory', label: 'Strengths directory', attrs: {} },
} as const;
type PartnershipView = keyof typeof PARTNERSHIP_VIEWS;

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

async function seed(store: Store): Promise<void> {
  if (await store.get('partnership', PARTNERSHIP_ID)) return;
  const partnership = demoPartnership();
  const cycles = demoCycles(partnership);
  await store.put(partnership);
  for (const cycle of cycles) await store.put(cycle);
  await store.put(demoSchedule(cycles, partnership));
  for (const reflection of demoReflections(partnership)) await store.put(reflection);
}

async function reset(store: Store): Promise<void> {
  for (const kind of ['cycle', 'schedule', 'reflection', 'partnership'] as const) {
    const { documents } = await store.list(kind);
    for (const doc of documents) await store.delete(kind, doc.id, doc.revision);
  }
  for (const key of Object.keys(localStorage)) if (key.startsWith('spp-')) localStorage.removeItem(key);
  await seed(store);
}

function describePerson(partnership: Partnership, personId: string, cycle?: Cycle): string {
  const person = partnership.people.find((p) => p.id === personId)!;
  const school = partnership.schools.find((s) => s.id === person.schoolId)?.name ?? 'programme associate';
  const parts = [person.jobRole.replace('-', ' '), school];
  if (person.programmeRoles.includes('partnership-lead')) parts.push('partnership lead');
  if (cycle?.review.team.leadReviewerId === person.id) parts.push('lead reviewer of this review');
  else if (cycle?.review.team.memberIds.includes(person.id)) parts.push('on this review team');
  if (cycle?.workshop.facilitatorId === person.id) parts.push('workshop facilitator');
  return `${person.name} (${parts.join(', ')})`;
}

/** Who takes part in a cycle, so the demo can suggest whom to sign in as. */
function castOf(partnership: Partnership, cycle: Cycle): string {
  const name = (id?: string) => partnership.people.find((p) => p.id === id)?.name;
  const head = partnership.people.find((p) => p.schoolId === cycle.hostSchoolId && p.jobRole === 'headteacher');
  const bits = [`host headteacher ${head?.name ?? 'unknown'}`];
  if (cycle.review.team.leadReviewerId) bits.push(`lead reviewer ${name(cycle.review.team.leadReviewerId)}`);
  if (cycle.workshop.facilitatorId) bits.push(`Improvement Champion ${name(cycle.workshop.facilitatorId)}`);
  return `In this review: ${bits.join('; ')}.`;
}

async function main(): Promise<void> {
  const store = createStore(indexedDbAdapter({ name: DATABASE }));
  await seed(store);
  const partnership = (await store.get('partnership', PARTNERSHIP_ID))!;
  const actorSelect = $<HTMLSelectElement>('actor');
  const viewSelect = $<HTMLSelectElement>('view');
  const cycleSelect = $<HTMLSelectElement>('cycle');
  const cycleField = $('cycle-field');

  const provider = document.createElement('spp-provider');
  provider.store = store;
  provider.partnership = partnership;
  const stage = document.createElement('section');
  stage.setAttribute('aria-labelledby', 'view-title');
  const title = document.createElement('h2');
  title.id = 'view-title';
  stage.append(title);
  provider.append(stage);

  actorSelect.append(...partnership.people.map((p) => new Option(describePerson(partnership, p.id), p.id)));
  actorSelect.value = 'u-amara';

  async function refreshCycles(): Promise<Cycle[]> {
    const { documents } = await store.list('cycle');
    const selected = cycleSelect.value;
    cycleSelect.replaceChildren(
      ...documents.map((cycle) => {
        const school = partnership.schools.find((s) => s.id === cycle.hostSchoolId)?.name ?? cycle.hostSchoolId;
        return new Option(`${school} (now at: ${cycle.stage.replace('-', ' ')})`, cycle.id, false, cycle.id === selected);
      }),
    );
    return documents;
  }

  let current: HTMLElement | undefined;
  async function show(): Promise<void> {
    const cycles = await refreshCycles();
    const view = viewSelect.value;
    const cycle = cycles.find((c) => c.id === cycleSelect.value) ?? cycles[0];
    const isCycleView = view.startsWith('cycle:');
    cycleField.hidden = !isCycleView;
    let tag: string;
    let label: string;
    let attrs: Record<string, string> = {};
    if (isCycleView) {
      const step = view.slice('cycle:'.length);
      // "Where it is now" shows the widget for the cycle's current stage (check-in lives with the action plan).
      const stageView = (cycle?.stage === 'check-in' || cycle?.stage === 'complete' ? 'action-plan' : cycle?.stage) as CycleView | undefined;
      const chosen = step === 'current' ? (stageView && stageView in CYCLE_VIEWS ? stageView : 'self-review') : (step as CycleView);
      ({ tag, label } = CYCLE_VIEWS[chosen]);
    } else {
      ({ tag, label, attrs } = PARTNERSHIP_VIEWS[view as PartnershipView]);
    }
    provider.cycleId = cycle?.id;
    provider.actorId = actorSelect.value;
    title.textContent = label;
    if (current?.localName !== tag || JSON.stringify(attrs) !== current.dataset['attrs']) {
      await (current as { flush?: () => Promise<void> } | undefined)?.flush?.();
      current?.remove();
      current = document.createElement(tag);
      for (const [name, value] of Object.entries(attrs)) current.setAttribute(name, value);
      current.dataset['attrs'] = JSON.stringify(attrs);
      stage.append(current);
    }
    $('roles').textContent = `You are signed in as ${describePerson(partnership, actorSelect.value, isCycleView ? cycle : undefined)}. ${isCycleView && cycle ? castOf(partnership, cycle) : ''}`;
  }

  for (const select of [actorSelect, viewSelect, cycleSelect]) select.addEventListener('change', () => void show());
  $('reset').addEventListener('click', async () => {
    await reset(store);
    location.reload();
  });
  // Stage changes rename the options ("Kelmarsh Road Primary (now at: review)").
  provider.addEventListener('spp-stage-change', () => void refreshCycles());
  provider.addEventListener('spp-schedule-published', () => void refreshCycles());

  await show();
  $('status').remove();
  $('main').append(provider);
}

main().catch((error: unknown) => {
  $('status').textContent = `The demo could not start: ${(error as Error).message}`;
});
