// Hostile use of the embedded Neo4j's Bolt port: no or wrong credentials, and Cypher that reaches for files or the network.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect } from 'chai';
import neo4j, { Neo4jError, type AuthToken } from 'neo4j-driver';
import { testNeo4jSettings } from '../support/database';
import { untilLoginWorks } from './bolt-login';

async function refusal(auth: AuthToken | undefined, cypher = 'RETURN 1'): Promise<Neo4jError> {
  const driver = neo4j.driver(testNeo4jSettings().uri, auth);
  try {
    await driver.executeQuery(cypher);
  } catch (error) {
    return error as Neo4jError;
  } finally {
    await driver.close();
  }
  throw new Error(`test: ${cypher} was not refused`);
}

describe('Security: the Bolt port of the embedded Neo4j', () => {
  after(untilLoginWorks);

  const logins: [string, AuthToken | undefined][] = [
    ['no credentials at all', undefined],
    ['the user and an empty password', neo4j.auth.basic('neo4j', '')],
    ["Neo4j's factory password", neo4j.auth.basic('neo4j', 'neo4j')],
    ['a wrong password', neo4j.auth.basic('neo4j', 'wrong-password')],
  ];
  for (const [what, auth] of logins) {
    it(`When a client connects with ${what}, then it is refused as unauthorized`, async () => {
      const error = await refusal(auth);
      expect(error.code).to.equal('Neo.ClientError.Security.Unauthorized');
      // Failed logins lock the user for 5 s after three in a row: each case starts from a working login.
      await untilLoginWorks();
    });
  }

  describe('with the right credentials', () => {
    let target: Server;
    let requests = 0;
    let port: number;
    let asOwner: AuthToken;

    before(async () => {
      const { user, password } = testNeo4jSettings();
      asOwner = neo4j.auth.basic(user, password);
      target = createServer((_req, res) => {
        requests += 1;
        res.end('secret,data\n');
      }).listen(0, '127.0.0.1');
      await new Promise((resolve) => target.once('listening', resolve));
      port = (target.address() as AddressInfo).port;
    });
    after(() => new Promise((resolve) => target.close(resolve)));

    const fileUrls = ['file:///etc/passwd', 'file:///../../../../etc/passwd', 'file:../../../../etc/passwd'];
    for (const url of fileUrls) {
      it(`When Cypher loads ${url}, then Neo4j refuses file URLs`, async () => {
        const error = await refusal(asOwner, `LOAD CSV FROM '${url}' AS row RETURN row LIMIT 1`);
        expect(error.code).to.equal('Neo.ClientError.Statement.ExternalResourceFailed');
        expect(error.message).to.include("configuration property 'dbms.security.allow_csv_import_from_file_urls' is false");
      });
    }

    for (const host of ['127.0.0.1', 'localhost']) {
      it(`When Cypher loads http://${host}:<port>/, then Neo4j refuses the address and the server there gets no request`, async () => {
        const error = await refusal(asOwner, `LOAD CSV FROM 'http://${host}:${port}/data.csv' AS row RETURN row LIMIT 1`);
        expect(error.code).to.equal('Neo.ClientError.Statement.ExternalResourceFailed');
        expect(error.message).to.include('is blocked via the configuration property internal.dbms.cypher_ip_blocklist');
        expect(requests).to.equal(0);
      });
    }
  });
});
