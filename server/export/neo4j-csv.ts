// Writes the node and relationship files `neo4j-admin database import full` reads, with typed headers, one file per kind.
import type { NodeType } from '../contract';
import type { WhosaidGraph } from '../graph/read-graph';
import type { AttributeType } from './attributes';
import { csvRows } from './csv-chunks';
import type { ExportFile } from './export-file';
import { storedNode, type StoredNode } from './stored-nodes';

/** neo4j-admin's header types; `date` is a Cypher date, arrays take `;` (the tool's default array delimiter) between items. */
const IMPORT_TYPES: Record<AttributeType, string> = {
  string: 'string', 'string[]': 'string[]', int: 'long', double: 'double', date: 'date', boolean: 'boolean',
};
export const ARRAY_DELIMITER = ';';

/** The import tool's options these files need: quotes may span lines; list items are separated by ARRAY_DELIMITER. */
export const IMPORT_OPTIONS = ['--multiline-fields=true', `--array-delimiter=${ARRAY_DELIMITER}`];

function cell(value: unknown): unknown {
  return Array.isArray(value) ? value.join(ARRAY_DELIMITER) : value;
}

function nodesOfType(graph: WhosaidGraph, type: NodeType): StoredNode[] {
  return graph.filterNodes((_id, attributes) => attributes.type === type).map((id) => storedNode(id, graph.getNodeAttributes(id)));
}

function nodeFile(type: NodeType, nodes: StoredNode[]): ExportFile {
  const properties = new Map<string, AttributeType>();
  nodes.forEach((node) => node.properties.forEach(({ name, type: valueType }) => properties.has(name) || properties.set(name, valueType)));
  const names = [...properties.keys()];
  const header = [`${nodes[0].keyProperty}:ID`, ':LABEL', ...names.map((name) => `${name}:${IMPORT_TYPES[properties.get(name) as AttributeType]}`)];
  const rows = () => nodes.map((node) => {
    const byName = new Map(node.properties.map(({ name, value }) => [name, value]));
    return [node.key, node.labels.join(ARRAY_DELIMITER), ...names.map((name) => cell(byName.get(name)))];
  });
  return { name: `nodes-${type}.csv`, chunks: () => csvRows(header, rows(), { quoteAll: true }) };
}

function relationshipFile(graph: WhosaidGraph, type: string, edges: string[]): ExportFile {
  const withCount = edges.some((edge) => graph.getEdgeAttribute(edge, 'count') !== undefined);
  const header = [':START_ID', ':END_ID', ':TYPE', ...(withCount ? ['count:long'] : [])];
  const rows = () => edges.map((edge) => [
    graph.source(edge), graph.target(edge), type, ...(withCount ? [graph.getEdgeAttribute(edge, 'count')] : []),
  ]);
  return { name: `relationships-${type.toLowerCase()}.csv`, chunks: () => csvRows(header, rows(), { quoteAll: true }) };
}

/** The command that imports these files, written into the archive beside them. */
export function importCommand(files: ExportFile[]): string {
  const option = (file: ExportFile) => (file.name.startsWith('nodes-') ? `--nodes=${file.name}` : `--relationships=${file.name}`);
  return [
    '# Import into an empty database (Neo4j 5): run in this folder, with the database stopped.',
    '# Quotes may span lines, hence --multiline-fields; list properties (aliases) separate items with ";".',
    `neo4j-admin database import full neo4j ${IMPORT_OPTIONS.map((option) => `'${option}'`).join(' ')} \\`,
    ...files.map((file, index) => `  ${option(file)}${index === files.length - 1 ? '' : ' \\'}`),
    '',
  ].join('\n');
}

export function neo4jCsvFiles(graph: WhosaidGraph): ExportFile[] {
  const types = new Set<NodeType>();
  graph.forEachNode((_id, attributes) => types.add(attributes.type));
  const nodeFiles = [...types].sort().map((type) => nodeFile(type, nodesOfType(graph, type)));
  const edgesByType = new Map<string, string[]>();
  graph.forEachEdge((edge, attributes) => {
    const edges = edgesByType.get(attributes.type) ?? [];
    edges.push(edge);
    edgesByType.set(attributes.type, edges);
  });
  const relationshipFiles = [...edgesByType].sort(([a], [b]) => a.localeCompare(b)).map(([type, edges]) => relationshipFile(graph, type, edges));
  const files = [...nodeFiles, ...relationshipFiles];
  return [...files, { name: 'import.sh', chunks: function* () { yield importCommand(files); } }];
}
