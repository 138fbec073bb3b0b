// Every saved question on the seed graph, exported: the export holds each node the question's answer names (the real
// extractor's statement and event ids included), and a question that names none answers 404.
import { expect } from 'chai';
import type { CypherPayload, GraphPayload } from '../../server/contract';
import type { Database } from '../../server/graph/database';
import { savedQuestions } from '../../server/graph/saved-questions';
import { seededDatabase } from '../support/seeded-database';
import { startApiServer, type ApiServer } from './api-server';

/** The columns in which the saved questions return the ids of statements and events. */
const ID_COLUMNS = ['statement', 'event', 'otherEvent'];

/** The questions whose rows hold names and counts only: nothing in their answers names a node. */
const NAMES_NO_NODE = ['busiest-places', 'co-mentioned', 'corroborated-events', 'corroborated-statements', 'most-quoted', 'speakers-about'];

describe('GET /api/export?question=… for every saved question on the seed graph', () => {
  let db: Database;
  let api: ApiServer;

  before(async function () {
    this.timeout(120_000);
    db = await seededDatabase();
    api = await startApiServer(db);
  });
  after(async () => {
    await api?.stop();
    await db?.close();
  });

  for (const name of [...savedQuestions().keys()]) {
    const exportable = !NAMES_NO_NODE.includes(name);
    it(`${name}: ${exportable ? 'the export holds every node its answer names, and each statement\'s and event\'s article' : 'answers 404, its answer naming no node'}`, async () => {
      const answer = (await api.post(`/api/queries/${name}`, {})).body as CypherPayload;
      const { status, body } = await api.get(`/api/export?format=cytoscape&question=${name}`);
      if (!exportable) {
        expect(status).to.equal(404);
        expect(body.error.message).to.match(/name no node of the graph/);
        return;
      }
      expect(status, JSON.stringify(body).slice(0, 300)).to.equal(200);
      const nodes = (body as GraphPayload).elements.nodes.map((node) => node.data);
      const exported = new Set(nodes.map((node) => node.id));
      const named = [
        ...answer.graph.elements.nodes.map((node) => node.data.id),
        ...answer.rows.flatMap((row) => ID_COLUMNS.map((column) => row[column]).filter((value): value is string => typeof value === 'string')),
      ];
      expect(named.length).to.be.greaterThan(0);
      expect(named.filter((id) => !exported.has(id))).to.deep.equal([]);
      const facts = nodes.filter((node) => node.type === 'statement' || node.type === 'event');
      expect(facts.filter((fact) => !exported.has(String(fact.article)))).to.deep.equal([]);
    });
  }
});
