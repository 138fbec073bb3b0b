// Writes the graph as GraphML (Gephi, yEd, networkx, igraph): typed keys for every attribute, streamed in chunks.
import type { WhosaidGraph } from '../graph/read-graph';
import { edgeAttributes, nodeAttributes, type Attribute, type AttributeType } from './attributes';
import { xmlChunks, xmlText, type XmlBuilder } from './xml-chunks';

/** GraphML knows no lists and no dates: lists are joined with "; " and dates written as YYYY-MM-DD strings. */
const GRAPHML_TYPES: Record<AttributeType, string> = {
  string: 'string', 'string[]': 'string', int: 'long', double: 'double', date: 'string', boolean: 'boolean',
};

export const XSI = 'http://www.w3.org/2001/XMLSchema-instance';

export const LIST_SEPARATOR = '; ';

/** Elements written between two chunks: small enough to keep memory flat, large enough to keep chunks few. */
export const ELEMENTS_PER_CHUNK = 500;

function graphmlValue(value: unknown): string {
  return xmlText(Array.isArray(value) ? value.join(LIST_SEPARATOR) : value);
}

export function* writeGraphml(graph: WhosaidGraph): Generator<string> {
  const { xml, take } = xmlChunks();
  const keys = (kind: 'node' | 'edge', attributes: Attribute[]) => new Map(attributes.map((attribute, index) => {
    const id = `${kind[0]}${index}`;
    xml.ele('key', { id, for: kind, 'attr.name': attribute.name, 'attr.type': GRAPHML_TYPES[attribute.type] }).up();
    return [attribute.name, id] as const;
  }));
  xml.ele('graphml', {
    xmlns: 'http://graphml.graphdrawing.org/xmlns',
    'xmlns:xsi': XSI,
    'xsi:schemaLocation': 'http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd',
  });
  const nodeKeys = keys('node', nodeAttributes(graph));
  const edgeKeys = keys('edge', edgeAttributes(graph));
  xml.ele('graph', { id: 'whosaid', edgedefault: 'directed' });
  const data = (attributes: Record<string, unknown>, keyOf: Map<string, string>) => {
    for (const [name, value] of Object.entries(attributes)) {
      if (value !== null && value !== undefined) xml.ele('data', { key: keyOf.get(name) as string }).txt(graphmlValue(value)).up();
    }
  };
  let written = 0;
  for (const { node, attributes } of graph.nodeEntries()) {
    xml.ele('node', { id: xmlText(node) });
    data(attributes, nodeKeys);
    xml.up();
    if (++written % ELEMENTS_PER_CHUNK === 0) yield take();
  }
  for (const { edge, source, target, attributes } of graph.edgeEntries()) {
    xml.ele('edge', { id: xmlText(edge), source: xmlText(source), target: xmlText(target) });
    data(attributes, edgeKeys);
    xml.up();
    if (++written % ELEMENTS_PER_CHUNK === 0) yield take();
  }
  xml.up().up();
  yield take();
}
