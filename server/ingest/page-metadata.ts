// A page's own statement of its metadata: JSON-LD NewsArticle fields first, then Open Graph and article meta tags.
import type { GivenMeta } from './raw-article';

interface Queryable {
  querySelectorAll(selector: string): ArrayLike<{ getAttribute(name: string): string | null; textContent: string | null }>;
}

/** Meta tags for each field, best first (name= or property=). */
const META_TAGS: Record<Exclude<keyof GivenMeta, 'url'>, string[]> = {
  title: ['og:title', 'twitter:title', 'dc.title', 'headline'],
  outlet: ['og:site_name', 'application-name', 'publisher', 'dc.publisher'],
  date: ['article:published_time', 'datePublished', 'pubdate', 'publish-date', 'dc.date', 'date', 'sailthru.date', 'parsely-pub-date'],
  byline: ['author', 'article:author', 'byl', 'dc.creator', 'parsely-author'],
};
const ARTICLE_TYPES = /(?:News|Report|Blog|Opinion|Analysis|Review)?Article|Posting|Report/;

export function pageMetadata(document: Queryable): GivenMeta {
  const linked = jsonLd(document);
  const metaTag = (names: string[]) => names.map((name) => metaContent(document, name)).find((value) => value !== undefined);
  return {
    title: linked.title ?? metaTag(META_TAGS.title) ?? text(first(document, 'title')?.textContent),
    outlet: linked.outlet ?? metaTag(META_TAGS.outlet),
    date: linked.date ?? metaTag(META_TAGS.date) ?? text(first(document, 'time[datetime]')?.getAttribute('datetime')),
    url: text(first(document, 'link[rel=canonical]')?.getAttribute('href')) ?? metaTag(['og:url']) ?? linked.url,
    byline: linked.byline ?? metaTag(META_TAGS.byline),
  };
}

function first(document: Queryable, selector: string) {
  return document.querySelectorAll(selector)[0];
}

function metaContent(document: Queryable, name: string): string | undefined {
  for (const attribute of ['property', 'name', 'itemprop']) {
    const found = Array.from(document.querySelectorAll(`meta[${attribute}]`))
      .find((meta) => meta.getAttribute(attribute)?.toLowerCase() === name.toLowerCase());
    const value = text(found?.getAttribute('content'));
    if (value) return value;
  }
  return undefined;
}

/** The first JSON-LD object of an article type, looked for in arrays and @graph lists too. */
function jsonLd(document: Queryable): GivenMeta {
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const article = objects(parsed).find((item) => [item['@type']].flat().some((type) => typeof type === 'string' && ARTICLE_TYPES.test(type)));
    if (article) {
      return {
        title: text(article.headline) ?? text(article.name),
        outlet: name(article.publisher),
        date: text(article.datePublished) ?? text(article.dateCreated),
        url: text(article.url) ?? text(article.mainEntityOfPage) ?? name(article.mainEntityOfPage, '@id'),
        byline: [article.author].flat().map((author) => name(author)).filter(Boolean).join(', ') || undefined,
      };
    }
  }
  return {};
}

type JsonObject = Record<string, unknown>;

function objects(value: unknown): JsonObject[] {
  if (Array.isArray(value)) return value.flatMap(objects);
  if (value === null || typeof value !== 'object') return [];
  const object = value as JsonObject;
  return [object, ...objects(object['@graph'])];
}

/** A person's or organization's name, whether given as a string or as {name}. */
function name(value: unknown, field = 'name'): string | undefined {
  if (typeof value === 'string') return text(value);
  if (value && typeof value === 'object' && !Array.isArray(value)) return text((value as JsonObject)[field]);
  return undefined;
}

function text(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.replace(/\s+/g, ' ').trim();
  return trimmed === '' ? undefined : trimmed;
}
