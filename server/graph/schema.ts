// Applies cypher/schema.cypher: every statement is IF NOT EXISTS, so applying it again changes nothing.
import type { Database } from './database';
import { cypher, cypherStatements } from './queries';

export async function applySchema(db: Database, options: { timeoutSeconds?: number } = {}): Promise<void> {
  // Neo4j allows one schema change per transaction, hence one write per statement.
  for (const statement of cypherStatements('schema')) {
    await db.write((tx) => tx.run(statement));
  }
  const timeoutSeconds = options.timeoutSeconds ?? 60;
  await db.read((tx) => tx.run(cypher('await-indexes'), { timeoutSeconds }), { timeoutMs: (timeoutSeconds + 5) * 1000 });
}
