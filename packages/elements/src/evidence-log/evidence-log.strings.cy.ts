/**
 * Testun `<spp-evidence-log>` yn Gymraeg: the review day's evidence and findings in Welsh, loaded on demand.
 *
 * Considered choices (matching core's cy.ts):
 * - peer review: "adolygiad gan gymheiriaid"; host school: "ysgol letyol"; lead reviewer:
 *   "adolygydd arweiniol"; review team: "tîm adolygu"; review plan: "cynllun yr adolygiad".
 * - line of enquiry: "trywydd ymholi" ("â thrywydd ymholi": aspirate after "â"); "not linked to a
 *   line of enquiry": "Heb gysylltiad â thrywydd ymholi", which reads the same for evidence
 *   (feminine) and a finding (masculine).
 * - evidence: "tystiolaeth" (feminine, uncountable: "wedi’i chofnodi"); an item of it: "eitem"
 *   (feminine: "un eitem", "dwy eitem", "tair eitem", "chwe eitem").
 * - finding: "canfyddiad"; strength to share: "cryfder i’w rannu" ("dau gryfder i’w rhannu", "tri
 *   chryfder"), as the strengths directory says; area to explore: "maes i’w archwilio" ("dau faes
 *   i’w harchwilio", "tri maes"); improvement priority: "blaenoriaeth wella" ("y flaenoriaeth wella").
 * - feedback conversation: "sgwrs adborth"; learning walk: "taith ddysgu"; book and work scrutiny:
 *   "craffu ar lyfrau a gwaith"; lesson observation: "arsylwi gwers".
 * - "with {source}": "gyda" (none of the sources begins with c, p or t, so none mutates).
 * School names only follow "Adolygiad" (a genitive), so they never mutate.
 * Non-judgemental as the English: evidence records what was seen, heard or read; findings describe
 * practice, not people.
 */
import { cyPlural, type Translation } from '../shared/strings';
import type { evidenceLogStrings } from './evidence-log.strings';

const cy: Translation<typeof evidenceLogStrings> = {
  dateLocale: 'cy',
  listSeparator: ', ',
  heading: 'Adolygiad gan gymheiriaid: tystiolaeth a chanfyddiadau',
  hostSchool: 'Adolygiad {school}',
  reviewDays: cyPlural({
    zero: 'Diwrnodau’r adolygiad: {dates}',
    one: 'Diwrnod yr adolygiad: {dates}',
    two: 'Diwrnodau’r adolygiad: {dates}',
    few: 'Diwrnodau’r adolygiad: {dates}',
    many: 'Diwrnodau’r adolygiad: {dates}',
    other: 'Diwrnodau’r adolygiad: {dates}',
  }),
  team: 'Tîm adolygu: {names}',
  leadReviewer: '{name} (adolygydd arweiniol)',
  someone: 'rhywun nad yw yn y bartneriaeth mwyach',

  before: 'Caiff tystiolaeth ei chofnodi ar ddiwrnod neu ddiwrnodau’r adolygiad, unwaith y bydd cynllun yr adolygiad wedi’i gytuno. {reason}',
  readOnly: 'Gallwch ddarllen y dystiolaeth a’r canfyddiadau drafft ond nid eu newid. {reason}',
  notShared: 'Nid yw’r nodiadau tystiolaeth wedi’u rhannu â chi',
  notSharedDetail:
    'Unwaith y bydd pennaeth yr ysgol letyol yn cytuno ar y canfyddiadau gyda’r tîm adolygu, bydd y canfyddiadau y cytunwyd arnynt a’r flaenoriaeth wella yn cael eu dangos yma.',
  notInPartnership: 'Nid yw’r adolygiad hwn wedi’i rannu â chi. {reason}',
  record: 'Dyma gofnod yr adolygiad gan gymheiriaid. Nid oes modd ei newid yma mwyach.',
  stageNow: 'Mae’r cylch adolygu bellach ar gam “{stage}”.',
  agreedBy: 'Cytunwyd ar y canfyddiadau gan {name} ar {date}.',
  agreedOn: 'Cytunwyd ar y canfyddiadau ar {date}.',

  save: {
    label: 'Ble mae eich gwaith wedi’i gadw',
    saved: 'Wedi’i gadw',
    savedDetail: 'Mae popeth yn y storfa a rennir.',
    sending: 'Wedi’i gadw ar y ddyfais hon, wrthi’n ei anfon i’r storfa a rennir…',
    deviceOnly: 'Wedi’i gadw ar y ddyfais hon, nid yn y storfa a rennir eto',
    deviceOnlyDetail:
      'Cadwch y dudalen hon ar agor neu dewch yn ôl ar y ddyfais hon: nid oes dim rydych wedi’i deipio wedi’i golli, a bydd yn cael ei anfon unwaith y bydd cadw’n gweithio eto.',
    heldDetail:
      'Nid oes dim rydych wedi’i deipio wedi’i golli: mae’n aros ar y ddyfais hon. Nid yw’n cael ei anfon ohono’i hun, am fod y cofnod wedi newid ar y gweinydd yn y cyfamser.',
    unsaved: cyPlural({
      zero: 'Nid oes eitemau tystiolaeth ar y ddyfais hon yn unig.',
      one: 'Mae un eitem o dystiolaeth ar y ddyfais hon yn unig.',
      two: 'Mae dwy eitem o dystiolaeth ar y ddyfais hon yn unig.',
      few: 'Mae tair eitem o dystiolaeth ar y ddyfais hon yn unig.',
      many: 'Mae chwe eitem o dystiolaeth ar y ddyfais hon yn unig.',
      other: 'Mae {count} eitem o dystiolaeth ar y ddyfais hon yn unig.',
    }),
    itemBadge: 'Ar y ddyfais hon yn unig',
  },

  capture: {
    heading: 'Cofnodi tystiolaeth',
    note: 'Beth wnaethoch chi ei weld, ei glywed neu ei ddarllen?',
    noteHint: 'Disgrifiwch beth a welsoch, nid barn am unrhyw un. Mae Ctrl+Enter (⌘+Enter ar Mac) yn ei ychwanegu.',
    line: 'Trywydd ymholi',
    noLine: 'Heb gysylltiad â thrywydd ymholi',
    activity: 'Gweithgaredd',
    noActivity: 'Dim gweithgaredd wedi’i ddewis',
    planned: 'Wedi’u cynllunio ar gyfer yr adolygiad hwn',
    otherActivities: 'Gweithgareddau eraill',
    plannedOption: '{activity} gyda {with} (diwrnod {day}, {start})',
    plannedOptionNoTime: '{activity} gyda {with} (diwrnod {day})',
    plannedOptionNoWith: '{activity} (diwrnod {day}, {start})',
    add: 'Ychwanegu tystiolaeth',
    empty: 'Ysgrifennwch y dystiolaeth yn gyntaf.',
    added: cyPlural({
      zero: 'Ychwanegwyd y dystiolaeth. Nid oes eitemau wedi’u cofnodi.',
      one: 'Ychwanegwyd y dystiolaeth. Mae un eitem wedi’i chofnodi.',
      two: 'Ychwanegwyd y dystiolaeth. Mae dwy eitem wedi’u cofnodi.',
      few: 'Ychwanegwyd y dystiolaeth. Mae tair eitem wedi’u cofnodi.',
      many: 'Ychwanegwyd y dystiolaeth. Mae chwe eitem wedi’u cofnodi.',
      other: 'Ychwanegwyd y dystiolaeth. Mae {count} eitem wedi’u cofnodi.',
    }),
  },

  list: {
    heading: cyPlural({
      zero: 'Tystiolaeth ({count})',
      one: 'Tystiolaeth ({count})',
      two: 'Tystiolaeth ({count})',
      few: 'Tystiolaeth ({count})',
      many: 'Tystiolaeth ({count})',
      other: 'Tystiolaeth ({count})',
    }),
    none: 'Dim tystiolaeth wedi’i chofnodi eto.',
    lineNone: 'Dim byd wedi’i gofnodi ar gyfer y trywydd hwn eto.',
    unlinked: 'Heb gysylltiad â thrywydd ymholi',
    meta: '{activity} · {name} · {when}',
    metaNoActivity: '{name} · {when}',
    metaAfterNote: '({activity} · {name} · {when})',
    metaAfterNoteNoActivity: '({name} · {when})',
  },

  activities: {
    interview: 'Cyfweliad',
    'focus-group': 'Grŵp ffocws',
    'data-review': 'Adolygu data',
    'work-scrutiny': 'Craffu ar lyfrau a gwaith',
    observation: 'Arsylwi gwers',
    'learning-walk': 'Taith ddysgu',
    survey: 'Arolwg',
  },
  sources: {
    staff: 'staff',
    pupils: 'disgyblion',
    parents: 'rhieni',
    governors: 'llywodraethwyr',
    leaders: 'arweinwyr',
    documents: 'dogfennau',
  },

  findings: {
    heading: 'Sgwrs adborth: canfyddiadau',
    intro:
      'Mae cryfderau i’w rhannu a meysydd i’w harchwilio yn disgrifio arfer, nid pobl: dim graddau na barnau. Cysylltwch bob un â’r dystiolaeth y mae’n seiliedig arni.',
    headingRecord: 'Canfyddiadau',
    notAgreedYet: 'Drafftiau yw’r canfyddiadau hyn: nid yw pennaeth yr ysgol letyol wedi cytuno arnynt eto.',
    noneShared: 'Nid oes canfyddiadau y cytunwyd arnynt wedi’u rhannu eto.',
    none: 'Dim canfyddiadau wedi’u cofnodi.',
    strengths: 'Cryfderau i’w rhannu',
    areas: 'Meysydd i’w harchwilio',
    strength: 'Cryfder {n}',
    area: 'Maes i’w archwilio {n}',
    addStrength: 'Ychwanegu cryfder',
    addArea: 'Ychwanegu maes i’w archwilio',
    noStrengths: 'Dim cryfderau wedi’u hysgrifennu eto.',
    noAreas: 'Dim meysydd i’w harchwilio wedi’u hysgrifennu eto.',
    line: 'Trywydd ymholi ar gyfer {label}',
    lineShown: 'Trywydd ymholi: {line}',
    evidence: cyPlural({
      zero: 'Tystiolaeth ar gyfer {label} (dim eitemau wedi’u cysylltu)',
      one: 'Tystiolaeth ar gyfer {label} (un eitem wedi’i chysylltu)',
      two: 'Tystiolaeth ar gyfer {label} (dwy eitem wedi’u cysylltu)',
      few: 'Tystiolaeth ar gyfer {label} (tair eitem wedi’u cysylltu)',
      many: 'Tystiolaeth ar gyfer {label} (chwe eitem wedi’u cysylltu)',
      other: 'Tystiolaeth ar gyfer {label} ({count} eitem wedi’u cysylltu)',
    }),
    evidenceLegend: 'Y dystiolaeth y mae {label} yn seiliedig arni',
    noEvidenceYet: 'Nid oes tystiolaeth wedi’i chofnodi eto i’w chysylltu.',
    drawsOn: 'Yn seiliedig ar:',
    remove: 'Dileu {label}',
    confirmRemove: 'Dileu {label} a phopeth sydd wedi’i ysgrifennu ynddo?',
    confirmYes: 'Ydw, ei ddileu',
    keep: 'Ei gadw',
    removed: 'Dilëwyd {label}.',
    added: 'Ychwanegwyd {label}.',
  },

  priority: {
    heading: 'Blaenoriaeth wella',
    label: 'Y flaenoriaeth wella',
    hint: 'Yr un flaenoriaeth y bydd y gweithdy gwella yn gweithio arni, wedi’i chytuno gyda’r ysgol letyol.',
    none: 'Dim blaenoriaeth wella wedi’i chytuno eto.',
  },

  agree: {
    heading: 'Cytuno ar y canfyddiadau',
    intro: 'Ar ddiwedd y sgwrs adborth, mae pennaeth yr ysgol letyol yn cytuno ar y canfyddiadau a’r flaenoriaeth wella gyda’r tîm adolygu.',
    button: 'Cytuno ar y canfyddiadau',
    notReady: 'Ddim yn bosibl eto: {reason}',
    confirmHeading: 'Cytuno ar y canfyddiadau hyn nawr?',
    confirmSummary: 'Rydych yn cytuno ar:',
    // "cryfder" is masculine: "dau gryfder", "tri chryfder", "chwe chryfder".
    confirmStrengths: cyPlural({
      zero: 'dim cryfderau i’w rhannu',
      one: 'un cryfder i’w rannu',
      two: 'dau gryfder i’w rhannu',
      few: 'tri chryfder i’w rhannu',
      many: 'chwe chryfder i’w rhannu',
      other: '{count} cryfder i’w rhannu',
    }),
    // "maes" is masculine: "dau faes", "tri maes", "chwe maes".
    confirmAreas: cyPlural({
      zero: 'dim meysydd i’w harchwilio',
      one: 'un maes i’w archwilio',
      two: 'dau faes i’w harchwilio',
      few: 'tri maes i’w harchwilio',
      many: 'chwe maes i’w harchwilio',
      other: '{count} maes i’w harchwilio',
    }),
    confirmPriority: 'y flaenoriaeth wella',
    confirmMovesOn: 'Yna bydd yr adolygiad yn symud ymlaen i gam “{stage}”.',
    confirmYes: 'Ydw, cytuno ar y canfyddiadau',
    cancel: 'Ddim eto',
  },
};

export default cy;
