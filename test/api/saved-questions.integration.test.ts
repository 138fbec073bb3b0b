// GET /api/queries and POST /api/queries/:name on the seed graph: each saved question answers what the seed
// articles really say. Facts are asserted, not row counts, since the extractor keeps improving.
import { expect } from 'chai';
import type { GraphPayload } from '../../server/contract';
import type { Database } from '../../server/graph/database';
import { seededDatabase } from '../support/seeded-database';
import { startApiServer, type ApiServer } from './api-server';

type Rows = Array<Record<string, any>>;

describe('saved questions on the seed graph', () => {
  let db: Database;
  let api: ApiServer;
  const ask = async (name: string, params: Record<string, unknown> = {}): Promise<{ rows: Rows; graph: GraphPayload }> => {
    const { status, body } = await api.post(`/api/queries/${name}`, { params });
    expect(status, JSON.stringify(body)).to.equal(200);
    return body;
  };

  before(async function () {
    this.timeout(120_000);
    db = await seededDatabase();
    api = await startApiServer(db);
  });
  after(async () => {
    await api.stop();
    await db.close();
  });

  it('When the questions are listed, then there are at least 15, each with a title, a description and typed parameters', async () => {
    const { status, body } = await api.get('/api/queries');
    expect(status).to.equal(200);
    expect(body.queries.length).to.be.at.least(15);
    const timeline = body.queries.find((question: any) => question.name === 'place-timeline');
    expect(timeline).to.deep.include({ title: 'Timeline of a place' });
    expect(timeline.parameters).to.deep.equal([
      { name: 'place', type: 'string', nullable: false, default: 'Kherson', description: 'a name, an alias or an entity key (any case)' },
    ]);
  });

  it('person-statements: everything Dmitry Peskov said, by outlet and date, newest first', async () => {
    const { rows } = await ask('person-statements', { speaker: 'dmitry peskov' });
    expect(rows.every((row) => row.speaker === 'Dmitry Peskov')).to.equal(true);
    expect(rows).to.deep.include.members([{ ...rows.find((row) => row.quote === 'They will be returned'), outlet: 'NBC News', date: '2022-10-05' }]);
    expect(rows.map((row) => row.outlet)).to.include('news.com.au');
    expect(rows.map((row) => row.date)).to.deep.equal([...rows.map((row) => row.date)].sort().reverse());
  });

  it('speakers-about: the Institute for the Study of War and Carl Bildt are among those who spoke about Lyman', async () => {
    const { rows } = await ask('speakers-about', { entity: 'Lyman' });
    expect(rows.map((row) => row.speaker)).to.include.members(['Institute for the Study of War', 'Carl Bildt']);
    expect(rows.find((row) => row.speaker === 'Carl Bildt')).to.include({ about: 'Lyman' });
  });

  it('event-claims: the Institute for the Study of War claims Ukraine advanced on Lyman, in news.com.au', async () => {
    const { rows } = await ask('event-claims', { place: 'Lyman', verb: 'advanced_on' });
    expect(rows).to.have.length.at.least(1);
    expect(rows[0]).to.include({ verb: 'advanced_on', actor: 'Ukraine', claimant: 'Institute for the Study of War', outlet: 'news.com.au' });
  });

  it('contradictions: Russia is said both to have captured Kherson and to have withdrawn from it, with both sources', async () => {
    const { rows } = await ask('contradictions', { place: 'Kherson' });
    expect(rows).to.have.length.at.least(1);
    expect([rows[0].claim, rows[0].otherClaim]).to.have.members(['Russia captured', 'Russia withdrew_from']);
    expect(rows[0]).to.include({ place: 'Kherson', outlet: 'The Independent', otherOutlet: 'The Independent' });
  });

  it('corroborated-events: Russia\'s mobilization is carried by NBC News and news.com.au', async () => {
    const { rows } = await ask('corroborated-events');
    const mobilized = rows.find((row) => row.verb === 'mobilized' && row.actor === 'Russia');
    expect(mobilized?.outlets).to.include.members(['NBC News', 'news.com.au']);
    expect(mobilized?.outletCount).to.be.at.least(2);
  });

  it('corroborated-statements: the Institute for the Study of War on Ukraine is quoted by NBC News and news.com.au', async () => {
    const { rows } = await ask('corroborated-statements');
    const isw = rows.find((row) => row.speaker === 'Institute for the Study of War' && row.about === 'Ukraine');
    expect(isw?.outlets).to.include.members(['NBC News', 'news.com.au']);
  });

  it('quote-chains: Sergei Rudskoy reached American Military News through the BBC, and the chain is in the graph', async () => {
    const { rows, graph } = await ask('quote-chains');
    expect(rows).to.deep.include.members([{ ...rows.find((row) => row.speaker === 'Sergei Rudskoy'), via: 'BBC', outlet: 'American Military News' }]);
    expect(rows.map((row) => `${row.speaker} → ${row.via}`)).to.include('Kirill Stremousov → RIA Novosti');
    const ids = graph.elements.nodes.map((node) => node.data.id);
    expect(ids).to.include.members(['person:sergei rudskoy', 'organization:bbc']);
    expect(graph.elements.edges.some((edge) => edge.data.type === 'VIA' && edge.data.target === 'organization:bbc')).to.equal(true);
  });

  it('first-report: Antonio Guterres\'s words on annexation were first carried by news.com.au on 30 September 2022', async () => {
    const { rows } = await ask('first-report', { words: 'annexation' });
    expect(rows.find((row) => row.speaker === 'Antonio Guterres')).to.include({ firstOutlet: 'news.com.au', firstDate: '2022-09-30' });
  });

  it('most-quoted: Christopher Tuck is the speaker NBC News quoted most', async () => {
    const { rows } = await ask('most-quoted', { top: 1 });
    expect(rows.find((row) => row.outlet === 'NBC News')).to.include({ rank: 1, speaker: 'Christopher Tuck' });
    expect(rows.every((row) => row.rank === 1)).to.equal(true);
  });

  it('co-mentioned: Russia and Ukraine are mentioned together in every seed article', async () => {
    const { rows } = await ask('co-mentioned', { minArticles: 3 });
    expect(rows.find((row) => row.first === 'Russia' && row.second === 'Ukraine')?.articles).to.equal(5);
    expect(rows.every((row) => row.articles >= 3)).to.equal(true);
  });

  it('place-timeline: the timeline of Kherson holds Russia\'s withdrawal, reported by The Independent', async () => {
    const { rows } = await ask('place-timeline', { place: 'Kherson' });
    expect(rows.find((row) => row.verb === 'withdrew_from')).to.include({ actor: 'Russia', target: 'Kherson', outlet: 'The Independent' });
  });

  it('place-control: Kherson is said to be held by Russia (captured) and given up by Russia (withdrew from)', async () => {
    const { rows } = await ask('place-control', { place: 'Kherson' });
    expect(rows.map((row) => [row.heldBy, row.givenUpBy])).to.deep.include.members([['Russia', null], [null, 'Russia']]);
  });

  it('shortest-path: Dmitry Peskov reaches Lyman through statements, never through an article', async () => {
    const { rows, graph } = await ask('shortest-path', { from: 'Dmitry Peskov', to: 'Lyman' });
    expect(rows).to.have.length(1);
    expect(rows[0].steps[0]).to.equal('Dmitry Peskov');
    expect(rows[0].steps.at(-1)).to.equal('Lyman');
    expect(graph.elements.nodes.map((node) => node.data.type)).not.to.include('article');
    expect(graph.elements.edges).to.have.length(rows[0].hops);
  });

  it('unresolved-speakers: the words "a spokesperson said" gave no named speaker, and they are listed for review', async () => {
    const { rows } = await ask('unresolved-speakers');
    const advancing = rows.find((row) => /advancing along portions of the southern front line/.test(row.quote));
    expect(advancing?.problem).to.be.oneOf(['unresolved', 'generic']);
    expect(advancing).to.include({ outlet: 'The Moscow Times' });
  });

  it('claims-by-speaker: Volodymyr Zelenskyy claims Ukraine captured Vasylenkovo', async () => {
    const { rows } = await ask('claims-by-speaker', { speaker: 'Volodymyr Zelenskyy' });
    expect(rows.find((row) => row.target === 'Vasylenkovo')).to.include({ verb: 'captured', actor: 'Ukraine', outlet: 'The Moscow Times' });
  });

  it('busiest-places: Ukraine is among the three places the seed says most about', async () => {
    const { rows } = await ask('busiest-places', { limit: 3 });
    expect(rows).to.have.length(3);
    expect(rows.map((row) => row.place)).to.include('Ukraine');
  });

  it('When a parameter is left out, then its default from the header is used', async () => {
    const { rows } = await ask('speakers-about');
    expect(rows.map((row) => row.about)).to.include('Lyman');
  });

  it('When a parameter has the wrong type, then it answers 400 naming the question and the parameter', async () => {
    const { status, body } = await api.post('/api/queries/most-quoted', { params: { top: 'three' } });
    expect(status).to.equal(400);
    expect(body.error.message).to.match(/^queries\/most-quoted: params\.top /);
  });

  it('When a parameter is not one the question takes, then it answers 400 naming it', async () => {
    const { status, body } = await api.post('/api/queries/most-quoted', { params: { outlet: 'BBC' } });
    expect(status).to.equal(400);
    expect(body.error.message).to.equal('queries/most-quoted: params.outlet is not a parameter of most-quoted');
  });

  it('When no saved question has the name, then it answers 404 pointing at the list', async () => {
    const { status, body } = await api.post('/api/queries/no-such-question', {});
    expect(status).to.equal(404);
    expect(body.error.message).to.match(/GET \/api\/queries lists them/);
  });
});
