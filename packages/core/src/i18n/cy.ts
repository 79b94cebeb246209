/**
 * Negeseuon craidd yn Gymraeg: core's messages in Welsh. Loaded on demand (`loadLocale('cy')`),
 * never by core's main entry.
 *
 * Terms are those Welsh education already uses (TermCymru, Termiadur Addysg, Estyn and Hwb).
 * Considered choices, kept the same throughout:
 * - peer review: "adolygiad gan gymheiriaid" (the process: "adolygu gan gymheiriaid").
 * - self-review: "hunanwerthuso" (Estyn's term for self-evaluation), the document "hunanwerthusiad".
 * - host school: "ysgol letyol" ("yr ysgol letyol"), the school whose review it is; chosen over
 *   "ysgol sy'n croesawu" as a short noun phrase that reads well in a genitive ("pennaeth yr ysgol letyol").
 * - lead reviewer: "adolygydd arweiniol", after Estyn's "arolygydd arweiniol".
 * - Improvement Champion: "Hyrwyddwr Gwella" (a programme role, so capitalised like the English).
 * - programme associate: "cydymaith y rhaglen".
 * - action plan, actions: "cynllun gweithredu", "camau gweithredu" (one action: "cam gweithredu").
 * - improvement priority: "blaenoriaeth wella" (plural "blaenoriaethau gwella").
 * - line of enquiry: "trywydd ymholi"; enquiry question: "cwestiwn ymholi".
 * - check-in: "cyfarfod gwirio cynnydd" (the stage: "gwirio cynnydd").
 * - facilitator: "hwylusydd"; success criteria: "meini prawf llwyddiant"; due date: "dyddiad cwblhau".
 * - yes/no in the export: "ie"/"na", as bilingual forms and spreadsheets write them.
 * Non-judgemental as in English: nothing grades a school, a teacher or a lesson.
 *
 * Grammar: a noun after a number is singular and keeps its gender ("dau ddiwrnod", "dwy ysgol",
 * "tri adolygydd"); each plural form is written out whole, for every Welsh category (zero, one,
 * two, few, many, other). School and partnership names are never put where Welsh would mutate
 * them (after "i", "o", "yn", "a"): the sentences use a genitive or "ar gyfer" instead.
 */
import type { Stage } from '../schema/cycle';
import type { DocumentKind } from '../schema/documents';
import type { LocaleBundle } from './locale';
import type { Catalogue } from './messages';
import { pluralCategory, type WelshForms } from './plural';
import { cyDefaultFramework, cyPractice } from './framework-cy';

/** The form for `count` (every category is required, so no Welsh form can be missing). */
const forms = (count: number, all: WelshForms): string => all[pluralCategory('cy', count)];

/** "dau ddiwrnod", "tri diwrnod" (diwrnod: masculine). */
const diwrnod = (n: number) =>
  forms(n, { zero: 'dim diwrnod', one: 'un diwrnod', two: 'dau ddiwrnod', few: 'tri diwrnod', many: 'chwe diwrnod', other: `${n} diwrnod` });
/** "dau aelod", "tri aelod" (aelod: masculine). */
const aelod = (n: number) => forms(n, { zero: 'dim aelod', one: 'un aelod', two: 'dau aelod', few: 'tri aelod', many: 'chwe aelod', other: `${n} aelod` });
/** "dau adolygydd", "tri adolygydd" (adolygydd: masculine), with an adjective after the noun. */
const adolygydd = (n: number, adjective = '') => {
  const noun = `adolygydd${adjective}`;
  return forms(n, { zero: `dim ${noun}`, one: `un ${noun}`, two: `dau ${noun}`, few: `tri ${noun}`, many: `chwe ${noun}`, other: `${n} ${noun}` });
};
const sentences = (list: readonly string[]) => list.join(' ');

const STAGES: Readonly<Record<Stage, string>> = {
  'self-review': 'hunanwerthuso',
  'pre-review': 'cyfarfod cyn yr adolygiad',
  review: 'adolygiad gan gymheiriaid',
  workshop: 'gweithdy gwella',
  'action-plan': 'cynllun gweithredu',
  'check-in': 'gwirio cynnydd',
  complete: 'wedi’i gwblhau',
  paused: 'wedi’i oedi',
  withdrawn: 'wedi’i dynnu’n ôl',
};
/** "at the … stage": the stage as a genitive after "cam". */
const AT_STAGE: Readonly<Record<Stage, string>> = {
  'self-review': 'ar gam yr hunanwerthuso',
  'pre-review': 'ar gam y cyfarfod cyn yr adolygiad',
  review: 'ar gam yr adolygiad gan gymheiriaid',
  workshop: 'ar gam y gweithdy gwella',
  'action-plan': 'ar gam y cynllun gweithredu',
  'check-in': 'ar gam gwirio cynnydd',
  complete: '',
  paused: '',
  withdrawn: '',
};

/** A kind of record: on its own (after "cofnod", "Nid oes") and with the article after "Mae" (feminine nouns mutate). */
const KINDS: Readonly<Record<DocumentKind, { plain: string; the: string }>> = {
  cycle: { plain: 'cylch adolygu', the: 'Mae’r cylch adolygu' },
  partnership: { plain: 'partneriaeth', the: 'Mae’r bartneriaeth' },
  schedule: { plain: 'amserlen', the: 'Mae’r amserlen' },
  reflection: { plain: 'myfyrdod', the: 'Mae’r myfyrdod' },
  framework: { plain: 'fframwaith', the: 'Mae’r fframwaith' },
};

/** zod's type names, in Welsh. */
const TYPES: Readonly<Record<string, string>> = {
  string: 'testun',
  number: 'rhif',
  int: 'rhif cyfan',
  boolean: 'gwir neu gau',
  object: 'gwrthrych',
  array: 'rhestr',
  undefined: 'dim gwerth',
  null: 'gwerth gwag (null)',
  NaN: 'NaN',
  nan: 'NaN',
  bigint: 'rhif mawr',
  date: 'dyddiad',
  symbol: 'symbol',
  function: 'ffwythiant',
};
const type = (name: string) => TYPES[name] ?? name;
const FORMATS: Readonly<Record<string, string>> = {
  regex: 'Mewnbwn annilys',
  template_literal: 'Mewnbwn annilys',
  email: 'Cyfeiriad e-bost annilys',
  url: 'URL annilys',
  uuid: 'UUID annilys',
  datetime: 'Dyddiad ac amser ISO annilys',
  date: 'Dyddiad ISO annilys',
  time: 'Amser ISO annilys',
  duration: 'Cyfnod ISO annilys',
};
/** Words for limits on length: a unit (after a number, singular) and how to say too long or too short. */
const SIZED: Readonly<Record<string, { unit: string; big: string; small: string }>> = {
  string: { unit: 'nod', big: 'Rhy hir', small: 'Rhy fyr' },
  array: { unit: 'eitem', big: 'Gormod o eitemau', small: 'Rhy ychydig o eitemau' },
  set: { unit: 'eitem', big: 'Gormod o eitemau', small: 'Rhy ychydig o eitemau' },
  map: { unit: 'cofnod', big: 'Gormod o gofnodion', small: 'Rhy ychydig o gofnodion' },
  file: { unit: 'beit', big: 'Ffeil rhy fawr', small: 'Ffeil rhy fach' },
};
const limit = (p: { origin: string; bound: string; limit: string }, big: boolean) => {
  const sized = SIZED[p.origin];
  const head = sized ? (big ? sized.big : sized.small) : big ? 'Rhy fawr' : 'Rhy fach';
  const bound = p.bound === 'exact' ? 'union' : big ? (p.bound === 'inclusive' ? 'dim mwy na' : 'llai na') : p.bound === 'inclusive' ? 'o leiaf' : 'mwy na';
  return sized ? `${head}: disgwylid ${bound} ${p.limit} ${sized.unit}` : `${head}: disgwylid ${type(p.origin)} ${bound} ${p.limit}`;
};

export const cyMessages: Catalogue = {
  'refusal.invalid-event': ({ event, issues }) => `Nid yw’r digwyddiad ${event} yn ddilys: ${issues.join('; ')}`,
  'refusal.wrong-partnership': () => 'Mae’r cylch adolygu hwn yn perthyn i bartneriaeth arall.',
  'refusal.wrong-stage': ({ stage }) =>
    AT_STAGE[stage] ? `Ni ellir gwneud hyn tra bo’r adolygiad ${AT_STAGE[stage]}.` : `Ni ellir gwneud hyn gan fod yr adolygiad ${STAGES[stage]}.`,

  'edit.invalid': ({ event, issues }) => `Nid yw’r newid ${event} yn ddilys: ${issues.join('; ')}`,
  'edit.wrong-partnership': () => 'Mae’r cofnod hwn yn perthyn i bartneriaeth arall.',
  'edit.impact-missing': () => 'Nid yw’r nodyn effaith hwnnw’n bodoli.',
  'edit.schedule-published': () => 'Mae’r amserlen hon wedi’i chyhoeddi; newidiwch bob adolygiad yn ei gylch adolygu ei hun.',
  'edit.review-missing': () => 'Nid yw’r adolygiad hwnnw yn yr amserlen.',

  'command.not-a-create': ({ event, kind }) => `Nid yw digwyddiad ${event} yn creu cofnod ${KINDS[kind].plain}.`,
  'command.no-record': ({ kind, id }) => `Nid oes ${KINDS[kind].plain} "${id}" yn y bartneriaeth hon eto.`,
  'command.record-exists': ({ kind, id }) => `${KINDS[kind].the} "${id}" yn bodoli eisoes.`,
  'command.framework-whole': () => 'Caiff pecyn fframwaith ei newid drwy ei gadw yn ei gyfanrwydd (SAVE_FRAMEWORK).',
  'command.bad-id': () => 'Mae dynodydd cofnod yn defnyddio llythrennau, digidau, -, _, . a : (120 nod ar y mwyaf).',
  'command.pack-id-mismatch': ({ packId, id }) => `Nid yw dynodydd y pecyn, "${packId}", yn cyfateb i’r cofnod "${id}".`,
  'command.grading-language': ({ question, word }) =>
    `Mae’r cwestiwn "${question}" yn defnyddio iaith graddio ("${word}"): gofynnwch i ba raddau y mae rhywbeth yn rhan o’r arfer yn lle hynny.`,
  'command.already-published': () => 'Mae’r amserlen hon wedi’i chyhoeddi eisoes.',
  'command.publish-refused': ({ reason, problems }) => (problems.length ? `${reason} ${sentences(problems)}` : reason),

  'school.not-in-partnership': () => 'Nid yw’r ysgol honno yn y bartneriaeth hon.',
  'school.unknown': () => 'ysgol anhysbys',
  'school.host': () => 'yr ysgol letyol',

  'policy.not-member': () => 'Nid ydych yn aelod o’r bartneriaeth hon.',
  'policy.associate-reads-only': () => 'Mae cydymaith y rhaglen yn dilyn y cynnydd ac yn cefnogi’r bartneriaeth, ond nid yw’n newid ei chofnodion.',
  'policy.partnership-lead-only': () => 'Dim ond arweinydd y bartneriaeth sy’n gallu gwneud hyn.',
  'policy.create-cycle': () => 'Caiff cylch adolygu ei agor gan arweinydd y bartneriaeth, neu gan bennaeth yr ysgol dan sylw.',
  'policy.headteachers-only': () => 'Penaethiaid y bartneriaeth sy’n cofnodi myfyrdodau’r bartneriaeth.',
  'policy.needs-cycle': () => 'Mae angen cylch adolygu i wneud hyn.',
  'policy.view-self-review': ({ school }) => `Mae hunanwerthusiad ${school} yn perthyn i’r ysgol: caiff ei rannu gyda’i thîm adolygu a’i hwylusydd.`,
  'policy.view-review-detail': ({ school }) =>
    `Caiff manylion gwaith adolygiad ${school} eu rhannu gyda’r rhai sy’n cymryd rhan ynddo; mae’r bartneriaeth yn gweld yr hyn a gytunwyd a chynnydd y camau gweithredu.`,
  'policy.view-evidence': ({ school }) => `Dim ond y tîm adolygu a phennaeth ${school} sy’n gweld y nodiadau tystiolaeth.`,
  'policy.edit-self-review': ({ school }) => `Dim ond arweinwyr ${school} sy’n ysgrifennu ei hunanwerthusiad.`,
  'policy.host-head-only': ({ school }) => `Dim ond pennaeth ${school} sy’n gallu gwneud hyn.`,
  'policy.set-review-team': () => 'Dim ond arweinydd y bartneriaeth neu bennaeth yr ysgol letyol sy’n gallu dewis pwy sy’n cymryd rhan.',
  'policy.lead-or-host': ({ school }) => `Caiff cynllun yr adolygiad ei gytuno rhwng yr adolygydd arweiniol a phennaeth ${school}.`,
  'policy.review-team-only': ({ school }) => `Dim ond tîm adolygu ${school} sy’n gallu gwneud hyn.`,
  'policy.plan-workshop': () => 'Caiff y gweithdy ei gynllunio gan ei Hyrwyddwr Gwella gyda phennaeth yr ysgol letyol.',
  'policy.appoint-facilitator': ({ school }) =>
    `Gall Hyrwyddwr Gwella ymgymryd â’r gweithdy hwn ei hun; caiff hwylusydd arall ei benodi gan arweinydd y bartneriaeth neu bennaeth ${school}.`,
  'policy.run-workshop': () => 'Dim ond yr Hyrwyddwr Gwella sy’n hwyluso’r gweithdy sy’n gallu ei gynnal.',
  'policy.edit-action-plan': ({ school }) => `Cynllun gweithredu ${school} yw hwn: ei harweinwyr sy’n ei ysgrifennu gyda’u Hyrwyddwr Gwella.`,
  'policy.check-in-recorders': () => 'Yr adolygydd arweiniol neu’r Hyrwyddwr Gwella sy’n cofnodi’r cyfarfod gwirio cynnydd.',
  'policy.pause-or-withdraw': () => 'Dim ond arweinydd y bartneriaeth neu bennaeth yr ysgol letyol sy’n gallu oedi adolygiad neu ei dynnu’n ôl.',

  'violation.own-school': ({ person, school }) => `Mae ${person} yn aelod o staff ${school}: nid oes neb yn adolygu ei ysgol ei hun.`,
  'violation.associate': ({ person }) => `${person} yw cydymaith y rhaglen, sy’n cefnogi’r bartneriaeth ond nad yw’n adolygu.`,
  'violation.reviewer-trained': ({ person }) => `Nid yw ${person} wedi cwblhau’r hyfforddiant ar gyfer adolygwyr cymheiriaid.`,
  'violation.duplicate-member': () => 'Mae rhywun ar restr y tîm adolygu ddwywaith.',
  'violation.team-size': ({ min, max, count }) => {
    const size = min === max ? `Mae ${aelod(min)} mewn tîm adolygu` : `Mae rhwng ${min} a ${max} aelod mewn tîm adolygu`;
    const has = forms(count, {
      zero: 'nid oes neb yn y tîm hwn',
      one: 'mae un aelod yn y tîm hwn',
      two: 'mae dau aelod yn y tîm hwn',
      few: 'mae tri aelod yn y tîm hwn',
      many: 'mae chwe aelod yn y tîm hwn',
      other: `mae ${count} aelod yn y tîm hwn`,
    });
    return `${size}; ${has}.`;
  },
  'violation.unknown-person': ({ id }) => `Nid oes neb â’r dynodydd "${id}" yn y bartneriaeth hon.`,
  'violation.no-lead': () => 'Nid oes gan y tîm adolygu adolygydd arweiniol.',
  'violation.lead-in-team': ({ person }) => `Mae ${person} yn arwain yr adolygiad ond nid yw ar restr y tîm.`,
  'violation.lead-headteacher': ({ person }) => `Rhaid i’r adolygydd arweiniol fod yn bennaeth; nid yw ${person} yn bennaeth.`,
  'violation.facilitator-trained': ({ person }) => `Nid yw ${person} yn Hyrwyddwr Gwella hyfforddedig.`,
  'violation.facilitator-other-school': ({ person }) =>
    `Ni all ${person} hwyluso: caiff y gweithdy ei arwain gan Hyrwyddwr Gwella o ysgol arall yn y bartneriaeth.`,

  'guard.focusProposed': () => 'Cynigiwch ffocws ar gyfer yr adolygiad gan gymheiriaid yn gyntaf: dewiswch o leiaf un cwestiwn ac ysgrifennwch grynodeb byr.',
  'guard.team-invalid': ({ problems }) => sentences(problems),
  'guard.linesOfEnquiryAgreed': () => 'Ychwanegwch o leiaf un trywydd ymholi at gynllun yr adolygiad.',
  'guard.review-day-missing': () => 'Pennwch ddyddiad y diwrnod adolygu.',
  'guard.review-too-long': ({ school, max, days }) => `Mae adolygiad ${school} yn para ${diwrnod(max)} ar y mwyaf; mae ${diwrnod(days)} wedi’u pennu.`,
  'guard.date-twice': () => 'Mae dyddiad adolygu wedi’i nodi ddwywaith.',
  'guard.dates-too-many': ({ school, max }) => `Mae adolygiad ${school} yn para ${diwrnod(max)} ar y mwyaf.`,
  'guard.planAgreedByBoth': () => 'Rhaid i’r adolygydd arweiniol a phennaeth yr ysgol letyol ill dau gytuno ar y cynllun.',
  'guard.hasFindings': () => 'Cofnodwch o leiaf un canfyddiad cyn cytuno arnynt.',
  'guard.priorityAgreed': () => 'Cytunwch ar y flaenoriaeth wella y bydd y gweithdy yn gweithio arni.',
  'guard.findingsExist': () => 'Nid yw’r canfyddiad hwnnw’n bodoli.',
  'guard.evidenceLinked': ({ ids }) => `Mae’r canfyddiad yn cyfeirio at dystiolaeth na chafodd ei chofnodi: ${ids.join(', ')}.`,
  'guard.facilitator-missing': () => 'Dewiswch yr Hyrwyddwr Gwella a fydd yn hwyluso’r gweithdy.',
  'guard.facilitator-ineligible': ({ problems }) => sentences(problems),
  'guard.workshopDated': () => 'Pennwch ddyddiad y gweithdy.',
  'guard.workshopStarted': () => 'Dechreuwch y gweithdy yn gyntaf.',
  'guard.hasActions': () => 'Cytunwch ar o leiaf un cam gweithredu cyn gorffen y gweithdy.',
  'guard.actionsComplete': ({ actions }) => sentences(actions),
  'guard.action-gaps': ({ number, gaps }) => `Mae angen ${gaps.join(', ')} ar gam gweithredu ${number} o hyd.`,
  'guard.gap-what': () => 'disgrifiad o’r hyn a wneir',
  'guard.gap-owner': () => 'perchennog',
  'guard.gap-due': () => 'dyddiad cwblhau',
  'guard.gap-success': () => 'meini prawf llwyddiant',
  'guard.support-own-school': () => 'Caiff cymorth ei drefnu gan ysgol arall yn y bartneriaeth.',
  'guard.actionExists': () => 'Nid yw’r cam gweithredu hwnnw’n bodoli.',
  'guard.progressForKnownActions': ({ ids }) => `Cofnodwyd cynnydd yn erbyn camau gweithredu nad ydynt yn y cynllun: ${ids.join(', ')}.`,
  'guard.outcomeClose': () => 'nid yw’n cau’r cylch',
  'guard.outcomeContinue': () => 'nid yw’n parhau â’r cylch',
  'guard.checkInNotBeforeWorkshop': () => 'Ni ellir cynnal y cyfarfod gwirio cynnydd cyn y gweithdy.',
  'guard.questionKnownShape': () => 'Mae cwestiwn wedi’i nodi ddwywaith yn y ffocws.',
  'guard.hasPausedFrom': () => 'Nid oes gan y cylch hwn gam i ailddechrau arno.',
  'guard.seesWorkshopDetail': ({ refusal }) => `${refusal} Ymgymerwch â’r gweithdy fel ei hwylusydd yn gyntaf.`,

  'stage.self-review': () => STAGES['self-review'],
  'stage.pre-review': () => STAGES['pre-review'],
  'stage.review': () => STAGES.review,
  'stage.workshop': () => STAGES.workshop,
  'stage.action-plan': () => STAGES['action-plan'],
  'stage.check-in': () => STAGES['check-in'],
  'stage.complete': () => STAGES.complete,
  'stage.paused': () => STAGES.paused,
  'stage.withdrawn': () => STAGES.withdrawn,

  'schedule.no-schools': ({ partnership }) =>
    `${partnership}: nid oes ysgolion yn y bartneriaeth eto; ychwanegwch o leiaf ddwy, fel y gallant adolygu ei gilydd.`,
  'schedule.one-school': ({ partnership }) =>
    `${partnership}: dim ond un ysgol sydd yn y bartneriaeth; mae adolygu gan gymheiriaid yn gofyn am o leiaf ddwy ysgol sy’n adolygu ei gilydd.`,
  // Tymhorau ysgol: as Welsh schools and Hwb name them.
  'term.autumn': () => 'Tymor yr hydref',
  'term.spring': () => 'Tymor y gwanwyn',
  'term.summer': () => 'Tymor yr haf',
  'schedule.no-windows': () => 'Ni roddwyd cyfnodau adolygu: ychwanegwch o leiaf un tymor neu gyfnod ar gyfer adolygiadau.',
  'schedule.window-backwards': ({ term, from, to }) => `Nid yw’r cyfnod adolygu "${term}" (${from} i ${to}) yn rhedeg ymlaen rhwng dau ddyddiad calendr.`,
  'schedule.no-lead': ({ school, headteacher, training }) =>
    `Nid oes ${headteacher ? 'pennaeth' : 'adolygydd'} o ysgol arall ${training ? 'wedi’i hyfforddi' : 'ar gael'} i arwain adolygiad ${school}.`,
  'schedule.too-few-reviewers': ({ school, count, needed, training }) => {
    const adjective = training ? ' hyfforddedig' : '';
    const need = `mae angen ${adolygydd(needed)} ar dîm`;
    return forms(count, {
      zero: `Nid oes adolygydd${adjective} o ysgol arall ar gael ar gyfer ${school}; ${need}.`,
      one: `Dim ond un adolygydd${adjective} o ysgolion eraill sydd ar gael ar gyfer ${school}; ${need}.`,
      two: `Dim ond dau adolygydd${adjective} o ysgolion eraill sydd ar gael ar gyfer ${school}; ${need}.`,
      few: `Dim ond tri adolygydd${adjective} o ysgolion eraill sydd ar gael ar gyfer ${school}; ${need}.`,
      many: `Dim ond chwe adolygydd${adjective} o ysgolion eraill sydd ar gael ar gyfer ${school}; ${need}.`,
      other: `Dim ond ${count} adolygydd${adjective} o ysgolion eraill sydd ar gael ar gyfer ${school}; ${need}.`,
    });
  },
  'schedule.no-facilitator': ({ school, training }) =>
    `Nid oes Hyrwyddwr Gwella ${training ? 'hyfforddedig ' : ''}o ysgol arall ar gael i hwyluso gweithdy gwella ${school}.`,
  'schedule.wrong-partnership': ({ id, partnership }) => `Mae’r amserlen hon yn perthyn i’r bartneriaeth "${id}", nid i’r bartneriaeth hon (${partnership}).`,
  'schedule.duplicate-review': ({ review }) => `Mae gan ddau adolygiad y dynodydd "${review}".`,
  'schedule.unknown-school': ({ review, school, partnership }) =>
    `Mae adolygiad "${review}" ar gyfer ysgol ("${school}") nad yw yn y bartneriaeth (${partnership}).`,
  'schedule.review-problem': ({ school, problem }) => `Adolygiad ${school}: ${problem}`,
  'schedule.workshop-problem': ({ school, problem }) => `Gweithdy gwella ${school}: ${problem}`,
  'schedule.review-window-backwards': ({ school, term, from, to }) =>
    `Rhaid i’r cyfnod ar gyfer adolygiad ${school} (${term}, ${from} i ${to}) redeg ymlaen rhwng dau ddyddiad calendr.`,
  'schedule.school-not-reviewed': ({ school }) =>
    `Nid oes adolygiad ar gyfer ${school} yn yr amserlen hon: caiff pob ysgol ei hadolygu o leiaf unwaith y flwyddyn.`,
  'schedule.too-many-reviews': ({ person, count, max }) => {
    const aim = `nod y bartneriaeth yw dim mwy na ${max} y flwyddyn`;
    return forms(count, {
      zero: `Nid yw ${person} yn rhan o’r un adolygiad; ${aim}.`,
      one: `Mae ${person} yn rhan o un adolygiad; ${aim}.`,
      two: `Mae ${person} yn rhan o ddau adolygiad; ${aim}.`,
      few: `Mae ${person} yn rhan o dri adolygiad; ${aim}.`,
      many: `Mae ${person} yn rhan o chwe adolygiad; ${aim}.`,
      other: `Mae ${person} yn rhan o ${count} adolygiad; ${aim}.`,
    });
  },
  'schedule.windows-overlap': ({ person, first, firstTerm, second, secondTerm }) =>
    `Mae ${person} yn rhan o adolygiad ${first} (${firstTerm}) ac adolygiad ${second} (${secondTerm}), ac mae eu cyfnodau’n gorgyffwrdd.`,

  'publish.breaks-rules': () => 'Mae’r amserlen yn torri rheolau’r bartneriaeth; ni chyhoeddwyd dim.',
  'publish.id-too-long': ({ review }) =>
    `Ni all yr adolygiad "${review}" ddod yn gylch adolygu: mae dynodyddion yr amserlen a’r adolygiad gyda’i gilydd yn rhy hir.`,

  'tailoring.added-id-taken-question': ({ id }) =>
    `Mae’r cwestiwn ychwanegol "${id}" yn defnyddio dynodydd sydd eisoes yn perthyn i gwestiwn yn y fframwaith. Rhowch ddynodydd newydd iddo.`,
  'tailoring.added-id-taken-framework': ({ id }) =>
    `Mae’r cwestiwn ychwanegol "${id}" yn defnyddio dynodydd sydd eisoes yn perthyn i faes neu nod yn y fframwaith. Rhowch ddynodydd newydd iddo.`,
  'tailoring.added-id-taken-added': ({ id }) =>
    `Mae’r cwestiwn ychwanegol "${id}" yn defnyddio dynodydd sydd eisoes yn perthyn i gwestiwn ychwanegol arall. Rhowch ddynodydd newydd iddo.`,
  'tailoring.added-aim-unknown': ({ id, aim }) => `Mae’r cwestiwn ychwanegol "${id}" yn perthyn i’r nod "${aim}", nad yw yn y fframwaith. Dewiswch un o nodau’r fframwaith.`,
  'tailoring.added-text-empty': ({ id }) => `Nid oes gan y cwestiwn ychwanegol "${id}" eiriad.`,
  'tailoring.hidden-unknown': ({ id }) => `Mae "${id}" wedi’i guddio, ond nid yw’n gwestiwn yn y fframwaith, felly nid yw ei guddio yn cael unrhyw effaith.`,
  'tailoring.reworded-unknown': ({ id }) => `Mae geiriad newydd i "${id}", ond nid yw’n gwestiwn yn y fframwaith, felly ni ddefnyddir y geiriad.`,
  'tailoring.reword-empty': ({ id }) => `Mae’r geiriad newydd ar gyfer "${id}" yn wag, felly cedwir y geiriad gwreiddiol.`,
  'tailoring.grading-language': ({ id, word }) =>
    `Mae geiriad "${id}" yn cynnwys "${word}", sy’n swnio fel gradd. Mae cwestiynau ymholi yn gofyn i ba raddau y mae rhywbeth yn rhan o’r arfer; ystyriwch ei aileirio.`,
  'tailoring.duplicate-question-id': ({ pack, id }) =>
    `Mae’r fframwaith "${pack}" yn defnyddio’r dynodydd cwestiwn "${id}" fwy nag unwaith, felly ni ellir gwahaniaethu rhwng yr atebion iddo.`,

  'issue.at': ({ path, issue }) => `${path}: ${issue}`,
  'issue.document': () => '(dogfen)',
  'issue.invalid-type': ({ expected, received }) => `Mewnbwn annilys: disgwylid ${type(expected)}, cafwyd ${type(received)}`,
  'issue.invalid-value': ({ value }) => `Mewnbwn annilys: disgwylid ${value}`,
  'issue.invalid-option': ({ values }) => `Dewis annilys: disgwylid un o ${values.join('|')}`,
  'issue.too-big': (p) => limit(p, true),
  'issue.too-small': (p) => limit(p, false),
  'issue.starts-with': ({ prefix }) => `Testun annilys: rhaid iddo ddechrau â "${prefix}"`,
  'issue.ends-with': ({ suffix }) => `Testun annilys: rhaid iddo orffen â "${suffix}"`,
  'issue.includes': ({ includes }) => `Testun annilys: rhaid iddo gynnwys "${includes}"`,
  'issue.pattern': ({ pattern }) => `Testun annilys: rhaid iddo gyfateb i’r patrwm ${pattern}`,
  'issue.format': ({ format }) => FORMATS[format] ?? `Fformat annilys (${format})`,
  'issue.not-multiple-of': ({ divisor }) => `Rhif annilys: rhaid iddo fod yn lluosrif o ${divisor}`,
  'issue.unrecognized-keys': ({ keys }) => `${keys.length > 1 ? 'Allweddi anhysbys' : 'Allwedd anhysbys'}: ${keys.join(', ')}`,
  'issue.invalid-key': ({ origin }) => `Allwedd annilys (${origin})`,
  'issue.invalid-discriminator': ({ options }) => `Math annilys. Disgwylid ${options.map((o) => `'${o}'`).join(' | ')}`,
  'issue.more-than-one-match': () => 'Mewnbwn annilys: mae mwy nag un dewis yn cyfateb',
  'issue.invalid-element': ({ origin }) => `Gwerth annilys (${origin})`,
  'issue.invalid-input': () => 'Mewnbwn annilys',
  'issue.document-url': () => 'Rhaid i ddolen dogfen fod yn gyfeiriad gwe sy’n dechrau https:// (neu http://).',
  'issue.team-size-order': () => 'Ni all maint lleiaf tîm fod yn fwy na’r maint mwyaf.',
  'issue.custom': ({ text }) => text,

  'csv.school': () => 'Ysgol',
  'csv.stage': () => 'Cam',
  'csv.due': () => 'Dyddiad y cam nesaf',
  'csv.overdue': () => 'Yn hwyr',
  'csv.workshop-held': () => 'Gweithdy wedi’i gynnal',
  'csv.check-in-held': () => 'Cyfarfod gwirio cynnydd wedi’i gynnal',
  'csv.lead': () => 'Adolygydd arweiniol',
  'csv.facilitator': () => 'Hwylusydd',
  'csv.priority': () => 'Blaenoriaeth wella',
  'csv.yes': () => 'ie',
  'csv.no': () => 'na',
  'csv.stage-value': ({ stage }) => STAGES[stage],
};

/** The cy locale: messages, the default framework pack's Welsh text, the continuum in Welsh. */
export const cy: LocaleBundle = {
  locale: 'cy',
  messages: cyMessages,
  frameworks: { 'spp-default': cyDefaultFramework },
  practice: cyPractice,
};

export default cy;
