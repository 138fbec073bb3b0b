// Who issued the reports an article quotes: "the Intelligence Community released its threat assessment report", "the ISW report".
import type { ArticleParties, Party } from './parties';
import { DOCUMENT_NOUNS } from './subject-mentions';

export interface Issued {
  party: Party;
  /** Where the issuer is named with its document. */
  at: number;
}

const NOUNS = [...DOCUMENT_NOUNS].join('|');
/** "X's annual report", "X report", right after the body's name. */
const OWNED = new RegExp(`^(?:['’]s)?\\s+(?:[\\w-]+\\s+){0,4}?(?:${NOUNS})\\b`);
/** "X released its annual threat assessment report", "X published a study". */
const RELEASED = new RegExp(`^\\s+(?:has\\s+|have\\s+)?(?:released|published|issued|put out|unveiled|presented|adopted|passed|signed|sent|wrote)\\s+(?:its|their|a|an|the|new)\\s+(?:[\\w-]+\\s+){0,4}?(?:${NOUNS})\\b`);
const REACH = 80;

/** The bodies the article names with a document of theirs, in text order. */
export function documentIssuers(text: string, parties: ArticleParties): Issued[] {
  const found: Issued[] = [];
  for (const mention of parties.mentions) {
    if (mention.entity.type !== 'organization' || parties.isMedia(parties.partyOf(mention.entity))) continue;
    const after = text.slice(mention.end, mention.end + REACH);
    if (OWNED.test(after) || RELEASED.test(after)) found.push({ party: parties.partyOf(mention.entity), at: mention.start });
  }
  return found;
}

/** The latest body named with a document before `at`: whose "the report" it is when nobody spoke since. */
export function latestIssuer(issued: Issued[], at: number): Issued | undefined {
  let latest: Issued | undefined;
  for (const entry of issued) if (entry.at < at) latest = entry;
  return latest;
}
