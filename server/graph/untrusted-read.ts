// Runs Cypher that an analyst wrote, not whosaid: planned without running (EXPLAIN), or run in a read transaction
// with a time limit, keeping at most a given number of rows.
import neo4j, { Neo4jError, type Driver } from 'neo4j-driver';
import { CypherError, QueryRefusedError, QueryTimeoutError } from '../errors';
import { toParams, toRow, type Params, type Row } from './values';

/** One operator of Neo4j's plan: its name without the "@database" suffix, and the details Neo4j prints for it. */
export interface PlanOperator {
  name: string;
  details: string;
}

export interface QueryPlan {
  /** r (read only), rw, w (writes), s (schema). */
  queryType: string;
  operators: PlanOperator[];
}

export interface UntrustedReadOptions {
  timeoutMs: number;
  /** Rows past this many are not read: Neo4j is told to discard them. */
  maxRows: number;
}

export interface UntrustedRows {
  columns: string[];
  rows: Row[];
  /** True when the query had more rows than `maxRows`. */
  truncated: boolean;
}

/** The line EXPLAIN takes before the query's text: positions Neo4j reports are moved back by it. */
const EXPLAIN_PREFIX = 'EXPLAIN\n';

const TIMEOUT_CODES = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
]);

/** Neo4j's answer to a write attempted in a read transaction: the last of the three read-only guards. */
const ACCESS_MODE_CODE = 'Neo.ClientError.Statement.AccessMode';

export async function explainQuery(driver: Driver, database: string | undefined, text: string, params: Params): Promise<QueryPlan> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    const result = await session.run(`${EXPLAIN_PREFIX}${text}`, toParams(params));
    const { queryType, plan } = result.summary;
    return { queryType: String(queryType), operators: plan ? operatorsOf(plan) : [] };
  } catch (error) {
    throw analystError(error, 1);
  } finally {
    await session.close();
  }
}

export async function readUntrusted(
  driver: Driver, database: string | undefined, text: string, params: Params, options: UntrustedReadOptions,
): Promise<UntrustedRows> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ, fetchSize: Math.min(options.maxRows + 1, 1000) });
  // An explicit transaction, not a managed one: a managed one would re-run a query that failed for a transient
  // reason (out of memory, say), and an analyst's query that failed once should not run again on its own.
  const tx = session.beginTransaction({ timeout: options.timeoutMs, metadata: { app: 'whosaid', path: '/api/cypher' } });
  try {
    const result = tx.run(text, toParams(params));
    const columns = (await result.keys()) as string[];
    const rows: Row[] = [];
    let truncated = false;
    for await (const record of result) {
      if (rows.length === options.maxRows) {
        truncated = true;
        break;
      }
      rows.push(toRow(record));
    }
    return { columns, rows, truncated };
  } catch (error) {
    throw analystError(error, 0);
  } finally {
    await tx.rollback().catch(() => undefined);
    await session.close();
  }
}

type PlanNode = { operatorType: string; arguments: Record<string, unknown>; children: PlanNode[] };

function operatorsOf(plan: PlanNode): PlanOperator[] {
  const details = plan.arguments?.Details;
  const own = { name: plan.operatorType.replace(/@.*$/, ''), details: typeof details === 'string' ? details : '' };
  return [own, ...(plan.children ?? []).flatMap(operatorsOf)];
}

/**
 * A Neo4j failure as the analyst should see it: a timeout, a refused write, or a Cypher error with Neo4j's code and
 * the line and column in the analyst's own text. Other failures (Neo4j unreachable) pass through unchanged.
 */
function analystError(error: unknown, linesBefore: number): unknown {
  if (!(error instanceof Neo4jError)) return error;
  if (TIMEOUT_CODES.has(error.code)) {
    return new QueryTimeoutError('cypher: the query ran past its time limit and was stopped', { cause: error, details: { code: error.code } });
  }
  if (error.code === ACCESS_MODE_CODE) {
    return new QueryRefusedError('cypher: refused: the query writes, and /api/cypher runs read transactions only',
      { cause: error, details: { code: error.code, reason: 'writes' } });
  }
  if (!error.code.startsWith('Neo.ClientError.')) return error;
  const position = errorPosition(error, linesBefore);
  const firstLine = error.message.split('\n')[0].replace(/\s*\(line \d+, column \d+ \(offset: \d+\)\)\s*$/, '');
  const where = position ? ` (line ${position.line}, column ${position.column})` : '';
  return new CypherError(`cypher: ${firstLine}${where}`, { cause: error, details: { code: error.code, ...position } });
}

/**
 * Where in the analyst's text Neo4j found the fault: from the structured GQL diagnostic record when the server
 * sends one (Bolt 5.7+ servers), otherwise from the "(line L, column C (offset: O))" Neo4j 5.26 writes in its message.
 */
function errorPosition(error: Neo4jError, linesBefore: number): { line: number; column: number; offset: number } | undefined {
  const structured = (error.diagnosticRecord as { _position?: { line?: unknown; column?: unknown; offset?: unknown } } | undefined)?._position;
  let found: { line: number; column: number; offset: number } | undefined;
  if (structured && structured.line !== undefined) {
    found = { line: Number(structured.line), column: Number(structured.column), offset: Number(structured.offset) };
  } else {
    const match = /\(line (\d+), column (\d+) \(offset: (\d+)\)\)/.exec(error.message);
    if (match) found = { line: Number(match[1]), column: Number(match[2]), offset: Number(match[3]) };
  }
  if (!found || found.line <= linesBefore) return undefined;
  return { line: found.line - linesBefore, column: found.column, offset: found.offset - (linesBefore > 0 ? EXPLAIN_PREFIX.length : 0) };
}
