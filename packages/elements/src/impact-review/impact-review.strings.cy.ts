/**
 * Testun `<spp-impact-review>` yn Gymraeg: the partnership's workshop reflection in Welsh, loaded
 * on demand.
 *
 * Considered choices (matching core's cy.ts, the demo and the other widgets):
 * - the three programme workshops: "Dechrau Arni" (Getting Started), "Olrhain Cynnydd" (Tracking
 *   Progress), "Gwerthuso Effaith" (Evaluating Impact), names as the demo writes them, so never
 *   mutated. "At Getting Started" is "adeg Dechrau Arni": "adeg" mutates nothing after it, where
 *   "yn Dechrau Arni" would need a nasal mutation of the name.
 * - reflection: "myfyrdod" (masculine, as core's record kinds); baseline: "llinell sylfaen".
 * - the continuum's levels are quoted after "o" and "i" ("o “Yn dechrau” i “Yn datblygu”"), so a
 *   label is shown as the continuum writes it and no mutation is needed; movement is "ymlaen" /
 *   "yn ôl" / "heb newid", never better or worse.
 * - a step along it: "cam" (masculine): "1 cam", "dau gam", "tri cham", "chwe cham".
 * - a question: "cwestiwn" (masculine): "dau gwestiwn", "tri chwestiwn", "chwe chwestiwn".
 * - impact note: "nodyn effaith"; the groups: "Ar gyfer ysgolion / staff / y sefydliad / eraill".
 * - professional development: "dysgu proffesiynol" (as the framework); disadvantaged: "dan
 *   anfantais"; vulnerable: "agored i niwed"; groups of pupils: "carfanau o ddisgyblion".
 * - next steps: "camau nesaf"; evidence notes: "nodiadau tystiolaeth" (as the self-review).
 * Partnership and school names are not placed where Welsh would mutate them.
 */
import { cyPlural, type Translation } from '../shared/strings';
import type { impactReviewStrings } from './impact-review.strings';

const cy: Translation<typeof impactReviewStrings.table> = {
  workshops: {
    'getting-started': {
      name: 'Dechrau Arni',
      title: 'Dechrau Arni: ble mae ein partneriaeth arni, {year}',
      intro:
        'Ar ddechrau’r flwyddyn, cytunwch gyda’ch gilydd i ba raddau y mae pob rhan o weithio mewn partneriaeth eisoes yn rhan o’n harfer, a nodwch y dystiolaeth. Dyma’r llinell sylfaen y mae Olrhain Cynnydd a Gwerthuso Effaith yn edrych yn ôl arni.',
      nextSteps: 'Ar beth y byddwn yn canolbwyntio gyntaf?',
      nextStepsHint: 'Y pethau cyntaf y bydd y bartneriaeth yn eu gwneud, a phwy fydd yn eu harwain.',
    },
    'tracking-progress': {
      name: 'Olrhain Cynnydd',
      title: 'Olrhain Cynnydd: pa mor bell rydym wedi dod, {year}',
      intro:
        'Tua chwe mis i mewn: a yw ein hadolygu gan gymheiriaid yn cyflawni’r hyn a ddisgwyliem? Edrychwch eto ar bob cwestiwn, gwelwch pa mor bell y mae’r arfer wedi symud ers Dechrau Arni, nodwch y newidiadau a welwn mewn arfer ac effaith, a chytunwch beth y byddwn yn ei newid.',
      nextSteps: 'Beth fyddwn ni’n ei newid?',
      nextStepsHint: 'Newidiadau i’r ffordd rydym yn cynnal adolygu gan gymheiriaid am weddill y flwyddyn, a phwy fydd yn eu gwneud.',
    },
    'evaluating-impact': {
      name: 'Gwerthuso Effaith',
      title: 'Gwerthuso Effaith: edrych yn ôl ar {year}',
      intro:
        'Ar ddiwedd y flwyddyn: myfyriwch ar bob cwestiwn, fel ysgolion a gafodd eu hadolygu ac fel adolygwyr, nodwch yr effaith a welsom gyda’i thystiolaeth, a chytunwch beth i’w ddatblygu y flwyddyn nesaf.',
      nextSteps: 'Beth fyddwn ni’n ei ddatblygu y flwyddyn nesaf?',
      nextStepsHint: 'Y meysydd datblygu y mae’r bartneriaeth yn cytuno arnynt ar gyfer y flwyddyn nesaf.',
    },
  },

  notConnected: 'Nid yw’r teclyn hwn wedi’i gysylltu â phartneriaeth eto.',
  signedOut: 'Nid oes neb wedi mewngofnodi.',
  readOnlyTitle: 'Gallwch ddarllen y myfyrdod hwn ond nid ei newid.',
  notStartedTitle: 'Nid yw’r myfyrdod hwn wedi’i ddechrau eto',
  notStartedCanStart: 'Dechreuwch ef pan fydd y bartneriaeth yn cyfarfod ar gyfer y gweithdy. Mae popeth a gofnodir yn cael ei gadw wrth i chi fynd.',
  notStartedReader: 'Penaethiaid y bartneriaeth sy’n ei ddechrau ac yn ei gofnodi yn y gweithdy.',
  start: 'Dechrau’r myfyrdod hwn',
  starting: 'Wrthi’n dechrau…',
  startFailed: 'Nid oedd modd dechrau’r myfyrdod: {reason}',
  started: 'Mae’r myfyrdod wedi dechrau. Mae popeth rydych yn ei gofnodi yn cael ei gadw wrth i chi fynd.',
  startedElsewhere: 'Mae rhywun arall newydd ddechrau’r myfyrdod hwn; mae i’w weld isod.',

  heldOn: 'Dyddiad y gweithdy',
  heldOnChosen: 'Y dyddiad a ddewiswyd: {date}.',
  heldOnText: 'Cynhaliwyd ar {date}',
  heldOnNone: 'Dyddiad heb ei gofnodi.',

  navLabel: 'Rhannau’r myfyrdod hwn',
  navComparison: 'Symud ers Dechrau Arni',
  navImpact: 'Effaith',
  navNextSteps: 'Camau nesaf',

  questionsTitle: 'Ein harfer fel partneriaeth',
  questionsIntro: 'Ar gyfer pob cwestiwn, cytunwch i ba raddau y mae’n rhan o arfer y bartneriaeth, a nodwch y dystiolaeth sy’n dangos hynny.',
  noQuestions: 'Nid oes gan fframwaith eich partneriaeth gwestiynau partneriaeth ar hyn o bryd.',
  aim: 'Nod: {aim}',
  levelQuestion: 'I ba raddau y mae hyn yn rhan o’n harfer?',
  clearLevel: 'Clirio’r dewis hwn',
  clearLevelLabel: 'Clirio’r dewis hwn ar gyfer y cwestiwn hwn',
  evidence: 'Nodiadau tystiolaeth',
  promptsIntro: 'Tystiolaeth y gallech ei defnyddio:',
  levelTerm: 'I ba raddau y mae hyn yn rhan o’n harfer',
  levelNone: 'Heb ei ddewis eto',
  evidenceNone: 'Dim tystiolaeth wedi’i nodi.',
  atBaseline: 'Adeg Dechrau Arni: {level}',
  atBaselineNone: 'Adeg Dechrau Arni: heb ei ateb',
  hiddenMarker:
    'Nid yw yn y pecyn cwestiynau y mae eich partneriaeth yn ei ddefnyddio mwyach. Mae’n cael ei ddangos am fod ateb iddo, sy’n cael ei gadw; nid oes modd ei newid yma.',
  rewordedMarker: 'Geiriad eich partneriaeth.',

  comparisonTitle: 'Pa mor bell y mae’r arfer wedi symud ers Dechrau Arni',
  comparisonIntro:
    'Mae pob llinell yn dilyn continwwm yr arfer, o “Ddim yn rhan o’n harfer eto” hyd at “Wedi ymwreiddio”. Y cylch gwag yw lle y gwnaethom ein gosod ein hunain adeg Dechrau Arni; y dot llawn, ar ben y saeth, yw lle rydym yn ein gosod ein hunain nawr.',
  comparisonNoBaseline: 'Nid oes myfyrdod Dechrau Arni wedi’i gofnodi ar gyfer {year}, felly nid oes dim i’w gymharu ag ef eto.',
  comparisonBaselineUnreadable: 'Nid oedd modd agor myfyrdod Dechrau Arni, felly nid oes dim i’w gymharu ag ef: {reason}',
  comparisonLoading: 'Wrthi’n llwytho llinell sylfaen Dechrau Arni…',
  baselineNote: 'Dyma’r llinell sylfaen ar gyfer y flwyddyn: mae Olrhain Cynnydd a Gwerthuso Effaith yn cael eu cymharu â hi.',
  keyBaseline: 'Adeg Dechrau Arni',
  keyNow: 'Nawr',
  // "cwestiwn" is masculine: "dau gwestiwn", "tri chwestiwn", "chwe chwestiwn".
  summary: {
    further: cyPlural({
      zero: 'Nid oes dim cwestiynau wedi symud ymlaen.',
      one: 'Mae 1 cwestiwn wedi symud ymlaen.',
      two: 'Mae dau gwestiwn wedi symud ymlaen.',
      few: 'Mae tri chwestiwn wedi symud ymlaen.',
      many: 'Mae chwe chwestiwn wedi symud ymlaen.',
      other: 'Mae {count} cwestiwn wedi symud ymlaen.',
    }),
    unchanged: cyPlural({
      zero: 'Nid oes dim cwestiynau heb newid.',
      one: 'Mae 1 cwestiwn heb newid.',
      two: 'Mae dau gwestiwn heb newid.',
      few: 'Mae tri chwestiwn heb newid.',
      many: 'Mae chwe chwestiwn heb newid.',
      other: 'Mae {count} cwestiwn heb newid.',
    }),
    back: cyPlural({
      zero: 'Nid oes dim cwestiynau wedi symud yn ôl.',
      one: 'Mae 1 cwestiwn wedi symud yn ôl.',
      two: 'Mae dau gwestiwn wedi symud yn ôl.',
      few: 'Mae tri chwestiwn wedi symud yn ôl.',
      many: 'Mae chwe chwestiwn wedi symud yn ôl.',
      other: 'Mae {count} cwestiwn wedi symud yn ôl.',
    }),
    notYet: cyPlural({
      zero: 'Mae pob cwestiwn wedi’i ateb.',
      one: 'Mae 1 cwestiwn heb ei ateb eto.',
      two: 'Mae dau gwestiwn heb eu hateb eto.',
      few: 'Mae tri chwestiwn heb eu hateb eto.',
      many: 'Mae chwe chwestiwn heb eu hateb eto.',
      other: 'Mae {count} cwestiwn heb eu hateb eto.',
    }),
    noBaseline: cyPlural({
      zero: 'Atebwyd pob cwestiwn adeg Dechrau Arni.',
      one: 'Roedd 1 cwestiwn heb ei ateb adeg Dechrau Arni.',
      two: 'Roedd dau gwestiwn heb eu hateb adeg Dechrau Arni.',
      few: 'Roedd tri chwestiwn heb eu hateb adeg Dechrau Arni.',
      many: 'Roedd chwe chwestiwn heb eu hateb adeg Dechrau Arni.',
      other: 'Roedd {count} cwestiwn heb eu hateb adeg Dechrau Arni.',
    }),
  },
  summaryNone: 'Nid oes cwestiynau i’w cymharu.',
  // "cam" is masculine: "dau gam", "tri cham", "chwe cham".
  trackFurther: cyPlural({
    zero: '{question}: o “{from}” i “{to}”, heb symud',
    one: '{question}: o “{from}” i “{to}”, 1 cam ymlaen',
    two: '{question}: o “{from}” i “{to}”, dau gam ymlaen',
    few: '{question}: o “{from}” i “{to}”, tri cham ymlaen',
    many: '{question}: o “{from}” i “{to}”, chwe cham ymlaen',
    other: '{question}: o “{from}” i “{to}”, {count} cam ymlaen',
  }),
  trackBack: cyPlural({
    zero: '{question}: o “{from}” i “{to}”, heb symud',
    one: '{question}: o “{from}” i “{to}”, 1 cam yn ôl',
    two: '{question}: o “{from}” i “{to}”, dau gam yn ôl',
    few: '{question}: o “{from}” i “{to}”, tri cham yn ôl',
    many: '{question}: o “{from}” i “{to}”, chwe cham yn ôl',
    other: '{question}: o “{from}” i “{to}”, {count} cam yn ôl',
  }),
  trackUnchanged: '{question}: “{level}” adeg Dechrau Arni a nawr, heb newid',
  trackOnlyNow: '{question}: “{level}” nawr; heb ei ateb adeg Dechrau Arni',
  trackOnlyBaseline: '{question}: “{level}” adeg Dechrau Arni; heb ei ateb eto nawr',
  trackNeither: '{question}: heb ei ateb adeg Dechrau Arni na nawr',
  shortNames: {
    'pr-shared-responsibility': 'Cyfrifoldeb a rennir am wella',
    'pr-reciprocity': 'Pob ysgol yn rhoi ac yn elwa',
    'pr-sharing-practice': 'Rhannu arfer',
    'pr-follow-up': 'Gweithredu ar ôl adolygiadau',
    'pr-engaging-teachers': 'Cynnwys athrawon',
    'pr-evidence-focus': 'Defnyddio data a gwybodaeth ehangach',
    'pr-shared-pedagogy': 'Blaenoriaeth addysgu gyffredin',
    'pr-shared-priorities': 'Blaenoriaethau cyffredin y bartneriaeth',
    'pr-mutual-accountability': 'Atebolrwydd ar sail ymddiriedaeth',
    'pr-honest-conversations': 'Sgyrsiau gonest ac agored',
    'pr-agreed-ways': 'Y ffordd o weithio y cytunwyd arni',
    'pr-outcomes-impact': 'Effaith ar ddeilliannau disgyblion',
    'sr-group-gaps': 'Bylchau rhwng carfanau o ddisgyblion',
    'sr-pupil-voice': 'Barn disgyblion',
  },

  impactTitle: 'Yr effaith a welsom',
  impactIntro: 'Nodwch y newidiadau y mae’r bartneriaeth wedi’u gweld, gyda’r dystiolaeth ar gyfer pob un: ar gyfer ysgolion, ar gyfer staff, ar gyfer y sefydliad ac ar gyfer eraill.',
  impactGroups: {
    schools: 'Ar gyfer ysgolion',
    staff: 'Ar gyfer staff',
    organisation: 'Ar gyfer y sefydliad',
    others: 'Ar gyfer eraill',
  },
  impactAreas: {
    'pupil-outcomes': 'Canlyniadau a chynnydd disgyblion',
    'attendance-behaviour': 'Presenoldeb ac ymddygiad',
    'closing-gaps': 'Cau bylchau i ddisgyblion dan anfantais a disgyblion sy’n agored i niwed',
    'in-school-variation': 'Llai o amrywio o fewn ysgolion',
    'staff-confidence': 'Hyder staff',
    'teaching-quality': 'Ansawdd yr addysgu',
    'professional-development': 'Dysgu proffesiynol',
    'staff-morale': 'Morâl staff',
    leadership: 'Arweinyddiaeth',
    'self-evaluation': 'Hunanwerthuso',
    'planning-priorities': 'Cynllunio a chanolbwyntio ar flaenoriaethau',
    'parents-governors-community': 'Rhieni, llywodraethwyr a’r gymuned',
  },
  impactNone: 'Dim wedi’i nodi eto.',
  addImpact: 'Ychwanegu nodyn effaith',
  addImpactLabel: {
    schools: 'Ychwanegu nodyn effaith ar gyfer ysgolion',
    staff: 'Ychwanegu nodyn effaith ar gyfer staff',
    organisation: 'Ychwanegu nodyn effaith ar gyfer y sefydliad',
    others: 'Ychwanegu nodyn effaith ar gyfer eraill',
  },
  noteArea: 'Maes yr effaith',
  noteText: 'Beth ydym wedi’i weld?',
  noteEvidence: 'Tystiolaeth',
  noteEvidenceHint: 'Beth sy’n ei ddangos: data, arsylwadau, yr hyn a ddywedodd staff, disgyblion neu rieni.',
  noteSchool: 'Pa ysgol?',
  noteSchoolTerm: 'Ysgol',
  noteWholePartnership: 'Y bartneriaeth gyfan',
  noteTextNone: 'Dim disgrifiad eto.',
  removeImpact: 'Dileu’r nodyn hwn',
  removeImpactLabel: 'Dileu’r nodyn hwn: {area}',
  removeConfirm: 'Dileu’r nodyn effaith hwn? Bydd yr hyn y mae’n ei ddweud yn cael ei ddileu.',
  removeYes: 'Ie, ei ddileu',
  removeNo: 'Ei gadw',
  removed: 'Dilëwyd y nodyn effaith.',

  nextStepsTitle: 'Camau nesaf',
  nextStepsNone: 'Heb ei ysgrifennu eto.',
};

export default cy;
