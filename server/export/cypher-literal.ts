// Cypher literals for the export script: every string is escaped here, so no value can end a literal or a statement.
import type { AttributeType } from './attributes';

const ESCAPES: Record<string, string> = { '\\': '\\\\', "'": "\\'", '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f' };

/**
 * A single-quoted Cypher string: quote and backslash escaped, every other character below U+0020 (and the
 * lone surrogates, DEL and the Unicode line separators) as a \uXXXX escape, so the script stays one statement a line.
 */
export function cypherString(value: string): string {
  const escaped = value.replace(/[\\'\u0000-\u001f\u007f\u2028\u2029\ud800-\udfff]/g, (char) => (
    ESCAPES[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`
  ));
  return `'${escaped}'`;
}

/** A label, relationship type or property name in backticks, any backtick doubled. */
export function cypherName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `\`${name.replace(/`/g, '``')}\``;
}

function cypherNumber(value: number, type: AttributeType): string {
  if (!Number.isFinite(value)) throw new RangeError(`export/cypher: ${value} has no Cypher literal`);
  // A double that happens to be whole must stay a float in Neo4j: 32 would come back as an integer.
  return type === 'double' && Number.isInteger(value) ? value.toFixed(1) : String(value);
}

export function cypherValue(value: unknown, type: AttributeType): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map((item) => cypherValue(item, type === 'string[]' ? 'string' : type)).join(', ')}]`;
  if (type === 'date') return `date(${cypherString(String(value))})`;
  if (typeof value === 'number') return cypherNumber(value, type);
  if (typeof value === 'boolean') return String(value);
  return cypherString(String(value));
}

/**
 * The literal of a query parameter as the analysts' runner sends it (values.ts, toParams): a whole number within
 * JavaScript's safe range as a Cypher integer, any other number as a float, lists and maps item by item.
 */
export function cypherParamValue(value: unknown): string {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? String(value) : cypherNumber(value, 'double');
  if (Array.isArray(value)) return `[${value.map(cypherParamValue).join(', ')}]`;
  if (value !== null && typeof value === 'object') return cypherMap(Object.entries(value).map(([name, inner]) => [name, cypherParamValue(inner)]));
  return cypherValue(value, 'string');
}

export function cypherMap(entries: [name: string, literal: string][]): string {
  return `{${entries.map(([name, literal]) => `${cypherName(name)}: ${literal}`).join(', ')}}`;
}
