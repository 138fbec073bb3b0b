// whosaid's API contract: the zod schemas of every request and payload, and the types inferred from them.
//
// The server validates requests and the OpenAPI document is generated from these schemas; the client imports
// the types only (type imports are erased from its bundle). Nothing here imports from the rest of the server.
export * from './articles';
export * from './graph';
export * from './nodes';
export * from './search';
export * from './service';
export * from './workspace';
export * from './claims';
export * from './export';
export * from './cypher';
export * from './queries';
export * from './analytics';
