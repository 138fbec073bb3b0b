// Waits out Neo4j's lock after failed logins (three in a row lock the user for 5 s), so later tests can connect.
import neo4j from 'neo4j-driver';
import { setTimeout as sleep } from 'node:timers/promises';
import { testNeo4jSettings } from '../support/database';

export async function untilLoginWorks(): Promise<void> {
  const { uri, user, password } = testNeo4jSettings();
  const deadline = Date.now() + 30_000;
  for (;;) {
    const driver = neo4j.driver(uri, neo4j.auth.basic(user, password));
    try {
      await driver.verifyConnectivity();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await sleep(500);
    } finally {
      await driver.close();
    }
  }
}
