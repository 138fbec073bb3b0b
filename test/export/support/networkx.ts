// Reads a GraphML or GEXF file with networkx (Debian's python3-networkx) in a child process and reports what it found.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** networkx's own readers; the summary lists counts, edge types and the attributes of the nodes asked about. */
const READ_WITH_NETWORKX = `
import json, sys
import networkx as nx
kind, path, *wanted = sys.argv[1:]
graph = nx.read_graphml(path, force_multigraph=True) if kind == 'graphml' else nx.read_gexf(path, version='1.3')
print(json.dumps({
  'directed': graph.is_directed(),
  'nodes': graph.number_of_nodes(),
  'edges': graph.number_of_edges(),
  'ids': sorted(graph.nodes),
  'edgeTypes': sorted({data.get('type') for _, _, data in graph.edges(data=True)}),
  'attributes': {node: graph.nodes[node] for node in wanted},
}, default=str))
`;

export interface NetworkxSummary {
  directed: boolean;
  nodes: number;
  edges: number;
  /** Every node's id, sorted. */
  ids: string[];
  edgeTypes: string[];
  attributes: Record<string, Record<string, unknown>>;
}

export async function readWithNetworkx(kind: 'graphml' | 'gexf', path: string, nodes: string[]): Promise<NetworkxSummary> {
  const { stdout } = await run('python3', ['-c', READ_WITH_NETWORKX, kind, path, ...nodes], { maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(stdout) as NetworkxSummary;
}
