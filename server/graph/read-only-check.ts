// Decides whether an analyst's query only reads: a light look at the text, then Neo4j's own plan as the authority.
import { QueryRefusedError } from '../errors';
import { ALLOWED_COMMANDS, ALLOWED_PROCEDURES, MAX_LITERAL_RANGE, OPERATOR_RULES, type RefusalReason } from './read-only-rules';
import type { QueryPlan } from './untrusted-read';

function refuse(reason: RefusalReason, says: string): never {
  throw new QueryRefusedError(`cypher: refused: the query ${says}; /api/cypher only reads (Bolt gives full access)`, { details: { reason } });
}

/**
 * The query's text with comments, strings and quoted names blanked out (same length), so that what is left is
 * the statement's structure: a ";" inside a string or a comment says nothing about statements.
 */
export function codeOnly(text: string): string {
  return text.replace(/\/\/[^\n]*|\/\*[\s\S]*?(?:\*\/|$)|'(?:[^'\\]|\\[\s\S])*(?:'|$)|"(?:[^"\\]|\\[\s\S])*(?:"|$)|`[^`]*(?:`|$)/g,
    (token) => token.replace(/[^\n]/g, ' '));
}

/** Checks made before Neo4j sees the text: one statement only, and no literal range() that would build a huge list. */
export function checkText(text: string): void {
  const code = codeOnly(text);
  if (/;\s*\S/.test(code)) refuse('multiple-statements', 'holds more than one statement');
  for (const match of code.matchAll(/\brange\s*\(\s*(-?\d+)\s*,\s*(-?\d+)\s*(?:,\s*(-?\d+)\s*)?\)/gi)) {
    const [start, end, step] = [Number(match[1]), Number(match[2]), Number(match[3] ?? 1)];
    const length = step === 0 ? Infinity : Math.floor((end - start) / step) + 1;
    if (length > MAX_LITERAL_RANGE) refuse('huge-literal', `builds a list of ${length} numbers with range() (${MAX_LITERAL_RANGE} at most)`);
  }
}

/** Checks Neo4j's plan: no operator that writes or reaches outside, no procedure off the list, a read-only query type. */
export function checkPlan(plan: QueryPlan): void {
  for (const { name, details } of plan.operators) {
    if (name === 'ProcedureCall') {
      const procedure = /^\s*([\w.]+)\s*\(/.exec(details)?.[1] ?? details;
      if (ALLOWED_PROCEDURES.has(procedure)) continue;
      if (/^dbms\./i.test(procedure)) refuse('admin', `calls the administration procedure ${procedure}`);
      refuse('procedure', `calls the procedure ${procedure}, which is not on the list of read-only procedures`);
    }
    if (ALLOWED_COMMANDS.has(name)) continue;
    const rule = OPERATOR_RULES.find(({ operator }) => operator.test(name));
    if (rule) refuse(rule.reason, `${rule.says} (${name})`);
  }
  if (plan.queryType === 's') refuse('schema', 'changes the schema or the system');
  if (plan.queryType !== 'r') refuse('writes', `writes to the graph (query type ${plan.queryType})`);
}
