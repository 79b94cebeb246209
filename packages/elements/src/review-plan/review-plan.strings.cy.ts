/**
 * Testun `<spp-review-plan>` yn Gymraeg: the review plan's text in Welsh, loaded on demand.
 *
 * Considered choices (matching core's cy.ts and the other widgets):
 * - review plan: "cynllun yr adolygiad" (as the evidence log says); pre-review meeting: "cyfarfod
 *   cyn yr adolygiad"; peer review: "adolygiad gan gymheiriaid"; lead reviewer: "adolygydd
 *   arweiniol"; review team: "tîm adolygu"; host school: "ysgol letyol".
 * - line of enquiry: "trywydd ymholi" (plural "trywyddau ymholi"; "pa drywyddau", "Ychwanegwch
 *   drywyddau": soft mutation); evidence-collection plan: "cynllun casglu tystiolaeth".
 * - activities as the evidence log names them ("Cyfweliad", "Grŵp ffocws", "Taith ddysgu",
 *   "Arsylwi gwers"…); "Remove": "Dileu", as the other widgets write it.
 * - job roles in "{name}, {role}, {school}" are in apposition, so none mutates: "pennaeth", "uwch
 *   arweinydd", "arweinydd canol", "athro" (TermCymru's generic term), "cydymaith y rhaglen".
 * - counts, each form whole: "awr" is feminine ("dwy awr", "tair awr", "chwe awr"); "munud"
 *   feminine too, as the workshop planner has it ("dwy funud", "tair munud"); "diwrnod" and
 *   "adolygydd" masculine ("dau ddiwrnod", "tri adolygydd"). The
 *   team size is said as "mae dau adolygydd mewn tîm adolygu" (a subject after "mae" does not
 *   mutate, where "mae gan dîm ddau adolygydd" would).
 * - school size is an adjective after "ysgol" (feminine): "ysgol fach", "ysgol ganolig", "ysgol
 *   fawr"; so each size has its own sentence rather than an adjective pasted in.
 * - names never follow a word that mutates them: schools follow "pennaeth", "adolygu", "fel" or
 *   "hunanwerthusiad" (a genitive or a verb-noun's object); people stand in apposition or in
 *   brackets ("cytundeb yr adolygydd arweiniol ({lead}) a chytundeb pennaeth yr ysgol letyol
 *   ({host})"), or after "cytundeb" ("Yn aros am gytundeb {name}"), never after "i", "a" or "gan".
 * - an activity in a sentence is quoted ("Dilëwyd y gweithgaredd “{activity}”…"), so it keeps its
 *   capital and needs no mutation; in a button's context it follows a comma.
 * - times: "{start} tan {end}".
 * Non-judgemental as the English: the plan says what the review will look at and how.
 */
import { cyPlural, type Translation } from '../shared/strings';
import type { reviewPlanStrings } from './review-plan.strings';

/** "In this partnership a review of a {size} school such as {school} lasts N days", one size. */
const reviewLength = (school: string) =>
  cyPlural({
    zero: `Yn y bartneriaeth hon, nid oes diwrnod adolygu wedi’i bennu ar gyfer ${school} fel {school}.`,
    one: `Yn y bartneriaeth hon, mae adolygiad o ${school} fel {school} yn para un diwrnod.`,
    two: `Yn y bartneriaeth hon, mae adolygiad o ${school} fel {school} yn para dau ddiwrnod.`,
    few: `Yn y bartneriaeth hon, mae adolygiad o ${school} fel {school} yn para tri diwrnod.`,
    many: `Yn y bartneriaeth hon, mae adolygiad o ${school} fel {school} yn para chwe diwrnod.`,
    other: `Yn y bartneriaeth hon, mae adolygiad o ${school} fel {school} yn para {count} diwrnod.`,
  });

const cy: Translation<typeof reviewPlanStrings> = {
  title: 'Cynllun yr adolygiad',
  titleFor: 'Cynllun yr adolygiad: {school}',
  intro:
    'Yn y cyfarfod cyn yr adolygiad ({duration}), mae’r adolygydd arweiniol a phennaeth {school} yn cytuno ar yr hyn y bydd yr adolygiad gan gymheiriaid yn edrych arno, ac yn cynllunio sut y bydd y tîm adolygu yn casglu tystiolaeth.',
  readOnlyTitle: 'Gallwch ddarllen y cynllun hwn ond nid ei newid.',
  detailNotSharedTitle: 'Nid yw’r trywyddau ymholi na’r cynllun casglu tystiolaeth wedi’u rhannu â chi.',
  beforeStage:
    'Mae cynllun yr adolygiad yn cael ei lunio yn y cyfarfod cyn yr adolygiad, unwaith y bydd yr hunanwerthusiad wedi’i gyflwyno. Mae’r adolygiad ar gam “{stage}”.',
  recordNote: 'Dyma’r cynllun fel y cytunwyd arno ar gyfer yr adolygiad gan gymheiriaid. Mae’r adolygiad bellach ar gam “{stage}”.',
  recordNotAgreed: 'Dyma’r cynllun fel y cafodd ei adael. Mae’r adolygiad ar gam “{stage}”.',
  someone: 'rhywun nad yw yn y bartneriaeth mwyach',
  unknownQuestion: 'Cwestiwn nad yw yn y fframwaith mwyach ({id})',
  notRecorded: 'Heb ei gofnodi.',
  duration: {
    // "awr" is feminine: "dwy awr", "tair awr".
    hours: cyPlural({ zero: '0 awr', one: '1 awr', two: 'dwy awr', few: 'tair awr', many: 'chwe awr', other: '{count} awr' }),
    minutes: cyPlural({ zero: '0 munud', one: '1 munud', two: 'dwy funud', few: 'tair munud', many: 'chwe munud', other: '{count} munud' }),
    both: '{hours} {minutes}',
  },

  startingPoint: {
    heading: 'Man cychwyn: y ffocws a gynigiodd yr ysgol',
    intro: 'O hunanwerthusiad {school}. Defnyddiwch ef i gytuno ar y ffocws a’r trywyddau ymholi isod.',
    questions: 'Cwestiynau yr hoffai’r ysgol i’r adolygiad edrych arnynt',
    summary: 'Crynodeb yr ysgol',
    noQuestions: 'Ni ddewisodd yr ysgol unrhyw gwestiynau.',
    noSummary: 'Ni ysgrifennodd yr ysgol grynodeb.',
    notShared: 'Nid yw’r hunanwerthusiad wedi’i rannu â chi. {reason}',
  },

  meeting: {
    heading: 'Y cyfarfod cyn yr adolygiad',
    date: 'Dyddiad y cyfarfod',
    dateShown: 'Y dyddiad a ddewiswyd: {date}.',
    noDate: 'Dim dyddiad wedi’i gofnodi eto.',
    focusSummary: 'Ffocws yr adolygiad y cytunwyd arno',
    focusSummaryHint: 'Dechreuwch o gynnig yr ysgol a chytunwch ar y geiriad gyda’ch gilydd: beth fydd yr adolygiad yn edrych arno, a pham.',
    noFocusSummary: 'Nid oes ffocws wedi’i ysgrifennu eto.',
    focusNotAgreed: 'Mae’r ffocws yn cael ei rannu â’r bartneriaeth unwaith y bydd yr adolygydd arweiniol a’r pennaeth wedi cytuno ar y cynllun.',
  },

  lines: {
    heading: 'Trywyddau ymholi',
    intro: 'Y cwestiynau y bydd y tîm adolygu yn eu harchwilio. Cysylltwch bob un â’r cwestiynau hunanwerthuso y tyfodd ohonynt.',
    none: 'Dim trywyddau ymholi eto.',
    notShared: 'Heb eu rhannu â chi.',
    line: 'Trywydd ymholi {n}',
    lineShort: 'Trywydd {n}',
    question: 'Cwestiwn i’w archwilio',
    questionNeeded: 'Ysgrifennwch y cwestiwn ar gyfer y trywydd ymholi hwn. Tan hynny, mae’r geiriad a gadwyd ddiwethaf yn aros.',
    grewFrom: 'Wedi tyfu o’r cwestiynau hunanwerthuso hyn',
    grewFromNone: 'Heb gysylltiad â chwestiwn hunanwerthuso.',
    moreQuestions: 'Cwestiynau hunanwerthuso eraill ({count})',
    remove: 'Dileu',
    removeContext: 'trywydd ymholi {n}',
    newLine: 'Trywydd ymholi newydd',
    newLineHint: 'Ysgrifennwch ef fel cwestiwn, e.e. “Pa mor gyson y mae’r dull darllen yn cael ei ddefnyddio ym Mlynyddoedd 5 a 6?”',
    add: 'Ychwanegu trywydd ymholi',
    newLineEmpty: 'Ysgrifennwch y cwestiwn yn gyntaf.',
    added: 'Ychwanegwyd trywydd ymholi {n}.',
    removed: 'Dilëwyd trywydd ymholi {n}: {question}',
  },

  team: {
    heading: 'Tîm adolygu',
    lead: 'Adolygydd arweiniol',
    members: 'Adolygwyr',
    noLead: 'Dim adolygydd arweiniol wedi’i ddewis eto.',
    noMembers: 'Dim adolygwyr wedi’u dewis eto.',
    person: '{name}, {school}',
    personWithRole: '{name}, {role}, {school}',
    noSchool: 'dim ysgol',
    unknownPerson: 'Rhywun nad yw yn y bartneriaeth mwyach ({id})',
    problems: 'Nid oes modd cytuno ar y tîm hwn eto: {reasons}',
    change: 'Newid y tîm adolygu',
    leadSelect: 'Adolygydd arweiniol',
    leadHint: 'Dim ond pobl sy’n cael adolygu {school} sy’n cael eu cynnig.',
    chooseLead: 'Dewiswch yr adolygydd arweiniol',
    chooseLeadFirst: 'Dewiswch yr adolygydd arweiniol yn gyntaf.',
    membersLegend: 'Adolygwyr yn y tîm',
    membersHint: cyPlural({
      zero: 'Yn y bartneriaeth hon, nid oes nifer o adolygwyr wedi’i bennu ar gyfer tîm adolygu.',
      one: 'Yn y bartneriaeth hon, mae un adolygydd mewn tîm adolygu: yr adolygydd arweiniol.',
      two: 'Yn y bartneriaeth hon, mae dau adolygydd mewn tîm adolygu, a’r adolygydd arweiniol yn un ohonynt.',
      few: 'Yn y bartneriaeth hon, mae tri adolygydd mewn tîm adolygu, a’r adolygydd arweiniol yn un ohonynt.',
      many: 'Yn y bartneriaeth hon, mae chwe adolygydd mewn tîm adolygu, a’r adolygydd arweiniol yn un ohonynt.',
      other: 'Yn y bartneriaeth hon, mae {count} adolygydd mewn tîm adolygu, a’r adolygydd arweiniol yn un ohonynt.',
    }),
    membersHintRange: 'Yn y bartneriaeth hon, mae rhwng {min} a {max} adolygydd mewn tîm adolygu, a’r adolygydd arweiniol yn un ohonynt.',
    noEligible: 'Nid oes neb yn y bartneriaeth sy’n cael adolygu {school} eto.',
    notSaved: 'Heb ei gadw eto: {reason}',
    notSavedYet: 'Heb ei gadw eto.',
    saved: 'Mae’r tîm adolygu wedi’i gadw.',
    roles: {
      headteacher: 'pennaeth',
      'senior-leader': 'uwch arweinydd',
      'middle-leader': 'arweinydd canol',
      teacher: 'athro',
      associate: 'cydymaith y rhaglen',
    },
  },

  dates: {
    heading: 'Dyddiadau’r adolygiad',
    help: {
      small: reviewLength('ysgol fach'),
      medium: reviewLength('ysgol ganolig'),
      large: reviewLength('ysgol fawr'),
    },
    none: 'Dim dyddiad adolygu wedi’i bennu eto.',
    dayN: 'Diwrnod {n}',
    dateShown: 'Y dyddiad a ddewiswyd: {date}.',
    dayDate: 'Diwrnod {n}: {date}',
    remove: 'Dileu',
    removeContext: 'diwrnod adolygu {n}',
    add: 'Ychwanegu diwrnod adolygu arall',
    notSaved: 'Heb ei gadw eto: {reason}',
    notSavedYet: 'Heb ei gadw eto: dewiswch ddyddiad ar gyfer pob diwrnod, neu dilëwch yr un gwag.',
    added: 'Ychwanegwyd diwrnod adolygu {n}. Dewiswch ei ddyddiad.',
    removed: 'Dilëwyd diwrnod adolygu {n}.',
  },

  plan: {
    heading: 'Cynllun casglu tystiolaeth',
    notShared: 'Heb ei rannu â chi.',
    intro: cyPlural({
      zero: 'Beth fydd y tîm adolygu yn ei wneud ar ddiwrnodau’r adolygiad: pob gweithgaredd, gyda phwy, pa drywyddau ymholi y mae’n eu cwmpasu, pryd, a phwy sy’n mynd.',
      one: 'Beth fydd y tîm adolygu yn ei wneud ar ddiwrnod yr adolygiad: pob gweithgaredd, gyda phwy, pa drywyddau ymholi y mae’n eu cwmpasu, pryd, a phwy sy’n mynd.',
      two: 'Beth fydd y tîm adolygu yn ei wneud ar ddau ddiwrnod yr adolygiad: pob gweithgaredd, gyda phwy, pa drywyddau ymholi y mae’n eu cwmpasu, pryd, a phwy sy’n mynd.',
      few: 'Beth fydd y tîm adolygu yn ei wneud ar dri diwrnod yr adolygiad: pob gweithgaredd, gyda phwy, pa drywyddau ymholi y mae’n eu cwmpasu, pryd, a phwy sy’n mynd.',
      many: 'Beth fydd y tîm adolygu yn ei wneud ar ddiwrnodau’r adolygiad: pob gweithgaredd, gyda phwy, pa drywyddau ymholi y mae’n eu cwmpasu, pryd, a phwy sy’n mynd.',
      other: 'Beth fydd y tîm adolygu yn ei wneud ar ddiwrnodau’r adolygiad: pob gweithgaredd, gyda phwy, pa drywyddau ymholi y mae’n eu cwmpasu, pryd, a phwy sy’n mynd.',
    }),
    day: 'Diwrnod {n}',
    dayWithDate: 'Diwrnod {n}: {date}',
    dayNoDate: 'Diwrnod {n} (dim dyddiad wedi’i bennu eto)',
    nothingPlanned: 'Dim byd wedi’i gynllunio ar gyfer y diwrnod hwn eto.',
    time: 'Amser',
    activity: 'Gweithgaredd',
    with: 'Gyda',
    lines: 'Trywyddau ymholi',
    reviewers: 'Adolygwyr',
    note: 'Nodiadau',
    change: 'Newid',
    timeRange: '{start} tan {end}',
    listSeparator: ', ',
    timeNotSet: 'Amser heb ei bennu',
    // "munud" feminine, as in the workshop planner: "dwy funud", "tair munud".
    minutesLong: cyPlural({ zero: '0 munud', one: '1 munud', two: 'dwy funud', few: 'tair munud', many: 'chwe munud', other: '{count} munud' }),
    nobody: 'Heb eu dewis',
    notSet: 'Heb ei bennu',
    noLines: 'Dim',
    edit: 'Golygu',
    remove: 'Dileu',
    rowContext: '{activity}, diwrnod {day}',
    rowContextAt: '{activity}, diwrnod {day}, {start}',
    add: 'Ychwanegu gweithgaredd',
    added: 'Ychwanegwyd gweithgaredd ar ddiwrnod {day}. Dewiswch beth ydyw.',
    removed: 'Dilëwyd y gweithgaredd “{activity}” o ddiwrnod {day}.',
    editorHeading: 'Gweithgaredd: {activity}, diwrnod {day}',
    editorHeadingAt: 'Gweithgaredd: {activity}, diwrnod {day}, {start}',
    dayField: 'Diwrnod',
    start: 'Amser dechrau',
    minutes: 'Hyd mewn munudau',
    minutesNeeded: 'Rhowch nifer cyfan o funudau, 1 neu ragor.',
    linesLegend: 'Trywyddau ymholi y mae’n eu cwmpasu',
    linesNone: 'Ychwanegwch drywyddau ymholi yn gyntaf; yna cysylltwch weithgareddau â nhw.',
    reviewersLegend: 'Adolygwyr sy’n cymryd rhan',
    reviewersNone: 'Dewiswch y tîm adolygu yn gyntaf.',
    notInTeam: '{name} (nid yw yn y tîm adolygu mwyach)',
    noteField: 'Nodiadau',
    noteHint: 'Er enghraifft, pwy fydd yno, neu beth i ddod gyda chi.',
    done: 'Wedi gorffen',
    coverage: 'Mae gan bob trywydd ymholi o leiaf un gweithgaredd wedi’i gynllunio.',
    coverageMissing: 'Nid oes gweithgaredd wedi’i gynllunio eto ar gyfer:',
    coverageNoLines: 'Unwaith y bydd trywyddau ymholi, mae hyn yn gwirio bod gan bob un o leiaf un gweithgaredd wedi’i gynllunio.',
    coverageHint: 'Gwiriad i helpu gyda’r cynllunio; nid yw’n atal cytuno ar y cynllun.',
    activities: {
      interview: 'Cyfweliad',
      'focus-group': 'Grŵp ffocws',
      'data-review': 'Adolygu data',
      'work-scrutiny': 'Craffu ar waith',
      observation: 'Arsylwi gwers',
      'learning-walk': 'Taith ddysgu',
      survey: 'Arolwg',
    },
    sources: {
      staff: 'Staff',
      pupils: 'Disgyblion',
      parents: 'Rhieni a gofalwyr',
      governors: 'Llywodraethwyr',
      leaders: 'Arweinwyr',
      documents: 'Dogfennau',
    },
  },

  agreement: {
    heading: 'Cytuno ar y cynllun',
    intro:
      'Mae’r adolygydd arweiniol a phennaeth {school} ill dau yn cytuno ar y cynllun. Mae newid i’r cynllun, y tîm neu’r dyddiadau yn golygu bod angen cytuno arno eto. Unwaith y bydd y ddau wedi cytuno, bydd yr adolygiad gan gymheiriaid yn mynd yn ei flaen.',
    leadParty: '{name}, adolygydd arweiniol',
    leadPartyNone: 'Yr adolygydd arweiniol (heb ei ddewis eto)',
    hostParty: '{name}, pennaeth {school}',
    hostPartyNone: 'Pennaeth {school}',
    agreedOn: 'wedi cytuno ({date})',
    notYet: 'heb gytuno eto',
    agree: 'Cytuno ar y cynllun',
    notPossible: 'Nid oes modd cytuno ar y cynllun eto: {reason}',
    youAgreed: 'Fe wnaethoch gytuno ar y cynllun hwn ar {date}.',
    youAgreedWaiting: 'Fe wnaethoch gytuno ar y cynllun hwn ar {date}. Yn aros am gytundeb {name}.',
    agreedAnnounce: 'Rydych wedi cytuno ar y cynllun.',
    bothAgreed: 'Mae’r ddau wedi cytuno ar y cynllun. Gall yr adolygiad gan gymheiriaid fynd yn ei flaen.',
    clearedLead: 'Mae eich newid yn golygu bod angen cytuno ar y cynllun eto: cliriwyd cytundeb yr adolygydd arweiniol, {name}.',
    clearedHost: 'Mae eich newid yn golygu bod angen cytuno ar y cynllun eto: cliriwyd cytundeb pennaeth yr ysgol letyol, {name}.',
    clearedBoth:
      'Mae eich newid yn golygu bod angen cytuno ar y cynllun eto: cliriwyd cytundeb yr adolygydd arweiniol ({lead}) a chytundeb pennaeth yr ysgol letyol ({host}).',
    clearedAnnounce: 'Newidiodd y cynllun, felly mae angen cytuno arno eto.',
    agreedRecord: 'Cytunodd y ddau ar y cynllun ar {date}.',
    notAgreedRecord: 'Ni chytunodd y ddau ar y cynllun hwn.',
  },
};

export default cy;
