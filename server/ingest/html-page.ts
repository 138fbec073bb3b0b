// Reads a saved web page: the article body as plain paragraphs (navigation, ads and scripts left out) and its metadata.
//
// linkedom parses the page (forgiving of broken markup) and Mozilla's Readability picks the article body; the
// metadata comes from the page's own declarations: JSON-LD, Open Graph and article meta tags, the canonical link.
// The stored text is the body as built here, and every offset the extractor gives refers to it.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { GivenMeta } from './raw-article';
import { pageMetadata } from './page-metadata';
import { blockText } from './block-text';

export interface HtmlPage {
  text: string;
  meta: GivenMeta;
}

/** Elements that are never article text, removed before Readability reads the page. */
const NEVER_TEXT = 'script:not([type="application/ld+json"]), style, noscript, template, nav, aside, form, iframe, svg, [role=navigation], [aria-hidden=true]';
/** Removed too when Readability finds no article and the whole body is read (an article's own header may hold its headline). */
const NOT_BODY = `${NEVER_TEXT}, header, footer`;

export function readHtmlPage(html: string): HtmlPage {
  if (html.trim() === '') return { text: '', meta: {} };
  const { document } = parseHTML(html);
  const meta = pageMetadata(document);
  // Readability changes the document it reads, so the metadata above is read first.
  removeAll(document, NEVER_TEXT);
  const article = readable(document);
  let text = article?.content ? blockText(parseHTML(`<!doctype html><html><body>${article.content}</body></html>`).document.body) : '';
  if (text.trim() === '') {
    const { document: whole } = parseHTML(html);
    removeAll(whole, NOT_BODY);
    text = whole.body ? blockText(whole.body) : '';
  }
  return {
    text,
    meta: {
      title: meta.title ?? clean(article?.title),
      outlet: meta.outlet ?? clean(article?.siteName),
      date: meta.date ?? clean(article?.publishedTime),
      url: meta.url,
      byline: meta.byline ?? clean(article?.byline),
    },
  };
}

function removeAll(document: ParentNode, selector: string): void {
  for (const element of Array.from(document.querySelectorAll(selector))) element.remove();
}

/** Readability's pick of the article, or null when it finds none (or fails on markup it cannot handle). */
function readable(document: unknown): ReturnType<Readability['parse']> {
  try {
    return new Readability(document as Document, { keepClasses: false }).parse();
  } catch {
    return null;
  }
}

function clean(value: string | null | undefined): string | undefined {
  const trimmed = value?.replace(/\s+/g, ' ').trim();
  return trimmed ? trimmed : undefined;
}
