// The workspace's reads on the seed articles: overview, neighbours by type, edges among nodes, timeline, claims, pages.
import { expect } from 'chai';
import type { NeighboursPayload, NodeDetails, OverviewPayload, PlaceClaimsPayload, TimelinePayload } from '../../server/contract';
import type { Database } from '../../server/graph/database';
import { seededDatabase } from '../support/seeded-database';
import { startApiServer, type ApiServer } from './api-server';

const at = (id: string, rest = '') => `/api/nodes/${encodeURIComponent(id)}${rest}`;

describe('The workspace API on the seed articles', function () {
  this.timeout(120_000);
  let db: Database;
  let api: ApiServer;

  before(async () => {
    db = await seededDatabase();
    api = await startApiServer(db);
  });
  after(async () => {
    await api.stop();
    await db.close();
  });

  it('When the overview is asked for, then it gives the size, most quoted speakers, latest articles, busiest places and outlets', async () => {
    const { status, body } = await api.get('/api/overview');
    expect(status).to.equal(200);
    const overview = body as OverviewPayload;
    expect(overview.counts).to.include({ articles: 5, nodes: 215, edges: 517 });
    expect(overview.mostQuoted.map((s) => s.node.label)).to.include.members(['Volodymyr Zelenskyy', 'Vladimir Putin']);
    const counts = overview.mostQuoted.map((s) => s.count);
    expect(counts).to.deep.equal([...counts].sort((a, b) => b - a));
    const dates = overview.latestArticles.map((a) => String(a.date));
    expect(dates[0]).to.equal('2022-11-09');
    expect(dates).to.deep.equal([...dates].sort().reverse());
    expect(overview.placesWithMostEvents[0].count).to.be.above(0);
    expect(overview.outlets.map((o) => o.outlet)).to.include('NBC News');
  });

  it('When a place is expanded, then it gives one page of neighbours, the counts per type, and the speaker of every statement', async () => {
    const { body } = await api.get(at('place:kherson', '/neighbours?types=ABOUT&limit=3&order=date'));
    const expanded = body as NeighboursPayload;
    expect(expanded.node.id).to.equal('place:kherson');
    expect(expanded.counts).to.deep.include({ type: 'ABOUT', direction: 'in', count: 4 });
    expect(expanded.counts).to.deep.include({ type: 'TARGET', direction: 'in', count: 2 });
    expect(expanded.total).to.equal(4);
    const statements = expanded.elements.nodes.filter((n) => n.data.type === 'statement');
    expect(statements).to.have.length(3);
    const reportDates = statements.map((s) => String(s.data.reportDate));
    expect(reportDates).to.deep.equal([...reportDates].sort().reverse());
    for (const statement of statements) {
      const said = expanded.elements.edges.find((e) => e.data.type === 'SAID' && e.data.target === statement.data.id);
      expect(said, `the speaker of ${statement.data.id}`).to.not.equal(undefined);
      expect(expanded.elements.nodes.some((n) => n.data.id === said?.data.source)).to.equal(true);
      expect(expanded.elements.edges.some((e) => e.data.type === 'ABOUT' && e.data.source === statement.data.id && e.data.target === 'place:kherson')).to.equal(true);
    }
  });

  it('When neighbours are filtered by outlet and statement kind, then only those come back', async () => {
    const { body } = await api.get(at('place:kherson', '/neighbours?types=ABOUT&kind=direct&outlet=The%20Independent'));
    const nodes = (body as NeighboursPayload).elements.nodes.map((n) => n.data).filter((n) => n.type === 'statement');
    expect(nodes.length).to.be.above(0);
    expect(nodes.every((n) => n.kind === 'direct' && n.outlet === 'The Independent')).to.equal(true);
  });

  it('When the query names a bad type list or limit, then it answers 400 naming the parameter', async () => {
    const bad = await api.get(at('place:kherson', '/neighbours?types=about;drop'));
    expect(bad.status).to.equal(400);
    expect(bad.body.error.message).to.contain('types');
    expect((await api.get(at('place:kherson', '/neighbours?limit=100000'))).body.error.message).to.contain('limit');
    expect((await api.get(at('place:nowhere', '/neighbours'))).status).to.equal(404);
  });

  it('When a subgraph is asked for by ids, then it gives those nodes and exactly the relationships between them', async () => {
    const { body: expanded } = await api.get(at('person:vladimir putin', '/neighbours?types=SAID'));
    const ids = ['person:vladimir putin', ...(expanded as NeighboursPayload).elements.nodes.map((n) => n.data.id), 'person:nobody'];
    const response = await fetch(`${api.base}/api/subgraph`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ids }) });
    const { elements } = await response.json();
    expect(elements.nodes.map((n: { data: { id: string } }) => n.data.id).sort()).to.deep.equal(ids.slice(0, -1).sort());
    const edges = elements.edges.map((e: { data: { source: string; target: string; type: string } }) => e.data);
    expect(edges.filter((e: { type: string }) => e.type === 'SAID')).to.have.length(4);
    expect(edges.every((e: { source: string; target: string }) => ids.includes(e.source) && ids.includes(e.target))).to.equal(true);
  });

  it('When the timeline is asked for, then events are counted by their own date and by report date, apart', async () => {
    const timeline = (await api.get('/api/timeline')).body as TimelinePayload;
    const total = (series: 'eventsByEventDate' | 'eventsByReportDate' | 'statements') => timeline.days.reduce((sum, d) => sum + d[series], 0);
    expect(total('eventsByReportDate')).to.equal(34);
    expect(total('eventsByEventDate') + timeline.undatedEvents).to.equal(34);
    expect(total('statements')).to.equal(84);
    const direct = (await api.get('/api/timeline?kind=direct')).body as TimelinePayload;
    expect(direct.days.reduce((sum, d) => sum + d.statements, 0)).to.be.within(1, 83);
  });

  it('When Kherson\'s claims are asked for, then they include its region, name who claims each, and mark contradictions', async () => {
    const { status, body } = await api.get(at('place:kherson', '/claims'));
    expect(status).to.equal(200);
    const claims = body as PlaceClaimsPayload;
    expect(claims.related.map((p) => p.label)).to.include('Kherson region');
    expect(claims.claims.map((c) => c.event.label)).to.include.members(['Russia annexed Kherson region', 'Russia withdrew from Kherson', 'Russia captured Kherson']);
    expect(claims.total).to.equal(claims.claims.length);
    const withdrew = claims.claims.find((c) => c.event.verb === 'withdrew_from');
    expect(withdrew?.control).to.deep.equal({ actor: 'Russia', holds: false });
    expect((await api.get(at('person:vladimir putin', '/claims'))).status).to.equal(404);
  });

  it('When a person is asked for by page, then quotes come newest first with a total, and statements about them name the speaker', async () => {
    const first = (await api.get(at('person:vladimir putin', '?pageSize=2'))).body as NodeDetails;
    const second = (await api.get(at('person:vladimir putin', '?pageSize=2&page=2'))).body as NodeDetails;
    expect(first.quotesTotal).to.equal(4);
    expect(first.quotes).to.have.length(2);
    expect(second.quotes).to.have.length(2);
    expect(first.quotes?.map((q) => q.id)).to.not.include.members(second.quotes?.map((q) => q.id) ?? []);
    const dates = [...(first.quotes ?? []), ...(second.quotes ?? [])].map((q) => String(q.article.date));
    expect(dates).to.deep.equal([...dates].sort().reverse());
    expect(first.about?.[0].speaker?.label).to.be.a('string');
    expect(first.aboutTotal).to.be.above(2);
  });

  it('When a place is asked for, then its events list their claimants and dates, and an event names who claims it', async () => {
    const kharkiv = (await api.get(at('place:kharkiv region'))).body as NodeDetails;
    const withdrawal = kharkiv.events?.find((e) => e.verb === 'withdrew_from');
    expect(withdrawal?.claimants.map((c) => c.name)).to.deep.equal(['Russia']);
    expect(withdrawal?.article.date).to.match(/^2022-/);
    const shoigu = (await api.get(at('91df686907f47033:event:5836:0'))).body as NodeDetails;
    expect(shoigu.claimants).to.deep.equal([{ name: 'Sergei Shoigu', id: 'person:sergei shoigu', statementId: '91df686907f47033:statement:5794-5870' }]);
  });

  it('When an article is asked for, then it gives its text and every fact in it by offsets', async () => {
    const article = (await api.get(at('e317b5a54c1bb533'))).body as NodeDetails;
    expect(article.text?.length).to.equal(article.node.length);
    expect(article.facts?.length).to.be.above(5);
    for (const fact of article.facts ?? []) {
      if (fact.type === 'statement') expect(article.text?.slice(fact.start, fact.end)).to.equal(fact.label);
    }
  });

  it('When the client accepts gzip, then answers come compressed', async () => {
    const response = await fetch(`${api.base}/api/overview`, { headers: { 'accept-encoding': 'gzip' } });
    expect(response.headers.get('content-encoding')).to.equal('gzip');
  });
});
