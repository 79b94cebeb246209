/**
 * Testun `<spp-self-review>` yn Gymraeg: the self-review's text in Welsh, loaded on demand.
 *
 * Considered choices (matching core's cy.ts):
 * - self-review: "hunanwerthuso" (Estyn's term); the submitted document: "hunanwerthusiad".
 * - peer review: "adolygiad gan gymheiriaid"; its focus: "ffocws yr adolygiad gan gymheiriaid".
 * - "how far is this part of our practice": core's continuum question, "I ba raddau y mae hyn yn
 *   rhan o’n harfer?", so the widget and the exports ask it in the same words.
 * - evidence notes: "nodiadau tystiolaeth"; pre-review meeting: "cyfarfod cyn yr adolygiad".
 * - "Submit": "Cyflwyno" (TermCymru), as Hwb's forms write it.
 * Non-judgemental as the English: a school says how far something is part of its practice.
 */
import { cyPlural, type Translation } from '../shared/strings';
import type { selfReviewStrings } from './self-review.strings';

const cy: Translation<typeof selfReviewStrings.table> = {
  locale: 'cy',
  title: 'Hunanwerthuso',
  titleFor: 'Hunanwerthuso: {school}',
  intro:
    'Ystyriwch i ba raddau y mae pob rhan o’ch arfer lle rydych am iddi fod, nodwch y dystiolaeth sydd gennych, a dewiswch beth hoffech i’r adolygiad gan gymheiriaid edrych arno. Mae popeth rydych yn ei deipio yn cael ei gadw wrth i chi fynd.',
  frameworkNote: 'Cwestiynau o {framework}, fel y mae eich partneriaeth yn ei ddefnyddio.',

  progressLabel: 'Atebwyd {answered} o {total} cwestiwn',
  progressHint: 'Mae cwestiwn wedi’i ateb unwaith y byddwch wedi dewis i ba raddau y mae’n rhan o’ch arfer.',
  navLabel: 'Rhannau’r hunanwerthuso',
  navAreaCount: 'Atebwyd {answered} o {total}',
  navFocus: 'Y ffocws arfaethedig a chyflwyno',
  navOther: 'Atebion eraill a gadwyd',
  noQuestions: 'Nid oes gan fframwaith eich partneriaeth gwestiynau hunanwerthuso ar hyn o bryd.',

  aim: 'Nod: {aim}',
  levelQuestion: 'I ba raddau y mae hyn yn rhan o’n harfer? (dewisol)',
  clearLevel: 'Clirio’r dewis hwn',
  clearLevelContext: 'ar gyfer y cwestiwn hwn',
  evidence: 'Nodiadau tystiolaeth',
  promptsIntro: 'Tystiolaeth y gallech ei defnyddio:',
  informsFocus: 'Dylai hyn lywio ffocws yr adolygiad gan gymheiriaid',
  hiddenMarker:
    'Nid yw yn y pecyn cwestiynau y mae eich partneriaeth yn ei ddefnyddio mwyach. Mae’n cael ei ddangos am fod ateb iddo, sy’n cael ei gadw; nid oes modd ei newid yma.',
  rewordedMarker: 'Geiriad eich partneriaeth.',

  levelTerm: 'I ba raddau y mae hyn yn rhan o’n harfer',
  levelNone: 'Heb ei ddewis',
  evidenceNone: 'Dim tystiolaeth wedi’i nodi.',
  informsFocusYes: 'Wedi’i nodi i lywio ffocws yr adolygiad gan gymheiriaid.',

  otherTitle: 'Atebion eraill a gadwyd gyda’r hunanwerthusiad hwn',
  otherIntro:
    'Mae’r atebion hyn yn perthyn i gwestiynau nad ydynt yn fframwaith eich partneriaeth mwyach. Maent yn cael eu cadw a’u dangos yma, ac nid oes modd eu newid.',
  unknownQuestion: 'Cwestiwn nad yw yn y fframwaith mwyach ({id})',

  readOnlyTitle: 'Gallwch ddarllen yr hunanwerthusiad hwn ond nid ei newid.',
  notSharedTitle: 'Nid yw’r hunanwerthusiad hwn wedi’i rannu â chi',
  stageNote: 'Mae’r cylch adolygu hwn bellach ar gam “{stage}”, felly mae’r hunanwerthusiad yn cael ei ddangos fel y cafodd ei gyflwyno.',
  stageNoteNotSubmitted: 'Mae’r cylch adolygu hwn ar gam “{stage}”.',
  submittedBy: 'Cyflwynwyd gan {name} ar {date}.',
  submittedOn: 'Cyflwynwyd ar {date}.',
  someone: 'rhywun nad yw yn y bartneriaeth mwyach',

  focusTitle: 'Cynnig ffocws ar gyfer yr adolygiad gan gymheiriaid',
  focusIntro:
    'Dewiswch y cwestiynau yr hoffech i’r tîm adolygu edrych arnynt gyda chi, a dywedwch mewn ychydig eiriau pam. Mae’r adolygydd arweiniol a’ch pennaeth yn mireinio’r ffocws gyda’i gilydd yn y cyfarfod cyn yr adolygiad.',
  focusQuestions: 'Cwestiynau i’r adolygiad gan gymheiriaid edrych arnynt',
  focusNone:
    'Nid oes cwestiynau wedi’u nodi eto. Ticiwch “Dylai hyn lywio ffocws yr adolygiad gan gymheiriaid” o dan unrhyw gwestiwn uchod a bydd yn cael ei restru yma.',
  focusSummary: 'Crynodeb o’r ffocws arfaethedig',
  focusSummaryHint: 'Beth hoffech i’r adolygiad edrych arno, a pham nawr?',
  focusReadOnlyTitle: 'Y ffocws arfaethedig',
  focusReadOnlyNone: 'Nid oes ffocws wedi’i gynnig eto.',
  focusSummaryNone: 'Dim crynodeb wedi’i ysgrifennu eto.',

  submitTitle: 'Cyflwyno’r hunanwerthusiad',
  submit: 'Cyflwyno’r hunanwerthusiad',
  notReady: 'Ddim yn barod i’w gyflwyno eto: {reason}',
  confirmTitle: 'Cyflwyno’r hunanwerthusiad nawr?',
  confirmAnswered: 'Atebwyd {answered} o {total} cwestiwn.',
  // "cwestiwn" is masculine: "dau gwestiwn", "tri chwestiwn", "chwe chwestiwn".
  confirmFocus: cyPlural({
    zero: 'Y ffocws arfaethedig: dim cwestiynau.',
    one: 'Y ffocws arfaethedig: 1 cwestiwn.',
    two: 'Y ffocws arfaethedig: dau gwestiwn.',
    few: 'Y ffocws arfaethedig: tri chwestiwn.',
    many: 'Y ffocws arfaethedig: chwe chwestiwn.',
    other: 'Y ffocws arfaethedig: {count} cwestiwn.',
  }),
  confirmMovesOn: 'Mae cyflwyno yn symud y cylch adolygu hwn ymlaen i gam “{stage}”.',
  confirmLocks: 'Wedyn, nid oes modd newid yr atebion yma mwyach.',
  confirmYes: 'Ydw, cyflwyno’r hunanwerthusiad',
  confirmNo: 'Ddim eto',
  submittedTitle: 'Mae’r hunanwerthusiad wedi’i gyflwyno',
};

export default cy;
