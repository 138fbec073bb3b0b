// Word classes the entity finder reasons with: given names, common words, titles, and the heads that type a name.
import nlp from 'compromise';
import givenNamesFile from '../kb/given-names.json';
import { MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS } from '../language/words';

const compromiseLexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;

const NAME_TAGS = /^(?:FirstName|MaleName|FemaleName)$/;
const PROPER_TAGS = /^(?:FirstName|MaleName|FemaleName|LastName|Person|Place|City|Region|Country|Organization|SportsTeam|ProperNoun|Demonym)$/;
const VERB_TAGS = /^(?:PastTense|PresentTense|Infinitive|Gerund|Copula|Modal|Participle|PhrasalVerb|Verb|Auxiliary)$/;
const FUNCTION_TAGS = /^(?:Determiner|Preposition|Conjunction|Pronoun|Adverb|QuestionWord|Possessive|Negative|Condition|Copula|Modal)$/;

const givenNames = new Set<string>([
  ...givenNamesFile.names.map((n) => n.toLowerCase()),
  ...Object.entries(compromiseLexicon).filter(([, t]) => [t].flat().some((x) => NAME_TAGS.test(x))).map(([w]) => w),
]);

function tagsOf(word: string): string[] {
  const tags = compromiseLexicon[word.toLowerCase()];
  return tags === undefined ? [] : [tags].flat();
}

export function isGivenName(word: string): boolean {
  return givenNames.has(word.toLowerCase());
}

/** A word English uses in lowercase ("Residents", "But", "Houses"), so capitalized it only opens a sentence. */
export function isCommonWord(word: string): boolean {
  const tags = tagsOf(word);
  return tags.length > 0 && !tags.some((t) => PROPER_TAGS.test(t));
}

export function isVerbLike(word: string): boolean {
  return tagsOf(word).some((t) => VERB_TAGS.test(t)) || /(?:ed|ing)$/.test(word)
    || (/s$/.test(word) && tagsOf(word.slice(0, -1)).some((t) => VERB_TAGS.test(t)));
}

/** A lowercase common noun ("spokesman", "subscribers", "time"), the head a name before it modifies. */
export function isPlainNoun(word: string): boolean {
  if (!/^\p{Ll}/u.test(word) || isVerbLike(word)) return false;
  const tags = tagsOf(word);
  if (tags.length) return tags.every((t) => /^(?:Singular|Plural|Uncountable|Noun|Actor)$/.test(t));
  return !/s$/.test(word) || /(?:ers|ors|ists|ians|men|ies)$/.test(word);
}

const FINITE_TAGS = /^(?:PastTense|PresentTense|Copula|Modal|Gerund|Participle|Auxiliary|Determiner|Preposition|Conjunction|Pronoun|Adverb|QuestionWord)$/;

/** A lowercase word read as a noun after "the <Name>" ("format", "talks"): "the Kremlin said" has a verb there instead. */
export function isNounAfterName(word: string): boolean {
  return /^\p{Ll}+$/u.test(word) && !/(?:ed|ing)$/.test(word) && !tagsOf(word).some((t) => FINITE_TAGS.test(t));
}

export function isFunctionWord(word: string): boolean {
  return tagsOf(word).some((t) => FUNCTION_TAGS.test(t));
}

const REGIONAL_ADJECTIVES = new Set('Western Eastern Northern Southern European Asian African Arab Slavic Baltic Nordic Soviet Crimean Transatlantic Euro-Atlantic'.split(' '));

export function isDemonymWord(word: string): boolean {
  return REGIONAL_ADJECTIVES.has(word) || tagsOf(word).includes('Demonym');
}

const words = (list: string): Set<string> => new Set(list.split(' '));

/** Words of an office or rank, capitalized before a name ("Defense Minister", "Gen."), never names themselves. */
export const TITLE_WORDS = words('President Vice Prime Minister Ministers Deputy Secretary Secretary-General Undersecretary Chancellor Spokesman Spokeswoman Spokesperson Chief Head General Gen Gen. Lt Lt. Col Col. Maj Maj. Colonel Major Lieutenant Captain Capt Capt. Admiral Adm Adm. Sgt Sergeant Commander Commander-in-Chief Marshal Governor Gov Gov. Mayor Senator Sen. Rep. Representative Ambassador Envoy Adviser Advisor Director Director-General Chairman Chairwoman Speaker Leader Premier King Queen Prince Princess Pope Patriarch Mr Mr. Mrs Mrs. Ms Ms. Dr Dr. Prof Prof. Professor Sir Dame Lord Lady Former Acting Attorney Prosecutor Ombudsman Commissioner Minister-President PM Counselor Counsellor Consul Consul-General Attache Attaché Rabbi Father Bishop Archbishop Cardinal Sheikh Imam Metropolitan Brig Brig. Brigadier Judge Anchor Correspondent Editor Editor-in-Chief Reporter Presenter Columnist Chair Chairperson Coordinator Inspector Pres Pres. Colonel-General Lieutenant-General Major-General Brigadier-General Rear-Admiral Vice-Admiral Sergeant-Major Lt-Gen Maj-Gen Lt.-Gen. Maj.-Gen. Taoiseach Tánaiste');

/** Lowercase role nouns that make the name next to them a person ("spokesman Dmitry Peskov", "an analyst"). */
export const ROLE_NOUNS = words('president minister spokesman spokeswoman spokesperson adviser advisor aide analyst expert professor lecturer researcher fellow director chief head leader commander general governor mayor official officer lawmaker senator ambassador envoy diplomat journalist correspondent reporter editor author writer blogger economist historian scientist politician deputy secretary chairman chairwoman founder ceo executive soldier colonel captain lieutenant sergeant pilot resident witness chancellor premier king queen prince pope negotiator representative activist member ombudsman prosecutor judge lawyer attorney commentator strategist researcher scholar director-general secretary-general academic specialist student teacher doctor priest businessman businesswoman tycoon billionaire oligarch entrepreneur volunteer nurse engineer host presenter anchor columnist publicist photographer photojournalist filmmaker producer chairperson coordinator inspector investigator chair mp associate spokesperson staffer organizer campaigner warlord successor predecessor heir opponent rival critic ally supporter dissident defector chaplain bishop rabbi imam monk veteran survivor refugee mother father son daughter wife husband brother sister widow');

/** Role nouns after a name that make the name a modifier ("Kremlin spokesman", "US officials", "UN chief"). */
export const MODIFIED_ROLES = words('spokesman spokeswoman spokesperson official chief leader minister president commander envoy ambassador adviser advisor aide secretary general governor mayor head diplomat lawmaker senator prosecutor negotiator');

/** Heads of organization names ("Lexington Institute", "Ministry of Defence"). */
export const ORG_HEADS = words('Institute Institution Ministry Centre Center University College School Academy News Times Post Journal Herald Tribune Telegraph Gazette Review Monitor Observer Express Mail Agency Council Committee Commission Party Group Bank Fund Foundation Corporation Corp Company Co Inc Ltd LLC Service Services Office Department Court Command Brigade Battalion Regiment Division Army Navy Force Forces Guard Guards Police Union Association Organization Organisation Parliament Assembly Government Administration Network Radio TV Television Channel Press Media Club League Federation Alliance Movement Fleet Corps Directorate Staff Bureau Authority Board Society Initiative Project Watch Lab Labs Studies Consulting Capital Holdings Industries Airlines Systems Technologies Energy Energoatom Gazeta Pravda Novosti Tribunal Duma Senate Congress Cabinet Kremlin Pentagon Forum Summit Conference Broadcasting Insider Wire Daily Weekly Today Magazine Embassy Consulate Mission Delegation Team Unit Coalition Newsletter Magazine Platform Research Analytics Economics Partners Associates Advisors Secretariat Caucus AG GmbH SA plc PLC NV SE ASA Oy Faculty Mejlis Ensemble Band Choir Orchestra Troupe');

/** Heads of place names ("Grand Kremlin Palace", "Snake Island"). */
export const PLACE_HEADS = words('Hall Palace Square Street Avenue Bridge Dam Island Islands Plant Station Airport Base Lake Sea Gulf Bay Strait River Mountains Mountain Valley Peninsula Oblast Region Province District Raion City Town Village County Krai Republic Cathedral Church Monastery Stadium Theatre Theater Park Port Harbour Harbor Canal Reservoir Forest Steppe Coast Heights Hill Field Airfield Airbase Refinery Depot Prison Camp Plain Plains Plateau Ridge Beach Cemetery Memorial Monument Museum Tower Hotel Hospital Marsh Marshes Swamp Desert Embankment Boulevard Highway Road Gate Quarter Prospekt Gap Strip Basin Delta Wall Isthmus Complex');

/** Lowercase heads that may follow a name and belong to it ("Kharkiv region", "War Gonzo blog"). */
export const PLACE_TAILS = new Set(['region', 'oblast', 'district', 'province', 'raion', 'city', 'river', 'krai',
  'nuclear power plant', 'power plant', 'nuclear plant', 'dam', 'airport', 'airfield', 'air base', 'bridge', 'steelworks', 'steel plant',
  'tower', 'TV tower', 'television tower']);
export const ORG_TAILS = new Set(['forum', 'blog', 'channel', 'agency', 'newspaper', 'website', 'outlet', 'news agency', 'think tank', 'magazine']);
/** Tails naming a site of the place before them ("Zaporizhzhia nuclear power plant"), a new place of its own. */
export const SITE_TAILS = new Set(['nuclear power plant', 'power plant', 'nuclear plant', 'dam', 'airport', 'airfield', 'air base', 'bridge', 'steelworks', 'steel plant',
  'tower', 'TV tower', 'television tower']);

/** The longest tail phrase among the first lowercase words after a name, as the number of words it takes. */
export function tailPhrase(tail: { text: string }[]): string | undefined {
  for (let n = Math.min(3, tail.length); n > 0; n--) {
    const phrase = tail.slice(0, n).map((t) => t.text).join(' ');
    if (PLACE_TAILS.has(phrase) || ORG_TAILS.has(phrase)) return phrase;
  }
  return undefined;
}

/** Lowercase nouns before a name that make it an organization ("the state news agency Ria", "the newspaper Izvestia"). */
export const ORG_DESCRIPTORS = words('agency newspaper broadcaster outlet channel website daily tabloid magazine network company firm group bank party ministry institute university');

/** Capitalized directions that make a new place of a continent or area ("Central Asia") and nothing on their own. */
export const DIRECTIONS = words('North South East West Northern Southern Eastern Western Central Upper Lower Greater Northeastern Northwestern Southeastern Southwestern');

const capitalized = (list: string[]): string[] => list.map((word) => word[0].toUpperCase() + word.slice(1));
export const MONTHS_AND_DAYS: ReadonlySet<string> = new Set([...capitalized([...MONTHS, ...MONTH_ABBREVIATIONS, ...WEEKDAYS]), 'Christmas', 'Easter']);

/** Lowercase words naming a ministry's field ("defence ministry", "foreign affairs ministry", "infrastructure ministry"). */
export const DEPARTMENT_WORDS = words('national security defence defense foreign affairs interior internal infrastructure health finance economy economic development justice energy agriculture education culture digital transformation emergencies emergency situations social policy veterans strategic industries reintegration environment environmental protection trade industry labour labor transport communities territories science sports youth information');

/** Heads of military units named with a number before them ("36th Separate Marine Brigade", "1st Guards Tank Army"). */
export const UNIT_HEADS = words('Brigade Brigades Battalion Regiment Division Army Corps Fleet Squadron Detachment Flotilla Group Guards Company');

/** Heads of treaties and agreements: named, but neither people, organizations nor places ("Convention on Cluster Munitions"). */
export const TREATY_HEADS = words('Convention Treaty Treaties Agreement Agreements Accord Accords Protocol Memorandum Charter Pact Deal Declaration Act Resolution Resolutions Statute');

/** Heads that after a demonym alone describe, not name ("Ukrainian TV", "Russian Media", "the Polish Government"). */
export const GENERIC_HEADS = words('TV Television Radio Media Press Government Authorities Officials Forces Troops Military');

/** Lowercase nouns after a name that make it a modifier of weapons ("Grad rockets", "Tornado MLR systems"). */
export const WEAPON_NOUNS = words('rocket rockets missile missiles drone drones launcher launchers system systems tank tanks jet jets helicopter helicopters howitzer howitzers munitions shells rifle rifles vehicle vehicles bomber bombers warship warships submarine submarines interceptor interceptors');

/** Heads of names of weapons and kit, which are neither people, organizations nor places ("Bradley Infantry Fighting Vehicles"). */
export const WEAPON_HEADS = words('Vehicle Vehicles Tank Tanks Missile Missiles Rocket Rockets Launcher Launchers Howitzer Howitzers Drone Drones Rifle Rifles Munitions');

/** Adjectives that open a longer name around a known one ("National Security Council" is not the UN's "Security Council"). */
export const NAME_ADJECTIVES = words('National Federal Supreme International Joint Central State Presidential Parliamentary Constitutional Special Main Strategic Economic Political Military Interim Provisional Permanent Standing Emergency Regional Municipal Civil Public Independent Royal Imperial Allied');

/** Possessive plurals inside names ("People's Republic", "People’s Liberation Army", "Workers' Party"). */
export const COLLECTIVE_NOUNS = words('People Peoples Women Children Workers Veterans Mothers Soldiers Defenders');

/** Heads and openers of names of events: wars, battles, operations, days, games ("Yom Kippur War", "Operation Barbarossa"). */
export const EVENT_HEADS = words('War Wars Revolution Uprising Offensive Counteroffensive Counter-Offensive Battle Siege Massacre Genocide Famine Games Olympics Day Landings Operation Crisis');
