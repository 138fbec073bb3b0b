// Reads an article's title, outlet and date from its sidecar, or infers them from the text where it states them.
import type { ArticleMeta, Message, Span } from '../types';
import { lookupName } from '../kb/index';
import { findDates } from './dates';

/** How far into the text a date still reads as the publication date (a dateline or header), in characters. */
const HEADER_LENGTH = 1500;
/** A date is the publication date when it stands on its own line or follows a header word ("date", "Published"). */
const DATE_LABEL = /(?:^|\n)[ \t]*(?:date|published|updated|posted|first published)(?: on)?:?[ \t]+$/i;
const LINE_START = /(?:^|\n)[ \t]*$/;
const LINE_END = /^[ \t]*(?:$|\n|[|—–-]|\d{1,2}:\d\d)/;
const MEDIA_NAME = /(?:News|Times|Post|Press|Journal|Herald|Telegraph|Guardian|Independent|Tribune|Gazette|Daily|Weekly|Monitor|Radio|TV|Today|Wire|Insider|\.[a-z]{2,})$/;
/** Words of an outlet's name are bounded in length, so a long hyphenated run is not rescanned from every letter. */
const OUTLET_NAME = String.raw`((?:The )?[A-Z][\w.&-]{0,30}(?: [A-Z][\w.&-]{0,30}){0,3})`;
/** Places where a page names its own outlet: appeals, bylines, datelines, self-references in the copy. */
const OUTLET_CUES: RegExp[] = [
  new RegExp(String.raw`^Support ${OUTLET_NAME}!`, 'gm'),
  /^[-–—]\s*[^,\n]{3,60},\s*([\w.-]+\.[a-z]{2,}(?:\.[a-z]{2})?)\s*$/gm,
  new RegExp(String.raw`\b${OUTLET_NAME} (?:could not|cannot|can ?not|has not been able to|was unable to|did not) (?:independently )?(?:verify|confirm)`, 'g'),
  new RegExp(String.raw`\b(?:verified|geolocated) by ${OUTLET_NAME}`, 'g'),
  /^(?:[A-Z][a-z]+(?: [A-Z][a-z]+)? )?(CNN|AFP|Reuters|AP)(?: Business)? —/gm,
  /\bother ([A-Z]\w+) readers\b/g,
  /\bour (?:brand new |new )?(?:verified )?([A-Z]{2,6}) Telegram channel/g,
];

function outletFromText(text: string): { name: string; place: Span } | undefined {
  const votes = new Map<string, { count: number; place: Span }>();
  for (const cue of OUTLET_CUES) {
    for (const m of text.matchAll(cue)) {
      const raw = m[1];
      const known = lookupName(raw);
      if (!(known?.kind === 'media' || MEDIA_NAME.test(raw))) continue;
      const name = known?.name ?? raw;
      const start = (m.index ?? 0) + m[0].indexOf(raw);
      const vote = votes.get(name) ?? { count: 0, place: { start, end: start + raw.length } };
      vote.count++;
      votes.set(name, vote);
    }
  }
  const best = [...votes.entries()].sort((a, b) => b[1].count - a[1].count || a[1].place.start - b[1].place.start)[0];
  return best ? { name: best[0], place: best[1].place } : undefined;
}

function overlaps(span: Span, spans: Span[]): boolean {
  return spans.some((s) => span.start < s.end && s.start < span.end);
}

/** The first line that is neither furniture nor a bare date, read as the headline ("date 2022-11-09 Title" gives Title). */
function titleFromText(text: string, furniture: Span[]): { title: string; place: Span } | undefined {
  let start = 0;
  for (const line of text.split('\n')) {
    const span = { start, end: start + line.length };
    start = span.end + 1;
    const body = line.replace(/^\s*(?:date\s+)?\d{4}-\d\d-\d\d\s*/i, '');
    const offset = span.start + (line.length - body.length);
    const title = body.trim();
    if (!/\p{L}/u.test(title) || overlaps(span, furniture) || findDates(title).some((d) => d.end - d.start === title.length)) continue;
    if (title.split(/\s+/).length > 25 || /[.:;,]$/.test(title)) return undefined;
    const at = offset + body.indexOf(title);
    return { title, place: { start: at, end: at + title.length } };
  }
  return undefined;
}

export function readMetadata(text: string, sidecar: ArticleMeta, furniture: Span[]): { meta: ArticleMeta; messages: Message[] } {
  const meta: ArticleMeta = { ...sidecar };
  const messages: Message[] = [];
  if (!meta.date) {
    const header = text.slice(0, HEADER_LENGTH);
    const date = findDates(header).find((d) => DATE_LABEL.test(header.slice(0, d.start))
      || (LINE_START.test(header.slice(0, d.start)) && LINE_END.test(header.slice(d.end))));
    if (date) {
      meta.date = date.iso;
      messages.push({ reason: `Publication date ${date.iso} taken from the text`, ruleId: 'metadata/date-from-text', severity: 'info', place: { start: date.start, end: date.end } });
    } else messages.push({ reason: 'Publication date unknown: no sidecar date and no full date near the top of the text', ruleId: 'metadata/no-date', severity: 'warning' });
  }
  if (!meta.outlet) {
    const outlet = outletFromText(text);
    if (outlet) {
      meta.outlet = outlet.name;
      messages.push({ reason: `Outlet "${outlet.name}" taken from the page`, ruleId: 'metadata/outlet-from-text', severity: 'info', place: outlet.place });
    } else messages.push({ reason: 'Outlet unknown: no sidecar outlet and the page does not name itself', ruleId: 'metadata/no-outlet', severity: 'warning' });
  }
  if (!meta.title) {
    const title = titleFromText(text, furniture);
    if (title) {
      meta.title = title.title;
      messages.push({ reason: 'Title taken from the first line of the text', ruleId: 'metadata/title-from-text', severity: 'info', place: title.place });
    } else messages.push({ reason: 'Title unknown: no sidecar title and no headline line', ruleId: 'metadata/no-title', severity: 'warning' });
  }
  return { meta, messages };
}
