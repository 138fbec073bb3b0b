// What an analyst's query may contain, as data: the procedures and commands that only read, and the plan operators
// that write, change the schema or reach outside the graph, each with the reason a refusal names.

/** Procedures that read the graph or its schema and nothing else; every other procedure is refused. */
export const ALLOWED_PROCEDURES = new Set([
  'db.labels',
  'db.relationshipTypes',
  'db.propertyKeys',
  'db.schema.visualization',
  'db.schema.nodeTypeProperties',
  'db.schema.relTypeProperties',
  'db.index.fulltext.queryNodes',
  'db.index.fulltext.queryRelationships',
]);

/** SHOW commands about this database's own schema; the others (transactions, settings, users) are administration. */
export const ALLOWED_COMMANDS = new Set(['ShowIndexes', 'ShowConstraints', 'ShowProcedures', 'ShowFunctions']);

export type RefusalReason =
  | 'writes' | 'schema' | 'load-csv' | 'in-transactions' | 'procedure' | 'admin' | 'multiple-statements' | 'huge-literal';

export interface OperatorRule {
  /** Matches the operator's name as Neo4j's plan gives it, without "@database". */
  operator: RegExp;
  reason: RefusalReason;
  /** Completes "refused: the query ...". */
  says: string;
}

/** Checked in order; the first rule an operator matches names the refusal. */
export const OPERATOR_RULES: OperatorRule[] = [
  { operator: /^LoadCSV$/, reason: 'load-csv', says: 'reads files or URLs with LOAD CSV' },
  { operator: /^Transaction(Foreach|Apply)$/, reason: 'in-transactions', says: 'runs CALL { … } IN TRANSACTIONS' },
  { operator: /^(Create|Drop)(Index|Constraint|FulltextIndex|LookupIndex|PointIndex|TextIndex|VectorIndex)|^DoNothingIfExists/, reason: 'schema', says: 'changes the schema' },
  { operator: /^(Show|Terminate)|^AdministrationCommand$|^SystemProcedureCall$/, reason: 'admin', says: 'runs an administration command' },
  { operator: /^(Create|Merge|LockingMerge|Delete|DetachDelete|Set|Remove|Foreach)/, reason: 'writes', says: 'writes to the graph' },
];

/** A literal range() longer than this builds a list in one expression, where Neo4j checks no time limit. */
export const MAX_LITERAL_RANGE = 1_000_000;
