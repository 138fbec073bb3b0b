// Runs an analyst's Cypher read-only and bounded: the text checked, the plan vetted, then rows, graph and summary.
import type { CypherPayload } from '../contract';
import { analystResult, graphItemsOf, missingEnds } from '../graph/analyst-result';
import type { Database } from '../graph/database';
import { readRelationshipEnds } from '../graph/read-ends';
import { checkPlan, checkText } from '../graph/read-only-check';
import type { Params, Row } from '../graph/values';
import { STOP_GRACE_MS, type AnalystLimits } from './analyst-limits';
import { withinDeadline } from './deadline';
import { LRUCache } from 'lru-cache';
import { QuerySlots } from './query-slots';

export interface CypherRun {
  query: string;
  params?: Params;
}

export type CypherRunner = (run: CypherRun) => Promise<CypherPayload>;

/** Query texts whose plan Neo4j found read-only: the plan depends on the text alone, not on parameter values. */
const VETTED_TEXTS = 1_000;

export function cypherRunner(db: Database, limits: AnalystLimits): CypherRunner {
  const slots = new QuerySlots(limits.concurrency, limits.timeoutMs);
  const vetted = new LRUCache<string, string>({ max: VETTED_TEXTS });

  return async ({ query, params = {} }) => {
    const started = performance.now();
    checkText(query);
    let queryType = vetted.get(query);
    if (!queryType) {
      const plan = await db.explain(query, params);
      checkPlan(plan);
      queryType = plan.queryType;
      vetted.set(query, queryType);
    }
    const { result } = await slots.start(() => db.readUntrusted(query, params, limits));
    const { columns, rows, truncated } = await withinDeadline(result, limits.timeoutMs + STOP_GRACE_MS);
    const items = graphItemsOf(rows);
    const ends = await readRelationshipEnds(db, missingEnds(items));
    const answer = analystResult(rows, items, ends);
    const kept = withinSize(answer.rows, limits.maxBytes);
    const truncatedBy = kept.length < answer.rows.length ? 'bytes' : truncated ? 'rows' : undefined;
    return {
      columns,
      rows: kept,
      graph: answer.graph,
      summary: {
        rows: kept.length,
        truncated: truncatedBy !== undefined,
        ...(truncatedBy ? { truncatedBy } : {}),
        ms: Math.round((performance.now() - started) * 10) / 10,
        queryType: queryType as CypherPayload['summary']['queryType'],
      },
    };
  };
}

/** The leading rows whose JSON fits in `maxBytes`. */
function withinSize(rows: Row[], maxBytes: number): Row[] {
  let bytes = 2;
  for (let index = 0; index < rows.length; index += 1) {
    bytes += Buffer.byteLength(JSON.stringify(rows[index])) + 1;
    if (bytes > maxBytes) return rows.slice(0, index);
  }
  return rows;
}
