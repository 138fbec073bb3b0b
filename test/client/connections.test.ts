// Graph summaries for the side panel: a node's connections, the most quoted speakers, the articles newest first.
import { expect } from 'chai';
import type { GraphPayload } from '../../server/contract';
import { articlesOf, connectionsOf, topSpeakers } from '../../client/connections';
import graphFixture from './fixtures/graph.json';

const fixture = graphFixture as GraphPayload;

describe('client/connections', () => {
  it('should list a statement\'s speaker as an incoming SAID and its article as an outgoing REPORTED_IN.', () => {
    const said = fixture.elements.edges.find((e) => e.data.type === 'SAID' && e.data.source === 'person:vladimir putin');
    const statementId = said?.data.target as string;
    const connections = connectionsOf(fixture, statementId);
    expect(connections.find((c) => c.relation === '← SAID')).to.deep.include({ id: 'person:vladimir putin', label: 'Vladimir Putin', type: 'person' });
    expect(connections.some((c) => c.relation === 'REPORTED_IN' && c.type === 'article')).to.equal(true);
  });

  it('should rank speakers by their number of statements, and break ties by name.', () => {
    const speakers = topSpeakers(fixture, 5);
    expect(speakers).to.have.length(5);
    for (let i = 1; i < speakers.length; i++) expect(speakers[i - 1].statements).to.be.at.least(speakers[i].statements);
    const said = fixture.elements.edges.filter((e) => e.data.type === 'SAID' && e.data.source === speakers[0].node.id);
    expect(speakers[0].statements).to.equal(said.length);
  });

  it('should list the articles newest first.', () => {
    const dates = articlesOf(fixture).map((a) => a.date);
    expect(dates).to.deep.equal(['2022-11-09', '2022-10-05', '2022-09-30', '2022-09-11', '2022-03-29']);
  });

  it('should find nothing around a node that is not in the graph.', () => {
    expect(connectionsOf(fixture, 'person:nobody')).to.deep.equal([]);
  });
});
