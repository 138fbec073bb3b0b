// The JSON the API sends, declared once: the server writes these shapes and the client reads them.

export type NodeType = 'person' | 'organization' | 'place' | 'statement' | 'event' | 'article';

export interface GraphNodeData {
  /** Stable key: an entity key ("person:vladimir putin"), a statement or event id, an article id. Never a Neo4j id. */
  id: string;
  label: string;
  type: NodeType;
  [extra: string]: unknown;
}

export interface GraphEdgeData {
  id: string;
  source: string;
  target: string;
  /** Relationship type: SAID, ABOUT, VIA, REPORTED_IN, MENTIONS, ACTOR, TARGET, CLAIMS. */
  type: string;
  [extra: string]: unknown;
}

export interface GraphPayload {
  elements: {
    nodes: { data: GraphNodeData }[];
    edges: { data: GraphEdgeData }[];
  };
}

export interface ArticleRef {
  id: string;
  title: string | null;
  outlet: string | null;
  date: string | null;
}

export interface QuoteSummary {
  id: string;
  quote: string;
  kind: string;
  verb: string;
  article: ArticleRef;
}

/** GET /api/nodes/:id */
export interface NodeDetails {
  node: GraphNodeData;
  /** For a person or organization: what they said, with where it was reported. */
  quotes?: QuoteSummary[];
  /** For a statement or event: the sentence it came from, its offsets and article. */
  provenance?: {
    article: ArticleRef;
    sentence: string;
    sentenceStart: number;
    sentenceEnd: number;
    start: number;
    end: number;
  };
}

export interface HealthPayload {
  status: 'ok' | 'unavailable';
  neo4j: 'up' | 'down';
}

export interface ErrorPayload {
  error: { name: string; message: string };
}

/** GET /api/search?q=: entities by name or alias and statements by their words, best match first. */
export interface SearchPayload {
  results: { node: GraphNodeData; score: number }[];
}
