// Says whether Neo4j answers; any failure to reach it, whatever its cause, means the service is unavailable.
import type { Database } from '../graph/database';
import type { HealthPayload } from '../contract';

/** `onFailure` hears why Neo4j did not answer, for the log: the payload itself says only "down". */
export async function checkHealth(db: Database, onFailure: (error: unknown) => void = () => undefined): Promise<HealthPayload> {
  try {
    await db.ping();
    return { status: 'ok', neo4j: 'up' };
  } catch (error) {
    onFailure(error);
    return { status: 'unavailable', neo4j: 'down' };
  }
}
