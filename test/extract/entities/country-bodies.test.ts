// Unit tests on invented sentences: a country's bodies named in capitals or lowercase, with or without the country.
import { expect } from 'chai';
import { findEntities } from '../../../server/extract/entities/find-entities';
import { splitSentences } from '../../../server/extract/text/sentences';
import type { Entity } from '../../../server/extract/types';

function entities(text: string): Entity[] {
  return findEntities({ text, sentences: splitSentences(text, []), furniture: [] }).entities;
}

function named(text: string): string[] {
  return entities(text).map((e) => `${e.type}:${e.name}`);
}

describe('Bodies of a country', () => {
  it('When a ministry is written in lowercase after the country or its adjective, then it is the country\'s ministry', () => {
    const found = entities('Moldova’s energy ministry said the line was cut. The Latvian transport ministry agreed.');
    expect(found.map((e) => e.name)).to.deep.equal(['Moldovan Energy Ministry', 'Latvian Transport Ministry']);
    expect(found[0].type).to.equal('organization');
    expect(found[0].aliases).to.deep.equal(['Moldova’s energy ministry']);
  });

  it('When the lowercase ministry is one the knowledge base knows, then its canonical entity answers', () => {
    expect(named('Russia’s defence ministry said the drones were shot down.')).to.deep.equal(['organization:Russian Defense Ministry']);
  });

  it('When "the defence ministry" names no country, then it is the ministry of the country the sentences before are about', () => {
    const text = 'Russian troops shelled the port on Monday. Russia’s army has regrouped. The defence ministry said a depot exploded.';
    expect(named(text)).to.include('organization:Russian Defense Ministry');
  });

  it('When the sentences before speak of two countries alike, then a bare "the foreign ministry" is left out', () => {
    const text = 'Ukrainian and Russian diplomats met. The foreign ministry said talks would go on.';
    expect(named(text).filter((n) => n.includes('Ministry'))).to.deep.equal([]);
  });

  it('When a country\'s possessive opens "Ministry of X", then the body is named with the country\'s adjective', () => {
    expect(named('Estonia’s Ministry of Health reported two cases.')).to.deep.equal(['organization:Estonian Ministry of Health']);
  });

  it('When an embassy is named with its country and city, then it is one organization named with the country in full', () => {
    const found = entities('The U.S. Embassy in Minsk told citizens to leave. The Polish Embassy in Kyiv reopened.');
    expect(found.map((e) => `${e.type}:${e.name}`)).to.deep.equal([
      'organization:United States Embassy in Minsk', 'organization:Polish Embassy in Kyiv',
    ]);
    expect(found[0].aliases).to.deep.equal(['U.S. Embassy in Minsk']);
  });

  it('When a country\'s government is named ("the Polish government"), then it is the country itself', () => {
    const found = entities('The Polish government said it would help. Poland sent tanks.');
    expect(found.map((e) => e.name)).to.deep.equal(['Poland']);
    expect(found[0].mentions.map((m) => m.text)).to.deep.equal(['Polish government', 'Poland']);
  });

  it('When a known body of one country follows another country\'s adjective, then it is not taken for the known one', () => {
    expect(named('The Haitian National Police is understaffed.')).to.deep.equal(['organization:Haitian National Police']);
  });

  it('When a demonym stands before a generic head ("Ukrainian TV"), then no organization is made of it', () => {
    expect(named('Danilov told Ukrainian TV on Thursday that the Georgian Radio was wrong.')).to.deep.equal(['person:Oleksiy Danilov']);
  });

  it('When a ministry is named "Ministry of X of <Country>" or with the adjective, then the KB entry answers whatever the form', () => {
    expect(named('The Ministry of Foreign Affairs of Belarus protested.')).to.deep.equal(['organization:Ministry of Foreign Affairs of Belarus']);
    expect(named('The Belarusian Ministry of Foreign Affairs protested.')).to.deep.equal(['organization:Ministry of Foreign Affairs of Belarus']);
    expect(named('The British Ministry of Defense said so.')).to.deep.equal(['organization:British Ministry of Defence']);
  });

  it('When an unknown body is followed by "of <Country>", then body and country are one organization', () => {
    expect(named('The Ministry of Culture of Latvia agreed.')).to.deep.equal(['organization:Ministry of Culture of Latvia']);
  });

  it('When a demonym opens an unknown "<Head> of ..." name, then it belongs to the name and types it', () => {
    expect(named('It was signed by the Latvian Association of Rural Journalists.')).to.deep.equal(['organization:Latvian Association of Rural Journalists']);
  });
});
