/**
 * Testun `<spp-provider>` yn Gymraeg. "Service": "gwasanaeth"; "store": "storfa" (feminine:
 * "y storfa"); "sign in": "mewngofnodi" (TermCymru).
 */
import type { Translation } from '../shared/strings';
import type { providerStrings } from './provider.strings';

const cy: Translation<typeof providerStrings.table> = {
  partnershipMissing: 'Ni chafwyd hyd i bartneriaeth o’r enw “{id}”.',
  noStoreYet:
    'Nid oes storfa wedi’i rhoi i’r teclynnau hyn eto, ac nid yw’r bartneriaeth “{id}” yn storfa’r porwr hwn. Byddant yn cysylltu cyn gynted ag y bydd y dudalen yn rhoi ei storfa iddynt.',
  connecting: 'Wrthi’n cysylltu â’r gwasanaeth adolygu gan gymheiriaid…',
  serverUnreachable:
    'Nid oes modd cyrraedd y gwasanaeth adolygu gan gymheiriaid, ac nid oes dim ohono wedi’i gadw ar y ddyfais hon i chi eto. Gwiriwch y cysylltiad: mae’r dudalen hon yn ceisio eto ar ei phen ei hun.',
  signedOut: 'Nid ydych wedi mewngofnodi i’r gwasanaeth adolygu gan gymheiriaid. {message}',
  forbidden: 'Ni fydd y gwasanaeth adolygu gan gymheiriaid yn agor y bartneriaeth hon i chi. {message}',
  notTheService: 'Atebodd rhywbeth heblaw’r gwasanaeth adolygu gan gymheiriaid yn y cyfeiriad hwn. Gwiriwch gyfeiriad y gweinydd a roddwyd i’r dudalen hon.',
};

export default cy;
