// Words the statement rules recognise: speech verbs, reporting adverbials, clause cutters and generic speakers.

/** Reporting verbs by how they take their content: a clause ("said that ..."), or also a bare noun phrase ("announced a package"). */
const CLAUSE_VERBS = [
  'say', 'said', 'says', 'saying',
  'told', 'tells', 'telling',
  'warn', 'warned', 'warns', 'warning',
  'claim', 'claimed', 'claims', 'claiming',
  'stated', 'states',
  'added', 'adds', 'adding',
  'wrote', 'writes', 'writing',
  'tweeted', 'tweets',
  'posted',
  'insist', 'insisted', 'insists', 'insisting',
  'noted', 'notes', 'noting',
  'argue', 'argued', 'argues', 'arguing',
  'admitted', 'admits', 'admitting',
  'acknowledged', 'acknowledges', 'acknowledging',
  'declared', 'declares', 'declaring',
  'underscored', 'underscores',
  'stressed', 'stresses', 'stressing',
  'emphasized', 'emphasised', 'emphasizes',
  'explained', 'explains',
  'asserted', 'asserts',
  'alleged', 'alleges',
  'agreed', 'agrees',
  'predicted', 'predicts',
  'reported', 'reports', 'reporting',
  'revealed', 'reveals',
  'assessed', 'assesses',
  'estimated', 'estimates',
  'concluded', 'concludes',
  'contend', 'contended',
  'maintained', 'maintains',
  'replied', 'replies',
  'responded',
  'recalled', 'recalls',
  'denied', 'denies',
  'vowed', 'vows', 'vowing',
  'promised', 'promises', 'promising',
  'pledged', 'pledges', 'pledging',
  'threatened', 'threatens',
  'announced', 'announces', 'announcing',
  'confirmed', 'confirms', 'confirming',
  'accused', 'accuses', 'accusing',
  'described', 'describes', 'describing',
  'decried', 'decries',
  'criticized', 'criticised', 'criticizes',
  'condemned', 'condemns',
  'urged', 'urges',
  'repeated', 'repeats',
  'reiterated', 'reiterates',
  'suggested', 'suggests',
  'highlighted', 'highlights',
  'indicated', 'indicates',
  'requested', 'requests',
  'demanded', 'demands',
  'pointed', 'points', 'pointing',
  'called', 'calls', 'calling',
  'believes', 'believed',
  'asked', 'asks', 'asking',
  'ordered', 'orders', 'ordering',
  'encouraged', 'advised', 'instructed', 'implored', 'appealed',
];

export const SPEECH_VERBS: ReadonlySet<string> = new Set(CLAUSE_VERBS);

/** Verbs that report speech only together with their particle ("called on", "pointed out"). */
export const PARTICLE_VERBS: ReadonlyMap<string, string> = new Map([
  ...['called', 'calls', 'calling'].map((verb): [string, string] => [verb, 'on']),
  ...['pointed', 'points', 'pointing'].map((verb): [string, string] => [verb, 'out']),
  ['appealed', 'to'],
]);

/** Verbs that report speech only as "X to do" ("urged Kyiv to hold", "ordered citizens to leave", "called on the West to act"). */
export const CONTROL_VERBS: ReadonlySet<string> = new Set([
  'urge', 'urged', 'urges', 'urging', 'warn', 'warned', 'warns', 'warning', 'tell', 'told', 'tells', 'telling',
  'ask', 'asked', 'asks', 'asking', 'order', 'ordered', 'orders', 'ordering', 'called', 'calls', 'calling',
  'encouraged', 'advised', 'instructed', 'implored', 'appealed',
]);
/** Of those, the verbs that report nothing in any other shape ("asked about", "ordered an inquiry"). */
export const CONTROL_ONLY_VERBS: ReadonlySet<string> = new Set([
  'ask', 'asked', 'asks', 'asking', 'order', 'ordered', 'orders', 'ordering', 'called', 'calls', 'calling',
  'encouraged', 'advised', 'instructed', 'implored', 'appealed',
]);
/** Verbs of opinion that report a view only with "that" ("the institute believes that ..."). */
export const THAT_ONLY_VERBS: ReadonlySet<string> = new Set(['believes', 'believed']);

/** Light verbs that report a claim together with a noun ("offered the possibility that"). */
export const LIGHT_VERBS: ReadonlySet<string> = new Set(['offered', 'raised', 'floated', 'voiced', 'expressed', 'made', 'dismissed', 'rejected']);
export const CLAIM_NOUNS: ReadonlySet<string> = new Set([
  'possibility', 'prospect', 'idea', 'argument', 'point', 'concern', 'concerns', 'hope', 'fear', 'fears', 'suggestion', 'claim', 'view', 'case',
]);

/** Cheap test for a sentence that may hold a statement: a reporting word or a double quotation mark. */
export const MAY_REPORT = new RegExp(`\\b(?:${[...CLAUSE_VERBS, ...LIGHT_VERBS, '[Aa]ccording'].join('|')})\\b|["“”„«‘]`);

/** Verbs whose bare noun-phrase object is not yet a statement ("announced a package"): they need a clause, a quote or "to". */
export const NOUN_OBJECT_VERBS: ReadonlySet<string> = new Set([
  'announce', 'announced', 'announces', 'announcing', 'promise', 'promised', 'promises', 'promising',
  'pledge', 'pledged', 'pledges', 'pledging', 'confirm', 'confirmed', 'confirms', 'confirming',
  'describe', 'described', 'describes', 'describing', 'decry', 'decried', 'decries',
  'criticize', 'criticized', 'criticised', 'criticizes', 'condemn', 'condemned', 'condemns',
  'repeat', 'repeated', 'repeats', 'reiterate', 'reiterated', 'reiterates', 'deny', 'denied', 'denies',
  'reveal', 'revealed', 'reveals', 'report', 'reported', 'reports', 'reporting', 'urge', 'urged', 'urges',
  'post', 'posted', 'write', 'wrote', 'writes', 'writing', 'tweet', 'tweeted', 'tweets', 'note', 'noted', 'notes', 'noting',
  'stress', 'stressed', 'stresses', 'stressing', 'underscore', 'underscored', 'underscores', 'estimate', 'estimated', 'estimates',
  'state', 'stated', 'states', 'maintain', 'maintained', 'maintains', 'recall', 'recalled', 'recalls', 'warn', 'warned', 'warns', 'warning',
  'agree', 'agreed', 'agrees', 'threaten', 'threatened', 'threatens',
  'explain', 'explained', 'explains', 'predict', 'predicted', 'predicts',
  'suggested', 'suggests', 'highlighted', 'highlights', 'indicated', 'indicates', 'requested', 'requests', 'demanded', 'demands',
  'pointed', 'points', 'pointing', 'claim', 'claimed', 'claims', 'claiming', 'declared', 'declares', 'declaring',
]);

/** Verbs that name an addressee before their content ("told reporters that ..."). */
export const ADDRESSEE_VERBS: ReadonlySet<string> = new Set(['tell', 'told', 'tells', 'telling', 'warn', 'warned', 'warns', 'warning', 'urge', 'urged', 'urges', 'assure', 'assured']);

/** Verbs that take "to" + infinitive as their content ("vowed to stabilize"). */
export const INFINITIVE_VERBS: ReadonlySet<string> = new Set([
  'vow', 'vowed', 'vows', 'vowing', 'promise', 'promised', 'promises', 'promising', 'pledge', 'pledged', 'pledges', 'pledging',
  'threaten', 'threatened', 'threatens', 'agree', 'agreed', 'agrees', 'urge', 'urged', 'urges', 'claim', 'claimed', 'claims', 'claiming',
]);

/** Verbs that can only report speech when something is quoted or a clause follows; as nouns they are frequent. */
export const NOUN_HOMOGRAPHS: ReadonlySet<string> = new Set([
  'claims', 'claim', 'reports', 'report', 'states', 'state', 'notes', 'note', 'post', 'promise', 'pledge', 'estimates', 'estimate', 'repeats',
  'vows', 'vow', 'warning', 'tweet', 'tweets', 'say', 'says', 'demands', 'requests', 'calls', 'orders', 'points',
]);

/** Words that can stand between a subject and its verb without changing who speaks. */
export const VERB_MODIFIERS: ReadonlySet<string> = new Set([
  'also', 'recently', 'meanwhile', 'later', 'earlier', 'publicly', 'falsely', 'repeatedly', 'reportedly', 'previously', 'again',
  'then', 'has', 'have', 'had', 'was', 'were', 'is', 'are', 'would', 'will', 'did', 'does', 'do', 'once', 'already', 'separately',
  'further', 'now', 'still', 'himself', 'herself', 'itself', 'themselves', 'not', 'never', 'first', 'both', 'too', 'subsequently',
  'privately', 'openly', 'frequently', 'often', 'initially', 'finally', 'just', 'officially',
]);

/** Words after which a new clause starts, so that a subject is looked for only to their right. */
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'as', 'while', 'where', 'when', 'after', 'because', 'since', 'if', 'though', 'although', 'whereas', 'yet', 'once', 'before',
  'until', 'even', 'however', 'meanwhile', 'whom', 'that', 'so', 'what',
]);

/** Words joining two verbs of one subject ("claims ..., and noted that"): openers only right before the verb. */
export const COORDINATORS: ReadonlySet<string> = new Set(['and', 'but', 'or']);

export const PREPOSITIONS: ReadonlySet<string> = new Set([
  'of', 'at', 'in', 'for', 'to', 'from', 'with', 'by', 'on', 'about', 'over', 'under', 'near', 'into', 'across', 'against',
  'among', 'between', 'behind', 'during', 'inside', 'outside', 'through', 'toward', 'towards', 'within', 'without', 'via', 'like',
]);

/** Words that open an adverbial between a reporting verb and its content ("said on Tuesday that", "said in a statement"). */
export const ADVERBIAL_OPENERS: ReadonlySet<string> = new Set([
  'in', 'on', 'at', 'during', 'to', 'with', 'via', 'through', 'from', 'by', 'for', 'late', 'early', 'earlier', 'later', 'last', 'this',
  'yesterday', 'today', 'tonight', 'overnight', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'publicly', 'privately', 'separately', 'also', 'again', 'repeatedly', 'recently', 'previously', 'reportedly', 'then', 'now', 'instead',
  'before', 'after', 'afterwards', 'when', 'while', 'amid', 'as', 'referring', 'citing', 'speaking', 'writing', 'according',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
]);

/** Finite verbs and auxiliaries that show a reporting verb is followed by a clause rather than a noun phrase. */
export const FINITE_MARKERS: ReadonlySet<string> = new Set([
  'is', 'are', 'was', 'were', 'will', 'would', 'had', 'has', 'have', 'could', 'can', 'may', 'might', 'must', 'should', 'shall',
  'did', 'does', 'do', "won't", "wouldn't", "isn't", "wasn't", "weren't", "aren't", "hasn't", "hadn't", "don't", "doesn't", "didn't",
]);

/** Nouns of unnamed speakers who stand for their state or body ("a Ukrainian official", "Russian officials"). */
export const OFFICIAL_NOUNS: ReadonlySet<string> = new Set([
  'official', 'officials', 'spokesperson', 'spokesman', 'spokeswoman', 'spokespeople', 'side', 'government', 'authorities',
  'military', 'army', 'forces', 'leadership', 'administration', 'diplomat', 'diplomats', 'source', 'sources', 'representative',
  'representatives', 'envoy', 'ministry', 'command', 'officer', 'officers', 'commander', 'commanders', 'statement', 'officialdom',
]);

/** Generic groups whose words are not a statement of anyone in particular ("analysts said", "experts have claimed"). */
export const GENERIC_GROUP_NOUNS: ReadonlySet<string> = new Set([
  'analysts', 'experts', 'observers', 'commentators', 'critics', 'residents', 'witnesses', 'people', 'reports', 'report',
  'evidence', 'data', 'images', 'footage', 'video', 'videos', 'media', 'agencies', 'outlets', 'bloggers', 'sources', 'many', 'some',
  'others', 'researchers', 'scholars', 'historians', 'economists', 'locals', 'survivors', 'soldiers', 'troops', 'allies', 'leaders',
  'string', 'number', 'majority', 'polls', 'poll', 'survey', 'surveys', 'studies', 'study', 'figures', 'documents', 'document',
  'photos', 'satellite', 'intelligence', 'assessment', 'assessments', 'estimates', 'record', 'records', 'statistics',
  'participants', 'members', 'delegates', 'signatories',
]);
