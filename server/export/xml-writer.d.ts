// Types for xml-writer (it ships none): the part of its XMLWriter class that xml-chunks.ts uses.
declare module 'xml-writer' {
  class XMLWriter {
    /** `indent`: false, or the indentation string; `write`: receives the output as it is written. */
    constructor(indent?: string | boolean, write?: (text: string, encoding?: string) => void);
    startDocument(version?: string, encoding?: string): this;
    startElement(name: string): this;
    writeAttribute(name: string, value: string): this;
    text(content: string): this;
    endElement(): this;
    toString(): string;
  }
  export = XMLWriter;
}
