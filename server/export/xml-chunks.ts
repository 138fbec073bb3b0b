// Streams XML through xmlbuilder2's callback builder: it escapes, the caller takes what was written so far as a chunk.
import { createCB } from 'xmlbuilder2';
import type { XMLBuilderCB } from 'xmlbuilder2/lib/interfaces';

/** Characters XML 1.0 allows (its Char production); the others cannot appear in a document, even escaped. */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** A value as XML text: control characters XML 1.0 forbids become U+FFFD, so that hostile text cannot break the file. */
export function xmlText(value: unknown): string {
  return String(value).replace(NOT_XML_CHAR, '\uFFFD');
}

export interface XmlChunks {
  xml: XMLBuilderCB;
  /** What was written since the last call; throws what the builder reported (a malformed document is a bug). */
  take(): string;
}

export function xmlChunks(options: { html?: boolean } = {}): XmlChunks {
  const pending: string[] = [];
  let failure: Error | undefined;
  const xml = createCB({
    data: (chunk: string) => pending.push(chunk),
    error: (error: Error) => (failure ??= error),
    prettyPrint: !options.html,
    // An HTML parser reads <div/> as an open tag; void elements (meta, br) are never built empty-content in HTML mode.
    allowEmptyTags: options.html ?? false,
    wellFormed: true,
  });
  return {
    xml,
    take() {
      if (failure) throw failure;
      const chunk = pending.join('');
      pending.length = 0;
      return chunk;
    },
  };
}
