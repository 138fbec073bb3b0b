// The citations CSV and the neo4j-admin CSVs: documented headers, one row per fact, formula-like cells defused for spreadsheets.
import { expect } from 'chai';
import { parse } from 'csv-parse/sync';
import { CITATION_HEADERS, writeCitationsCsv } from '../../server/export/citations-csv';
import { defuseFormula } from '../../server/export/csv-chunks';
import { importCommand, neo4jCsvFiles } from '../../server/export/neo4j-csv';
import { ARTICLE, collect, hostileGraph, SPEAKER } from './fixtures/hostile-graph';
import { HOSTILE_OUTLET, HOSTILE_QUOTE, HOSTILE_SPEAKER, HOSTILE_TITLE, HOSTILE_URL } from './fixtures/hostile-article';

const rowsOf = (text: string): Record<string, string>[] => parse(text, { columns: true, relax_quotes: false });

describe('export/citations-csv', () => {
  it('When a graph has a statement and an event, then there is one row each, with speaker or actor, words, source and sentence', () => {
    const rows = rowsOf(collect(writeCitationsCsv(hostileGraph())));
    expect(Object.keys(rows[0])).to.deep.equal(CITATION_HEADERS);
    expect(rows.map((row) => row.type)).to.deep.equal(['statement', 'event']);
    const [statement, event] = rows;
    expect(statement).to.include({ citation: '1', kind: 'direct', verb: 'said', target: 'Kherson', date: '2022-11-01', url: HOSTILE_URL, 'sentence start': '40', 'sentence end': '173', start: '41', end: '134' });
    expect(event).to.include({ verb: 'attacked', target: 'Kherson', claimant: "'@Eve", 'event date': '2022-11-02', 'quote or phrase': 'attacked' });
  });

  it('When a cell starts with =, +, - or @, then it is prefixed with a quote mark so a spreadsheet shows it as text', () => {
    const [statement] = rowsOf(collect(writeCitationsCsv(hostileGraph())));
    expect(statement['quote or phrase']).to.equal(`'${HOSTILE_QUOTE}`);
    expect(statement['speaker or actor']).to.equal(`'${HOSTILE_SPEAKER}`);
    expect(statement.title).to.equal(`'${HOSTILE_TITLE}`);
    expect(statement.outlet).to.equal(`'${HOSTILE_OUTLET}`);
    expect(statement.sentence.startsWith('"=HYPERLINK')).to.equal(true);
    expect(['=1', '+1', '-1', '@A1', '\t=1', '\r=1'].map(defuseFormula).every((cell) => cell.startsWith("'"))).to.equal(true);
    expect(defuseFormula('Kherson')).to.equal('Kherson');
  });
});

describe('export/neo4j-csv', () => {
  it('When a graph is written for neo4j-admin, then each node type has a file with :ID, :LABEL and typed property headers', () => {
    const files = new Map(neo4jCsvFiles(hostileGraph()).map((file) => [file.name, collect(file.chunks())]));
    expect([...files.keys()]).to.include.members(['nodes-person.csv', 'nodes-statement.csv', 'nodes-article.csv', 'relationships-said.csv', 'relationships-mentions.csv', 'import.sh']);
    const header = (name: string) => (files.get(name) as string).split('\n')[0].split(',');
    expect(header('nodes-person.csv')).to.deep.equal(['key:ID', ':LABEL', 'name:string', 'type:string', 'aliases:string[]', 'role:string']);
    expect(header('nodes-article.csv')).to.include.members(['id:ID', ':LABEL', 'date:date', 'length:long', 'title:string']);
    expect(header('nodes-place.csv')).to.include.members(['lat:double', 'lon:double']);
    expect(header('nodes-statement.csv')).to.include.members(['quote:string', 'start:long', 'sentenceEnd:long']).and.not.include('label:string');
    expect(header('relationships-mentions.csv')).to.deep.equal([':START_ID', ':END_ID', ':TYPE', 'count:long']);
    expect(header('relationships-said.csv')).to.deep.equal([':START_ID', ':END_ID', ':TYPE']);
  });

  it('When values hold markup, quotes and formula prefixes, then the import files keep them exactly, quoted, for the import tool', () => {
    const files = new Map(neo4jCsvFiles(hostileGraph()).map((file) => [file.name, collect(file.chunks())]));
    const [person] = parse(files.get('nodes-person.csv') as string, { columns: true });
    expect(person).to.include({ 'key:ID': SPEAKER, ':LABEL': 'Entity;Person', 'name:string': HOSTILE_SPEAKER, 'aliases:string[]': '=Mallory;M. "the hand" <i>' });
    const [statement] = parse(files.get('nodes-statement.csv') as string, { columns: true }) as Record<string, string>[];
    expect(statement['quote:string']).to.equal(HOSTILE_QUOTE);
    const [said] = parse(files.get('relationships-said.csv') as string, { columns: true });
    expect(said).to.deep.equal({ ':START_ID': SPEAKER, ':END_ID': `${ARTICLE}:s1`, ':TYPE': 'SAID' });
    expect(importCommand([{ name: 'nodes-person.csv', chunks: () => [] }])).to.include('--nodes=nodes-person.csv').and.include('--multiline-fields=true');
  });
});
