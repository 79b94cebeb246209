/**
 * Testun `<spp-review-schedule>` yn Gymraeg: the review schedule's text in Welsh, loaded on demand.
 *
 * Considered choices (matching core's cy.ts, whose schedule messages this widget shows beside its own):
 * - schedule: "amserlen" (feminine: "yr amserlen", "wedi’i chyhoeddi"); review window: "cyfnod
 *   adolygu" (plural "cyfnodau adolygu"), as core's planning messages say.
 * - host school: "ysgol letyol"; lead reviewer: "adolygydd arweiniol"; review team: "tîm adolygu";
 *   workshop facilitator: "hwylusydd y gweithdy"; Improvement Champion: "Hyrwyddwr Gwella";
 *   partnership lead: "arweinydd y bartneriaeth"; programme associate: "cydymaith y rhaglen".
 * - problem (a broken rule): "problem" (feminine: "un broblem", "dwy broblem", "tair problem",
 *   "chwe phroblem"), "i’w datrys"; fairness point: "pwynt tegwch" (masculine: "dau bwynt", "tri
 *   phwynt", "chwe phwynt"), "i’w ystyried": something to consider, never a fault of a school.
 * - link (on the map): "cysylltiad" ("dau gysylltiad", "tri chysylltiad"); pair: "pâr" ("dau bâr",
 *   "tri phâr"); review cycle: "cylch adolygu" ("dau gylch", "tri chylch").
 * - "That is {date}." beside a date field: "Hynny yw {date}.", since the field itself writes the
 *   date the browser's way.
 * School names never follow a word that would mutate them: "Adolygiad {school}" (a genitive), and
 * the map's key lists "adolygiad {school}" items, so the last one always takes "ac" (before the
 * vowel of "adolygiad"), never "a" before a name. The schools not reviewing another school are a
 * list under a whole sentence, not a list inside one.
 * Counts: a whole sentence for every Welsh plural category, the noun after a number singular.
 */
import { cyPlural, type Translation } from '../shared/strings';
import type { reviewScheduleStrings } from './review-schedule.strings';

const cy: Translation<typeof reviewScheduleStrings> = {
  dateLocale: 'cy',
  heading: 'Amserlen adolygu {year}',
  intro: 'Pwy sy’n adolygu pwy eleni, pryd, a phwy sy’n hwyluso gweithdy gwella pob ysgol. Mae pob ysgol yn rhoi ac yn derbyn.',
  loadingSchedule: 'Wrthi’n llwytho’r amserlen…',

  notPlanned: {
    heading: 'Nid yw amserlen {year} wedi’i chynllunio eto',
    intro:
      'Cynlluniwch y flwyddyn i rannu’r adolygiadau’n deg: un adolygiad ar gyfer pob ysgol, pob un â’i dîm, ei gyfnod a hwylusydd ei weithdy, gan ddilyn rheolau’r bartneriaeth. Gallwch addasu unrhyw adolygiad â llaw wedyn.',
    readOnly: 'Bydd yr amserlen yn ymddangos yma unwaith y bydd wedi’i chynllunio. {reason}',
    teamSize: 'Adolygwyr ym mhob tîm, gan gynnwys yr adolygydd arweiniol',
    // "adolygydd" is masculine and begins with a vowel: "dau adolygydd", "tri adolygydd".
    teamSizeFixed: cyPlural({
      zero: 'Nid oes adolygwyr yn y timau.',
      one: 'Mae un adolygydd ym mhob tîm: yr adolygydd arweiniol.',
      two: 'Mae dau adolygydd ym mhob tîm, gan gynnwys yr adolygydd arweiniol.',
      few: 'Mae tri adolygydd ym mhob tîm, gan gynnwys yr adolygydd arweiniol.',
      many: 'Mae chwe adolygydd ym mhob tîm, gan gynnwys yr adolygydd arweiniol.',
      other: 'Mae {count} adolygydd ym mhob tîm, gan gynnwys yr adolygydd arweiniol.',
    }),
    windows: 'Cyfnodau adolygu',
    windowsHint: 'Wythnosau arferol pob tymor. Newidiwch y dyddiadau i gyd-fynd â dyddiadau tymor eich ardal.',
    from: 'Dyddiad dechrau',
    to: 'Dyddiad gorffen',
    dateShown: 'Hynny yw {date}.',
    plan: 'Cynllunio’r flwyddyn',
    planning: 'Wrthi’n cynllunio…',
    createdElsewhere: 'Cafodd amserlen ar gyfer y flwyddyn hon ei chadw mewn man arall tra oeddech yn cynllunio. Mae’n cael ei dangos yma; ni chafodd dim ei drosysgrifo.',
    saveFailed: 'Nid oedd modd cadw’r cynllun: {reason} Ni chollwyd dim: rhowch gynnig arall arni.',
  },

  infeasible: {
    heading: 'Nid oedd modd cynllunio’r flwyddyn',
    intro: 'Ni chafodd amserlen ei gwneud. Dyma beth sy’n atal hynny:',
    fix: 'Newidiwch bobl, hyfforddiant neu osodiadau’r bartneriaeth, yna cynlluniwch eto.',
    problem: '{school} – {rule}: {message}',
    general: '{rule}: {message}',
  },

  readOnly: 'Gallwch ddarllen yr amserlen hon ond nid ei newid. {reason}',
  published: 'Cyhoeddwyd ar {date}. Mae pob adolygiad bellach yn gylch adolygu i’w ysgol ei hun: gwnewch unrhyw newid yno.',

  checks: {
    heading: 'Gwiriadau',
    allClear: 'Mae gan bob ysgol adolygiad ac mae pob adolygiad yn dilyn rheolau’r bartneriaeth.',
    // "problem" is feminine: "un broblem", "dwy broblem", "tair problem", "chwe phroblem".
    errors: cyPlural({
      zero: 'Cyn y gellir cyhoeddi’r amserlen: dim problemau i’w datrys.',
      one: 'Cyn y gellir cyhoeddi’r amserlen: un broblem i’w datrys.',
      two: 'Cyn y gellir cyhoeddi’r amserlen: dwy broblem i’w datrys.',
      few: 'Cyn y gellir cyhoeddi’r amserlen: tair problem i’w datrys.',
      many: 'Cyn y gellir cyhoeddi’r amserlen: chwe phroblem i’w datrys.',
      other: 'Cyn y gellir cyhoeddi’r amserlen: {count} problem i’w datrys.',
    }),
    // "pwynt" is masculine: "dau bwynt", "tri phwynt", "chwe phwynt".
    alsoWarnings: cyPlural({
      zero: 'Nid oes pwyntiau tegwch i’w hystyried.',
      one: 'Mae un pwynt tegwch i’w ystyried hefyd.',
      two: 'Mae dau bwynt tegwch i’w hystyried hefyd.',
      few: 'Mae tri phwynt tegwch i’w hystyried hefyd.',
      many: 'Mae chwe phwynt tegwch i’w hystyried hefyd.',
      other: 'Mae {count} pwynt tegwch i’w hystyried hefyd.',
    }),
    warningsOnly: cyPlural({
      zero: 'Nid oes dim yn atal cyhoeddi.',
      one: 'Nid oes dim yn atal cyhoeddi: un pwynt tegwch i’w ystyried.',
      two: 'Nid oes dim yn atal cyhoeddi: dau bwynt tegwch i’w hystyried.',
      few: 'Nid oes dim yn atal cyhoeddi: tri phwynt tegwch i’w hystyried.',
      many: 'Nid oes dim yn atal cyhoeddi: chwe phwynt tegwch i’w hystyried.',
      other: 'Nid oes dim yn atal cyhoeddi: {count} pwynt tegwch i’w hystyried.',
    }),
    errorCount: cyPlural({
      zero: 'Dim problemau i’w datrys',
      one: 'Un broblem i’w datrys',
      two: 'Dwy broblem i’w datrys',
      few: 'Tair problem i’w datrys',
      many: 'Chwe phroblem i’w datrys',
      other: '{count} problem i’w datrys',
    }),
    warningCount: cyPlural({
      zero: 'Dim pwyntiau tegwch i’w hystyried',
      one: 'Un pwynt tegwch i’w ystyried',
      two: 'Dau bwynt tegwch i’w hystyried',
      few: 'Tri phwynt tegwch i’w hystyried',
      many: 'Chwe phwynt tegwch i’w hystyried',
      other: '{count} pwynt tegwch i’w hystyried',
    }),
    toFix: 'I’w datrys:',
    toLookAt: 'I’w ystyried:',
    rule: '(Rheol: {rule})',
  },

  table: {
    heading: 'Pwy sy’n adolygu pwy',
    caption: 'Adolygiadau yn amserlen {year}, un rhes ar gyfer pob ysgol letyol',
    region: 'Pwy sy’n adolygu pwy (yn sgrolio i’r ochr)',
    host: 'Ysgol letyol',
    window: 'Cyfnod',
    lead: 'Adolygydd arweiniol',
    members: 'Aelodau eraill y tîm',
    facilitator: 'Hwylusydd y gweithdy',
    checks: 'Gwiriadau',
    none: 'Dim',
    noFacilitator: 'Heb ei ddewis eto',
    ok: 'Yn dilyn y rheolau',
    dates: '{from} i {to}',
    empty: 'Nid oes adolygiadau yn yr amserlen hon eto.',
  },

  map: {
    heading: 'Cysylltiadau adolygu rhwng ysgolion',
    hint: 'Mae pob saeth yn mynd o ysgol y mae ei phobl yn adolygu at yr ysgol y maent yn ei hadolygu. Mae’r tabl uchod yn rhoi’r un wybodaeth.',
    label: '{schools} {links} {pairs} Mae’r tabl “Pwy sy’n adolygu pwy” yn rhoi’r un wybodaeth.',
    // "ysgol" is feminine: "dwy ysgol", "tair ysgol".
    schools: cyPlural({
      zero: 'Map o’r cysylltiadau adolygu: dim ysgolion.',
      one: 'Map o’r cysylltiadau adolygu: un ysgol.',
      two: 'Map o’r cysylltiadau adolygu: dwy ysgol.',
      few: 'Map o’r cysylltiadau adolygu: tair ysgol.',
      many: 'Map o’r cysylltiadau adolygu: chwe ysgol.',
      other: 'Map o’r cysylltiadau adolygu: {count} ysgol.',
    }),
    // "cysylltiad" is masculine: "dau gysylltiad", "tri chysylltiad", "chwe chysylltiad".
    links: cyPlural({
      zero: 'Nid yw pobl unrhyw ysgol yn adolygu ysgol arall eto.',
      one: 'Un cysylltiad, o ysgol y mae ei phobl yn adolygu at yr ysgol y maent yn ei hadolygu.',
      two: 'Dau gysylltiad, pob un o ysgol y mae ei phobl yn adolygu at yr ysgol y maent yn ei hadolygu.',
      few: 'Tri chysylltiad, pob un o ysgol y mae ei phobl yn adolygu at yr ysgol y maent yn ei hadolygu.',
      many: 'Chwe chysylltiad, pob un o ysgol y mae ei phobl yn adolygu at yr ysgol y maent yn ei hadolygu.',
      other: '{count} cysylltiad, pob un o ysgol y mae ei phobl yn adolygu at yr ysgol y maent yn ei hadolygu.',
    }),
    // "pâr" is masculine: "dau bâr", "tri phâr", "chwe phâr".
    pairs: cyPlural({
      zero: 'Nid oes dwy ysgol yn adolygu ei gilydd.',
      one: 'Mae un pâr o ysgolion yn adolygu ei gilydd.',
      two: 'Mae dau bâr o ysgolion yn adolygu ei gilydd.',
      few: 'Mae tri phâr o ysgolion yn adolygu ei gilydd.',
      many: 'Mae chwe phâr o ysgolion yn adolygu ei gilydd.',
      other: 'Mae {count} pâr o ysgolion yn adolygu ei gilydd.',
    }),
    key: 'Allwedd i’r map',
    keySeparator: ': ',
    // "ei phobl": "ei" is the school (feminine). The items are "adolygiad {school}", a genitive.
    givesTo: 'mae ei phobl yn rhan o {schools}',
    givesToNone: 'nid yw ei phobl yn adolygu ysgol arall',
    list: { item: 'adolygiad {school}', separator: ', ', last: ' a ', lastBeforeVowel: ' ac ' },
  },

  fairness: {
    heading: 'Sut mae’r gwaith yn cael ei rannu',
    schoolsCaption: 'Adolygiadau a roddir ac a dderbynnir gan bob ysgol',
    school: 'Ysgol',
    received: 'Adolygiadau fel ysgol letyol',
    reviewersReceived: 'Adolygwyr a dderbyniwyd',
    given: 'Adolygiadau o ysgolion eraill y cymerwyd rhan ynddynt',
    reviewersGiven: 'Lleoedd adolygwyr a roddwyd',
    facilitations: 'Gweithdai a hwyluswyd',
    notGiving: cyPlural({
      zero: 'Mae pobl pob ysgol yn adolygu o leiaf un ysgol arall.',
      one: 'Nid yw pobl yr ysgol hon yn adolygu ysgol arall yn yr amserlen hon:',
      two: 'Nid yw pobl y ddwy ysgol hyn yn adolygu ysgol arall yn yr amserlen hon:',
      few: 'Nid yw pobl y tair ysgol hyn yn adolygu ysgol arall yn yr amserlen hon:',
      many: 'Nid yw pobl y chwe ysgol hyn yn adolygu ysgol arall yn yr amserlen hon:',
      other: 'Nid yw pobl y {count} ysgol hyn yn adolygu ysgol arall yn yr amserlen hon:',
    }),
    everyoneGives: 'Mae pobl pob ysgol yn adolygu o leiaf un ysgol arall.',
    peopleCaption: 'Adolygiadau a gweithdai ar gyfer pob person',
    person: 'Person',
    personSchool: 'Ysgol',
    reviews: 'Adolygiadau',
    leads: 'Yn arwain',
    facilitating: 'Yn hwyluso',
    noSchool: 'Dim ysgol',
    // After "na" (than) a number word takes the aspirate mutation: "na thri"; "nag" before a vowel.
    maxLoad: cyPlural({
      zero: 'Y nifer fwyaf o adolygiadau i un person yw {max}; nod y bartneriaeth yw dim adolygiadau o gwbl.',
      one: 'Y nifer fwyaf o adolygiadau i un person yw {max}; nod y bartneriaeth yw dim mwy nag un y flwyddyn.',
      two: 'Y nifer fwyaf o adolygiadau i un person yw {max}; nod y bartneriaeth yw dim mwy na dau y flwyddyn.',
      few: 'Y nifer fwyaf o adolygiadau i un person yw {max}; nod y bartneriaeth yw dim mwy na thri y flwyddyn.',
      many: 'Y nifer fwyaf o adolygiadau i un person yw {max}; nod y bartneriaeth yw dim mwy na chwech y flwyddyn.',
      other: 'Y nifer fwyaf o adolygiadau i un person yw {max}; nod y bartneriaeth yw dim mwy na {count} y flwyddyn.',
    }),
    peopleRegion: 'Adolygiadau a gweithdai ar gyfer pob person (yn sgrolio i’r ochr)',
    schoolsRegion: 'Adolygiadau a roddir ac a dderbynnir gan bob ysgol (yn sgrolio i’r ochr)',
  },

  adjust: {
    heading: 'Addasu adolygiadau â llaw',
    hint: 'Caiff newidiadau eu gwirio ar unwaith a’u cadw wrth i chi fynd. Mae unrhyw beth sy’n torri rheol yn cael ei gadw a’i esbonio wrth ymyl yr adolygiad, fel y gallwch ei gywiro.',
    review: 'Adolygiad {school}',
    window: 'Cyfnod',
    windowOption: '{term}: {from} – {to}',
    lead: 'Adolygydd arweiniol',
    canLead: 'Yn gallu arwain yr adolygiad hwn',
    others: 'Eraill yn y bartneriaeth (byddai rheol yn cael ei thorri)',
    members: 'Tîm adolygu',
    membersHint: 'Pobl sy’n gallu bod yn rhan o adolygiad {school}.',
    leadMark: '(adolygydd arweiniol)',
    notEligible: '(yn torri rheol)',
    facilitator: 'Hwylusydd y gweithdy gwella',
    noFacilitator: 'Heb ei ddewis eto',
    noneEligible: 'Nid oes neb yn y bartneriaeth yn gallu hwyluso’r gweithdy hwn eto.',
    unknownPerson: 'Person anhysbys ({id})',
    problems: 'Gwiriadau ar gyfer yr adolygiad hwn',
    fine: 'Mae’r adolygiad hwn yn dilyn y rheolau.',
  },

  publish: {
    heading: 'Cyhoeddi’r amserlen',
    hint: 'Mae cyhoeddi yn creu cylch adolygu pob ysgol gyda’i dîm, ei hwylusydd a’i gyfnod. Wedi hynny, nid oes modd newid yr amserlen yma mwyach.',
    button: 'Cyhoeddi’r amserlen',
    notReady: cyPlural({
      zero: 'Datryswch y problemau uchod cyn cyhoeddi.',
      one: 'Datryswch y broblem uchod cyn cyhoeddi.',
      two: 'Datryswch y ddwy broblem uchod cyn cyhoeddi.',
      few: 'Datryswch y tair problem uchod cyn cyhoeddi.',
      many: 'Datryswch y chwe phroblem uchod cyn cyhoeddi.',
      other: 'Datryswch y {count} problem uchod cyn cyhoeddi.',
    }),
    confirmHeading: 'Cyhoeddi’r amserlen nawr?',
    confirmText: cyPlural({
      zero: 'Nid oes adolygiadau i greu cylch adolygu ar eu cyfer. Nid oes modd newid yr amserlen yma wedyn.',
      one: 'Mae hyn yn creu cylch adolygu ar gyfer yr un adolygiad. Nid oes modd newid yr amserlen yma wedyn.',
      two: 'Mae hyn yn creu cylch adolygu ar gyfer pob un o’r ddau adolygiad. Nid oes modd newid yr amserlen yma wedyn.',
      few: 'Mae hyn yn creu cylch adolygu ar gyfer pob un o’r tri adolygiad. Nid oes modd newid yr amserlen yma wedyn.',
      many: 'Mae hyn yn creu cylch adolygu ar gyfer pob un o’r chwe adolygiad. Nid oes modd newid yr amserlen yma wedyn.',
      other: 'Mae hyn yn creu cylch adolygu ar gyfer pob un o’r {count} adolygiad. Nid oes modd newid yr amserlen yma wedyn.',
    }),
    confirm: 'Ydw, cyhoeddi’r amserlen',
    cancel: 'Ddim eto',
    publishing: 'Wrthi’n cyhoeddi…',
    // "cylch" is masculine: "dau gylch", "tri chylch", "chwe chylch".
    done: cyPlural({
      zero: 'Wedi’i chyhoeddi. Roedd gan bob adolygiad ei gylch eisoes, felly ni chafodd dim newydd ei greu.',
      one: 'Wedi’i chyhoeddi: crëwyd un cylch adolygu.',
      two: 'Wedi’i chyhoeddi: crëwyd dau gylch adolygu.',
      few: 'Wedi’i chyhoeddi: crëwyd tri chylch adolygu.',
      many: 'Wedi’i chyhoeddi: crëwyd chwe chylch adolygu.',
      other: 'Wedi’i chyhoeddi: crëwyd {count} cylch adolygu.',
    }),
    refused: 'Heb ei chyhoeddi: {reason}',
    unsaved: 'Heb ei chyhoeddi: nid yw eich newidiadau diweddaraf wedi’u cadw eto. {reason}',
    held: 'Heb ei chyhoeddi: mae eich newidiadau diweddaraf i’r amserlen wedi’u cadw ar y ddyfais hon yn unig, am fod yr amserlen wedi newid ar y gweinydd yn y cyfamser. Cyhoeddwch unwaith y byddant wedi’u hanfon.',
  },

  rules: {
    'member-of-partnership': 'Aelodau yn unig',
    'associate-reads-only': 'Nid yw cydymaith y rhaglen yn adolygu',
    'own-school': 'Nid eu hysgol eu hunain',
    'team-size': 'Maint y tîm',
    'lead-is-headteacher': 'Adolygydd arweiniol',
    'lead-in-team': 'Yr adolygydd arweiniol yn y tîm',
    'reviewer-trained': 'Adolygwyr hyfforddedig',
    'facilitator-trained': 'Hyrwyddwr Gwella hyfforddedig',
    'facilitator-other-school': 'Hwylusydd o ysgol arall',
    'host-head-only': 'Pennaeth yr ysgol letyol',
    'host-school-leaders': 'Arweinwyr yr ysgol letyol',
    'review-team-only': 'Tîm adolygu',
    'lead-or-host': 'Adolygydd arweiniol neu’r ysgol letyol',
    'facilitator-only': 'Hwylusydd',
    'check-in-recorders': 'Gwirio cynnydd',
    'partnership-lead-only': 'Arweinydd y bartneriaeth',
    'unknown-person': 'Person anhysbys',
    'duplicate-member': 'Wedi’i restru ddwywaith',
    'headteachers-only': 'Penaethiaid',
    'too-few-schools': 'Digon o ysgolion',
    'no-windows': 'Cyfnodau adolygu',
    'window-order': 'Dyddiadau’r cyfnodau adolygu',
    'wrong-partnership': 'Y bartneriaeth gywir',
    'duplicate-review': 'Un adolygiad yr un',
    'unknown-school': 'Ysgol anhysbys',
    'school-not-reviewed': 'Adolygu pob ysgol',
    'max-reviews-per-person': 'Llwyth pob person',
    'person-window-overlap': 'Cyfnodau’n gorgyffwrdd',
  },
  unknownSchool: 'Ysgol anhysbys ({id})',
  personAtSchool: '{name}, {school}',
};

export default cy;
