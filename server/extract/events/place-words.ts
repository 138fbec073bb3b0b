// The words of place phrases for the events stage: determiners, words that never describe a place, words that do.
import { BE, COORDINATORS, DO, HAVE, MODALS, NEGATIONS, PREPOSITIONS, RELATIVE_PRONOUNS, SUBJECT_PRONOUNS, SUBORDINATORS } from '../language/words';

export const DETERMINERS = new Set(('the a an its their his her this these those some several both all two three four five six '
  + 'seven eight nine ten dozens').split(' '));
/** Words that never describe a place in a noun phrase: function words, auxiliaries and verbs of saying. */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  ...PREPOSITIONS, ...SUBORDINATORS, ...RELATIVE_PRONOUNS, ...COORDINATORS, ...BE, ...HAVE, ...DO, ...MODALS, ...SUBJECT_PRONOUNS, ...NEGATIONS,
  ...('onto nearby since along around than amid amidst despite where that nor so then also yet beyond per upon throughout past off up '
    + 'down out said says say told them him us no there here what how why whether').split(' '),
]);
export const PLACE_WORDS = new Set(('city town village port settlement capital stronghold hub region province oblast district area '
  + 'key strategic regional administrative industrial eastern western northern southern northeastern northwestern '
  + 'southeastern southwestern central frontline front-line nearby small large major besieged embattled occupied second third '
  + 'largest biggest main neighbouring neighboring coastal border bank banks west east north south northeast northwest southeast '
  + 'southwest north-east north-west south-east south-west left right '
  + 'liberated recaptured retaken devastated ruined war-torn battered bombed-out shattered').split(' '));
