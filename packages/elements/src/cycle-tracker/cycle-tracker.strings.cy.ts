/**
 * Testun `<spp-cycle-tracker>` yn Gymraeg: the tracker's text in Welsh, loaded on demand.
 *
 * Considered choices (matching core's cy.ts and the other widgets):
 * - review cycle: "cylch adolygu" (plural "cylchoedd adolygu"), masculine: "dau gylch", "tri
 *   chylch", "chwe chylch"; school: "ysgol", feminine: "dwy ysgol", "tair ysgol", and "dwy o’r 6
 *   ysgol" (the numeral on its own before "o’r"), "chwech o’r …".
 * - check-in: "cyfarfod gwirio cynnydd"; improvement workshop: "gweithdy gwella" (plural
 *   "gweithdai gwella"); lead reviewer: "adolygydd arweiniol"; facilitator: "hwylusydd".
 * - tracker: "traciwr"; widget: "teclyn" (as in the common table); timeline: "llinell amser";
 *   sub-group: "is-grŵp"; "needs attention": "angen sylw" (about the programme's steps, never a
 *   judgement of a school); overdue: "yn hwyr"; due: "yn ddyledus".
 * - download: "lawrlwytho" (as Hwb writes it); export: "allforio"; subject access request:
 *   "cais gwrthrych am wybodaeth" (the ICO's Welsh term).
 * - Month names come from `Intl` after "mis" ("o fis Medi 2026 i fis Awst 2027"), so no month is
 *   mutated after "o" or "i"; the partnership's name comes first, before a colon, so it is never
 *   mutated after "o".
 */
import { cyPlural, type Translation } from '../shared/strings';
import type { cycleTrackerStrings } from './cycle-tracker.strings';

const cy: Translation<typeof cycleTrackerStrings.table> = {
  dateLocale: 'cy',
  heading: 'Cylchoedd adolygu {year}',
  // "diwrnod" is masculine: "dau ddiwrnod", "tri diwrnod", "chwe diwrnod".
  intro: cyPlural({
    zero: 'Ble mae adolygiad gan gymheiriaid pob ysgol eleni: y cam nesaf a phryd y mae’n ddyledus, ac a yw’r gweithdy gwella a’r cyfarfod gwirio cynnydd wedi digwydd.',
    one: 'Ble mae adolygiad gan gymheiriaid pob ysgol eleni: y cam nesaf a phryd y mae’n ddyledus, ac a yw’r gweithdy gwella a’r cyfarfod gwirio cynnydd 1 diwrnod wedi digwydd.',
    two: 'Ble mae adolygiad gan gymheiriaid pob ysgol eleni: y cam nesaf a phryd y mae’n ddyledus, ac a yw’r gweithdy gwella a’r cyfarfod gwirio cynnydd dau ddiwrnod wedi digwydd.',
    few: 'Ble mae adolygiad gan gymheiriaid pob ysgol eleni: y cam nesaf a phryd y mae’n ddyledus, ac a yw’r gweithdy gwella a’r cyfarfod gwirio cynnydd tri diwrnod wedi digwydd.',
    many: 'Ble mae adolygiad gan gymheiriaid pob ysgol eleni: y cam nesaf a phryd y mae’n ddyledus, ac a yw’r gweithdy gwella a’r cyfarfod gwirio cynnydd chwe diwrnod wedi digwydd.',
    other:
      'Ble mae adolygiad gan gymheiriaid pob ysgol eleni: y cam nesaf a phryd y mae’n ddyledus, ac a yw’r gweithdy gwella a’r cyfarfod gwirio cynnydd {count} diwrnod wedi digwydd.',
  }),
  readOnly: 'Mae’r traciwr hwn yn dangos cynnydd yn unig: caiff cylch pob ysgol ei newid yn ei declynnau adolygu ei hun.',
  loading: 'Wrthi’n llwytho’r cylchoedd adolygu…',
  notConnected: 'Nid yw’r traciwr hwn wedi’i gysylltu â storfa a phartneriaeth eto.',
  notSignedIn: 'Mewngofnodwch i weld cylchoedd adolygu {partnership}.',
  notMember: 'Cylchoedd adolygu {partnership}: nid ydych yn aelod o’r bartneriaeth hon, felly nid ydynt yn cael eu dangos yma.',
  listFailed: 'Nid oedd modd darllen y cylchoedd adolygu. {reason}',
  tryAgain: 'Ceisio eu darllen eto',
  empty: 'Nid oes cylchoedd adolygu ar gyfer {year} eto. Byddant yn ymddangos yma cyn gynted ag y caiff amserlen adolygu’r flwyddyn ei chyhoeddi.',

  unreadable: {
    heading: cyPlural({
      zero: 'Nid oes cylch adolygu na ellid ei ddarllen',
      one: 'Nid oedd modd darllen 1 cylch adolygu',
      two: 'Nid oedd modd darllen dau gylch adolygu',
      few: 'Nid oedd modd darllen tri chylch adolygu',
      many: 'Nid oedd modd darllen chwe chylch adolygu',
      other: 'Nid oedd modd darllen {count} cylch adolygu',
    }),
    intro: cyPlural({
      zero: 'Nid oes dim ar goll o’r tabl, y llinell amser na’r allforion.',
      one: 'Nid yw yn y tabl, y llinell amser na’r allforion isod. Mae wedi’i adael yn union fel y cafodd ei gadw: gofynnwch i bwy bynnag sy’n gofalu am eich storfa ei wirio.',
      two: 'Nid ydynt yn y tabl, y llinell amser na’r allforion isod. Maent wedi’u gadael yn union fel y cawsant eu cadw: gofynnwch i bwy bynnag sy’n gofalu am eich storfa eu gwirio.',
      few: 'Nid ydynt yn y tabl, y llinell amser na’r allforion isod. Maent wedi’u gadael yn union fel y cawsant eu cadw: gofynnwch i bwy bynnag sy’n gofalu am eich storfa eu gwirio.',
      many: 'Nid ydynt yn y tabl, y llinell amser na’r allforion isod. Maent wedi’u gadael yn union fel y cawsant eu cadw: gofynnwch i bwy bynnag sy’n gofalu am eich storfa eu gwirio.',
      other: 'Nid ydynt yn y tabl, y llinell amser na’r allforion isod. Maent wedi’u gadael yn union fel y cawsant eu cadw: gofynnwch i bwy bynnag sy’n gofalu am eich storfa eu gwirio.',
    }),
    item: 'Y cofnod a gadwyd fel “{key}”: {reason}',
  },

  // "ar" softens the numeral: "ar ddwy ysgol", "ar dair ysgol".
  summary: cyPlural({
    zero: 'Nid oes angen sylw ar unrhyw ysgol ar {date}.',
    one: 'Mae angen sylw ar 1 ysgol ar {date}: cam sy’n hwyr, neu weithdy neu gyfarfod gwirio cynnydd nad yw wedi digwydd.',
    two: 'Mae angen sylw ar ddwy ysgol ar {date}: cam sy’n hwyr, neu weithdy neu gyfarfod gwirio cynnydd nad yw wedi digwydd.',
    few: 'Mae angen sylw ar dair ysgol ar {date}: cam sy’n hwyr, neu weithdy neu gyfarfod gwirio cynnydd nad yw wedi digwydd.',
    many: 'Mae angen sylw ar chwe ysgol ar {date}: cam sy’n hwyr, neu weithdy neu gyfarfod gwirio cynnydd nad yw wedi digwydd.',
    other: 'Mae angen sylw ar {count} ysgol ar {date}: cam sy’n hwyr, neu weithdy neu gyfarfod gwirio cynnydd nad yw wedi digwydd.',
  }),

  filters: {
    heading: 'Dewiswch pa ysgolion i’w dangos',
    year: 'Blwyddyn academaidd',
    stage: 'Cam',
    allStages: 'Pob cam',
    stageOption: '{stage} ({count})',
    group: 'Is-grŵp',
    allGroups: 'Pob is-grŵp',
    noGroup: 'Ddim mewn is-grŵp',
    attention: 'Dim ond ysgolion y mae angen sylw arnynt',
    attentionHint: 'Cam sy’n hwyr, gweithdy na chafodd ei gynnal neu gyfarfod gwirio cynnydd sy’n hwyr.',
    clear: 'Dangos pob ysgol',
    printChosen: 'Wedi’u dewis: {filters}.',
    printStage: 'Cam: {stage}',
    printGroup: 'Is-grŵp: {group}',
    separator: '; ',
    count: cyPlural({
      zero: 'Nid oes ysgolion yn cyfateb i’r dewisiadau hyn.',
      one: 'Yn dangos 1 o’r {total} ysgol.',
      two: 'Yn dangos dwy o’r {total} ysgol.',
      few: 'Yn dangos tair o’r {total} ysgol.',
      many: 'Yn dangos chwech o’r {total} ysgol.',
      other: 'Yn dangos {count} o’r {total} ysgol.',
    }),
    countAll: cyPlural({
      zero: 'Nid oes ysgolion i’w dangos.',
      one: 'Yn dangos yr unig ysgol.',
      two: 'Yn dangos y ddwy ysgol.',
      few: 'Yn dangos y tair ysgol.',
      many: 'Yn dangos y chwe ysgol.',
      other: 'Yn dangos pob un o’r {total} ysgol.',
    }),
  },

  timeline: {
    heading: 'Y flwyddyn ar gip',
    hint: 'Un rhes ar gyfer pob ysgol o fis Medi i fis Awst. Mae’r tabl isod yn rhoi’r un wybodaeth.',
    region: 'Llinell amser y flwyddyn (yn sgrolio i’r ochr)',
    label: cyPlural({
      zero: 'Llinell amser heb gylchoedd adolygu, o fis {from} i fis {to}. {attention} Mae’r tabl “Cylchoedd” yn rhoi’r un wybodaeth.',
      one: 'Llinell amser 1 cylch adolygu o fis {from} i fis {to}, gyda diwrnodau adolygu, gweithdai gwella, cyfarfodydd gwirio cynnydd a dyddiad heddiw. {attention} Mae’r tabl “Cylchoedd” yn rhoi’r un wybodaeth.',
      two: 'Llinell amser dau gylch adolygu o fis {from} i fis {to}, gyda diwrnodau adolygu, gweithdai gwella, cyfarfodydd gwirio cynnydd a dyddiad heddiw. {attention} Mae’r tabl “Cylchoedd” yn rhoi’r un wybodaeth.',
      few: 'Llinell amser tri chylch adolygu o fis {from} i fis {to}, gyda diwrnodau adolygu, gweithdai gwella, cyfarfodydd gwirio cynnydd a dyddiad heddiw. {attention} Mae’r tabl “Cylchoedd” yn rhoi’r un wybodaeth.',
      many: 'Llinell amser chwe chylch adolygu o fis {from} i fis {to}, gyda diwrnodau adolygu, gweithdai gwella, cyfarfodydd gwirio cynnydd a dyddiad heddiw. {attention} Mae’r tabl “Cylchoedd” yn rhoi’r un wybodaeth.',
      other:
        'Llinell amser {count} cylch adolygu o fis {from} i fis {to}, gyda diwrnodau adolygu, gweithdai gwella, cyfarfodydd gwirio cynnydd a dyddiad heddiw. {attention} Mae’r tabl “Cylchoedd” yn rhoi’r un wybodaeth.',
    }),
    attentionNone: 'Nid oes angen sylw ar unrhyw ysgol.',
    attentionSome: 'Angen sylw: {schools}.',
    separator: ', ',
    monthYear: '{month} {year}',
    today: 'Heddiw',
    key: 'Allwedd',
    window: 'Cyfnod adolygu o’r amserlen',
    reviewDay: 'Diwrnod adolygu',
    workshopHeld: 'Gweithdy gwella wedi’i gynnal',
    workshopPlanned: 'Gweithdy gwella wedi’i gynllunio neu heb ei gynnal eto',
    checkInDue: 'Cyfarfod gwirio cynnydd yn ddyledus',
    checkInHeld: 'Cyfarfod gwirio cynnydd wedi’i gynnal',
    attention: 'Angen sylw',
    todayLine: 'Dyddiad heddiw',
  },

  table: {
    heading: 'Cylchoedd',
    caption: 'Cylchoedd adolygu {year}: un rhes ar gyfer pob ysgol letyol',
    region: 'Cylchoedd adolygu (yn sgrolio i’r ochr)',
    school: 'Ysgol',
    stage: 'Cam',
    next: 'Y cam nesaf',
    overdue: 'Yn hwyr?',
    workshop: 'Gweithdy gwella',
    checkIn: cyPlural({
      zero: 'Cyfarfod gwirio cynnydd',
      one: 'Cyfarfod gwirio cynnydd 1 diwrnod',
      two: 'Cyfarfod gwirio cynnydd dau ddiwrnod',
      few: 'Cyfarfod gwirio cynnydd tri diwrnod',
      many: 'Cyfarfod gwirio cynnydd chwe diwrnod',
      other: 'Cyfarfod gwirio cynnydd {count} diwrnod',
    }),
    lead: 'Adolygydd arweiniol',
    facilitator: 'Hwylusydd',
    record: 'Cofnod',
    pausedFrom: '(wedi’i oedi ar gam “{stage}”)',
    nextStep: {
      'self-review': 'Diwrnod adolygu',
      'pre-review': 'Diwrnod adolygu',
      review: 'Diwrnod adolygu olaf',
      workshop: 'Gweithdy gwella',
      'action-plan': 'Cyfarfod gwirio cynnydd',
      'check-in': 'Cyfarfod gwirio cynnydd',
    },
    nextDue: '{step}: {date}',
    noDate: '{step}: dim dyddiad eto',
    noNextStep: 'Dim',
    isOverdue: 'Yn hwyr',
    notOverdue: 'Ddim yn hwyr',
    notApplicable: 'Amherthnasol',
    workshopHeldOn: 'Cynhaliwyd ar {date}',
    workshopHeld: 'Wedi’i gynnal',
    workshopNotHeld: 'Heb ei gynnal: roedd yn ddyledus ar {date}',
    workshopPlannedFor: 'Wedi’i gynllunio ar gyfer {date}',
    workshopNotYet: 'Ddim eto',
    workshopNeverHeld: 'Heb ei gynnal',
    checkInHeldOn: 'Cynhaliwyd ar {date}',
    checkInOverdue: 'Yn hwyr: roedd yn ddyledus ar {date}',
    checkInDueOn: 'Yn ddyledus ar {date}',
    checkInNotYet: 'Ddim yn ddyledus eto',
    checkInNeverHeld: 'Heb ei gynnal',
    nobody: 'Heb ei ddewis eto',
    exportJson: 'Allforio JSON',
    exportJsonLabel: 'Allforio JSON cylch adolygu {school}',
    needsAttention: 'Angen sylw',
  },

  exports: {
    heading: 'Allforio',
    csv: cyPlural({
      zero: 'Lawrlwytho’r tabl fel CSV (dim ysgolion yn cael eu dangos)',
      one: 'Lawrlwytho’r tabl fel CSV (1 ysgol yn cael ei dangos)',
      two: 'Lawrlwytho’r tabl fel CSV (dwy ysgol yn cael eu dangos)',
      few: 'Lawrlwytho’r tabl fel CSV (tair ysgol yn cael eu dangos)',
      many: 'Lawrlwytho’r tabl fel CSV (chwe ysgol yn cael eu dangos)',
      other: 'Lawrlwytho’r tabl fel CSV ({count} ysgol yn cael eu dangos)',
    }),
    hint: 'Mae’r ffeil CSV yn cynnwys yr ysgolion a ddangosir uchod; mae “Allforio JSON” mewn rhes yn cadw cylch cyfan yr ysgol honno fel y cewch chi ei weld, ar gyfer cais gwrthrych am wybodaeth neu’r archif.',
    csvDone: cyPlural({
      zero: 'Wedi lawrlwytho {file}, heb ysgolion ynddo.',
      one: 'Wedi lawrlwytho {file}, sy’n cynnwys 1 ysgol.',
      two: 'Wedi lawrlwytho {file}, sy’n cynnwys dwy ysgol.',
      few: 'Wedi lawrlwytho {file}, sy’n cynnwys tair ysgol.',
      many: 'Wedi lawrlwytho {file}, sy’n cynnwys chwe ysgol.',
      other: 'Wedi lawrlwytho {file}, sy’n cynnwys {count} ysgol.',
    }),
    jsonDone: 'Wedi lawrlwytho {file}: cylch adolygu {school}.',
    csvFile: 'cylchoedd-adolygu-{year}-{date}.csv',
    jsonFile: 'cylch-adolygu-{id}.json',
  },
};

export default cy;
