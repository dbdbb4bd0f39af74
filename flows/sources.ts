import type { Source } from '../src/engine/schema.ts';

// The sentences the flow's facts come from. Seeds are in ../shared/seeds/ (flows:check finds every seed
// quote in its seed, word for word); pages were read from stored public copies on the date given.
// `read` is the day someone last compared the fact with its source: contact cards show the newest one.

const SEEDS_READ = '2026-11-25';
const staphorst = (quote: string): Source => ({ seed: '000_c63722179adb6a1a.txt', read: SEEDS_READ, quote });
const flevoland = (quote: string): Source => ({ seed: '001_bbf42eed5c58e104.txt', read: SEEDS_READ, quote });
const page = (url: string, quote: string, read = '2026-11-25'): Source => ({ url, read, quote });
/** Pages read on 2026-11-27 for safe advice and the national contacts (shared/data/national-contacts.md). */
const pageRead = (url: string, quote: string): Source => page(url, quote, '2026-11-27');
/** Pages read on 2026-12-01 for safe-by-default advice, the first step and what each card says (issue 16). */
const pageRead1201 = (url: string, quote: string): Source => page(url, quote, '2026-12-01');
/** Pages read on 2026-12-02 for one first step per page and advice for the person themself (issue 23). */
const pageRead1202 = (url: string, quote: string): Source => page(url, quote, '2026-12-02');

export const source = {
  call112: staphorst('In gevallen van acute onveiligheid altijd bellen met 112'),
  feeling: staphorst('Het is goed om dit intuïtieve gevoel dat er iets niet klopt serieus te nemen.'),
  talkToSuspect: staphorst(
    'Ga, als het kan, in gesprek met de persoon waarvan je vermoed dat die grensoverschrijdend gedrag laat zien. Niet om te beschuldigen, maar stel open vragen om helder te krijgen of je gevoel zou kunnen kloppen.',
  ),
  speakUp: staphorst('Durf elkaar aan te spreken op onwenselijk gedrag.'),
  talkToVictim: staphorst('Ga in gesprek met het mogelijke slachtoffer. Vraag naar zijn of haar beleving.'),
  childSafely: staphorst(
    'Zorg uit voorzorg dat je nooit alleen in gesprek gaat met extra kwetsbaren zoals kinderen. Dit betekent geen 1 op 1 contact in een afgesloten ruimte of onoverzichtelijke omgeving.',
  ),
  anonymousAdvice: staphorst(
    'Je kunt Veilig Thuis ook bellen voor advies. Dit kan eventueel ook anoniem. Je hoeft dan de naam van de persoon waar je advies over wilt vragen niet te noemen.',
  ),
  belteam: staphorst('Je kunt het team bereiken via het nummer (0522) 74 71 91 of door een mail te sturen naar oekraine@staphorst.nl'),
  belteamRole: staphorst(
    'Voor advies kunt u contact opnemen met het belteam Oekraïne van de gemeente Staphorst. Wij kunnen met je meedenken.',
  ),
  vtIjsselland: staphorst(
    'Veilig Thuis kun je bereiken via het landelijk nummer 0800 – 2000, het regionummer (088 - 203 29 00) of per e-mail via info@vtij.nl.',
  ),
  vtIjssellandRole: staphorst(
    'Als er sprake is van (vermoedens) van geweld of mishandeling kun je contact opnemen met Veilig Thuis IJsselland.',
  ),
  crisisTeam: staphorst(
    'Het crisisteam van Veilig Thuis IJsselland is in het geval van een acute crisis ook na 17.00 uur bereikbaar op bovenstaande telefoonnummers.',
  ),
  mensenhandelMail: staphorst('Meld mensenhandel via mensenhandel@vtij.nl of neem telefonisch contact op met'),
  madelon: staphorst('Madelon de Jonge, zorgcoördinator mensenhandel: 06 - 11 41 40 26'),
  karin: staphorst('Karin Wielandt, aandachtsfunctionaris mensenhandel Veilig Thuis: 06 - 51 56 99 60'),
  femke: staphorst('Femke Langendijk, aandachtsfunctionaris mensenhandel Veilig Thuis: 088 - 203 29 00'),
  signalenkaart: staphorst(
    'In de signalenkaart is er een onderscheid gemaakt in doelgroepen 0-4, 4-12, 12–18 jaar en volwassenen op basis van expliciete verschillen in signalen en risicofactoren per groep.',
  ),
  signalenkaartThemes: staphorst(
    'De tabs ‘Mensenhandel’, ‘Loverboys’, ‘Schadelijke Traditionele Praktijken’, ‘Ontspoorde Zorg’ zijn niet gebonden aan leeftijd',
  ),
  boundary: staphorst(
    'Denk daarbij aan verbaal of fysiek geweld, discriminatie, intimidatie, machtsmisbruik en seksueel overschrijdend gedrag.',
  ),
  boundaryRisk: staphorst(
    'Er is een vergroot risico op dit soort overschrijdingen van grenzen voor mensen in een kwetsbare en afhankelijke positie, zoals in de situatie van veel vluchtelingen.',
  ),
  witness: staphorst('Kinderen die getuige zijn van geweld tussen ouders.'),
  physical: staphorst('Lichamelijk geweld: slaan, schoppen.'),
  sexual: staphorst('Seksueel geweld: ongewenste aanraking, dwingen tot seksuele handelingen, chantage via social media.'),
  psychological: staphorst('Geestelijk geweld: uitschelden, vernederen, dreigen met geweld.'),
  elder: staphorst('Ouderen mishandeling: slaan of verwaarlozen, geld afnemen.'),
  forcedMarriage: staphorst('Huwelijksdwang: gedwongen worden te trouwen.'),
  neglect: staphorst('Verwaarlozing: kinderen onthouden van noodzakelijke zorg (onder andere kleding, eten).'),
  honour: staphorst(
    'Eergerelateerd geweld: geestelijk of lichamelijk geweld om de eer van een familie te beschermen of herstellen, bijvoorbeeld omdat een jonge vrouw aan een gedwongen huwelijk probeert te ontkomen.',
  ),
  stalking: staphorst('Stalking: iemand bewust stelselmatig lastigvallen, waardoor die persoon zich niet meer veilig voelt.'),
  trafficking: staphorst(
    'Mensenhandel is onder andere het werven, vervoeren of opnemen en huisvesten van mensen met gebruik van dwang. Het doel van de mensenhandelaar is de uitbuiting van een persoon.',
  ),
  labour: staphorst(
    'Arbeidsuitbuiting: als iemand werkt en de inkomsten (gedeeltelijk) moet afdragen en/of in mensonterende omstandigheden moet werken.',
  ),
  sexualExploitation: staphorst(
    'Seksuele uitbuiting: als iemand gedwongen wordt om seks te hebben tegen betaling van geld, kleding of eten en dat moet afdragen aan de uitbuiter.',
  ),
  onlineExploitation: flevoland(
    'Ook online seksuele uitbuiting zoals gedwongen webcamseks of ongewenst verspreiden van intieme foto’s vallen hieronder',
  ),
  criminal: staphorst(
    'Criminele uitbuiting: als iemand gedwongen wordt om te bedelen, stelen of andere criminele activiteiten uit te voeren en de buit moet afdragen aan de uitbuiter.',
  ),
  organ: staphorst('Gedwongen orgaanverwijdering: hierbij wordt iemand gedwongen om zijn of haar organen af te staan.'),
  flevolandLine: flevoland('Heb je vermoedens van seksuele, arbeids- of criminele uitbuiting? Bel 24/7 naar 088 2220500.'),
  flevolandChat: flevoland('Of chat op maandag t/m vrijdag van 9 tot 17 uur.'),
  flevolandAnonymous: flevoland(
    'Iedereen in Flevoland, zowel inwoners als (zorg)professionals, kan vanaf 1 maart (al dan niet anoniem) meldingen maken en advies krijgen bij vermoedens van mensenhandel.',
  ),
  flevolandName: flevoland('Vanaf 1 maart 2024, fungeert Veilig Thuis Flevoland als het Advies- en Meldpunt Mensenhandel in de regio.'),
  flevolandMunicipalities: flevoland('in samenwerking met de gemeenten Almere, Dronten, Lelystad, Noordoostpolder, Urk en Zeewolde'),
  adviceWithoutRegistration: flevoland(
    'Naast het doen van een melding is het ook mogelijk om ons, zonder registratie van cliëntgegevens, te benaderen voor advies.',
  ),
  lkha: flevoland(
    'Het Landelijk Knooppunt Huwelijksdwang en Achterlating (LKHA) is het kennis en expertisecentrum op gebied van huwelijksdwang en achterlating.',
  ),
  lkhaWithVt: flevoland(
    'Daarbij werkt het LKHA nauw samen met gemeenten en Veilig Thuis (Advies- en Meldpunt Huiselijk Geweld en Kindermishandeling) dat de meldingen registreert, betrokkenen adviseert en de hulpverlening op gang brengt.',
  ),
  abandonment: flevoland(
    'Jaarlijks worden er jongeren gedwongen te trouwen en kinderen, vrouwen en jongeren achtergelaten in het buitenland.',
  ),
  lkhaWebsite: page(
    'https://www.huwelijksdwangenachterlating.nl/over-ons/wie-zijn-wij',
    'Het Landelijk Knooppunt Huwelijksdwang en Achterlating (LKHA) is een kennis- en expertisecentrum voor professionals.',
  ),
  lkhaVictims: page(
    'https://www.huwelijksdwangenachterlating.nl/over-ons/wie-zijn-wij',
    'Slachtoffers van huwelijksdwang en achterlating kunnen terecht bij de Veilig Thuis organisatie in hun regio.',
  ),
  nationalNumber: page(
    'https://www.rijksoverheid.nl/onderwerpen/huiselijk-geweld/vraag-en-antwoord/wat-moet-ik-doen-bij-huiselijk-geweld',
    'Het nummer 0800-2000 is gratis en alle dagen en alle uren bereikbaar.',
  ),
  nationalRouting: page(
    'https://www.rijksoverheid.nl/onderwerpen/huiselijk-geweld/vraag-en-antwoord/wat-moet-ik-doen-bij-huiselijk-geweld',
    'Als u belt, wordt u gevraagd om uw plaatsnaam in te spreken. Daarmee komt u vanzelf terecht bij de regionale organisatie bij u in de buurt.',
  ),
  nationalAnonymous: page(
    'https://www.rijksoverheid.nl/onderwerpen/huiselijk-geweld/vraag-en-antwoord/wat-moet-ik-doen-bij-huiselijk-geweld',
    'Als u wilt, kunt u anoniem blijven.',
  ),
  nationalDanger: page(
    'https://www.rijksoverheid.nl/onderwerpen/huiselijk-geweld/vraag-en-antwoord/wat-moet-ik-doen-bij-huiselijk-geweld',
    'Bent u in direct gevaar, bel dan 112.',
  ),
  meldcodeSteps: page(
    'https://www.augeo.nl/nl-nl/themas/meldcode/meldcode-stappenplan/',
    'Breng signalen in kaart; Overleg met een deskundige collega of Veilig Thuis; Praat met ouders en het kind; Weeg het geweld; Beslis: Is melden nodig? Is hulpverlening nodig?',
  ),
  meldcodeRecord: page(
    'https://signalenkaart.nl/meldcode/',
    'Breng de signalen die een vermoeden van huiselijk geweld of kindermishandeling bevestigen of ontkrachten in kaart en leg deze vast.',
  ),
  meldcodeWeigh: page(
    'https://www.augeo.nl/nl-nl/themas/meldcode/meldcode-stappenplan/',
    'Weeg het geweld — Vraag bij twijfel advies aan Veilig Thuis.',
  ),
  meldcodeDecide: page(
    'https://www.augeo.nl/nl-nl/themas/meldcode/meldcode-stappenplan/',
    'Als de situatie acuut of structureel onveilig is, doe je een melding bij Veilig Thuis en beslis je samen welke hulp je zelf kunt organiseren.',
  ),
  contactVtFirst: page(
    'https://www.augeo.nl/nl-nl/themas/meldcode/meldcode-stappenplan/',
    'Neem bij eergerelateerd geweld, huwelijksdwang of vrouwenbesnijdenis direct contact op met Veilig Thuis.',
  ),
  ontspoordeZorg: page('https://huiselijkgeweld-ijsselland.nl/signalenkaart/', 'ontspoorde of overbelaste (mantel)zorg'),
  loverboy: pageRead(
    'https://www.nji.nl/mensenhandel/definitie',
    'Loverboys zijn mensenhandelaren die proberen om jonge meisjes of jongens verliefd op hen te maken, of hen op een andere manier te manipuleren.',
  ),
  regionIjsselland: page(
    'https://github.com/minvws/nl-covid19-data-dashboard/blob/1705ac930e912d250e3b510a6609ef18da7d0f00/packages/common/src/data/gm.ts',
    "The 11 municipalities with vrCode 'VR04' (IJsselland). Veiligheidsregio, 2022; that VT IJsselland serves exactly these 11 is not confirmed on vtij.nl (shared/data/README.md).",
  ),
  regionFlevoland: page(
    'https://github.com/minvws/nl-covid19-data-dashboard/blob/1705ac930e912d250e3b510a6609ef18da7d0f00/packages/common/src/data/gm.ts',
    "The 6 municipalities with vrCode 'VR25' (Flevoland), the same six the seed names.",
  ),
  municipalities: page(
    'https://github.com/cartomap/nl/blob/01e3b4cea860e7bb5dc3bddbfff72d3e4f4709e6/wgs84/gemeente_2026.topojson',
    'statcode and statnaam of the 342 municipalities of the CBS indeling 2026 (shared/data/municipalities.csv)',
  ),
  // Safe advice (SPEC.md "Safe advice"): what a bystander, a professional or the person themselves should and should not do.
  avoidConfrontation: pageRead(
    'https://www.ikvermoedhuiselijkgeweld.nl/gevolgen-als-ik-iets-doe',
    'Als het echt onveilig is, bel dan 112. In andere gevallen, vermijd de directe confrontatie.',
  ),
  victimAlone: pageRead(
    'https://www.ikvermoedhuiselijkgeweld.nl/gevolgen-als-ik-iets-doe',
    'Als je zeker weet dat het slachtoffer alleen is, probeer dan om het gesprek aan te gaan.',
  ),
  neverTalkToStalker: pageRead(
    'https://www.slachtofferhulp.nl/Delicten/Stalking/Advies/',
    'Ga nooit een gesprek aan met de stalker. Ook niet als iemand wil bemiddelen.',
  ),
  stalkingDiary: pageRead(
    'https://www.slachtofferhulp.nl/Delicten/Stalking/Advies/',
    "Hou een 'dagboekje' bij en noteer hierin alle contacten en bijzonderheden met datum en omschrijving.",
  ),
  stalkingDocument: pageRead(
    'https://www.politie.nl/informatie/de-stalking-moet-stoppen.-wat-kan-ik-zelf-doen.html',
    'Documenteer de stalking.',
  ),
  noContactWithStalker: pageRead(
    'https://www.politie.nl/informatie/de-stalking-moet-stoppen.-wat-kan-ik-zelf-doen.html',
    'Houdt u daar vervolgens aan en neem zelf geen contact op met de stalker en reageer niet op diens contactpogingen.',
  ),
  noTalkWithoutExperts: pageRead(
    'https://www.lkah.nl/stap-3-ga-in-gesprek-met-betrokkenenn',
    'Overleg bij deze situaties eerst met een deskundige.',
  ),
  honourNoTalkWithoutExpert: pageRead(
    'https://www.meldcode.nu/stap-3-egg/',
    'Let op de veiligheid van het (potentiële) minderjarige slachtoffer en ga nooit het gesprek aan zonder voorafgaand overleg met een, op het gebied van eergerelateerd geweld, deskundige.',
  ),
  honourPrepareTalk: pageRead(
    'https://www.meldcode.nu/stap-3-egg/',
    'Bereid het eventuele gesprek altijd voor met een, op het gebied van eergerelateerd geweld deskundige collega, aandachtsfunctionaris of expert.',
  ),
  speakAlone: pageRead('https://mensenhandeltwente.nl/?p=608', 'Spreek iemand alleen! Als dat nodig is via een externe tolk.'),
  talkUnheard: pageRead(
    'https://www.nederlandwereldwijd.nl/huwelijksdwang',
    'Doe dat op een moment dat u veilig bent en kunt praten zonder dat iemand meeluistert.',
  ),
  babyCannotTell: pageRead(
    'https://www.slachtofferhulp.nl/seksueel-misbruik/en/Delicten/Misbruik-kinderen/',
    'Mogelijk kunt u niet met uw kind praten, omdat hij of zij nog een baby of peuter is. Wanneer u vermoedt dat uw kind seksueel misbruikt wordt, neemt u contact op met Veilig Thuis.',
  ),
  doNotQuestionChild: pageRead(
    'https://www.politie.nl/informatie/voor-professionals-over-seksueel-misbruik.html',
    'Is het slachtoffer een kind? Probeer het kind niet zelf uit te horen over het vermoedelijke misbruik.',
  ),
  openQuestions: pageRead(
    'https://www.slachtofferhulp.nl/Delicten/Misbruik-kinderen/Praten-met-uw-kind/',
    'Stel alleen open vragen. Een deel van het antwoord mag niet in de vraag doorklinken.',
  ),
  stayCalmListen: pageRead(
    'https://www.goudawijzer.nl/is/een-vraag-over-2/opvoeding/kindermishandeling/rustig-reageren',
    'Ook al is uw eerste reactie grote woede, het is belangrijk dat u naar het kind toe rustig blijft en luistert.',
  ),
  meldcodeSkipTalk: pageRead(
    'http://www.groningermeldcode.nl/de-meldcode-in-5-stappen/',
    'Voorop staat de veiligheid van u, de cliënt of andere direct betrokkenen. Als deze in het geding komt door het voeren van een gesprek, slaat u deze stap over.',
  ),
  vtLooksWithYou: pageRead(
    'https://www.rijksoverheid.nl/onderwerpen/huiselijk-geweld/vraag-en-antwoord/wat-moet-ik-doen-bij-huiselijk-geweld',
    'Deze hulpverlener zet alles voor u op een rij, beantwoordt uw vragen en geeft u advies. Samen met u kijkt de hulpverlener welke professionele hulp er nodig is.',
  ),

  // National contacts (SPEC.md "Contacts and routing"; shared/data/national-contacts.md).
  csgFree: pageRead('https://centrumseksueelgeweld.nl/en/faqs-about-sexual-violence/', 'Bel 0800-0188 Gratis (en anoniem)'),
  csgAlways: pageRead(
    'https://veiligthuiswb.nl/nieuws/centrum-seksueel-geweld-in-januari-van-start/',
    'Het Centrum Seksueel Geweld is 24/7 geopend voor acute en specialistische zorg aan slachtoffers van aanranding of verkrachting en is bereikbaar via 0800-0188 (gratis nummer) en www.centrumseksueelgeweld.nl.',
  ),
  csgSevenDays: pageRead(
    'https://www.rijksoverheid.nl/onderwerpen/huiselijk-geweld/vraag-en-antwoord/wat-moet-ik-doen-bij-huiselijk-geweld',
    'Hulp bieden aan slachtoffers is het belangrijkst in de eerste 7 dagen na het seksueel geweld.',
  ),
  csgForOthers: pageRead(
    'https://www.ggdfryslan.nl/over-ggd/nieuws/centrum-seksueel-geweld-start-landelijke-campagne/',
    'Is het niet voor jezelf, dan misschien wel voor een vriend of vriendin, je zoon, dochter, of bijvoorbeeld een leerling.',
  ),
  kindertelefoon: pageRead(
    'https://www.vriendenkindertelefoon.nl/kindertelefoon',
    'De Kindertelefoon is, al meer dan 40 jaar, de enige landelijke instantie in Nederland waar kinderen en jongeren van 8 tot 18 jaar 365 dagen per jaar gratis en anoniem kunnen bellen en chatten over grote en kleine problemen.',
  ),
  kindertelefoonNumber: pageRead(
    'https://www.vriendenkindertelefoon.nl/kindertelefoon',
    'De Kindertelefoon heeft één landelijk gratis nummer (0800-0432) dat goed bekend en vindbaar is voor kinderen en jongeren.',
  ),
  comensha: pageRead(
    'https://www.wegwijzermensenhandel.nl/zorgcoordinatoren/coordinatoren/comensha',
    'Via telefoon: 033 448 11 86 (van 09.00 tot 17.00 uur op maandag t/m vrijdag) Via e-mail: info@comensha.nl',
  ),
  comenshaOfficeHours: pageRead(
    'https://www.comensha.nl/actualiteiten/item/comensha-24-7-bereikbaar/',
    'Ketenpartners, particulieren en (mogelijke) slachtoffers kunnen al tijdens kantooruren (van 9.00 tot 17.00 uur) bij de helpdesk van CoMensha terecht met al hun vragen over mensenhandel en voor de registratie van alle slachtoffers.',
  ),
  comenshaRole: pageRead(
    'https://www.wegwijzermensenhandel.nl/zorgcoordinatoren/coordinatoren/comensha',
    'De landelijke helpdesk van CoMensha is bedoeld voor iedereen die te maken heeft met mensenhandel of er vragen over heeft.',
  ),
  traffickingPolice: pageRead(
    'https://www.wegwijzermensenhandel.nl/signaleren-van-mensenhandel/melden-van-mensenhandel',
    'U kunt een vermoeden van dwang of uitbuiting telefonisch melden bij de plaatselijke politie via 0900 8844.',
  ),
  policeNoEmergency: pageRead(
    'https://www.politie.nl/informatie/de-stalking-moet-stoppen.-wat-kan-ik-zelf-doen.html',
    'Bij spoed: 112 Geen spoed: 0900-8844',
  ),
  stalkingReport: pageRead('https://www.politie.nl/themas/stalking.html', 'Wanneer kan ik aangifte doen van stalking/belaging?'),
  stalkingPolice: pageRead('https://www.politie.nl/themas/stalking.html', 'Neem contact op met de politie via 0900-8844.'),
  labourInspectorate: pageRead(
    'https://www.wegwijzermensenhandel.nl/signaleren-van-mensenhandel/melden-van-mensenhandel',
    'U kunt een vermoeden van arbeidsuitbuiting telefonisch melden bij de Nederlandse Arbeidsinspectie via 0800 5151. Vanuit het buitenland kunt u bellen naar +31 70 333 44 44.',
  ),
  reportAnonymously: pageRead(
    'https://www.wegwijzermensenhandel.nl/signaleren-van-mensenhandel/melden-van-mensenhandel',
    'U kunt ook anoniem melden bij Meld Misdaad Anoniem of bij het Team Criminele Inlichtingen (TCI) van de Nederlandse Arbeidsinspectie.',
  ),
  meldMisdaadAnoniem: pageRead(
    'https://www.politie.nl/themas/meld-misdaad-anoniem.html',
    'Melden kan via het gratis telefoonnummer 0800-7000 of via het online meldformulier.',
  ),
  meldMisdaadAnoniemNoNumber: pageRead(
    'https://www.politie.nl/themas/meld-misdaad-anoniem.html',
    'M. ziet uw telefoonnummer of IP-adres niet;',
  ),
  foreignAffairs: pageRead(
    'https://www.nederlandwereldwijd.nl/huwelijksdwang',
    'Neem eerst telefonisch of per e-mail contact op met de Nederlandse ambassade via het nummer +31 247 247 247.',
  ),
  foreignAffairsAlways: pageRead(
    'https://www.nederlandwereldwijd.nl/achterlating',
    'Heeft u direct hulp nodig? Bel het contactcenter van NederlandWereldwijd: +31 247 247 247. 24 uur per dag, 7 dagen per week.',
  ),
  notFromAbroad: pageRead(
    'https://www.veiligthuisgv.nl/hulp-nodig/jonger-dan-18/huwelijksdwang-en-achterlating/',
    'Vanuit het buitenland kun je niet met ons 0800-2000 nummer bellen.',
  ),

  // Safe by default (SPEC.md "Safe advice", rewritten): read 2026-12-01.
  goodThatYouTold: pageRead1201(
    'https://www.goudawijzer.nl/is/een-vraag-over-2/opvoeding/kindermishandeling/rustig-reageren',
    'Vertel het kind dat u het heel goed vindt dat het kind dit aan u heeft verteld en dat u het serieus neemt.',
  ),
  notTheChildsFault: pageRead1201(
    'https://www.goudawijzer.nl/is/een-vraag-over-2/opvoeding/kindermishandeling/rustig-reageren',
    'Het is ook belangrijk dat u duidelijk maakt dat het kind helemaal geen schuld heeft aan wat er gebeurd is.',
  ),
  justListen: pageRead1201(
    'https://www.goudawijzer.nl/is/een-vraag-over-2/opvoeding/kindermishandeling/rustig-reageren',
    'Stel niet teveel vragen, maar blijf gewoon luisteren. U remt het kind af als u directe vragen stelt.',
  ),
  openInvitation: pageRead1201(
    'https://www.hartvannederland.nl/advies-en-tips/waarschuwen/artikelen/zo-praat-je-met-je-kind-over-mogelijk-seksueel-misbruik',
    'Laat het kind bepalen wat het vertelt en in welk tempo. Stel open vragen: wat wil je vertellen? Of: vertel eens?',
  ),
  noSuggestiveQuestions: pageRead1201(
    'https://www.hartvannederland.nl/advies-en-tips/waarschuwen/artikelen/zo-praat-je-met-je-kind-over-mogelijk-seksueel-misbruik',
    'Stel nooit beschuldigende of suggestieve vragen.',
  ),
  noSecrecyPromise: pageRead1201(
    'https://academiepratenmetkinderen.nl/tips/ik-zeg-het-alleen-als-jij-niks-zegt/',
    'Een lastige situatie, want als professional weet je dat je geen geheimhouding kunt beloven als er misschien ernstige dingen aan de hand zijn.',
  ),
  sayWhatYouWillDo: pageRead1201(
    'https://academiepratenmetkinderen.nl/tips/ik-zeg-het-alleen-als-jij-niks-zegt/',
    'Vertellen wat je wél kunt beloven werkt vaak beter: Als ik denk dat ik je niet in m’n eentje kan helpen, moet ik misschien met iemand overleggen. Maar dat zal ik altijd eerst met jou bespreken.',
  ),
  notOnYourOwn: pageRead1201(
    'https://academiepratenmetkinderen.nl/niet-verder-vertellen/',
    'Handel niet op eigen houtje. Ga niet ‘standaard’ meteen in gesprek met de ouders.',
  ),
  csgSevenDaysTraces: pageRead1201(
    'https://www.centrumseksueelgeweld.nl/category/in-de-media/',
    'Bij voorkeur geeft het CSG binnen zeven dagen professionele hulp, omdat dit de kans op medische en psychische problemen aanzienlijk verkleint. Ook heeft de politie veel meer kans om een dader te vinden, als er binnen een week sporenonderzoek wordt gedaan.',
  ),
  csgTracesWithinSevenDays: pageRead1201(
    'https://seksuelegezondheidoostnederland.nl/centra-seksueel-geweld-oost-nederland/',
    'Bij voorkeur meldt het slachtoffers zich zo spoedig mogelijk na het geweld, binnen 7 dagen. Dan kunnen er nog sporen veilig worden gesteld.',
  ),
  csgAfterSevenDays: pageRead1201(
    'https://seksuelegezondheidoostnederland.nl/centra-seksueel-geweld-oost-nederland/',
    'Ook slachtoffers die langer geleden seksueel geweld hebben meegemaakt, kunnen zich melden bij het CSG. De hulp concentreert zich dan voornamelijk op medisch en psychosociaal gebied.',
  ),
  csgForOthersToo: pageRead1201(
    'https://seksuelegezondheidoostnederland.nl/centra-seksueel-geweld-oost-nederland/',
    'Het nummer is niet alleen voor slachtoffers bedoeld, maar ook voor hulpverleners en de omgeving van het slachtoffer.',
  ),
  csg24x7: pageRead1201(
    'https://www.centrumseksueelgeweld.nl/category/in-de-media/',
    'Het CSG is 24/7 bereikbaar op het telefoonnummer 0800-0188',
  ),
  noWashing: pageRead1201(
    'https://www.ggd.amsterdam.nl/informatie/handelen-recente/?print=true',
    'Niet douchen, of wassen op de plekken waar je bent betast',
  ),
  noChangingClothes: pageRead1201('https://www.ggd.amsterdam.nl/informatie/handelen-recente/?print=true', 'Niet omkleden'),
  helpwantedOffers: pageRead1201(
    'http://www.helpwanted.nl/en',
    'You can chat with Helpwanted, reach us by telephone on 020 – 261 52 75, or by e-mail on [email protected]. Free and anonymous.',
  ),
  helpwantedRole: pageRead1201(
    'https://www.helpwanted.nl/informatie-voor-scholieren-en-studenten',
    'Wij zijn een (anonieme) hulplijn waar men terecht kan voor eerste hulp bij online seksueel misbruik.',
  ),
  helpwantedAnonymousChat: pageRead1201(
    'https://www.helpwanted.nl/informatie-voor-scholieren-en-studenten',
    'Je kunt anoniem met ons chatten. En als je ons de accountnaam van de dader doorgeeft, kunnen we ervoor zorgen dat het betreffende socialmediaplatform z’n account verwijdert.',
  ),
  helpwantedForOthers: pageRead1201(
    'https://www.helpwanted.nl/informatie-voor-scholieren-en-studenten',
    'Ook ouders, docenten en andere opvoeders kunnen bij Helpwanted.nl terecht met vragen over online seksueel misbruik.',
  ),
  helpwantedEnglish: pageRead1201(
    'http://www.helpwanted.nl/en',
    "If you don't speak Dutch, you can communicate with us in English, or use a translate-program to talk to us.",
  ),
  helpwantedOfflimits: pageRead1201(
    'https://helpwanted.nl/privacy-disclaimer',
    'Helpwanted is onderdeel van Offlimits en bestaat sinds 2007.',
  ),
  notYourFaultOnline: pageRead1201('http://www.helpwanted.nl/en', 'Always remember: it’s not your fault!'),
  sextortionBlockDontPay: pageRead1201(
    'https://nos.nl/artikel/2308738-jongeren-afgeperst-wie-betaalt-vanwege-een-naaktfoto-is-gemiddeld-650-euro-kwijt.html',
    'Net als het Openbaar Ministerie, adviseert ook Helpwanted.nl om de afperser te blokkeren en niet te betalen.',
  ),
  sextortionEvidence: pageRead1201(
    'https://www.ditisookmensenhandel.nl/sextortion/',
    'Het is belangrijk zoveel mogelijk bewijs te verzamelen, dit kan je helpen wanneer je naar de politie gaat om aangifte te doen. Verwijder en blokkeer de afperser vervolgens overal op.',
  ),
  sextortionNeverComply: pageRead1201('https://www.ditisookmensenhandel.nl/sextortion/', 'Geef nooit gehoor aan de eisen van de afperser.'),
  childImagesCrime: pageRead1201(
    'https://strafrechtzaken.nl/zeden/kinderporno-art-240b-sr/',
    '1. Met gevangenisstraf van ten hoogste vier jaren of geldboete van de vijfde categorie wordt gestraft degene die een afbeelding – of een gegevensdrager, bevattende een afbeelding – van een seksuele gedraging, waarbij iemand die kennelijk de leeftijd van achttien jaar nog niet heeft bereikt, is betrokken of schijnbaar is betrokken, verspreidt, aanbiedt, openlijk tentoonstelt, vervaardigt, invoert, doorvoert, uitvoert, verwerft, in bezit heeft of zich door middel van een geautomatiseerd werk of met gebruikmaking van een communicatiedienst de toegang daartoe verschaft.',
  ),
  neverWithoutTheirAgreement: pageRead1201(
    'https://www.huwelijksdwangenachterlating.nl/praktische-tips-voor-vrienden-en-familie',
    'Breng je vriend(in) niet in gevaar: doe nooit iets zonder overleg met haar/hem.',
  ),
  callVtTogether: pageRead1201(
    'https://www.huwelijksdwangenachterlating.nl/praktische-tips-voor-vrienden-en-familie',
    'Bel samen naar Veilig Thuis (telefoonnummer 0800-2000)',
  ),
  noTalkWithParentsHonour: pageRead1201(
    'https://kis.nl/vraag-en-antwoord/wat-kan-de-sociale-professional-doen-tegen-huwelijksdwang',
    'Zo vervalt het gesprek met de ouders bij eergerelateerd geweld, omdat dit gevaar kan opleveren voor de jongere.',
  ),
  beforeTravel: pageRead1201(
    'https://www.ikvermoedhuiselijkgeweld.nl/achterlating',
    'Twijfel niet en neem op tijd actie. Eenmaal in het buitenland, is het moeilijker om terug te keren.',
  ),
  beforeTravelAdvice: pageRead1201(
    'https://www.ikvermoedhuiselijkgeweld.nl/achterlating',
    'Zoek iemand die je vertrouwt. Of vraag (anoniem) advies aan Veilig Thuis (0800-2000).',
  ),
  stayInTheNetherlands: pageRead1201(
    'https://www.nederlandwereldwijd.nl/achterlating',
    'Bent u bang dat u wordt gedwongen te trouwen of achtergelaten wordt in het buitenland? Vraag (anoniem) hulp en probeer in Nederland te blijven.',
  ),
  meldcodeLaw: pageRead1201(
    'https://www.rijksoverheid.nl/documenten/richtlijnen/2017/07/28/afwegingskader-in-de-meldcode-huiselijk-geweld-en-kindermishandeling',
    'Dit basisdocument is bedoeld voor beroepsgroepen die onder de Wet verplichte meldcode huiselijk geweld en kindermishandeling vallen. Per 1 januari 2019 zijn professionals verplicht te werken met een afwegingskader in de meldcode.',
  ),
  meldcodeSectors: pageRead1201(
    'https://www.ggdtwente.nl/professionals/voor-onderwijs-en-kinderopvang/kindermishandeling-en-huiselijk-geweld',
    'Iedereen die beroepsmatig met kinderen en gezinnen werkt, moet met een meldcode werken. Het gaat om organisaties binnen de gezondheidszorg, onderwijs, kinderopvang, maatschappelijke ondersteuning, jeugdzorg en justitie.',
  ),
  aandachtsfunctionaris: pageRead1201(
    'https://www.augeo.nl/nl-nl/meldcode/wat-moet-ik-doen/aandachtsfunctionaris/',
    'Collega’s kunnen bij jou terecht voor vragen, je adviseert hen en begeleidt hen bij het nemen van vervolgstappen bij een vermoeden van mishandeling of huiselijk geweld.',
  ),
  volunteersNoMeldcode: pageRead1201(
    'https://www.veiligthuisnml.nl/veel-gestelde-vragen/2de-vraag/',
    'Nee. Vrijwilligersorganisaties zijn niet verplicht te beschikken over een meldcode.',
  ),
  volunteerTellsContact: pageRead1201(
    'https://expertisecentrum-hgkm.nl/vrijwilligers-en-de-meldcode/',
    'Vrijwilliger bespreekt de zorgen met de contactpersoon van de betreffende vrijwilligersorganisatie. Bij voorkeur vraagt de contactpersoon advies aan Veilig Thuis Midden Brabant 0800 – 20 00.',
  ),
  adviceRecordsNothing: pageRead1201(
    'https://www.veiligthuisnoordoostgelderland.nl/anoniem-melden/',
    'Professionals kunnen hun vragen en zorgen anoniem voorleggen. Bij een adviesvraag noteert Veilig Thuis geen gegevens van de betrokkenen.',
  ),
  adviceIsAnonymous: pageRead1201(
    'https://www.veiligthuisnoordoostgelderland.nl/wat-gebeurt-er-als-er-wordt-gebeld/',
    'Adviesvragen worden altijd anoniem behandeld. Dit kunnen vragen zijn van bijvoorbeeld psychologen, leerkrachten of omstanders die niet weten hoe ze moeten reageren op een situatie.',
  ),
  vtDecidesNextSteps: pageRead1201(
    'https://www.veiligthuisnoordoostgelderland.nl/wat-gebeurt-er-als-er-wordt-gebeld/',
    'Daarna wordt per situatie gekeken wat logische vervolgstappen zijn: volstaat het om alleen advies te geven of moet er een melding worden gedaan?',
  ),
  callerNotNamed: pageRead1201(
    'https://www.kinderbescherming.nl/voor-kind-en-ouder/problemen-thuis/maakt-u-zich-zorgen-over-een-kind',
    'Het is mogelijk om anoniem te blijven, zodat het gezin waarover u zorgen heeft, niet weet dat u dit heeft gemeld.',
  ),
  vtForChildren: pageRead1201(
    'https://www.kinderbescherming.nl/voor-kind-en-ouder/problemen-thuis/maakt-u-zich-zorgen-over-een-kind',
    'Iedereen kan contact opnemen: ouders en kinderen, maar ook buren, familie, leraar of huisarts.',
  ),
  kindertelefoonChat: pageRead1201(
    'https://www.vriendenkindertelefoon.nl/kindertelefoon',
    'De Kindertelefoon heeft één landelijk gratis nummer (0800-0432) dat goed bekend en vindbaar is voor kinderen en jongeren. Ook de chat en website zijn landelijk georganiseerd.',
  ),
  kindertelefoonAges: pageRead1201(
    'https://www.trouw.nl/binnenland/veertig-jaar-kindertelefoon-van-eitjes-bakken-tot-cyberpesten~b4c12d36/',
    'Hoewel acht- tot achttienjarigen zich nog druk maken om dezelfde thema’s, levert dat nu andere vragen op dan in 1979.',
  ),
  kindertelefoonHours: pageRead1201(
    'https://www.ikvermoedhuiselijkgeweld.nl/kindermishandeling',
    'Als je jonger bent dan 18 jaar: ga naar de Kindertelefoon of bel: 0800-0432 (elke dag: 11:00 - 21:00).',
  ),
  kindertelefoonHours2019: pageRead1201(
    'https://www.metronieuws.nl/in-het-nieuws/2019/09/hoera-de-kindertelefoon-bestaat-40-jaar',
    'Zij zijn iedere dag bereikbaar tussen 11 en 21 uur.',
  ),
  trustedAdult: pageRead1201(
    'https://jeugdjournaal.nl/artikel/2246098-kindermishandeling-wat-kun-je-doen.html?ext=html',
    'Als je zelf mishandeld wordt of als je denkt dat een klasgenootje of buurtgenoot mishandeld wordt: vertel het dan aan een volwassene die je vertrouwt.',
  ),
  orCallKindertelefoon: pageRead1201(
    'https://jeugdjournaal.nl/artikel/2246098-kindermishandeling-wat-kun-je-doen.html?ext=html',
    'Als je dat niet durft, of als een vervelende gebeurtenis juist is gekomen door iemand in jouw omgeving, kun je bellen of chatten met de Kindertelefoon.',
  ),
  lkhaProfessionals: pageRead1201(
    'https://www.huwelijksdwangenachterlating.nl/over-ons/wie-zijn-wij',
    'Het Landelijk Knooppunt Huwelijksdwang en Achterlating (LKHA) is een kennis- en expertisecentrum voor professionals. Medewerkers van Veilig Thuis, Veiligheidshuizen, Raad voor de Kinderbescherming en hulpverleners in het werkveld kunnen bij ons terecht voor informatie, advies en ondersteuning bij de aanpak van huwelijksdwang en achterlating.',
  ),
  lkhaAbroad: pageRead1201(
    'https://www.huwelijksdwangenachterlating.nl/over-ons/wie-zijn-wij',
    'We helpen slachtoffers van huwelijksdwang en achterlating in het buitenland terug te keren naar Nederland. We werken daarbij samen met het ministerie van Buitenlandse Zaken.',
  ),
  meldMisdaadAnoniemFor: pageRead1201(
    'https://www.politie.nl/themas/meld-misdaad-anoniem.html',
    'Soms wilt u iets over een ernstig misdrijf melden zonder dat uw naam bekend wordt.',
  ),
  meldMisdaadAnoniemNotPolice: pageRead1201(
    'https://www.politie.nl/themas/meld-misdaad-anoniem.html',
    'M. is geen onderdeel van de politie. De onafhankelijke stichting NL Confidential exploiteert het meldpunt.',
  ),
  supportParents: pageRead1201(
    'https://www.regelhulp.nl/ik-heb-hulp-nodig/ingrijpen-bij-een-onveilig-thuis',
    "Denkt u dat er 'iets' aan de hand is? Praat dan met het kind. Of met de ouders. Een onveilig thuissituatie of kindermishandeling komt vaak door onmacht.",
  ),
  supportFamily: pageRead1201(
    'https://ggdnog.nl/kindermishandeling',
    'Praat met het kind zelf of met de ouders. Besef je dat kindermishandeling vaak het gevolg is van onmacht. Je kunt al helpen door er te zijn voor het gezin.',
  ),
  supportStillCallVt: pageRead1201(
    'https://www.regelhulp.nl/ik-heb-hulp-nodig/ingrijpen-bij-een-onveilig-thuis',
    'Neem contact op met het Advies- en meldpunt Veilig Thuis: 0800 - 2000.',
  ),
  carerNotOnPurpose: pageRead1201(
    'https://www.rotterdam.nl/verborgen-leed-mantelzorger',
    'Bij ontspoorde mantelzorg is er geen sprake van opzet bij de mantelzorger.',
  ),
  supportCarers: pageRead1201(
    'https://www.elburg.nl/Zorg_en_welzijn/Zorg_en_ondersteuning/Campagne_Verborgen_Leed/Verborgen_Leed_mantelzorger',
    'Praat met de mantelzorger zelf; vraag hoe het gaat en of je kunt helpen.',
  ),
  vtChatEverywhere: pageRead1201(
    'https://www.veiligthuisgv.nl/veelgestelde-vragen/',
    'Ja, de chat is bij alle 26 Veilig Thuis organisaties beschikbaar.',
  ),
  vtChatHours: pageRead1201(
    'https://www.veiligthuisgv.nl/veelgestelde-vragen/',
    'Je kunt van maandag tot en met vrijdag van 9:00 tot 17:00 uur chatten met Veilig Thuis. Op alle andere momenten kan je ook bellen met Veilig Thuis via 0800 2000.',
  ),
  vtChatAnonymous: pageRead1201('https://www.veiligthuisgv.nl/veelgestelde-vragen/', 'Het chatten met Veilig Thuis is volledig anoniem.'),
  vtChatAddress: pageRead1201(
    'https://www.regiogv.nl/nieuws/chatfunctie-veilig-thuis-verlengd/?bron=1739',
    'De chatfunctie is bereikbaar op de website via www.veiligthuis.nl.',
  ),
  passportKept: pageRead1201(
    'https://www.nlarbeidsinspectie.nl/onderwerpen/herkennen-en-melden-arbeidsuitbuiting',
    'niet kunnen beschikken over hun ID/eigen paspoort;',
  ),
  passportKeptSigns: pageRead1201(
    'https://www.informatiepuntmensenhandel.nl/info-mensenhandel/wat-zijn-de-signalen',
    'hij/zij niet kan beschikken over zijn/haar eigen paspoort;',
  ),

  // One first step per page, and words for the person themself (issue 23): read 2026-12-02.
  adviceNotRegistered: pageRead1202(
    'https://www.veiligthuisutrecht.nl/meer-informatie/over-verwaarlozing-en-geweld/',
    'Wil je anoniem advies vragen? Dat kan. Wij registreren geen persoonsgegevens wanneer je voor advies contact met ons opneemt.',
  ),
  anonymousReportSuspicion: pageRead1202(
    'https://www.veiligthuisnoordoostgelderland.nl/anoniem-melden/',
    'Anoniem melden heeft als consequentie dat betrokkenen over wie de melding gaat, wantrouwig worden naar hun sociale omgeving. Of sterker: ze verdenken een verkeerd persoon, die de melding bij Veilig Thuis heeft gedaan.',
  ),
  vtDecidesAfterReport: pageRead1202(
    'https://www.ikvermoedhuiselijkgeweld.nl/gevolgen-als-ik-iets-doe',
    'Bij elke melding die binnenkomt beoordeelt Veilig Thuis eerst de veiligheid van de betrokkenen. Op basis hiervan besluit Veilig Thuis of ze de melding door kan sturen naar een lokale hulpverlener.',
  ),
  vtWithYou: pageRead1202(
    'https://www.veiligthuisgv.nl/veelgestelde-vragen/',
    'Het uitgangspunt is dat Veilig Thuis alle stappen die er genomen moeten worden in samenwerking met u doet.',
  ),
  vtWithoutAgreement: pageRead1202(
    'https://www.veiligthuisgv.nl/veelgestelde-vragen/',
    'Lukt dat niet dan kan Veilig Thuis ook onderzoek doen zonder dat de betrokkenen het daarmee eens zijn, wanneer dit nodig is voor de veiligheid van kinderen of volwassenen.',
  ),
  vtInConsultation: pageRead1202(
    'https://www.omropfryslan.nl/nijs/961719-veilig-thuis-fryslan-no-ek-berikber-fia-chat-foar-slachtoffers-huslik-geweld',
    'Tijdens het chatten zal Veilig Thuis - als dat gewenst is - helpen bij het formuleren van een melding waarbij acties om het geweld te stoppen altijd in afstemming worden gedaan.',
  ),
  deleteCalledNumber: pageRead1202(
    'https://www.veiligthuisgv.nl/veelgestelde-vragen/',
    'Let er wel op dat u het laatst gebelde nummer uit het geheugen van uw (mobiele) telefoon wist.',
  ),
  callFromAnotherPhone: pageRead1202(
    'https://zorg.bergen.nl/is/een-vraag-over-2/zorg-en-ondersteuning/geweld-of-overlast/huiselijk-geweld',
    'Als u mobiel belt, wis het nummer dan wel uit het geheugen. Of bel eventueel met de telefoon van iemand anders.',
  ),
  call112Acute: pageRead1202(
    'https://nederweert24.nl/2017/02/11/europese-dag-alarmnummer-112-wanneer-bel-112',
    'Dit is op het moment dat er acuut mensen in gevaar zijn en/of er mogelijk op heterdaad mensen kunnen worden aangehouden.',
  ),
  call112Witness: pageRead1202(
    'https://nederweert24.nl/2017/02/11/europese-dag-alarmnummer-112-wanneer-bel-112',
    'Ook als je hoort of ziet dat iemand wordt mishandeld of wanneer jongeren een bushokje vernielen kun je 112 bellen.',
  ),
  disclosureReported: pageRead1202(
    'https://www.augeo.nl/nl-nl/themas/meldcode/veilig-thuis/',
    'Ook als een slachtoffer zelf vertelt over onveiligheid thuis (een disclosure doet), meldt de professional dat.',
  ),
  talkToParentsAdvice: pageRead1202(
    'https://www.augeo.nl/nl-nl/themas/meldcode/veilig-thuis/',
    'Vanaf een eerste vermoeden kunnen zij advies vragen: is het terecht dat ik me zorgen maak? Hoe kan ik mijn zorgen bespreken met ouders?',
  ),
  tellBeforeReporting: pageRead1202(
    'https://www.augeo.nl/nl-nl/themas/meldcode/veilig-thuis/',
    'Professionals bespreken in principe altijd met de cliënt dat zij van plan zijn een melding te doen bij Veilig Thuis.',
  ),
  openReportingUnless: pageRead1202(
    'https://veiligthuisgelderlandzuid.nl/voor-professionals/ik-wil-iets-melden/',
    'Om die reden vragen wij je om jouw zorgen met de betrokkene(n) te bespreken (conform stap 3 van de meldcode) en hen te informeren dat je een melding gaat doen. Op dit uitgangspunt kunnen drie uitzonderingen zijn:',
  ),
  openReportingChildSafety: pageRead1202(
    'https://veiligthuisgelderlandzuid.nl/voor-professionals/ik-wil-iets-melden/',
    'De veiligheid van het gemelde kind of andere gezinsleden in het gezin wordt bedreigd.',
  ),
  openReportingOwnSafety: pageRead1202(
    'https://veiligthuisgelderlandzuid.nl/voor-professionals/ik-wil-iets-melden/',
    'Jouw eigen veiligheid of die van collega’s wordt bedreigd.',
  ),
  reportWhenHelpFallsShort: pageRead1202(
    'https://handelingsprotocol.nl/utrecht-kz-stap-5-hulp-of-melden',
    '3. Ben ik in staat effectieve hulp te bieden of organiseren om dreiging van (toekomstig) huiselijk geweld en/of kindermishandeling af te wenden?',
  ),
  reportWhenHelpRefused: pageRead1202(
    'https://handelingsprotocol.nl/utrecht-kz-stap-5-hulp-of-melden',
    '4. Aanvaarden de betrokkenen hulp om dreiging van (toekomstig) huiselijk geweld en/of kindermishandeling af te wenden en zijn zij bereid zich hiervoor in te zetten?',
  ),
  reportWhenHelpTooSlow: pageRead1202(
    'https://handelingsprotocol.nl/utrecht-kz-stap-5-hulp-of-melden',
    '5. Leidt de hulp binnen de gewenste termijn tot de noodzakelijke resultaten ten aanzien van de veiligheid en/of het welzijn (herstel) van alle betrokkenen?',
  ),
  helpGoesOn: pageRead1202(
    'https://www.handelingsprotocol.nl/utrecht-ggzj-evaluatie-2/als-zorgen-blijven',
    'Uw verantwoordelijkheid op basis van de Wet meldcode houdt niet op bij het doen van een melding of het doorverwijzen naar hulp/behandeling.',
  ),
  proAskVtFirstForcedMarriage: pageRead1202(
    'https://veiligthuishollandsmidden.nl/huwelijksdwang-en-achterlating/',
    'Bij huwelijksdwang en achterlating is het belangrijk dat je eerst (anoniem) contact opneemt met Veilig Thuis voor advies voordat je in gesprek gaat met de jongere.',
  ),
  csgAfterSevenDaysCall: pageRead1202(
    'https://www.omroepbrabant.nl/nieuws/4215310/meld-seksueel-geweld-zo-snel-mogelijk-het-is-niet-jouw-schuld',
    'Maar ook als het langer dan zeven dagen geleden is, kunnen mensen ons bellen.',
  ),
  constantControl: pageRead1202(
    'https://www.dinkelland.nl/huiselijk-geweld',
    'In gezinnen en relaties is ruzie normaal, maar fysiek geweld, stilzwijgen, scheldpartijen, seksuele dwang en constante controle zijn dat niet.',
  ),
  controlContacts: pageRead1202('http://sociaalpleindelfzijl.nl/huiselijk-geweld', 'u verbieden contact te hebben met anderen;'),
  controlWhereabouts: pageRead1202('http://sociaalpleindelfzijl.nl/huiselijk-geweld', 'voortdurend nagaan waar u bent en wat u doet.'),
  stalkingSayStop: pageRead1202(
    'https://www.politie.nl/informatie/de-stalking-moet-stoppen.-wat-kan-ik-zelf-doen.html',
    'Zeg stop. Geef één keer heel kort en duidelijk aan dat het gedrag van de stalker ongewenst is, dat u wilt dat het stopt en dat u niet meer zal reageren op contactpogingen.',
  ),
  stalkingGoToPolice: pageRead1202(
    'https://www.politie.nl/nieuws/2021/mei/16/08-man-aangehouden-op-verdenking-van-stalking-bedreiging-en-mishandeling.html',
    'Als u zich zorgen maakt over het risico dat u mogelijk loopt, bespreek dan uw zorgen met anderen en neem zo snel mogelijk contact op met de wijkagent of iemand anders van de politie.',
  ),
  loverboyOlderPeople: pageRead1202('https://www.hetckm.nl/zelf-mensenhandel-herkennen/', 'omgang oudere mensen'),
  loverboyRides: pageRead1202('https://www.hetckm.nl/zelf-mensenhandel-herkennen/', 'gehaald en gebracht met scooter of auto'),
  loverboyClothesMoney: pageRead1202('https://www.hetckm.nl/zelf-mensenhandel-herkennen/', 'ineens dure kleding / geld'),
  loverboyNights: pageRead1202('https://www.hetckm.nl/zelf-mensenhandel-herkennen/', 'nachtelijke ‘bijbaantjes’'),
  loverboyGifts: pageRead1202(
    'https://meldpuntloverboyproblematiektwente.nl/informatie/omgeving/',
    'Het hebben van meerdere telefoons, het krijgen van absurd veel cadeaus of het hebben van onverklaarbaar veel geld kunnen signalen zijn dat er iets mis is.',
  ),
  sextortionScreenshotMessages: pageRead1202(
    'https://bonaire.nu/2023/08/31/korps-politie-caribisch-nederland-waarschuwt-voor-sextortion/',
    'Wat je wel kunt doen is de persoon overal te blokkeren en verwijderen en zoveel mogelijk bewijs verzamelen. Dit kun je doen door screenshots te maken van berichten die je ontvangt.',
  ),
  sextortionReport: pageRead1202(
    'https://bonaire.nu/2023/08/31/korps-politie-caribisch-nederland-waarschuwt-voor-sextortion/',
    'Van sextortion kun je aangifte doen.',
  ),
  doNotSpreadImages: pageRead1202(
    'https://www.politie.nl/informatie/dit-kunt-u-doen-als-u-kinderporno-tegenkomt-op-het-internet.html',
    'Ga niet zelf actief op zoek naar kinderporno en doe niet mee aan verspreiding hiervan. Dit is strafbaar.',
  ),
  helpwantedRemovesImages: pageRead1202(
    'http://www.helpwanted.nl/en',
    'Helpwanted can assist you in removing your images and/or personal information from the internet.',
  ),
  helpwantedNoContact: pageRead1202(
    'https://www.helpwanted.nl/informatie-voor-scholieren-en-studenten',
    'Er is sprake van online seksueel misbruik wanneer seksueel getint beeldmateriaal wordt gebruikt om je te manipuleren, misleiden of te schande te maken.',
  ),
  tellAnAdultOutside: pageRead1202(
    'https://geentaboes.marokko.nl/index.php?ref=hababam&nav=qa&cid=9&qid=453',
    'In dat geval kunnen jonge mensen hulp zoeken bij een vertrouwenspersoon. Dit kan soms een docent zijn, een huisarts, een goede bekende of iemand die men vertrouwt.',
  ),
  kindertelefoonAnonymous: pageRead1202(
    'https://www.kindertelefoon.nl/privacy-telefoon',
    'Wij weten niet wie jij bent en dat hoef je ons ook niet te vertellen.',
  ),
} satisfies Record<string, Source>;
