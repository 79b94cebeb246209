/**
 * The default SPP enquiry framework in Welsh, keyed by the pack's stable ids (`spp-default`), and
 * the practice continuum. Part of the cy locale only.
 *
 * Considered choices:
 * - "I ba raddau…" for "to what extent / how far": the enquiry form Welsh self-evaluation uses;
 *   "how well do we know" becomes "pa mor drylwyr" or "i ba raddau yr ydym yn gwybod", so no
 *   question uses "da" (an inspection grade word in Welsh as "good" is in English).
 * - special educational needs and disabilities (SEND) → "anghenion dysgu ychwanegol (ADY)", the
 *   term schools in Wales use since the ALN Act.
 * - professional development → "dysgu proffesiynol"; wellbeing → "llesiant"; outcomes →
 *   "deilliannau"; vulnerable → "agored i niwed"; groups of pupils → "carfanau o ddisgyblion".
 * - strong practice → "arfer effeithiol" (not "ardderchog" or "rhagorol", which grade).
 * - embedded → "wedi ymwreiddio".
 */
import type { FrameworkText } from '../framework/localise';
import type { PracticeText } from './locale';

export const cyDefaultFramework: FrameworkText = {
  name: 'Fframwaith ymholi SPP',
  areas: {
    'each-others-improvement': {
      title: 'Ymrwymiad i wella ein gilydd',
      summary:
        'Mae pob ysgol yn y bartneriaeth yn rhannu cyfrifoldeb am wella pob ysgol arall: drwy roi amser ac arbenigedd, dysgu gan ei gilydd a gweithredu ar ôl adolygiadau.',
    },
    'beliefs-and-behaviours': {
      title: 'Ymrwymiad i newid credoau ac ymddygiadau',
      summary:
        'Mae ysgolion yn gadael i dystiolaeth, yn hytrach nag arferiad neu dybiaeth, benderfynu ble i ganolbwyntio, ac yn cydweithio ar y blaenoriaethau addysgu a gwella y maent yn eu rhannu.',
    },
    'ways-of-partnership': {
      title: 'Ymrwymiad i ddatblygu ffyrdd o weithio mewn partneriaeth',
      summary:
        'Mae partneriaid yn meithrin yr ymddiriedaeth, y didwylledd a’r ffyrdd o weithio y cytunwyd arnynt sy’n caniatáu iddynt gefnogi a herio ei gilydd, a bod yn atebol i’w gilydd am yr hyn a wnânt.',
    },
    pupils: {
      title: 'Ymrwymiad i ddisgyblion',
      summary:
        'Nod popeth y mae’r bartneriaeth yn ei wneud yw gwell dysgu, llesiant a deilliannau i ddisgyblion, yn enwedig y rhai sydd dan anfantais neu’n agored i niwed.',
    },
  },
  aims: {
    'aim-shared-responsibility': 'Mae ysgolion yn gweld gwella pob ysgol yn y bartneriaeth fel cyfrifoldeb y maent yn ei rannu.',
    'aim-sharing-practice': 'Caiff arfer effeithiol mewn un ysgol ei chanfod, ei chydnabod a’i rhannu, fel ei bod yn newid arfer mewn ysgolion eraill.',
    'aim-follow-up':
      'Mae adolygiadau yn arwain at weithredu: caiff cynnydd ei wirio ar ôl pob adolygiad, a chaiff cymorth gan ysgolion eraill ei drefnu lle mae’n helpu.',
    'aim-engaging-staff': 'Mae athrawon a staff eraill, nid uwch arweinwyr yn unig, yn cymryd rhan yn yr adolygiad ac yn y gwaith gwella sy’n dilyn.',
    'aim-using-evidence': 'Defnyddir data a gwybodaeth ehangach am ein hysgolion i benderfynu ble y bydd ymdrech yn gwneud y gwahaniaeth mwyaf i ddisgyblion.',
    'aim-shared-pedagogy': 'Mae ysgolion partner yn nodi agweddau ar addysgu a dysgu y maent i gyd am eu cryfhau, ac yn eu datblygu gyda’i gilydd.',
    'aim-shared-priorities': 'Mae’r bartneriaeth yn cytuno ar nifer fach o flaenoriaethau gwella sy’n gyffredin iddi, ac yn gweithredu arnynt ar y cyd.',
    'aim-trust-based-accountability':
      'Mae ysgolion yn atebol i’w gilydd drwy ymddiriedaeth ac ymrwymiadau y maent wedi cytuno arnynt, yn hytrach na thrwy bwysau allanol.',
    'aim-openness': 'Mae diwylliant y bartneriaeth, a diwylliant pob ysgol, yn galluogi pobl i fod yn onest am yr hyn nad yw’n gweithio eto.',
    'aim-agreed-ways':
      'Mae memorandwm cyd-ddealltwriaeth, y cytunwyd arno gan bob partner, yn nodi sut y byddant yn cefnogi ac yn herio ei gilydd, ac yn atebol i’w gilydd.',
    'aim-outcomes': 'Mae adolygu gan gymheiriaid yn cyfrannu at gyflawniad disgyblion ac at y deilliannau y mae pob ysgol wedi’u pennu ar gyfer ei disgyblion ei hun.',
    'aim-inclusion':
      'Mae pob disgybl yn elwa ar yr hyn y mae’r bartneriaeth yn ei wneud, gan gynnwys disgyblion sydd dan anfantais, sy’n agored i niwed neu sydd ag anghenion dysgu ychwanegol.',
    'aim-families': 'Mae rhieni, gofalwyr a’r gymuned ehangach yn bartneriaid yn nysgu disgyblion ac ym mywyd yr ysgol.',
  },
  questions: {
    'pr-shared-responsibility': {
      text: 'I ba raddau yr ydym yn ystyried gwelliant pob ysgol yn fater i bob un ohonom, nid i’r ysgol honno yn unig?',
      prompts: [
        'Adegau pan roddodd un ysgol amser ei harweinwyr neu ei hathrawon i helpu ysgol arall',
        'Sut mae amserlen yr adolygiadau yn sicrhau bod pob ysgol yn cael ei hadolygu ac yn adolygu eraill',
      ],
    },
    'pr-reciprocity': {
      text: 'I ba raddau y mae pob ysgol, beth bynnag fo’i chyd-destun neu ei hanes, yn cyfrannu at y bartneriaeth ac yn elwa arni?',
      prompts: ['Pa ysgolion sydd wedi croesawu adolygiad, wedi adolygu ac wedi cynnig cymorth eleni', 'A oes unrhyw ysgol sydd bob amser yn rhoi yn unig, neu’n derbyn yn unig'],
    },
    'pr-sharing-practice': {
      text: 'Pa mor glir yw ein darlun o ble mae’r arfer fwyaf effeithiol yn ein partneriaeth, ac i ba raddau y mae ei rhannu yn arwain at newidiadau mewn mannau eraill?',
      prompts: ['Cryfderau a gofnodwyd mewn adolygiadau, a’r hyn a ddigwyddodd iddynt', 'Newid mewn un ysgol a ddechreuodd gydag ymweliad ag ysgol arall'],
    },
    'sr-learning-from-others': {
      text: 'I ba raddau yr ydym yn edrych y tu hwnt i’n hysgol ein hunain am syniadau, ac yn addasu’r hyn a ganfyddwn i ddatblygu ein harfer?',
      prompts: ['Ymweliadau, prosiectau ar y cyd neu hyfforddiant a rennir gydag ysgolion partner', 'Rhywbeth a wnawn yn wahanol erbyn hyn oherwydd ysgol arall'],
    },
    'pr-follow-up': {
      text: 'I ba raddau y gweithredir ar yr hyn y mae pob adolygiad yn ei ganfod, gyda chynnydd yn cael ei wirio a chymorth yn cael ei drefnu rhwng ysgolion lle byddai’n helpu?',
      prompts: ['Gweithdai gwella a chyfarfodydd gwirio cynnydd ar ôl 90 diwrnod a gynhaliwyd mewn pryd', 'Cymorth a gynigiwyd gan un ysgol i ysgol arall ar ôl adolygiad'],
    },
    'pr-engaging-teachers': {
      text: 'I ba raddau yr ydym yn cynnwys athrawon ar draws ein hysgolion yn yr adolygu gan gymheiriaid ac mewn gweithredu ar y flaenoriaeth wella sy’n deillio ohono?',
      prompts: ['Pwy a gymerodd ran mewn adolygiadau a gweithdai eleni', 'Sut y clywodd athrawon am y flaenoriaeth wella, a sut y gwnaethant ei llunio'],
    },
    'sr-staff-involvement': {
      text: 'I ba raddau y mae staff ar bob lefel yn cymryd rhan wrth edrych ar ein harfer a phenderfynu ar beth y dylem weithio nesaf?',
      prompts: ['Sut y cyfrannodd staff at yr hunanwerthusiad hwn', 'Rhan arweinwyr canol wrth bennu ac arwain blaenoriaethau'],
    },
    'sr-self-knowledge': {
      text: 'Pa mor drylwyr yr ydym yn adnabod ein hysgol ein hunain: i ba raddau y mae ein barn am ei chryfderau a’i chamau nesaf yn seiliedig ar dystiolaeth o fwy nag un ffynhonnell?',
      prompts: [
        'Y cymysgedd o dystiolaeth y tu ôl i’r hunanwerthusiad hwn: data, gwaith disgyblion, yr hyn y mae disgyblion, staff a rhieni yn ei ddweud',
        'Rhywle lle gwnaeth y dystiolaeth ein synnu neu newid ein meddwl',
      ],
    },
    'pr-evidence-focus': {
      text: 'I ba raddau yr ydym yn defnyddio’r data a gyfunwn, a’r hyn a wyddom am ein hysgolion y tu hwnt i’r data, i benderfynu gyda’n gilydd pa ddisgyblion sydd fwyaf angen ein sylw?',
      prompts: ['Yr wybodaeth y cytunwyd i’w rhannu â’n gilydd', 'Penderfyniad a wnaeth y bartneriaeth oherwydd gwybodaeth a rannwyd'],
    },
    'pr-shared-pedagogy': {
      text: 'I ba raddau yr ydym wedi nodi agwedd ar addysgu y mae ein holl ysgolion am ei datblygu, ac i ba raddau yr ydym yn ei datblygu gyda’n gilydd?',
      prompts: [
        'Hyfforddiant ar y cyd, sesiynau hyfforddi unigol neu grwpiau ymholi ar draws ysgolion',
        'Newidiadau mewn ystafelloedd dosbarth y mae partneriaid yn eu disgrifio yn yr un ffordd',
      ],
    },
    'sr-teaching-consistency': {
      text: 'I ba raddau y gwelir y dulliau addysgu y cytunwyd arnynt fel ysgol ar draws dosbarthiadau, grwpiau blwyddyn a phynciau?',
      prompts: [
        'Yr hyn y mae teithiau dysgu, llyfrau disgyblion a sgyrsiau gyda disgyblion yn ei ddangos',
        'Ble mae’r dulliau y cytunwyd arnynt i’w gweld fwyaf a lleiaf, a pham',
      ],
    },
    'sr-professional-learning': {
      text: 'I ba raddau y mae dysgu proffesiynol ein staff yn gysylltiedig â’n blaenoriaethau, ac i ba raddau y mae’n newid yr hyn sy’n digwydd mewn ystafelloedd dosbarth?',
      prompts: ['Sut mae’r hyfforddiant a’r sesiynau hyfforddi eleni yn cysylltu â’r cynllun gwella', 'Newid mewn arfer a ddechreuodd gyda dysgu proffesiynol'],
    },
    'pr-shared-priorities': {
      text: 'I ba raddau yr ydym yn gwybod beth yw blaenoriaethau gwella ein gilydd, ac i ba raddau yr ydym yn gweithredu gyda’n gilydd ar y rhai sy’n gyffredin i ni?',
      prompts: ['Blaenoriaethau a rannwyd mewn cyfarfodydd partneriaeth', 'Gwaith ar flaenoriaeth gyffredin sy’n cynnwys mwy nag un ysgol'],
    },
    'sr-improvement-planning': {
      text: 'I ba raddau y mae ein cynllun gwella wedi’i seilio ar yr hyn y mae ein hunanwerthuso yn ei ddweud wrthym, ac yn canolbwyntio ar ychydig o flaenoriaethau y mae staff yn eu deall ac yn eu rhannu?',
      prompts: ['Y cysylltiad rhwng yr hunanwerthusiad hwn a’r cynllun presennol', 'Sut y byddai staff yn disgrifio blaenoriaethau’r ysgol yn eu geiriau eu hunain'],
    },
    'pr-mutual-accountability': {
      text: 'I ba raddau yr ydym yn teimlo y gallwn holi ein gilydd am gynnydd ar y camau gweithredu y cytunwyd arnynt, a chael ein holi yn ein tro?',
      prompts: ['Sut yr adroddir yn ôl i bartneriaid ar gynnydd y camau gweithredu', 'Achlysur pan ofynnodd partner gwestiwn treiddgar a bod hynny wedi helpu'],
    },
    'sr-leadership-challenge': {
      text: 'I ba raddau y mae arweinwyr ar bob lefel, gan gynnwys llywodraethwyr, yn cefnogi ac yn holi ei gilydd mewn ffyrdd sy’n cadw’r ffocws ar wella arfer?',
      prompts: ['Sut mae arweinwyr yn holi ei gilydd am y camau gweithredu y cytunwyd arnynt', 'Cwestiynau y mae llywodraethwyr wedi’u gofyn, a’r hyn a ddaeth ohonynt'],
    },
    'pr-honest-conversations': {
      text: 'I ba raddau y gallwn siarad yn agored â’n gilydd am y pethau y mae angen i ni eu gwella fwyaf?',
      prompts: ['Meysydd i’w harchwilio y dewisodd ysgolion eu rhannu, nid cryfderau yn unig', 'Sut y derbyniwyd negeseuon anodd ar ôl adolygiadau'],
    },
    'sr-open-culture': {
      text: 'I ba raddau y mae diwylliant ein hysgol yn caniatáu i staff ddweud beth nad yw’n gweithio a rhoi cynnig ar ddulliau newydd heb ofni cael y bai?',
      prompts: ['Yr hyn y mae staff yn ei ddweud mewn arolygon neu sgyrsiau am godi pryderon', 'Syniad a ddaeth gan staff ac y rhoddwyd cynnig arno'],
    },
    'pr-agreed-ways': {
      text: 'I ba raddau y mae’r ffordd o weithio y cytunwyd arni yn disgrifio’r hyn a ddisgwyliwn gan ein gilydd, ac i ba raddau yr ydym yn cadw ati yn ymarferol?',
      prompts: [
        'Y memorandwm cyd-ddealltwriaeth a’r cytundeb rhannu data, a phryd yr edrychwyd arnynt ddiwethaf',
        'Adeg pan gyfeiriwyd yn ôl at yr hyn y cytunwyd arno',
      ],
    },
    'pr-outcomes-impact': {
      text: 'I ba raddau y gallwn olrhain newidiadau yn nysgu a deilliannau disgyblion i’n hadolygiadau gan gymheiriaid a’r cymorth a’u dilynodd?',
      prompts: [
        'Mesurau y dewisodd pob ysgol eu monitro ar ôl ei hadolygiad',
        'Yr hyn a ddangosodd y cyfarfodydd gwirio cynnydd ar ôl 90 diwrnod am yr effaith ar ddisgyblion',
      ],
    },
    'sr-curriculum': {
      text: 'I ba raddau y mae ein cwricwlwm yn datblygu gwybodaeth a sgiliau mewn trefn fwriadol y gall pob disgybl ei dilyn a chymryd rhan ynddi?',
      prompts: ['Cynlluniau’r cwricwlwm a sut mae arweinwyr pwnc yn esbonio trefn y dysgu', 'Yr hyn y gall disgyblion ei gofio a’i gysylltu o ddysgu cynharach'],
    },
    'sr-attendance-behaviour': {
      text: 'I ba raddau y mae ein dulliau o ran presenoldeb ac ymddygiad yn helpu pob disgybl i fod yn yr ysgol, yn gartrefol ac yn barod i ddysgu?',
      prompts: [
        'Patrymau presenoldeb ac ymddygiad dros amser, gan gynnwys ar gyfer carfanau o ddisgyblion',
        'Yr hyn y mae disgyblion yn ei ddweud am deimlo’n ddiogel ac yn gartrefol',
      ],
    },
    'sr-group-gaps': {
      text: 'I ba raddau yr ydym yn gwybod pa garfanau o ddisgyblion sy’n cyflawni llai nag eraill, a beth sydd y tu ôl i’r gwahaniaethau?',
      prompts: [
        'Gwybodaeth am garfanau fel disgyblion dan anfantais a disgyblion ag anghenion dysgu ychwanegol (ADY)',
        'Yr hyn a ganfuom am y rhesymau, y tu hwnt i’r niferoedd',
      ],
    },
    'sr-inclusion': {
      text: 'I ba raddau y mae disgyblion ag anghenion dysgu ychwanegol, a disgyblion sy’n wynebu anfantais, yn cymryd rhan lawn yn nysgu a bywyd yr ysgol?',
      prompts: ['Pa mor eang y mae gwahanol garfanau yn manteisio ar glybiau, teithiau a chyfrifoldebau', 'Sut mae’r addysgu’n cael ei addasu fel y gall disgyblion gymryd rhan'],
    },
    'sr-pupil-voice': {
      text: 'I ba raddau y mae barn disgyblion eu hunain yn llywio sut yr ydym yn deall ac yn gwella eu profiad o’r ysgol?',
      prompts: ['Sgyrsiau, arolygon neu grwpiau disgyblion, a’r hyn a newidiodd o’u herwydd'],
    },
    'sr-parents-carers': {
      text: 'I ba raddau yr ydym yn cynnwys rhieni a gofalwyr wrth ddeall a chefnogi dysgu eu plant?',
      prompts: ['Yr hyn y mae rhieni a gofalwyr yn ei ddweud wrthym, a sut yr ymatebwyd', 'Ffyrdd y mae teuluoedd yn cymryd rhan yn nysgu eu plant'],
    },
  },
};

/** The "how far is this part of our practice" continuum: it describes practice, never people, and is not a grade. */
export const cyPractice: PracticeText = {
  question: 'I ba raddau y mae hyn yn rhan o’n harfer?',
  levels: {
    'not-yet': {
      label: 'Ddim yn rhan o’n harfer eto',
      description: 'Nid ydym wedi dechrau ar hyn eto, neu mae’n dal ar gam syniadau a sgyrsiau.',
    },
    beginning: {
      label: 'Yn dechrau dod yn rhan o’n harfer',
      description: 'Rydym wedi dechrau: mae’n digwydd mewn rhai mannau neu ar rai adegau, ac rydym yn dysgu beth sy’n gweithio.',
    },
    developing: {
      label: 'Yn datblygu yn ein harfer',
      description: 'Mae’n digwydd yn y rhan fwyaf o fannau y rhan fwyaf o’r amser, ac rydym yn gweithio i’w wneud yn gyson.',
    },
    embedded: {
      label: 'Wedi ymwreiddio yn ein harfer',
      description: 'Dyma sut rydym yn gweithio: yn gyson, yn gynaliadwy ac yn cael ei wirio’n rheolaidd, ac rydym yn parhau i’w fireinio.',
    },
  },
};
