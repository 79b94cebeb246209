/**
 * Testun cyffredin y teclynnau yn Gymraeg: the text every widget shares, in Welsh. Loaded on
 * demand (`loadStrings('cy')`), never with the en-GB page.
 *
 * Terms match core's Welsh (packages/core/src/i18n/cy.ts): hunanwerthuso (self-review),
 * adolygiad gan gymheiriaid (peer review), ysgol letyol (host school), gweithdy gwella
 * (improvement workshop), cynllun gweithredu (action plan), gwirio cynnydd (check-in). Stage names
 * here are labels, so capitalised; core's are lower case for use inside sentences. The practice
 * continuum is core's own wording (framework-cy.ts `cyPractice`), so a school sees the same words
 * in the self-review and in the exports. Considered choices:
 * - "change" (to a record): "newid" (plural "newidiadau"), masculine: "dau newid", "tri newid".
 * - "sign-in": "mewngofnodi" (TermCymru), "sign in again": "mewngofnodi eto".
 * - "device": "dyfais" (feminine, "ar y ddyfais hon"), as Hwb's help pages write it.
 * Counts: a whole sentence for every Welsh plural category; the noun after a number is singular.
 */
import { cyPlural, type commonStrings, type Translation } from './strings';

const cy: Translation<typeof commonStrings> = {
  loading: 'Wrthi’n llwytho…',
  saving: 'Wrthi’n cadw…',
  saved: 'Mae pob newid wedi’i gadw',
  queued: 'Wedi’i gadw ar y ddyfais hon yn unig: bydd yn cael ei anfon pan fydd y cysylltiad yn ôl.',
  queuedHeld:
    'Wedi’i gadw ar y ddyfais hon yn unig, heb ei anfon: newidiodd y cofnod hwn ar y gweinydd yn y cyfamser, felly ni chafodd dim byd yno ei drosysgrifo.',
  waitingToSend: cyPlural({
    zero: 'Wedi’i gadw ar y ddyfais hon yn unig: nid oes dim newidiadau’n aros i gael eu hanfon.',
    one: 'Wedi’i gadw ar y ddyfais hon yn unig: mae 1 newid yn aros i gael ei anfon pan fydd y cysylltiad yn ôl.',
    two: 'Wedi’i gadw ar y ddyfais hon yn unig: mae dau newid yn aros i gael eu hanfon pan fydd y cysylltiad yn ôl.',
    few: 'Wedi’i gadw ar y ddyfais hon yn unig: mae tri newid yn aros i gael eu hanfon pan fydd y cysylltiad yn ôl.',
    many: 'Wedi’i gadw ar y ddyfais hon yn unig: mae chwe newid yn aros i gael eu hanfon pan fydd y cysylltiad yn ôl.',
    other: 'Wedi’i gadw ar y ddyfais hon yn unig: mae {count} newid yn aros i gael eu hanfon pan fydd y cysylltiad yn ôl.',
  }),
  waitingSignedOut: cyPlural({
    zero: 'Mae eich sesiwn mewngofnodi wedi dod i ben: nid oes dim newidiadau’n aros ar y ddyfais hon.',
    one: 'Mae eich sesiwn mewngofnodi wedi dod i ben: mae 1 newid wedi’i gadw ar y ddyfais hon a bydd yn cael ei anfon pan fyddwch wedi mewngofnodi eto.',
    two: 'Mae eich sesiwn mewngofnodi wedi dod i ben: mae dau newid wedi’u cadw ar y ddyfais hon a byddant yn cael eu hanfon pan fyddwch wedi mewngofnodi eto.',
    few: 'Mae eich sesiwn mewngofnodi wedi dod i ben: mae tri newid wedi’u cadw ar y ddyfais hon a byddant yn cael eu hanfon pan fyddwch wedi mewngofnodi eto.',
    many: 'Mae eich sesiwn mewngofnodi wedi dod i ben: mae chwe newid wedi’u cadw ar y ddyfais hon a byddant yn cael eu hanfon pan fyddwch wedi mewngofnodi eto.',
    other: 'Mae eich sesiwn mewngofnodi wedi dod i ben: mae {count} newid wedi’u cadw ar y ddyfais hon a byddant yn cael eu hanfon pan fyddwch wedi mewngofnodi eto.',
  }),
  refusedTitle: 'Heb ei gadw ar y gweinydd',
  refusedReason: 'Ni wnaeth y gwasanaeth dderbyn y newid hwn: {reason} Mae’r hyn a ysgrifennoch wedi’i gadw isod: copïwch ef, neu gwnewch y newid eto.',
  dismissRefused: 'Rwyf wedi’i gopïo: cau',
  unsaved: 'Newidiadau heb eu cadw',
  saveFailed: 'Heb ei gadw: {reason} Mae eich newidiadau wedi’u cadw ar y ddyfais hon.',
  retry: 'Ceisio cadw eto',
  conflict: 'Newidiodd rhywun hyn mewn man arall (efallai mewn tab arall) tra oeddech yn golygu. Nid oes dim wedi’i drosysgrifo.',
  keepMine: 'Cadw fy newidiadau i',
  heldChoose: 'Dewiswch pa fersiwn i’w chadw: mae eich fersiwn chi yn disodli’r un ar y gweinydd, neu mae’r un ar y gweinydd yn disodli’ch un chi.',
  sendMine: 'Anfon fy newidiadau i',
  useServerVersion: 'Defnyddio’r fersiwn ar y gweinydd',
  useTheirs: 'Defnyddio’r fersiwn arall',
  restored: cyPlural({
    zero: 'Nid oedd dim newidiadau heb eu cadw i’w hadfer o’r ddyfais hon.',
    one: 'Adferwyd 1 newid heb ei gadw o’r ddyfais hon.',
    two: 'Adferwyd dau newid heb eu cadw o’r ddyfais hon.',
    few: 'Adferwyd tri newid heb eu cadw o’r ddyfais hon.',
    many: 'Adferwyd chwe newid heb eu cadw o’r ddyfais hon.',
    other: 'Adferwyd {count} newid heb eu cadw o’r ddyfais hon.',
  }),
  droppedTitle: 'Testun nad oedd modd ei gadw',
  droppedHelp:
    'Symudodd y cofnod yn ei flaen mewn man arall cyn i’r newidiadau hyn gael eu cadw, felly nid oedd modd eu cymhwyso. Mae eich testun wedi’i gadw yma: copïwch ef i’r man lle mae’n perthyn.',
  dropped: cyPlural({
    zero: 'Nid oes dim newidiadau heb eu cadw na ellid eu cymhwyso: {reason}',
    one: 'Nid oedd modd cymhwyso 1 newid heb ei gadw: {reason}',
    two: 'Nid oedd modd cymhwyso dau newid heb eu cadw: {reason}',
    few: 'Nid oedd modd cymhwyso tri newid heb eu cadw: {reason}',
    many: 'Nid oedd modd cymhwyso chwe newid heb eu cadw: {reason}',
    other: 'Nid oedd modd cymhwyso {count} newid heb eu cadw: {reason}',
  }),
  readOnly: 'Gallwch ddarllen hwn ond nid ei newid.',
  missingCycle: 'Ni chafwyd hyd i gylch adolygu o’r enw “{id}”.',
  missingRecord: 'Ni chafwyd hyd i’r cofnod hwn.',
  notConnected: 'Nid yw’r teclyn hwn wedi’i gysylltu â’i gofnod eto.',
  unreadable: 'Nid oedd modd agor y cofnod hwn. {reason}',
  otherPartnership: 'Mae’r cofnod hwn yn perthyn i bartneriaeth wahanol, felly nid oes dim ohono’n cael ei ddangos yma. Mae wedi’i adael heb ei gyffwrdd.',
  otherPartnershipKept: 'mae’r cofnod hwn wedi’i ddisodli yn y storfa gan un sy’n perthyn i bartneriaeth wahanol, ac mae hwnnw wedi’i adael heb ei gyffwrdd.',
  refused: 'Heb ei wneud: {reason}',
  notYourCycle: 'Nid ydych yn aelod o’r bartneriaeth hon.',
  // Short months as Welsh calendars write them ("Chwef", "Gorff"); weekdays with "dydd".
  calendar: {
    months: ['Ionawr', 'Chwefror', 'Mawrth', 'Ebrill', 'Mai', 'Mehefin', 'Gorffennaf', 'Awst', 'Medi', 'Hydref', 'Tachwedd', 'Rhagfyr'],
    monthsShort: ['Ion', 'Chwef', 'Maw', 'Ebr', 'Mai', 'Meh', 'Gorff', 'Awst', 'Medi', 'Hyd', 'Tach', 'Rhag'],
    weekdays: ['dydd Sul', 'dydd Llun', 'dydd Mawrth', 'dydd Mercher', 'dydd Iau', 'dydd Gwener', 'dydd Sadwrn'],
    date: '{day} {month} {year}',
    dateWithWeekday: '{weekday} {day} {month} {year}',
    dateTime: '{date}, {time}',
  },
  stage: {
    'self-review': 'Hunanwerthuso',
    'pre-review': 'Cyfarfod cyn yr adolygiad',
    review: 'Adolygiad gan gymheiriaid',
    workshop: 'Gweithdy gwella',
    'action-plan': 'Cynllun gweithredu',
    'check-in': 'Gwirio cynnydd',
    complete: 'Wedi’i gwblhau',
    paused: 'Wedi’i oedi',
    withdrawn: 'Wedi’i dynnu’n ôl',
  },
  practice: {
    'not-yet': { label: 'Ddim yn rhan o’n harfer eto', hint: 'Nid ydym wedi dechrau ar hyn eto, neu rydym yn dal i feddwl amdano.' },
    beginning: { label: 'Yn dechrau', hint: 'Rhai camau cynnar; nid yw’n rhan o’r arfer bob dydd eto.' },
    developing: { label: 'Yn datblygu', hint: 'Mae’n digwydd mewn rhannau o’r ysgol, ond nid ym mhobman na bob tro eto.' },
    embedded: { label: 'Wedi ymwreiddio', hint: 'Mae’n rhan o’r arfer bob dydd ar draws yr ysgol, a gallwn ddangos hynny.' },
  },
};

export default cy;
