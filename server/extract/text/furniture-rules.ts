// Patterns of page furniture seen across news sites: what a line looks like when it is not part of the article.

export interface LineRule {
  ruleId: string;
  /** What the furniture is, for the message naming what was left out. */
  kind: string;
  test: RegExp;
  /** Applies to lines of any length; other rules only to short lines, since a long line is a paragraph. */
  anyLength?: boolean;
}

/** Whole lines that are furniture. */
export const LINE_RULES: LineRule[] = [
  { ruleId: 'furniture/browser-notice', kind: 'browser or cookie notice',
    test: /^(?:IE \d+ is not supported|For an optimal experience visit our site|Your browser (?:is|does)|Please (?:enable|upgrade) (?:JavaScript|your browser)|This (?:web)?site uses cookies|We use cookies|Accept (?:all )?cookies|By using this site)/i },
  { ruleId: 'furniture/appeal', kind: 'subscription or donation appeal',
    test: /^(?:Support (?:The |our |independent )[^.!?]{0,60}[!.]?$|Donate\b|Become a (?:member|subscriber|supporter|patron)|Not ready to support|Remind me later|pay?i?ment methods|Subscribe (?:to|now|today)|Sign up (?:for|to|now)|Get our (?:free )?newsletter|Thank you for (?:reading|registering|subscribing))/i },
  { ruleId: 'furniture/registration-wall', kind: 'registration wall',
    test: /^(?:Register for free|Registration is a free|By registering,? you|Already have an account|By clicking .{1,20}Register|This site is protected by reCAPTCHA|Join our (?:new )?commenting forum|Join thought-provoking conversations|Want to (?:read|bookmark) )/i },
  { ruleId: 'furniture/promo', kind: 'newsletter promotion', anyLength: true,
    test: /^skip past newsletter promotion\b.*after newsletter promotion$/ },
  { ruleId: 'furniture/promo', kind: 'site or radio promotion',
    test: /^(?:Get more news|Take your Radio|skip past newsletter promotion|Listen (?:live|now)\b|Download (?:the|our) app|CLICK HERE\b|NEW You can now listen|WATCH:|LISTEN:|Watch live|Join (?:our|us)\b.{0,60}(?:channel|Telegram|newsletter|community)|JOIN US ON|Follow (?:us|our coverage|AP[’']s coverage)\b|Subscribe to us)/i },
  // A promo box of other stories runs on with their teasers in the same line, however long.
  { ruleId: 'furniture/related-link', kind: 'related stories', anyLength: true, test: /^Other Topics of Interest\b/ },
  { ruleId: 'furniture/related-link', kind: 'related link',
    test: /^(?:Read (?:more|also)\s*:|READ (?:MORE|ALSO)\b|Related\s*:|RELATED\b|See also\s*:|MORE\s*:|Recommended\s*:|\d{1,2}:\d{2} .{5,150} [–-] video$)/ },
  { ruleId: 'furniture/navigation', kind: 'navigation or share buttons',
    test: /^(?:Navigation|Menu|Skip to (?:main )?content|Share(?: this (?:article|story))?(?: Share)?|Tweet|Email|Print|Comments?|Advertisement|ADVERTISEMENT|Sponsored|Image \d+ of \d+(?: (?:next|prev))?|ol|Close|Search|Home|Read more|Continue reading|Show more|Load more|Open in app)[.!]?$/ },
  { ruleId: 'furniture/disclaimer', kind: 'opinion disclaimer',
    test: /^The views expressed (?:in this|are)/i },
  { ruleId: 'furniture/byline', kind: 'byline or reporting credit',
    test: /^(?:[-–—]\s*\p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){0,3}, \S+$|By \p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){1,3}(?:(?:,| and) [^\n]{0,80})?$|\(?(?:Additional )?[Rr]eporting (?:by|from) |\(?(?:Editing|Writing|Compiled) by |.{0,120}\bcontributed (?:to )?this report\.?$)/u },
  { ruleId: 'furniture/copyright', kind: 'copyright or standards notice',
    test: /^(?:©|Copyright\b|All rights reserved|Our Standards:|This (?:story|article) has been updated|This material may not be published)/i },
];

/** A line that opens an appeal or a paywall running to the end of the page ("… we have a small favor to ask"). */
export const TAIL_BLOCK = /(?:we have a small favou?r to ask|Register for free to continue reading|Subscribe to (?:continue|keep) reading|to continue reading,? (?:please )?(?:subscribe|register|log ?in))/i;

/** Short related-article links ("- NZ joins 'sham' condemnation over Russia referenda"): a dash or bullet and no final stop. */
export const BULLET_LINK = /^[-–•·]\s+(?=[\p{Lu}‘'"“])(?!.*[.,!?:;]$)(?!.*\s[-–]$)\S(?:\S*\s+){0,20}\S*$/u;

const NAME = String.raw`\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,4}`;
const AGENCY = String.raw`\p{Lu}[\p{L}&.'’-]*(?:\s\p{Lu}[\p{L}&.'’-]*){0,3}`;

/** Photo credits at the end of a line: "Gavriil Grigorov / AFP - Getty Images", "Photo / AP", "(Name/AP)". */
export const CREDIT_RULES: RegExp[] = [
  new RegExp(String.raw`(?:^|(?<=[.!?”")\]]\s?))(?:Photo(?:graph)?s?|Image|Picture|Credit|Cover photo|Photo credit)\s*[:/]\s*[^\n]{1,80}$`, 'u'),
  new RegExp(String.raw`(?:^|(?<=[.!?”")\]]\s?))Photos? courtesy of [^\n]{1,80}$`, 'u'),
  new RegExp(String.raw`\([^()\n]{2,80}\/[^()\n]{1,60}\)$`, 'u'),
  new RegExp(String.raw`(?:^|(?<=[.!?”")\]]\s?))(?:${NAME}|Press service of [^/\n]{3,60}?)\s?\/\s?${AGENCY}(?:\s?(?:\/|-|–|via)\s?${AGENCY})*$`, 'u'),
];

/** A whole line in capitals ("RUSSIA'S INVASION OF UKRAINE: LIVE UPDATES") is a link to another story. */
export const SHOUTED_LINE = /^(?=(?:[^\p{Ll}]*\s){3})[^\p{Ll}]{12,}$/u;
