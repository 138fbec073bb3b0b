// Writes a Cypher script that rebuilds the exported subgraph in an empty Neo4j: the schema, then nodes and relationships
// in batches of literal rows. Every value goes through cypher-literal.ts; nothing from the data is pasted in unescaped.
import type { NodeType } from '../contract';
import type { WhosaidGraph } from '../graph/read-graph';
import { cypherStatements } from '../graph/queries';
import { cypherMap, cypherName, cypherString, cypherValue } from './cypher-literal';
import { NODE_KINDS, storedNode, type StoredNode } from './stored-nodes';

/** Rows per statement: one statement stays a modest transaction, and the script a manageable number of them. */
export const ROWS_PER_STATEMENT = 500;

function* batches<T>(items: Iterable<T>, size = ROWS_PER_STATEMENT): Generator<T[]> {
  let batch: T[] = [];
  for (const item of items) {
    batch.push(item);
    if (batch.length === size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

function nodeRow(node: StoredNode): string {
  return cypherMap([[node.keyProperty, cypherString(node.key)], ...node.properties.map(({ name, type, value }) => [name, cypherValue(value, type)] as [string, string])]);
}

function matchNode(variable: string, type: NodeType, key: string): string {
  const { labels, keyProperty } = NODE_KINDS[type];
  return `MATCH (${variable}:${cypherName(labels[0])} {${cypherName(keyProperty)}: ${key}})`;
}

export function* writeCypherScript(graph: WhosaidGraph, meta: { description: string; exportedAt: Date }): Generator<string> {
  yield `// whosaid export: ${meta.description.replace(/[\r\n\u2028\u2029]+/g, ' ')}\n`;
  yield `// Exported ${meta.exportedAt.toISOString()}. Run in an empty Neo4j 5 database, e.g. cypher-shell -f <this file>;\n`;
  yield '// each statement ends with a semicolon at the end of its line.\n\n';
  for (const statement of cypherStatements('schema')) yield `${statement.text};\n`;
  yield '\n';

  const byType = new Map<NodeType, StoredNode[]>();
  graph.forEachNode((id, attributes) => {
    const nodes = byType.get(attributes.type) ?? [];
    nodes.push(storedNode(id, attributes));
    byType.set(attributes.type, nodes);
  });
  for (const [type, nodes] of byType) {
    const labels = NODE_KINDS[type].labels.map(cypherName).join(':');
    for (const batch of batches(nodes)) {
      yield `UNWIND [${batch.map(nodeRow).join(', ')}] AS row CREATE (node:${labels}) SET node = row;\n`;
    }
  }

  // Relationships grouped by type and end kinds, so each statement matches its ends through their key constraints.
  const groups = new Map<string, { type: string; from: NodeType; to: NodeType; rows: string[] }>();
  graph.forEachEdge((_edge, attributes, source, target, sourceAttributes, targetAttributes) => {
    const group = `${attributes.type}|${sourceAttributes.type}|${targetAttributes.type}`;
    if (!groups.has(group)) groups.set(group, { type: attributes.type, from: sourceAttributes.type, to: targetAttributes.type, rows: [] });
    const properties = attributes.count === undefined ? [] : [['count', cypherValue(attributes.count, 'int')] as [string, string]];
    groups.get(group)?.rows.push(cypherMap([['from', cypherString(source)], ['to', cypherString(target)], ['properties', cypherMap(properties)]]));
  });
  for (const { type, from, to, rows } of groups.values()) {
    for (const batch of batches(rows)) {
      yield `UNWIND [${batch.join(', ')}] AS row ${matchNode('source', from, 'row.from')} ${matchNode('target', to, 'row.to')} `
        + `CREATE (source)-[relationship:${cypherName(type)}]->(target) SET relationship = row.properties;\n`;
    }
  }
}
