/**
 * Testun `<spp-workshop-planner>` yn Gymraeg: the improvement workshop's text in Welsh, loaded on
 * demand.
 *
 * Considered choices (matching core's cy.ts and the other widgets):
 * - improvement workshop: "gweithdy gwella"; host school: "ysgol letyol"; Improvement Champion:
 *   "Hyrwyddwr Gwella"; facilitator: "hwylusydd"; actions: "camau gweithredu" (one: "cam
 *   gweithredu"); improvement priority: "blaenoriaeth wella"; check-in: "cyfarfod gwirio cynnydd";
 *   lead reviewer: "adolygydd arweiniol"; due date: "dyddiad cwblhau" (core's term).
 * - root cause: "achos sylfaenol" (plural "achosion sylfaenol"), the usual term in Welsh
 *   improvement and health-and-safety writing, rather than a calque of "gwraidd".
 * - five whys: "y pum pam" ("pam" as a noun, as in "y pam a’r sut"); cause map: "map achosion".
 * - participant: "cyfranogwr" (plural "cyfranogwyr"); agenda: "agenda"; section: "adran"
 *   (feminine: "yr adran bresennol"); timer: "amserydd".
 * - "Remove" on buttons: "Tynnu" (taking an item off a list, not deleting a record); each button's
 *   accessible name starts with its visible word.
 * - "munud" is treated as feminine, as standard written Welsh mostly does: "dwy funud", "tair
 *   munud", "chwe munud"; "diwrnod" is masculine: "dau ddiwrnod", "tri diwrnod".
 * - Cause categories are quoted after "categori" ("i’r categori “Cwricwlwm”") so no label is
 *   mutated after a preposition; school names appear only after ":", "," or "Ar gyfer".
 * Non-judgemental as in English: the workshop looks at systems and practice, never grades anyone.
 */
import { cyPlural, type Translation } from '../shared/strings';
import type { workshopPlannerStrings } from './workshop-planner.strings';

const cy: Translation<typeof workshopPlannerStrings.table> = {
  dateLocale: 'cy',
  heading: 'Gweithdy gwella',
  hostSchool: 'Ar gyfer {school}',
  intro: cyPlural({
    zero: 'Gweithdy gyda staff yr ysgol letyol, wedi’i hwyluso gan Hyrwyddwr Gwella o ysgol arall. Gyda’ch gilydd, byddwch yn chwilio am yr achosion sylfaenol, yn cytuno ar gamau gweithredu ac yn trefnu cymorth gan ysgolion partner.',
    one: 'Gweithdy 1 munud gyda staff yr ysgol letyol, wedi’i hwyluso gan Hyrwyddwr Gwella o ysgol arall. Gyda’ch gilydd, byddwch yn chwilio am yr achosion sylfaenol, yn cytuno ar gamau gweithredu ac yn trefnu cymorth gan ysgolion partner.',
    two: 'Gweithdy dwy funud gyda staff yr ysgol letyol, wedi’i hwyluso gan Hyrwyddwr Gwella o ysgol arall. Gyda’ch gilydd, byddwch yn chwilio am yr achosion sylfaenol, yn cytuno ar gamau gweithredu ac yn trefnu cymorth gan ysgolion partner.',
    few: 'Gweithdy tair munud gyda staff yr ysgol letyol, wedi’i hwyluso gan Hyrwyddwr Gwella o ysgol arall. Gyda’ch gilydd, byddwch yn chwilio am yr achosion sylfaenol, yn cytuno ar gamau gweithredu ac yn trefnu cymorth gan ysgolion partner.',
    many: 'Gweithdy chwe munud gyda staff yr ysgol letyol, wedi’i hwyluso gan Hyrwyddwr Gwella o ysgol arall. Gyda’ch gilydd, byddwch yn chwilio am yr achosion sylfaenol, yn cytuno ar gamau gweithredu ac yn trefnu cymorth gan ysgolion partner.',
    other:
      'Gweithdy {count} munud gyda staff yr ysgol letyol, wedi’i hwyluso gan Hyrwyddwr Gwella o ysgol arall. Gyda’ch gilydd, byddwch yn chwilio am yr achosion sylfaenol, yn cytuno ar gamau gweithredu ac yn trefnu cymorth gan ysgolion partner.',
  }),
  readOnly: 'Gallwch ddarllen y gweithdy hwn ond nid ei newid. {reason}',
  beforeReview: 'Caiff y gweithdy ei gynllunio unwaith y bydd yr adolygiad gan gymheiriaid ar waith. {reason}',
  planningOnly:
    'Gallwch gynllunio’r gweithdy nawr. Defnyddir yr offer ar gyfer canfod achosion sylfaenol, y camau gweithredu a’r amserydd ar y diwrnod, unwaith y bydd pennaeth yr ysgol letyol wedi cytuno ar y canfyddiadau.',
  record: 'Dyma gofnod y gweithdy gwella.',
  planReadOnly: 'Gallwch ddarllen y cynllun a’r gwaith ar yr achosion sylfaenol ond nid eu newid. {reason}',
  rootCausesHeading: 'Canfod yr achosion sylfaenol',
  notRecorded: 'Heb ei gofnodi.',
  dateShown: 'Y dyddiad a ddewiswyd: {date}.',

  startingPoint: {
    heading: 'Man cychwyn: yr hyn a ganfu’r adolygiad',
    agreed: 'Cytunwyd â’r ysgol letyol ar {date}.',
    notYetAgreed: 'Nid yw’r ysgol letyol wedi cytuno ar y canfyddiadau hyn eto.',
    strengths: 'Cryfderau i’w rhannu',
    areas: 'Meysydd i’w harchwilio',
    none: 'Dim wedi’u cofnodi.',
    priority: 'Blaenoriaeth wella',
    noPriority: 'Nid oes blaenoriaeth wella wedi’i chytuno eto.',
  },

  plan: {
    heading: 'Cynllun',
    facilitator: 'Hwylusydd',
    facilitatorHint: 'Hyrwyddwr Gwella o ysgol arall yn y bartneriaeth.',
    chooseFacilitator: 'Dewiswch Hyrwyddwr Gwella',
    facilitatorOption: '{name}, {school}',
    noFacilitator: 'Heb ei ddewis eto.',
    noEligible: 'Nid oes Hyrwyddwr Gwella hyfforddedig o ysgol arall yn y bartneriaeth eto.',
    date: 'Dyddiad y gweithdy',
    noDate: 'Dim dyddiad wedi’i bennu eto.',
    participants: 'Cyfranogwyr',
    participantsHint: 'Staff yr ysgol letyol sy’n cymryd rhan.',
    noParticipants: 'Dim cyfranogwyr wedi’u hychwanegu eto.',
    newParticipant: 'Enw neu rôl cyfranogwr',
    addParticipant: 'Ychwanegu cyfranogwr',
    removeParticipant: 'Tynnu',
    removeParticipantLabel: 'Tynnu {name} o’r rhestr',
    participantAdded: 'Ychwanegwyd {name}.',
    participantRemoved: 'Tynnwyd {name}.',
    participantEmpty: 'Teipiwch enw neu rôl yn gyntaf.',
  },

  agenda: {
    heading: 'Agenda',
    empty: 'Dim agenda eto.',
    useDefault: 'Defnyddio’r agenda a awgrymir',
    addSection: 'Ychwanegu adran',
    newSectionTitle: 'Adran newydd',
    section: 'Adran {n}',
    title: 'Teitl',
    minutes: 'Munudau',
    minutesShort: cyPlural({
      zero: '(0 munud)',
      one: '(1 munud)',
      two: '(dwy funud)',
      few: '(tair munud)',
      many: '(chwe munud)',
      other: '({count} munud)',
    }),
    moveUp: 'Symud i fyny',
    moveDown: 'Symud i lawr',
    remove: 'Tynnu',
    moveUpLabel: 'Symud i fyny: {title}',
    moveDownLabel: 'Symud i lawr: {title}',
    removeLabel: 'Tynnu: {title}',
    moved: 'Symudwyd “{title}” i safle {n} o {count}.',
    removed: 'Tynnwyd “{title}”.',
    titleNeeded: 'Rhowch deitl i’r adran.',
    minutesNeeded: 'Rhowch nifer cyfan o funudau, 1 neu fwy.',
    totalExact: cyPlural({
      zero: 'Cyfanswm 0 munud: yr un hyd â’r gweithdy {length} munud.',
      one: 'Cyfanswm 1 munud: yr un hyd â’r gweithdy {length} munud.',
      two: 'Cyfanswm dwy funud: yr un hyd â’r gweithdy {length} munud.',
      few: 'Cyfanswm tair munud: yr un hyd â’r gweithdy {length} munud.',
      many: 'Cyfanswm chwe munud: yr un hyd â’r gweithdy {length} munud.',
      other: 'Cyfanswm {count} munud: yr un hyd â’r gweithdy {length} munud.',
    }),
    totalUnder: cyPlural({
      zero: 'Cyfanswm {total} o {length} munud: nid oes dim munudau ar ôl.',
      one: 'Cyfanswm {total} o {length} munud: mae 1 munud ar ôl.',
      two: 'Cyfanswm {total} o {length} munud: mae dwy funud ar ôl.',
      few: 'Cyfanswm {total} o {length} munud: mae tair munud ar ôl.',
      many: 'Cyfanswm {total} o {length} munud: mae chwe munud ar ôl.',
      other: 'Cyfanswm {total} o {length} munud: mae {count} munud ar ôl.',
    }),
    totalOver: cyPlural({
      zero: 'Cyfanswm {total} munud: yr un hyd â’r gweithdy {length} munud.',
      one: 'Cyfanswm {total} munud: 1 munud yn fwy na’r gweithdy {length} munud.',
      two: 'Cyfanswm {total} munud: dwy funud yn fwy na’r gweithdy {length} munud.',
      few: 'Cyfanswm {total} munud: tair munud yn fwy na’r gweithdy {length} munud.',
      many: 'Cyfanswm {total} munud: chwe munud yn fwy na’r gweithdy {length} munud.',
      other: 'Cyfanswm {total} munud: {count} munud yn fwy na’r gweithdy {length} munud.',
    }),
    defaults: [
      'Croeso a chanfyddiadau’r adolygiad',
      'Y pum pam: canfod yr achosion sylfaenol',
      'Map achosion',
      'Cytuno ar gamau gweithredu a chymorth',
      'Y camau nesaf a dyddiad y cyfarfod gwirio cynnydd',
    ],
  },

  timer: {
    heading: 'Cynnal y gweithdy',
    start: 'Dechrau’r gweithdy',
    notStarted: 'Mae’r amserydd yn dechrau pan fyddwch yn dechrau’r gweithdy.',
    startedAt: 'Dechreuodd am {time}.',
    current: 'Nawr: {title}',
    sectionOf: 'Adran {n} o {count}',
    left: '{time} ar ôl yn yr adran hon',
    workshopLeft: '{time} ar ôl yn y gweithdy',
    overtime: 'Mae’r amser a gynlluniwyd ar ben.',
    announceSection: cyPlural({
      zero: 'Nawr: {title}, adran {n} o {total}, heb amser penodol.',
      one: 'Nawr: {title}, adran {n} o {total}, 1 munud.',
      two: 'Nawr: {title}, adran {n} o {total}, dwy funud.',
      few: 'Nawr: {title}, adran {n} o {total}, tair munud.',
      many: 'Nawr: {title}, adran {n} o {total}, chwe munud.',
      other: 'Nawr: {title}, adran {n} o {total}, {count} munud.',
    }),
    announceOver: 'Mae’r amser a gynlluniwyd ar gyfer y gweithdy ar ben.',
    noAgenda: 'Ychwanegwch agenda i weld yr adran bresennol a’r amser sy’n weddill.',
    nowMarker: 'nawr',
  },

  whys: {
    heading: 'Y pum pam',
    hint: 'Ysgrifennwch y broblem, yna gofynnwch “pam?” ac ysgrifennwch bob ateb, nes i chi gyrraedd achos y gall yr ysgol weithredu arno.',
    problem: 'Y broblem',
    problemRecord: 'Y broblem:',
    why: 'Pam? Ateb {n}',
    answers: 'Atebion i “pam?”',
    add: 'Ychwanegu’r pam nesaf',
    remove: 'Tynnu ateb {n}',
    full: 'Mae pum ateb wedi’u hysgrifennu.',
    removed: 'Tynnwyd ateb {n}.',
    none: 'Dim wedi’i ysgrifennu eto.',
  },

  causes: {
    heading: 'Map achosion',
    hint: 'Grwpiwch yr achosion posibl yn ôl o ble maen nhw’n dod.',
    category: 'Categori',
    text: 'Achos',
    add: 'Ychwanegu achos',
    remove: 'Tynnu',
    removeLabel: 'Tynnu achos: {text}',
    empty: 'Dim achosion eto.',
    textNeeded: 'Teipiwch yr achos yn gyntaf.',
    added: 'Ychwanegwyd achos i’r categori “{category}”.',
    removed: 'Tynnwyd achos o’r categori “{category}”.',
    categories: {
      teaching: 'Addysgu',
      curriculum: 'Cwricwlwm',
      leadership: 'Arweinyddiaeth',
      systems: 'Systemau ac arferion',
      pupils: 'Disgyblion',
      families: 'Teuluoedd a’r gymuned',
      resources: 'Amser ac adnoddau',
      other: 'Arall',
    },
  },

  rootCause: {
    heading: 'Yr achos sylfaenol a gytunwyd',
    label: 'Yr achos sylfaenol y bydd yr ysgol yn gweithio arno',
    none: 'Nid oes achos sylfaenol wedi’i gytuno eto.',
  },

  actions: {
    heading: 'Camau gweithredu',
    hint: 'Beth fydd yr ysgol yn ei wneud, pwy sy’n arwain, erbyn pryd, sut y byddwch yn gwybod ei fod wedi gweithio, a chymorth gan ysgolion partner.',
    empty: 'Dim camau gweithredu eto.',
    add: 'Ychwanegu cam gweithredu',
    action: 'Cam gweithredu {n}',
    what: 'Beth fydd yn cael ei wneud',
    owner: 'Pwy sy’n arwain',
    dueOn: 'Dyddiad cwblhau',
    successCriteria: 'Sut y byddwn yn gwybod ei fod wedi gweithio',
    support: 'Cymorth gan ysgol bartner',
    noSupport: 'Dim cymorth wedi’i drefnu',
    supportNote: 'Am y cymorth',
    remove: 'Tynnu cam gweithredu {n}',
    removed: 'Tynnwyd cam gweithredu {n}.',
    confirmRemove: 'Tynnu cam gweithredu {n} a phopeth a ysgrifennwyd ynddo?',
    keep: 'Ei gadw',
    readOnly: 'Gallwch ddarllen y camau gweithredu ond nid eu newid. {reason}',
  },

  finish: {
    heading: 'Gorffen y gweithdy',
    button: 'Gorffen y gweithdy',
    notReady: 'Ddim yn barod i orffen: {reason}',
    confirmHeading: 'Gorffen y gweithdy nawr?',
    confirmText:
      'Mae’r camau gweithredu yn symud i gynllun gweithredu’r ysgol letyol, ac mae’r cyfarfod gwirio cynnydd wedi’i drefnu ar gyfer {date}. Ni allwch gynnal y gweithdy eto wedyn.',
    confirm: 'Ydw, gorffen y gweithdy',
    cancel: 'Ddim eto',
    finishedOn: 'Daeth y gweithdy i ben ar {date}.',
    checkInDue: 'Dyddiad y cyfarfod gwirio cynnydd: {date}',
    // "diwrnod" is masculine: "dau ddiwrnod", "tri diwrnod", "chwe diwrnod"; as the subject of
    // "pan fydd … wedi mynd heibio" it takes no adverbial mutation.
    checkInHint: cyPlural({
      zero: 'Mae’r adolygydd arweiniol neu’r Hyrwyddwr Gwella yn gwirio cynnydd gyda’r ysgol letyol ar ddiwrnod y gweithdy.',
      one: 'Mae’r adolygydd arweiniol neu’r Hyrwyddwr Gwella yn gwirio cynnydd gyda’r ysgol letyol pan fydd 1 diwrnod wedi mynd heibio ers y gweithdy.',
      two: 'Mae’r adolygydd arweiniol neu’r Hyrwyddwr Gwella yn gwirio cynnydd gyda’r ysgol letyol pan fydd dau ddiwrnod wedi mynd heibio ers y gweithdy.',
      few: 'Mae’r adolygydd arweiniol neu’r Hyrwyddwr Gwella yn gwirio cynnydd gyda’r ysgol letyol pan fydd tri diwrnod wedi mynd heibio ers y gweithdy.',
      many: 'Mae’r adolygydd arweiniol neu’r Hyrwyddwr Gwella yn gwirio cynnydd gyda’r ysgol letyol pan fydd chwe diwrnod wedi mynd heibio ers y gweithdy.',
      other: 'Mae’r adolygydd arweiniol neu’r Hyrwyddwr Gwella yn gwirio cynnydd gyda’r ysgol letyol pan fydd {count} diwrnod wedi mynd heibio ers y gweithdy.',
    }),
  },
};

export default cy;
