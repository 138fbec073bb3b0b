// Writes the graph as GEXF 1.3 (Gephi): a typed attribute model for nodes and edges, streamed in chunks.
import type { WhosaidGraph } from '../graph/read-graph';
import { edgeAttributes, nodeAttributes, type Attribute, type AttributeType } from './attributes';
import { ELEMENTS_PER_CHUNK, XSI } from './graphml';
import { xmlChunks, xmlText, type XmlBuilder } from './xml-chunks';

/** Dates are strings here: networkx and older Gephi releases do not read GEXF's date attribute type. */
const GEXF_TYPES: Record<AttributeType, string> = {
  string: 'string', 'string[]': 'liststring', int: 'long', double: 'double', date: 'string', boolean: 'boolean',
};

/** A liststring as a JSON array, which graphology's GEXF parser and a reader's JSON parser both take apart unambiguously. */
function gexfValue(value: unknown): string {
  return xmlText(Array.isArray(value) ? JSON.stringify(value) : value);
}

export function* writeGexf(graph: WhosaidGraph, meta: { description: string; exportedAt: Date }): Generator<string> {
  const { xml, take } = xmlChunks();
  xml.ele('gexf', { xmlns: 'http://gexf.net/1.3', 'xmlns:xsi': XSI, 'xsi:schemaLocation': 'http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd', version: '1.3' });
  xml.ele('meta', { lastmodifieddate: meta.exportedAt.toISOString().slice(0, 10) })
    .ele('creator').txt('whosaid').up()
    .ele('description').txt(xmlText(meta.description)).up()
    .up();
  xml.ele('graph', { defaultedgetype: 'directed', mode: 'static' });
  const model = (kind: 'node' | 'edge', attributes: Attribute[]) => {
    xml.ele('attributes', { class: kind });
    const ids = new Map(attributes.map((attribute, index) => {
      xml.ele('attribute', { id: String(index), title: attribute.name, type: GEXF_TYPES[attribute.type] }).up();
      return [attribute.name, String(index)] as const;
    }));
    xml.up();
    return ids;
  };
  const nodeIds = model('node', nodeAttributes(graph));
  const edgeIds = model('edge', edgeAttributes(graph));
  const values = (attributes: Record<string, unknown>, idOf: Map<string, string>) => {
    xml.ele('attvalues');
    for (const [name, value] of Object.entries(attributes)) {
      if (value !== null && value !== undefined) xml.ele('attvalue', { for: idOf.get(name) as string, value: gexfValue(value) }).up();
    }
    xml.up();
  };
  let written = 0;
  xml.ele('nodes');
  for (const { node, attributes } of graph.nodeEntries()) {
    xml.ele('node', { id: xmlText(node), label: xmlText(attributes.label) });
    values(attributes, nodeIds);
    xml.up();
    if (++written % ELEMENTS_PER_CHUNK === 0) yield take();
  }
  xml.up().ele('edges');
  for (const { edge, source, target, attributes } of graph.edgeEntries()) {
    xml.ele('edge', { id: xmlText(edge), source: xmlText(source), target: xmlText(target), label: xmlText(attributes.type) });
    values(attributes, edgeIds);
    xml.up();
    if (++written % ELEMENTS_PER_CHUNK === 0) yield take();
  }
  xml.up().up().up();
  yield take();
}
