/**
 * Testun `<spp-strengths-directory>` yn Gymraeg. Considered choices: "strength to share":
 * "cryfder i’w rannu" (plural "cryfderau i’w rhannu"), masculine: "dau gryfder", "tri chryfder",
 * "chwe chryfder"; "school": "ysgol", feminine: "dwy ysgol", "tair ysgol"; "review cycle": "cylch
 * adolygu" (masculine: "dau gylch", "tri chylch"). Nothing ranks or grades a school: every school
 * gives and receives.
 */
import { cyPlural, type Translation } from '../shared/strings';
import type { strengthsDirectoryStrings } from './strengths-directory.strings';

const cy: Translation<typeof strengthsDirectoryStrings> = {
  heading: 'Cryfderau i’w rhannu',
  intro:
    'Arfer a ganfuwyd gan adolygiadau gan gymheiriaid ac a gytunwyd gan yr ysgolion lletyol. Pan fydd gweithdy gwella yn trefnu cymorth, dewch o hyd i ysgol y mae ei chryfder yn cyfateb i’r angen, a’i hawgrymu.',
  loading: 'Wrthi’n llwytho’r cryfderau…',
  notConnected: 'Nid yw’r cyfeiriadur hwn wedi’i gysylltu â storfa a phartneriaeth eto.',
  notSignedIn: 'Mewngofnodwch i weld y cryfderau y gall ysgolion {partnership} eu rhannu.',
  notMember: 'Nid ydych yn aelod o {partnership}, felly nid yw cryfderau ei hysgolion yn cael eu dangos yma.',
  listFailed: 'Nid oedd modd darllen y cryfderau. {reason}',
  tryAgain: 'Ceisio eu darllen eto',
  empty: 'Nid oes cryfderau i’w rhannu eto. Byddant yn ymddangos yma unwaith y bydd ysgol wedi cytuno ar ganfyddiadau ei hadolygiad gan gymheiriaid.',

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
      zero: 'Nid oes dim ar goll o’r cyfeiriadur.',
      one: 'Nid yw unrhyw gryfderau sydd ynddo yn y cyfeiriadur. Mae wedi’i adael yn union fel y cafodd ei gadw: gofynnwch i bwy bynnag sy’n gofalu am eich storfa ei wirio.',
      two: 'Nid yw unrhyw gryfderau sydd ynddynt yn y cyfeiriadur. Maent wedi’u gadael yn union fel y cawsant eu cadw: gofynnwch i bwy bynnag sy’n gofalu am eich storfa eu gwirio.',
      few: 'Nid yw unrhyw gryfderau sydd ynddynt yn y cyfeiriadur. Maent wedi’u gadael yn union fel y cawsant eu cadw: gofynnwch i bwy bynnag sy’n gofalu am eich storfa eu gwirio.',
      many: 'Nid yw unrhyw gryfderau sydd ynddynt yn y cyfeiriadur. Maent wedi’u gadael yn union fel y cawsant eu cadw: gofynnwch i bwy bynnag sy’n gofalu am eich storfa eu gwirio.',
      other: 'Nid yw unrhyw gryfderau sydd ynddynt yn y cyfeiriadur. Maent wedi’u gadael yn union fel y cawsant eu cadw: gofynnwch i bwy bynnag sy’n gofalu am eich storfa eu gwirio.',
    }),
    item: 'Y cofnod a gadwyd fel “{key}”: {reason}',
  },

  search: {
    label: 'Chwilio’r cryfderau',
    hint: 'Teipiwch un gair neu ragor, fel “darllen” neu “teuluoedd”. Mae cryfder yn cael ei ddangos pan fydd pob gair yn ymddangos ynddo neu yn enw ei ysgol.',
    clear: 'Clirio’r chwilio',
    noResults: 'Rhowch gynnig ar lai o eiriau, neu eiriau eraill am yr un peth.',
  },
  count: {
    all: cyPlural({
      zero: 'Dim cryfderau.',
      one: '1 cryfder gan {schools}.',
      two: 'Dau gryfder gan {schools}.',
      few: 'Tri chryfder gan {schools}.',
      many: 'Chwe chryfder gan {schools}.',
      other: '{count} cryfder gan {schools}.',
    }),
    found: cyPlural({
      zero: 'Nid oes cryfderau’n cyfateb i “{query}”.',
      one: 'Mae 1 cryfder yn cyfateb i “{query}”, gan {schools}.',
      two: 'Mae dau gryfder yn cyfateb i “{query}”, gan {schools}.',
      few: 'Mae tri chryfder yn cyfateb i “{query}”, gan {schools}.',
      many: 'Mae chwe chryfder yn cyfateb i “{query}”, gan {schools}.',
      other: 'Mae {count} cryfder yn cyfateb i “{query}”, gan {schools}.',
    }),
    schools: cyPlural({ zero: 'dim ysgolion', one: '1 ysgol', two: 'dwy ysgol', few: 'tair ysgol', many: 'chwe ysgol', other: '{count} ysgol' }),
  },

  school: {
    yourSchool: 'Eich ysgol chi',
    offers: cyPlural({ zero: 'dim cryfderau', one: '1 cryfder', two: 'dau gryfder', few: 'tri chryfder', many: 'chwe chryfder', other: '{count} cryfder' }),
  },
  offer: {
    agreedIn: 'Cytunwyd yn adolygiad gan gymheiriaid {year}',
    suggest: 'Awgrymu’r ysgol hon',
    suggestFor: ': {school}, ar gyfer “{strength}”',
    suggested: 'Awgrymwyd {school} ar gyfer cymorth: “{strength}”.',
    suggestedMark: 'Wedi’i hawgrymu',
  },
};

export default cy;
