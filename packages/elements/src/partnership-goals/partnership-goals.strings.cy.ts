/**
 * Testun `<spp-partnership-goals>` yn Gymraeg: the partnership's goals and agreements in Welsh,
 * loaded on demand.
 *
 * Considered choices (matching core's cy.ts and the other widgets):
 * - goals: "nodau" (one: "nod", masculine: "ein prif nod"); main concern: "ein prif bryder".
 * - the programme's workshops by the names the impact review uses: "Dechrau Arni" (Getting
 *   Started), "Olrhain Cynnydd", "Gwerthuso Effaith"; "at the Getting Started workshop": "yng
 *   ngweithdy Dechrau Arni", so the name itself never mutates; "at Tracking Progress": "adeg
 *   Olrhain Cynnydd" ("adeg" mutates nothing after it).
 * - memorandum of understanding: "memorandwm cyd-ddealltwriaeth"; data-sharing agreement:
 *   "cytundeb rhannu data" (both masculine: "wedi’i lofnodi"); the signed document: "y ddogfen
 *   wedi’i llofnodi" (feminine); a link: "dolen" (feminine: "ni chafodd ei chadw").
 * - partnership lead: "arweinydd y bartneriaeth"; widget: "teclyn" (as the common table).
 * - the partnership's name only stands alone (in the subtitle), so it never mutates.
 * Non-judgemental as the English: the goals are the partnership's own words about itself.
 */
import type { Translation } from '../shared/strings';
import type { partnershipGoalsStrings } from './partnership-goals.strings';

const cy: Translation<typeof partnershipGoalsStrings.table> = {
  title: 'Nodau a chytundebau’r bartneriaeth',
  subtitle: '{partnership}, {year}',
  intro:
    'Yr hyn y cytunodd y penaethiaid arno gyda’i gilydd yng ngweithdy Dechrau Arni: beth mae’r bartneriaeth am ei gael o’r adolygu gan gymheiriaid eleni, a’r cytundebau y mae’n gweithio yn unol â nhw.',
  savedAsYouGo: 'Mae popeth a deipir yma yn cael ei gadw wrth i chi fynd.',

  notConnected: 'Nid yw’r teclyn hwn wedi’i gysylltu â phartneriaeth eto.',
  missing:
    'Nid yw’r bartneriaeth “{id}” yn y storfa hon eto, felly nid oes modd dangos na chadw ei nodau yma. Gofynnwch i bwy bynnag a osododd y dudalen hon gadw’r bartneriaeth yn y storfa yn gyntaf.',
  signedOut: 'Nid oes neb wedi mewngofnodi.',
  readOnlyTitle: 'Gallwch ddarllen y nodau a’r cytundebau ond nid eu newid.',
  keptBy: 'Arweinydd y bartneriaeth, {name}, sy’n eu cadw’n gyfredol.',

  goalsTitle: 'Ein nodau ar gyfer {year}',
  goalsIntro:
    'Yn eich geiriau eich hun. Nid oes atebion cywir: dyma’r hyn y byddwch yn edrych yn ôl arno adeg Olrhain Cynnydd a Gwerthuso Effaith.',
  fields: {
    mainGoal: { label: 'Ein prif nod', hint: 'Beth ydym ni’n fwyaf awyddus i’r adolygu gan gymheiriaid ei gyflawni i’n hysgolion eleni?' },
    getBetterAt: { label: 'Yr hyn yr ydym am wella arno', hint: 'Fel partneriaeth: ffyrdd o weithio, dilyniant, cynnwys staff…' },
    mainConcern: { label: 'Ein prif bryder', hint: 'Beth allai fod yn rhwystr, a’r hyn y byddwn yn cadw llygad arno.' },
    confidentIn: { label: 'Yr hyn yr ydym yn hyderus ynddo', hint: 'Cryfderau y gallwn adeiladu arnynt gyda’n gilydd.' },
    anythingElse: { label: 'Unrhyw beth arall', hint: 'Unrhyw beth y mae’r bartneriaeth am ei gofio o’r drafodaeth.' },
  },
  goalsAgreedOn: 'Y dyddiad y cytunwyd ar y nodau',
  dateShown: 'Y dyddiad a ddewiswyd: {date}.',
  notWritten: 'Heb ei ysgrifennu eto.',
  notRecorded: 'Heb ei gofnodi eto.',

  agreementsTitle: 'Ein cytundebau',
  agreementsIntro:
    'Mae pob partneriaeth yn gweithio yn unol â memorandwm cyd-ddealltwriaeth a chytundeb rhannu data y cytunwyd arnynt. Cofnodwch pryd y cytunwyd ar bob un a ble mae’r copi wedi’i lofnodi yn cael ei gadw.',
  agreements: {
    mou: { title: 'Memorandwm cyd-ddealltwriaeth', open: 'Agor y memorandwm cyd-ddealltwriaeth wedi’i lofnodi' },
    dataSharing: { title: 'Cytundeb rhannu data', open: 'Agor y cytundeb rhannu data wedi’i lofnodi' },
  },
  agreedOn: 'Dyddiad cytuno',
  agreedOnText: 'Y dyddiad y cytunwyd: {date}',
  documentUrl: 'Dolen i’r ddogfen wedi’i llofnodi',
  documentUrlHint: 'Cyfeiriad gwe y copi wedi’i lofnodi yn storfa ddogfennau eich ymddiriedolaeth, sy’n dechrau https://',
  opensNewTab: '(yn agor mewn tab newydd)',
  linkNotShown: 'Mae cyfeiriad dogfen wedi’i gadw ond nid yw’n cael ei ddangos fel dolen, gan nad yw’n gyfeiriad gwe (http neu https):',
  noDocument: 'Dim dolen i’r ddogfen wedi’i llofnodi eto.',
  linkRefused: 'Ni chafodd y ddolen hon ei chadw: {reason}',
  linkPending: 'Heb ei chadw eto: gorffennwch y cyfeiriad (sy’n dechrau https://) a bydd yn cael ei gadw wrth i chi deipio.',
  note: 'Nodyn',
  noteHint: 'Pwy a lofnododd, pryd y mae i’w adolygu, unrhyw beth i’w gofio.',
  noNote: 'Dim nodyn.',
};

export default cy;
