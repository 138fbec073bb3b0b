// Streams XML (and the report's HTML) through xml-writer, the writer graphology-gexf itself uses: it escapes text and
// attribute values, and hands over what it wrote as chunks. (xmlbuilder2 was tried first: about 100 times slower.)
import XMLWriter from 'xml-writer';

/** Characters XML 1.0 allows (its Char production); the others cannot appear in a document, even escaped. */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** A value as XML text: control characters XML 1.0 forbids become U+FFFD, so that hostile text cannot break the file. */
export function xmlText(value: unknown): string {
  return String(value).replace(NOT_XML_CHAR, '\uFFFD');
}

/** Element and attribute names come from this code, never from data: a bad one is a programmer error. */
const XML_NAME = /^[A-Za-z_][\w.:-]*$/;

function checkedName(name: string): string {
  if (!XML_NAME.test(name)) throw new Error(`export/xml: "${name}" is not an element or attribute name`);
  return name;
}

/** HTML elements that have no content and no end tag. */
const VOID_ELEMENTS = new Set(['meta', 'br', 'hr', 'img', 'link']);

/** The builder the writers use: elements opened with ele(), closed with up(); every string passes through xmlText. */
export interface XmlBuilder {
  ele(name: string, attributes?: Record<string, string>): XmlBuilder;
  txt(text: string): XmlBuilder;
  up(): XmlBuilder;
}

export interface XmlChunks {
  xml: XmlBuilder;
  /** What was written since the last call. */
  take(): string;
}

/**
 * `html`: a doctype instead of the XML declaration, no indentation, and never an empty-element tag (`<p/>` opens a
 * paragraph in HTML) except for HTML's void elements (meta, br).
 */
export function xmlChunks(options: { html?: boolean } = {}): XmlChunks {
  const pending: string[] = [];
  const writer = new XMLWriter(options.html ? false : '  ', (text: string) => pending.push(text));
  if (options.html) pending.push('<!DOCTYPE html>\n');
  else writer.startDocument('1.0', 'UTF-8');
  const open: string[] = [];
  const xml: XmlBuilder = {
    ele(name, attributes = {}) {
      open.push(name);
      writer.startElement(checkedName(name));
      for (const [attribute, value] of Object.entries(attributes)) writer.writeAttribute(checkedName(attribute), xmlText(value));
      return xml;
    },
    txt(text) {
      writer.text(xmlText(text));
      return xml;
    },
    up() {
      if (options.html && !VOID_ELEMENTS.has(open.pop() as string)) writer.text('');
      writer.endElement();
      return xml;
    },
  };
  return {
    xml,
    take() {
      const chunk = pending.join('');
      pending.length = 0;
      return chunk;
    },
  };
}
