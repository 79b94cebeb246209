/**
 * The demo page's own words, in en-GB and Welsh (the widgets bring theirs). The page follows
 * its language picker, and the widgets follow the page's `<html lang>`.
 *
 * Welsh terms as core's catalogue has them (packages/core/src/i18n/cy.ts): hunanwerthuso,
 * adolygiad gan gymheiriaid, adolygydd arweiniol, Hyrwyddwr Gwella, cynllun gweithredu, gwirio
 * cynnydd, ysgol letyol; "programme associate": cydymaith y rhaglen.
 */
import type { JobRole } from '@spp/core';

export interface DemoText {
  pageTitle: string;
  intro: string;
  introData: string;
  language: string;
  signedInAs: string;
  show: string;
  school: string;
  groupCycle: string;
  groupPartnership: string;
  loading: string;
  couldNotStart: string;
  views: Record<
    | 'cycle:current'
    | 'cycle:self-review'
    | 'cycle:pre-review'
    | 'cycle:review'
    | 'cycle:workshop'
    | 'cycle:action-plan'
    | 'tracker'
    | 'schedule'
    | 'goals'
    | 'baseline'
    | 'progress'
    | 'impact'
    | 'strengths',
    string
  >;
  jobRoles: Record<JobRole, string>;
  /** `{name} ({roles})`: the roles a comma-separated list of noun phrases. */
  person: string;
  noSchool: string;
  partnershipLead: string;
  leadReviewerHere: string;
  onTeamHere: string;
  facilitatorHere: string;
  youAre: string;
  hostHead: string;
  leadReviewer: string;
  champion: string;
  unknownPerson: string;
  cycleOption: string;
  signInFailed: string;
}

const en: DemoText = {
  pageTitle: 'SPP peer review: demo partnership',
  intro:
    'A demo of the SPP peer-review widgets for a fictional partnership of six schools, each at a different point in its review cycle. Sign in as different people to see the role rules at work, and in two browsers to see each other’s work arrive.',
  introData:
    'Everything is kept by the demo server on this computer (delete its .spp-data folder to start again); without a connection, what you type waits in this browser until the server can be reached.',
  language: 'Language',
  signedInAs: 'Signed in as',
  show: 'Show',
  school: 'School',
  groupCycle: 'A school’s review',
  groupPartnership: 'The partnership',
  loading: 'Loading the demo partnership…',
  couldNotStart: 'The demo could not start: {reason}',
  views: {
    'cycle:current': 'Where the review is now',
    'cycle:self-review': 'Self-review',
    'cycle:pre-review': 'Pre-review meeting: the review plan',
    'cycle:review': 'Review day: evidence and findings',
    'cycle:workshop': 'Improvement workshop',
    'cycle:action-plan': 'Action plan and 90-day check-in',
    tracker: 'Every school’s cycle (tracker)',
    schedule: 'Schedule of reviews',
    goals: 'Getting Started: partnership goals',
    baseline: 'Getting Started: partnership reflection',
    progress: 'Tracking Progress: reflection against the baseline',
    impact: 'Evaluating Impact',
    strengths: 'Strengths directory',
  },
  jobRoles: { headteacher: 'headteacher', 'senior-leader': 'senior leader', 'middle-leader': 'middle leader', teacher: 'teacher', associate: 'programme associate' },
  person: '{name} ({roles})',
  noSchool: 'no school',
  partnershipLead: 'partnership lead',
  leadReviewerHere: 'lead reviewer of this review',
  onTeamHere: 'on this review team',
  facilitatorHere: 'workshop facilitator',
  youAre: 'You are signed in as {person}.',
  hostHead: 'The host headteacher is {name}.',
  leadReviewer: 'The lead reviewer is {name}.',
  champion: 'The Improvement Champion is {name}.',
  unknownPerson: 'not known',
  cycleOption: '{school} (now at: {stage})',
  signInFailed: 'The demo sign-in answered {status}.',
};

const cy: DemoText = {
  pageTitle: 'Adolygu gan gymheiriaid SPP: partneriaeth enghreifftiol',
  intro:
    'Enghraifft o declynnau adolygu gan gymheiriaid SPP ar gyfer partneriaeth ddychmygol o chwe ysgol, pob un ar bwynt gwahanol yn ei chylch adolygu. Mewngofnodwch fel gwahanol bobl i weld y rheolau rôl ar waith, ac mewn dau borwr i weld gwaith eich gilydd yn cyrraedd.',
  introData:
    'Mae popeth yn cael ei gadw gan y gweinydd enghreifftiol ar y cyfrifiadur hwn (dilëwch ei ffolder .spp-data i ddechrau eto); heb gysylltiad, mae’r hyn rydych yn ei deipio yn aros yn y porwr hwn nes bod modd cyrraedd y gweinydd.',
  language: 'Iaith',
  signedInAs: 'Wedi mewngofnodi fel',
  show: 'Dangos',
  school: 'Ysgol',
  groupCycle: 'Adolygiad ysgol',
  groupPartnership: 'Y bartneriaeth',
  loading: 'Wrthi’n llwytho’r bartneriaeth enghreifftiol…',
  couldNotStart: 'Nid oedd modd dechrau’r enghraifft: {reason}',
  views: {
    'cycle:current': 'Lle mae’r adolygiad nawr',
    'cycle:self-review': 'Hunanwerthuso',
    'cycle:pre-review': 'Cyfarfod cyn yr adolygiad: cynllun yr adolygiad',
    'cycle:review': 'Diwrnod yr adolygiad: tystiolaeth a chanfyddiadau',
    'cycle:workshop': 'Gweithdy gwella',
    'cycle:action-plan': 'Cynllun gweithredu a gwirio cynnydd ar ôl 90 diwrnod',
    tracker: 'Cylch pob ysgol (traciwr)',
    schedule: 'Amserlen yr adolygiadau',
    goals: 'Dechrau Arni: nodau’r bartneriaeth',
    baseline: 'Dechrau Arni: myfyrdod y bartneriaeth',
    progress: 'Olrhain Cynnydd: myfyrio yn erbyn y llinell sylfaen',
    impact: 'Gwerthuso Effaith',
    strengths: 'Cyfeiriadur cryfderau',
  },
  jobRoles: { headteacher: 'pennaeth', 'senior-leader': 'uwch arweinydd', 'middle-leader': 'arweinydd canol', teacher: 'athro/athrawes', associate: 'cydymaith y rhaglen' },
  person: '{name} ({roles})',
  noSchool: 'dim ysgol',
  partnershipLead: 'arweinydd y bartneriaeth',
  leadReviewerHere: 'adolygydd arweiniol yr adolygiad hwn',
  onTeamHere: 'ar dîm yr adolygiad hwn',
  facilitatorHere: 'hwylusydd y gweithdy',
  youAre: 'Rydych wedi mewngofnodi fel {person}.',
  hostHead: 'Pennaeth yr ysgol letyol yw {name}.',
  leadReviewer: 'Yr adolygydd arweiniol yw {name}.',
  champion: 'Yr Hyrwyddwr Gwella yw {name}.',
  unknownPerson: 'anhysbys',
  cycleOption: '{school} (nawr: {stage})',
  signInFailed: 'Atebodd y mewngofnodi enghreifftiol {status}.',
};

const tables = new Map<string, DemoText>([
  ['en-GB', en],
  ['cy', cy],
]);

/** The demo's text in `locale` (en-GB for a language it does not have). */
export const demoText = (locale: string): DemoText => tables.get(locale) ?? en;

/** Adds a table (the pseudo-locale's, for the test that finds text outside the catalogues). */
export function addDemoText(locale: string, wrap: (text: string) => string): void {
  const map = (value: unknown): unknown =>
    typeof value === 'string' ? wrap(value) : Object.fromEntries(Object.entries(value as object).map(([k, v]) => [k, map(v)]));
  tables.set(locale, map(en) as DemoText);
}

/** `{name}` placeholders filled as text. */
export const fill = (text: string, values: Record<string, string | number>) => text.replace(/\{(\w+)\}/g, (all, name: string) => String(values[name] ?? all));
