/// <reference types="vite/client" />
/**
 * The demo: the widgets on the shared server (`spp-server --demo`, which seeds the demo
 * partnership's year and offers a demo sign-in on this computer only). Pick a person: the page
 * signs in as them and every widget reads and writes the server's records as that person, so
 * two browsers signed in as two people see each other's work live. The page is kept by a service
 * worker, so it reopens without a connection and edits wait on the device until it is back.
 */
import '@spp/elements';
import type { SppProvider } from '@spp/elements';
import { resolveLocale, stageName, type Cycle, type Partnership } from '@spp/core';
import { demoPartnership } from '@spp/core/demo';
import { addDemoText, demoText, fill, type DemoText } from './strings';

const PARTNERSHIP_ID = 'p-riverside';
const SERVER = location.origin;

/** Views of one school's review, in the order of the cycle. */
const CYCLE_VIEWS = {
  'self-review': { tag: 'spp-self-review' },
  'pre-review': { tag: 'spp-review-plan' },
  review: { tag: 'spp-evidence-log' },
  workshop: { tag: 'spp-workshop-planner' },
  'action-plan': { tag: 'spp-action-plan' },
} as const;
type CycleView = keyof typeof CYCLE_VIEWS;

/** Views of the partnership as a whole. */
const PARTNERSHIP_VIEWS = {
  tracker: { tag: 'spp-cycle-tracker', attrs: {} },
  schedule: { tag: 'spp-review-schedule', attrs: {} },
  goals: { tag: 'spp-partnership-goals', attrs: {} },
  baseline: { tag: 'spp-impact-review', attrs: { workshop: 'getting-started' } },
  progress: { tag: 'spp-impact-review', attrs: { workshop: 'tracking-progress' } },
  impact: { tag: 'spp-impact-review', attrs: { workshop: 'evaluating-impact' } },
  strengths: { tag: 'spp-strengths-directory', attrs: {} },
} as const;
type PartnershipView = keyof typeof PARTNERSHIP_VIEWS;

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The page's language: `?lang=`, else what this browser chose before, else en-GB. */
let locale = 'en-GB';
const text = (): DemoText => demoText(locale);

/**
 * Sets the page's language: `<html lang>` (the widgets follow it) and the demo's own words.
 * `en-XA` is the pseudo-locale a test uses to find text outside the catalogues.
 */
async function useLanguage(lang: string): Promise<void> {
  if (lang === 'en-XA') {
    const { PSEUDO_LOCALE, usePseudoLocale } = await import('../packages/elements/src/shared/pseudo-locale.testing');
    usePseudoLocale();
    addDemoText(PSEUDO_LOCALE, (t) => `⟦${t}⟧`);
    locale = PSEUDO_LOCALE;
  } else {
    locale = resolveLocale(lang) === 'cy' ? 'cy' : 'en-GB';
    localStorage.setItem('spp-demo-lang', locale);
  }
  document.documentElement.lang = locale;
  const t = text();
  document.title = t.pageTitle;
  for (const el of document.querySelectorAll<HTMLElement>('[data-text]')) el.textContent = t[el.dataset['text'] as 'intro'];
  for (const el of document.querySelectorAll<HTMLOptGroupElement>('optgroup[data-label]')) el.label = t[el.dataset['label'] as 'groupCycle'];
  for (const option of $<HTMLSelectElement>('view').options) option.textContent = t.views[option.value as keyof DemoText['views']];
}

/**
 * A demo sign-in token for a person, kept for this tab (so a reload without a connection opens as
 * the same person). Only a server started with --demo on this computer hands them out.
 */
async function demoToken(personId: string): Promise<string | undefined> {
  const key = `spp-demo-token:${PARTNERSHIP_ID}:${personId}`;
  const kept = sessionStorage.getItem(key);
  if (kept) return kept;
  const response = await fetch(`${SERVER}/api/v1/demo/sign-in`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ partnershipId: PARTNERSHIP_ID, personId }),
  });
  const body = (await response.json().catch(() => ({}))) as { token?: string; message?: string };
  if (!response.ok || !body.token) throw new Error(body.message ?? fill(text().signInFailed, { status: response.status }));
  sessionStorage.setItem(key, body.token);
  return body.token;
}

/** "Name (role, school, partnership lead…)": the roles are noun phrases, listed with commas. */
function describePerson(partnership: Partnership, personId: string, cycle?: Cycle): string {
  const t = text();
  const person = partnership.people.find((p) => p.id === personId)!;
  const school = partnership.schools.find((s) => s.id === person.schoolId)?.name;
  const roles = [t.jobRoles[person.jobRole], ...(school ? [school] : person.jobRole === 'associate' ? [] : [t.noSchool])];
  if (person.programmeRoles.includes('partnership-lead')) roles.push(t.partnershipLead);
  if (cycle?.review.team.leadReviewerId === person.id) roles.push(t.leadReviewerHere);
  else if (cycle?.review.team.memberIds.includes(person.id)) roles.push(t.onTeamHere);
  if (cycle?.workshop.facilitatorId === person.id) roles.push(t.facilitatorHere);
  return fill(t.person, { name: person.name, roles: roles.join(', ') });
}

/** Who takes part in a cycle, so the demo can suggest whom to sign in as: a sentence each. */
function castOf(partnership: Partnership, cycle: Cycle): string {
  const t = text();
  const name = (id?: string) => partnership.people.find((p) => p.id === id)?.name ?? t.unknownPerson;
  const head = partnership.people.find((p) => p.schoolId === cycle.hostSchoolId && p.jobRole === 'headteacher');
  const sentences = [fill(t.hostHead, { name: head?.name ?? t.unknownPerson })];
  if (cycle.review.team.leadReviewerId) sentences.push(fill(t.leadReviewer, { name: name(cycle.review.team.leadReviewerId) }));
  if (cycle.workshop.facilitatorId) sentences.push(fill(t.champion, { name: name(cycle.workshop.facilitatorId) }));
  return sentences.join(' ');
}

async function main(): Promise<void> {
  // The people of the demo partnership (the server was seeded with the same one).
  const partnership: Partnership = demoPartnership();
  const actorSelect = $<HTMLSelectElement>('actor');
  const viewSelect = $<HTMLSelectElement>('view');
  const cycleSelect = $<HTMLSelectElement>('cycle');
  const cycleField = $('cycle-field');
  const langSelect = $<HTMLSelectElement>('lang');
  const params = new URLSearchParams(location.search);
  document.querySelector('h1')!.textContent = partnership.name;
  langSelect.value = locale === 'cy' ? 'cy' : 'en-GB';

  const listPeople = () => {
    const chosen = actorSelect.value || params.get('as') || 'u-amara';
    actorSelect.replaceChildren(...partnership.people.map((p) => new Option(describePerson(partnership, p.id), p.id, false, p.id === chosen)));
  };
  listPeople();
  if (params.get('view')) viewSelect.value = params.get('view')!;

  const stage = document.createElement('section');
  stage.setAttribute('aria-labelledby', 'view-title');
  const title = document.createElement('h2');
  title.id = 'view-title';
  stage.append(title);

  let provider: SppProvider | undefined;
  /** One provider per person: a new sign-in opens a new connection (and that person's outbox). */
  async function signInAs(personId: string): Promise<SppProvider> {
    provider?.remove();
    const next = document.createElement('spp-provider');
    next.setAttribute('server-url', SERVER);
    next.setAttribute('partnership-id', PARTNERSHIP_ID);
    next.token = () => demoToken(personId);
    next.append(stage);
    next.addEventListener('spp-stage-change', () => void refreshCycles());
    next.addEventListener('spp-schedule-published', () => void refreshCycles());
    // A demo token lasts 12 hours; after that, sign in again for a new one.
    next.addEventListener('spp-token-expired', () => sessionStorage.removeItem(`spp-demo-token:${PARTNERSHIP_ID}:${personId}`));
    $('main').append(next);
    provider = next;
    // Until the service has said who this is (or, offline, the device remembers), there is nothing to list.
    for (let i = 0; i < 600 && !next.activeConnection && provider === next; i++) await sleep(50);
    return next;
  }

  async function refreshCycles(): Promise<Cycle[]> {
    if (!provider?.activeConnection) return [];
    let documents: Cycle[] = [];
    try {
      ({ documents } = await provider.activeStore.list('cycle'));
    } catch {
      // Offline before this person's cycles were ever listed here: the widget says why.
    }
    const selected = cycleSelect.value || params.get('cycle') || '';
    cycleSelect.replaceChildren(
      ...documents.map((cycle) => {
        const school = partnership.schools.find((s) => s.id === cycle.hostSchoolId)?.name ?? cycle.hostSchoolId;
        return new Option(fill(text().cycleOption, { school, stage: stageName(cycle.stage, locale) }), cycle.id, false, cycle.id === selected);
      }),
    );
    return documents;
  }

  let current: HTMLElement | undefined;
  let signedInAs = '';
  async function show(): Promise<void> {
    if (signedInAs !== actorSelect.value) {
      await (current as { flush?: () => Promise<void> } | undefined)?.flush?.();
      signedInAs = actorSelect.value;
      await signInAs(signedInAs);
    }
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
      ({ tag } = CYCLE_VIEWS[chosen]);
      label = text().views[`cycle:${chosen}`];
    } else {
      ({ tag, attrs } = PARTNERSHIP_VIEWS[view as PartnershipView]);
      label = text().views[view as PartnershipView];
    }
    if (provider) provider.cycleId = cycle?.id;
    title.textContent = label;
    if (current?.localName !== tag || JSON.stringify(attrs) !== current.dataset['attrs']) {
      await (current as { flush?: () => Promise<void> } | undefined)?.flush?.();
      current?.remove();
      current = document.createElement(tag);
      for (const [name, value] of Object.entries(attrs)) current.setAttribute(name, value);
      current.dataset['attrs'] = JSON.stringify(attrs);
      stage.append(current);
    }
    // Where this is, so a reload (offline too) opens the same view as the same person.
    const here = new URLSearchParams({ as: actorSelect.value, view, ...(cycle ? { cycle: cycle.id } : {}), lang: locale });
    history.replaceState(null, '', `?${here}`);
    const you = fill(text().youAre, { person: describePerson(partnership, actorSelect.value, isCycleView ? cycle : undefined) });
    $('roles').textContent = isCycleView && cycle ? `${you} ${castOf(partnership, cycle)}` : you;
  }

  for (const select of [actorSelect, viewSelect, cycleSelect]) select.addEventListener('change', () => void show());
  langSelect.addEventListener('change', () => {
    void useLanguage(langSelect.value).then(() => {
      listPeople();
      return show();
    });
  });
  await show();
  $('status').remove();
}

// The page and its scripts are kept for offline use (only in the built demo the server serves).
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  void navigator.serviceWorker.register('./sw.js').catch(() => undefined);
}

void useLanguage(new URLSearchParams(location.search).get('lang') ?? localStorage.getItem('spp-demo-lang') ?? 'en-GB')
  .then(main)
  .catch((error: unknown) => {
    $('status').textContent = fill(text().couldNotStart, { reason: (error as Error).message });
  });
