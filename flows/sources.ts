import type { Source } from '../src/engine/schema.ts';

// The sentences the flow's facts come from. Seeds are in ../shared/seeds/; pages were read from stored
// public copies on the date given (see ../shared/data/facts.md).

const staphorst = (quote: string): Source => ({ seed: '000_c63722179adb6a1a.txt', quote });
const flevoland = (quote: string): Source => ({ seed: '001_bbf42eed5c58e104.txt', quote });
const page = (url: string, quote: string): Source => ({ url, read: '2026-11-25', quote });

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
  belteam: staphorst(
    'Je kunt het team bereiken via het nummer (0522) 74 71 91 of door een mail te sturen naar oekraine@staphorst.nl',
  ),
  belteamRole: staphorst('Voor advies kunt u contact opnemen met het belteam Oekraïne van de gemeente Staphorst. Wij kunnen met je meedenken.'),
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
  flevolandMunicipalities: flevoland(
    'in samenwerking met de gemeenten Almere, Dronten, Lelystad, Noordoostpolder, Urk en Zeewolde',
  ),
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
  ontspoordeZorg: page(
    'https://huiselijkgeweld-ijsselland.nl/signalenkaart/',
    'ontspoorde of overbelaste (mantel)zorg',
  ),
  loverboy: page(
    'https://lastrada.md/en/media/comunicate-de-presa/traficantii-de-persoane-folosesc-metoda-loverboy-pentru-a-racola-moldovence-in-pro-123',
    'loverboy (someone who fakes love to exploit) — as recorded in shared/GLOSSARY.md, source L',
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
} satisfies Record<string, Source>;
