/**
 * Testun `<spp-action-plan>` yn Gymraeg: the action plan's text in Welsh, loaded on demand.
 *
 * Considered choices (matching core's cy.ts):
 * - action plan: "cynllun gweithredu"; an action: "cam gweithredu" (plural "camau gweithredu"),
 *   "cam" is masculine: "dau gam", "tri cham", "chwe cham". "Action 1": "Cam gweithredu 1".
 * - improvement priority: "blaenoriaeth wella"; root cause: "achos sylfaenol" (as the workshop
 *   planner writes it); success criteria: "meini prawf llwyddiant"; due date: "dyddiad cwblhau".
 * - check-in: the meeting "cyfarfod gwirio cynnydd" (the stage "gwirio cynnydd"); "held":
 *   "cynhaliwyd"; "booked": "wedi’i drefnu".
 * - owner: "Person cyfrifol" (a name or a role), not "perchennog", which reads as ownership of
 *   property.
 * - statuses: "Heb ddechrau", "Ar waith", "Wedi’i wneud", "Wedi’i atal".
 * - host school: "ysgol letyol"; host headteacher: "pennaeth yr ysgol letyol"; Improvement
 *   Champion: "Hyrwyddwr Gwella" (after "ei" of a feminine owner, "ei Hyrwyddwr Gwella").
 * - "publish": "cyhoeddi".
 * Days: "diwrnod" is masculine ("dau ddiwrnod", "tri diwrnod", "chwe diwrnod"). An interval is
 * said as "pan fydd … diwrnod wedi mynd heibio" (as the workshop planner does), so the number is
 * a subject and no adverbial mutation is needed. The school's name follows "ar gyfer", which does
 * not mutate it. Dates inside sentences follow "ar" or "erbyn" written as numbers ("ar 4
 * Tachwedd 2026"); a date with its weekday ("dydd Gwener …") only follows a colon.
 * Non-judgemental as the English: "yn hwyr" is about a date, never about a school or a person.
 */
import { cyPlural, type Translation } from '../shared/strings';
import type { getActionPlanStrings } from './action-plan.strings';

const cy: Translation<typeof getActionPlanStrings.table> = {
  heading: 'Cynllun gweithredu',
  hostSchool: 'Ar gyfer {school}, {year}',
  stage: 'Cam: {stage}',
  printedOn: 'Argraffwyd ar {date}.',
  intro:
    'Cynllun yr ysgol letyol ar gyfer ei blaenoriaeth wella, y cytunwyd arno yn y gweithdy gwella. Mae’r ysgol yn ei roi ar waith gyda chymorth ei Hyrwyddwr Gwella a’i hysgolion partner, a chaiff y cynnydd ei wirio yn y cyfarfod gwirio cynnydd.',
  notRecorded: 'Heb ei gofnodi.',
  unknownPerson: 'rhywun nad yw yn y bartneriaeth mwyach',

  notices: {
    beforeWorkshop:
      'Cytunir ar y cynllun gweithredu yn y gweithdy gwella. Gellir gweithio arno yma unwaith y bydd y gweithdy wedi dod i ben. Mae unrhyw beth a ddrafftiwyd hyd yma i’w weld isod.',
    readOnly: 'Gallwch ddarllen y cynllun gweithredu hwn a’i gynnydd ond nid eu newid. {reason}',
    actionsReadOnly: 'Gallwch ddarllen y camau gweithredu ond nid eu newid. {reason}',
    complete: 'Mae’r cylch adolygu hwn wedi’i gwblhau. Dyma gofnod ei gynllun gweithredu a’i gyfarfodydd gwirio cynnydd.',
    paused: 'Mae’r cylch adolygu hwn wedi’i oedi, felly nid oes modd newid y cynllun gweithredu am y tro.',
    withdrawn: 'Cafodd y cylch adolygu hwn ei dynnu’n ôl. Dyma gofnod ei gynllun gweithredu.',
    continued:
      'Mae’r cynllun yn parhau ar ôl y cyfarfod gwirio cynnydd diwethaf. Diweddarwch y camau gweithredu, yna cyhoeddwch y cynllun eto ar gyfer y cyfarfod gwirio cynnydd nesaf.',
  },

  due: {
    heading: 'Gwirio cynnydd',
    dueBy: 'Cyfarfod gwirio cynnydd i’w gynnal erbyn {date}',
    dueToday: 'Cyfarfod gwirio cynnydd i’w gynnal heddiw, {date}',
    overdue: 'Mae’r cyfarfod gwirio cynnydd yn hwyr: roedd i’w gynnal ar {date}',
    daysLeft: cyPlural({
      zero: 'Dim diwrnod i fynd.',
      one: '1 diwrnod i fynd.',
      two: 'Dau ddiwrnod i fynd.',
      few: 'Tri diwrnod i fynd.',
      many: 'Chwe diwrnod i fynd.',
      other: '{count} diwrnod i fynd.',
    }),
    daysLate: cyPlural({
      zero: 'Dim diwrnod yn hwyr.',
      one: '1 diwrnod yn hwyr.',
      two: 'Dau ddiwrnod yn hwyr.',
      few: 'Tri diwrnod yn hwyr.',
      many: 'Chwe diwrnod yn hwyr.',
      other: '{count} diwrnod yn hwyr.',
    }),
    notBooked: 'Nid oes cyfarfod gwirio cynnydd wedi’i drefnu eto.',
    beforePublish: 'Gellir cofnodi’r cyfarfod gwirio cynnydd unwaith y bydd pennaeth yr ysgol letyol wedi cyhoeddi’r cynllun.',
    interval: cyPlural({
      zero: 'Cynhelir y cyfarfod gwirio cynnydd ar ddiwrnod y gweithdy gwella, gyda’r adolygydd arweiniol neu’r Hyrwyddwr Gwella.',
      one: 'Cynhelir y cyfarfod gwirio cynnydd pan fydd 1 diwrnod wedi mynd heibio ers y gweithdy gwella, gyda’r adolygydd arweiniol neu’r Hyrwyddwr Gwella.',
      two: 'Cynhelir y cyfarfod gwirio cynnydd pan fydd dau ddiwrnod wedi mynd heibio ers y gweithdy gwella, gyda’r adolygydd arweiniol neu’r Hyrwyddwr Gwella.',
      few: 'Cynhelir y cyfarfod gwirio cynnydd pan fydd tri diwrnod wedi mynd heibio ers y gweithdy gwella, gyda’r adolygydd arweiniol neu’r Hyrwyddwr Gwella.',
      many: 'Cynhelir y cyfarfod gwirio cynnydd pan fydd chwe diwrnod wedi mynd heibio ers y gweithdy gwella, gyda’r adolygydd arweiniol neu’r Hyrwyddwr Gwella.',
      other: 'Cynhelir y cyfarfod gwirio cynnydd pan fydd {count} diwrnod wedi mynd heibio ers y gweithdy gwella, gyda’r adolygydd arweiniol neu’r Hyrwyddwr Gwella.',
    }),
    // "cam" is masculine: "dau gam", "tri cham", "chwe cham".
    overdueActions: cyPlural({
      zero: 'Nid oes dim camau gweithredu wedi pasio’u dyddiad cwblhau.',
      one: 'Mae 1 cam gweithredu wedi pasio’i ddyddiad cwblhau.',
      two: 'Mae dau gam gweithredu wedi pasio’u dyddiad cwblhau.',
      few: 'Mae tri cham gweithredu wedi pasio’u dyddiad cwblhau.',
      many: 'Mae chwe cham gweithredu wedi pasio’u dyddiad cwblhau.',
      other: 'Mae {count} cam gweithredu wedi pasio’u dyddiad cwblhau.',
    }),
    held: 'Cynhaliwyd y cyfarfod gwirio cynnydd diwethaf ar {date}.',
  },

  priority: {
    heading: 'Blaenoriaeth wella',
    hint: 'Y cytunwyd arni gyda’r ysgol letyol ar ddiwedd yr adolygiad gan gymheiriaid.',
    none: 'Nid oes blaenoriaeth wella wedi’i chytuno eto.',
    rootCause: 'Yr achos sylfaenol y cytunwyd arno yn y gweithdy',
    workshop: 'Cynhaliwyd y gweithdy gwella ar {date}, wedi’i hwyluso gan {name}.',
  },

  actions: {
    heading: 'Camau gweithredu',
    empty: 'Dim camau gweithredu eto.',
    action: 'Cam gweithredu {n}',
    what: 'Beth fydd yn cael ei wneud',
    owner: 'Person cyfrifol',
    ownerHint: 'Enw neu rôl.',
    dueOn: 'Dyddiad cwblhau',
    dueOnChosen: 'Y dyddiad cwblhau a ddewiswyd: {date}.',
    noDueDate: 'Dim dyddiad cwblhau eto.',
    overdue: 'Yn hwyr',
    overdueShort: '(yn hwyr)',
    overdueText: 'Yn hwyr: roedd hwn i’w gwblhau erbyn {date} ac nid yw wedi’i wneud.',
    successCriteria: 'Meini prawf llwyddiant',
    successHint: 'Sut y bydd yr ysgol yn gwybod bod y cam gweithredu wedi gweithio.',
    support: 'Cymorth gan ysgol bartner',
    noSupport: 'Dim cymorth wedi’i drefnu',
    supportNote: 'Am y cymorth',
    status: 'Statws',
    statuses: {
      'not-started': 'Heb ddechrau',
      'in-progress': 'Ar waith',
      done: 'Wedi’i wneud',
      stopped: 'Wedi’i atal',
    },
    pendingHint: 'Caiff ei gadw pan fyddwch yn gadael y maes.',
    add: 'Ychwanegu cam gweithredu',
    addHeading: 'Cam gweithredu newydd',
    addConfirm: 'Ychwanegu at y cynllun',
    addCancel: 'Canslo',
    whatNeeded: 'Dywedwch yn gyntaf beth fydd yn cael ei wneud.',
    added: 'Ychwanegwyd cam gweithredu {n} at y cynllun.',
    notADate: 'Rhowch ddyddiad fel diwrnod, mis a blwyddyn.',
  },

  history: {
    summary: 'Hanes cam gweithredu {n}',
    // "newid" is masculine: "dau newid", "tri newid", "chwe newid".
    count: cyPlural({
      zero: '(Dim newidiadau ers cytuno ar y cam gweithredu.)',
      one: '(1 newid)',
      two: '(dau newid)',
      few: '(tri newid)',
      many: '(chwe newid)',
      other: '({count} newid)',
    }),
    entry: '{when}, newidiodd {who}:',
    change: '{field} cyn y newid: {value}',
    quoted: '“{value}”',
    blank: 'gwag',
    noSupport: 'dim cymorth wedi’i drefnu',
    noDate: 'dim dyddiad cwblhau',
    fields: {
      what: 'Beth fydd yn cael ei wneud',
      owner: 'Person cyfrifol',
      dueOn: 'Dyddiad cwblhau',
      successCriteria: 'Meini prawf llwyddiant',
      supportSchoolId: 'Cymorth gan',
      supportNote: 'Am y cymorth',
      status: 'Statws',
    },
  },

  publish: {
    heading: 'Cyhoeddi’r cynllun',
    hint: 'Mae cyhoeddi yn rhannu’r cynllun gorffenedig â’r bartneriaeth ac yn agor y cyfarfod gwirio cynnydd. Gellir diweddaru’r camau gweithredu wedyn o hyd.',
    button: 'Cyhoeddi’r cynllun',
    notReady: 'Ddim eto: {reason}',
    confirmHeading: 'Cyhoeddi’r cynllun nawr?',
    confirmText: 'Mae’r cynllun yn symud ymlaen i’r cyfarfod gwirio cynnydd, i’w gynnal erbyn {date}.',
    confirmTextNoDate: 'Mae’r cynllun yn symud ymlaen i’r cyfarfod gwirio cynnydd.',
    confirm: 'Cyhoeddi',
    cancel: 'Ddim eto',
    published: 'Mae’r cynllun wedi’i gyhoeddi. Y cyfarfod gwirio cynnydd sydd nesaf.',
  },

  checkIn: {
    heading: 'Cofnodi’r cyfarfod gwirio cynnydd',
    hint: 'Pa mor bell y mae pob cam gweithredu wedi dod, beth sy’n digwydd nesaf, ac a yw’r cylch yn cau neu’n parhau.',
    cannotRecord: 'Gallwch ddilyn y cyfarfod gwirio cynnydd ond nid ei gofnodi. {reason}',
    notYet: 'Caiff y cyfarfod gwirio cynnydd ei gofnodi unwaith y bydd y cynllun wedi’i gyhoeddi.',
    heldOn: 'Y dyddiad y cynhaliwyd y cyfarfod gwirio cynnydd',
    heldOnChosen: 'Y dyddiad a ddewiswyd: {date}.',
    progress: 'Cynnydd ar y camau gweithredu',
    actionLegend: 'Cam gweithredu {n}',
    status: 'Statws nawr',
    note: 'Nodyn am y cynnydd',
    nextSteps: 'Camau nesaf',
    nextStepsHint: 'Beth fydd yr ysgol yn ei wneud nesaf, ac unrhyw gymorth sydd ei angen arni o hyd.',
    outcome: 'Beth sy’n digwydd nesaf',
    close: 'Cau’r cylch',
    closeHint: 'Gweithredwyd ar y flaenoriaeth; mae cylch adolygu eleni wedi’i gwblhau.',
    continue: 'Parhau â’r cynllun',
    continueHint: cyPlural({
      zero: 'Parhau i weithio ar y camau gweithredu; caiff cyfarfod gwirio cynnydd arall ei drefnu ar gyfer yr un diwrnod â hwn.',
      one: 'Parhau i weithio ar y camau gweithredu; caiff cyfarfod gwirio cynnydd arall ei drefnu ar gyfer pan fydd 1 diwrnod wedi mynd heibio ers hwn.',
      two: 'Parhau i weithio ar y camau gweithredu; caiff cyfarfod gwirio cynnydd arall ei drefnu ar gyfer pan fydd dau ddiwrnod wedi mynd heibio ers hwn.',
      few: 'Parhau i weithio ar y camau gweithredu; caiff cyfarfod gwirio cynnydd arall ei drefnu ar gyfer pan fydd tri diwrnod wedi mynd heibio ers hwn.',
      many: 'Parhau i weithio ar y camau gweithredu; caiff cyfarfod gwirio cynnydd arall ei drefnu ar gyfer pan fydd chwe diwrnod wedi mynd heibio ers hwn.',
      other: 'Parhau i weithio ar y camau gweithredu; caiff cyfarfod gwirio cynnydd arall ei drefnu ar gyfer pan fydd {count} diwrnod wedi mynd heibio ers hwn.',
    }),
    outcomeNeeded: 'Dewiswch a ydych am gau’r cylch neu barhau â’r cynllun.',
    dateNeeded: 'Rhowch y dyddiad y cynhaliwyd y cyfarfod gwirio cynnydd.',
    record: 'Cofnodi’r cyfarfod gwirio cynnydd',
    confirmHeading: 'Cofnodi’r cyfarfod gwirio cynnydd hwn?',
    confirmClose: 'Cynhaliwyd ar {date}. Bydd y cylch adolygu yn cau.',
    confirmContinue: cyPlural({
      zero: 'Cynhaliwyd ar {date}. Mae’r cynllun yn parhau, a chaiff y cyfarfod gwirio cynnydd nesaf ei drefnu ar gyfer yr un diwrnod.',
      one: 'Cynhaliwyd ar {date}. Mae’r cynllun yn parhau, a chaiff y cyfarfod gwirio cynnydd nesaf ei drefnu ar gyfer pan fydd 1 diwrnod wedi mynd heibio.',
      two: 'Cynhaliwyd ar {date}. Mae’r cynllun yn parhau, a chaiff y cyfarfod gwirio cynnydd nesaf ei drefnu ar gyfer pan fydd dau ddiwrnod wedi mynd heibio.',
      few: 'Cynhaliwyd ar {date}. Mae’r cynllun yn parhau, a chaiff y cyfarfod gwirio cynnydd nesaf ei drefnu ar gyfer pan fydd tri diwrnod wedi mynd heibio.',
      many: 'Cynhaliwyd ar {date}. Mae’r cynllun yn parhau, a chaiff y cyfarfod gwirio cynnydd nesaf ei drefnu ar gyfer pan fydd chwe diwrnod wedi mynd heibio.',
      other: 'Cynhaliwyd ar {date}. Mae’r cynllun yn parhau, a chaiff y cyfarfod gwirio cynnydd nesaf ei drefnu ar gyfer pan fydd {count} diwrnod wedi mynd heibio.',
    }),
    confirm: 'Ei gofnodi',
    cancel: 'Mynd yn ôl',
    recordedClose: 'Cofnodwyd y cyfarfod gwirio cynnydd. Mae’r cylch adolygu wedi’i gwblhau.',
    recordedContinue: 'Cofnodwyd y cyfarfod gwirio cynnydd. Mae’r cyfarfod gwirio cynnydd nesaf i’w gynnal erbyn {date}.',
    draftKept: 'Caiff yr hyn rydych yn ei deipio yma ei gadw ar y ddyfais hon nes bydd y cyfarfod gwirio cynnydd wedi’i gofnodi.',
  },

  earlier: {
    heading: 'Cyfarfodydd gwirio cynnydd a gynhaliwyd',
    none: 'Nid oes cyfarfod gwirio cynnydd wedi’i gynnal eto.',
    item: 'Cyfarfod gwirio cynnydd a gynhaliwyd ar {date}',
    recordedBy: 'Cofnodwyd gan {name}.',
    progress: 'Cynnydd',
    progressItem: '{action}: {status}.',
    nextSteps: 'Camau nesaf',
    noProgress: 'Dim cynnydd wedi’i gofnodi.',
    actionRemoved: 'Cam gweithredu nad yw yn y cynllun mwyach',
  },

  tools: {
    heading: 'Argraffu ac allforio',
    print: 'Argraffu’r cynllun gweithredu',
    export: 'Allforio fel JSON',
    exportHint:
      'Mae’n llwytho’r cylch adolygu hwn i lawr fel y cewch ei weld, ar gyfer cais gwrthrych am wybodaeth neu archif yr ysgol.',
    exported: 'Llwythwyd {file} i lawr.',
  },
};

export default cy;
