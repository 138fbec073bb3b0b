// GET and POST /api/export: every format as a named download, chosen by node ids (with neighbours), article or whole graph.
import { expect } from 'chai';
import type { GraphPayload } from '../../server/contract';
import { download, startExportWorld, unzipText, type ExportWorld } from '../export/support/export-api';

describe('GET and POST /api/export', () => {
  let world: ExportWorld;
  before(async () => {
    world = await startExportWorld();
  });
  after(() => world.stop());

  const cytoscape = async (query: string) => {
    const { status, text } = await download(world.api, `/api/export?format=cytoscape&${query}`);
    expect(status, text).to.equal(200);
    return (JSON.parse(text) as GraphPayload).elements;
  };

  it('When each format is asked for the whole graph, then each comes as a download with its content type and file name', async () => {
    const expected: Record<string, [RegExp, RegExp]> = {
      cytoscape: [/^application\/json/, /\.cytoscape\.json"?$/],
      graphology: [/^application\/json/, /\.graphology\.json"?$/],
      graphml: [/^application\/graphml\+xml/, /\.graphml"?$/],
      gexf: [/^application\/gexf\+xml/, /\.gexf"?$/],
      'neo4j-csv': [/^application\/zip/, /\.neo4j-import\.zip"?$/],
      cypher: [/^text\/plain; charset=utf-8/, /\.cypher"?$/],
      citations: [/^text\/csv; charset=utf-8/, /\.citations\.csv"?$/],
      report: [/^text\/html; charset=utf-8/, /\.report\.html"?$/],
      bundle: [/^application\/zip/, /\.bundle\.zip"?$/],
    };
    for (const [format, [type, name]] of Object.entries(expected)) {
      const { status, headers, bytes } = await download(world.api, `/api/export?format=${format}`);
      expect(status, format).to.equal(200);
      expect(headers.get('content-type'), format).to.match(type);
      expect(headers.get('content-disposition'), format).to.match(/^attachment; filename="?whosaid-graph-\d{4}-\d{2}-\d{2}/).and.match(name);
      expect(bytes.length, format).to.be.greaterThan(100);
    }
  });

  it('When the whole graph is exported, then it holds every node and relationship of the database', async () => {
    const { nodes, edges } = await cytoscape('');
    expect(nodes).to.have.length(9 + 7);
    expect(edges.length).to.be.greaterThan(20);
    const { body } = await world.api.get('/api/graph');
    expect(nodes.length).to.equal(body.elements.nodes.length);
    expect(edges.length).to.equal(body.elements.edges.length);
  });

  it('When node ids are given, then only those nodes come, and with a depth their neighbours up to that many links away', async () => {
    const alone = await cytoscape('nodes=person:dmitry%20peskov');
    expect(alone.nodes.map((node) => node.data.id)).to.deep.equal(['person:dmitry peskov']);
    expect(alone.edges).to.deep.equal([]);
    const near = await cytoscape('nodes=person:dmitry%20peskov&depth=1');
    const ids = near.nodes.map((node) => node.data.id);
    expect(ids).to.include.members(['person:dmitry peskov', `${world.smallArticle}:s1`, world.smallArticle]);
    expect(ids.filter((id) => id.startsWith(world.hostileArticle))).to.deep.equal([]);
    expect(near.edges.every((edge) => ids.includes(edge.data.source) && ids.includes(edge.data.target))).to.equal(true);
    const further = await cytoscape('nodes=person:dmitry%20peskov&depth=2');
    expect(further.nodes.length).to.be.greaterThan(near.nodes.length);
  });

  it('When an article is given, then it comes with its facts and the entities involved, and nothing of the other article', async () => {
    const { nodes } = await cytoscape(`article=${world.hostileArticle}`);
    const types = nodes.map((node) => node.data.type).sort();
    expect(types).to.deep.equal(['article', 'event', 'person', 'person', 'place', 'statement', 'statement']);
    const statement = nodes.find((node) => node.data.id === `${world.hostileArticle}:s1`)?.data;
    expect(statement).to.include({ articleOutlet: '@Outlet <script>alert(1)</script>', articleDate: '2022-11-01' });
    expect(String(statement?.sentenceText)).to.match(/^"=HYPERLINK/);
  });

  it('When a selection comes by POST with a view, then the bundle holds every file and the view to reopen', async () => {
    const view = { positions: { 'person:dmitry peskov': { x: 10, y: -20.5 } }, zoom: 1.25, pan: { x: 3, y: 4 }, hiddenTypes: ['article'] };
    const { status, headers, bytes } = await download(world.api, '/api/export', {
      format: 'bundle', title: 'Peskov on Kherson', selection: { nodes: ['person:dmitry peskov'], depth: 1 }, view,
    });
    expect(status).to.equal(200);
    expect(headers.get('content-disposition')).to.match(/whosaid-selection-.*\.bundle\.zip/);
    const files = unzipText(bytes);
    expect([...files.keys()]).to.include.members([
      'report.html', 'graph.graphml', 'graph.gexf', 'citations.csv', 'query.cypher', 'view.json', 'graph.json',
      'neo4j-import/nodes-person.csv', 'neo4j-import/relationships-said.csv', 'neo4j-import/import.sh',
    ]);
    expect(JSON.parse(files.get('view.json') as string)).to.deep.include({ title: 'Peskov on Kherson', view });
    expect(files.get('query.cypher')).to.include(":param ids => ['person:dmitry peskov'];").and.include(':param depth => 1;').and.include('$depth');
    expect(files.get('report.html')).to.include('<title>Peskov on Kherson</title>');
  });

  it('When the format is missing or unknown, or two selections are given, then it answers 400 naming the parameter', async () => {
    const cases: [string, RegExp][] = [
      ['/api/export', /format/],
      ['/api/export?format=pdf', /format must be one of cytoscape, graphology/],
      [`/api/export?format=gexf&nodes=x&article=${world.smallArticle}`, /choose at most one of nodes, article, question, cypher \(got nodes and article\)/],
      ['/api/export?format=gexf&nodes=x&depth=9', /depth must be a number from 0 to 3/],
      ['/api/export?format=gexf&article=<script>', /article must be an article id/],
    ];
    for (const [path, message] of cases) {
      const { status, body } = await world.api.get(path);
      expect(status, path).to.equal(400);
      expect(body.error.name).to.equal('InvalidInputError');
      expect(body.error.message, path).to.match(message);
    }
  });

  it('When a node or article does not exist, then it answers 404 naming it', async () => {
    const missingNode = await world.api.get('/api/export?format=graphml&nodes=person:nobody');
    expect(missingNode.status).to.equal(404);
    expect(missingNode.body.error.message).to.include('"person:nobody"');
    const missingArticle = await world.api.get('/api/export?format=graphml&article=0123456789abcdef');
    expect(missingArticle.status).to.equal(404);
  });

  it('When the OpenAPI document is read, then it describes both export routes', async () => {
    const { body } = await world.api.get('/api/openapi.json');
    expect(body.paths['/api/export'].get.operationId).to.equal('exportGraph');
    expect(body.paths['/api/export'].post.operationId).to.equal('exportSelection');
    expect(body.paths['/api/export'].get.parameters.map((p: { name: string }) => p.name)).to.include.members(['format', 'nodes', 'depth', 'article', 'title']);
  });
});
