// Writes CSV rows in chunks with csv-stringify, and defuses cells a spreadsheet would run as a formula.
import { stringify } from 'csv-stringify/sync';
import { ELEMENTS_PER_CHUNK } from './graphml';

/** What spreadsheets read as the start of a formula (OWASP's list): such a cell is prefixed with a quote mark. */
const FORMULA_START = /^[=+\-@\t\r]/;

export function defuseFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

export interface CsvOptions {
  /** Quote every non-empty cell (neo4j-admin import tells an empty string from a missing value that way). */
  quoteAll?: boolean;
  /** Prefix formula-like text cells: for files people open in spreadsheets, never for files a tool imports. */
  defuseFormulas?: boolean;
}

export function* csvRows(header: string[], rows: Iterable<unknown[]>, options: CsvOptions = {}): Generator<string> {
  const write = (batch: unknown[][]) => stringify(batch, {
    quoted: options.quoteAll ?? false,
    cast: { string: (cell) => (options.defuseFormulas ? defuseFormula(cell) : cell) },
  });
  yield stringify([header]);
  let batch: unknown[][] = [];
  for (const row of rows) {
    batch.push(row);
    if (batch.length === ELEMENTS_PER_CHUNK) {
      yield write(batch);
      batch = [];
    }
  }
  if (batch.length > 0) yield write(batch);
}
