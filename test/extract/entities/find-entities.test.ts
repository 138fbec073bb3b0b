// Unit tests of entity finding on invented sentences: known and unknown names, merging, types, roles and furniture.
import { expect } from 'chai';
import { findEntities } from '../../../server/extract/entities/find-entities';
import { findFurniture } from '../../../server/extract/text/furniture';
import { splitSentences } from '../../../server/extract/text/sentences';
import type { Entity } from '../../../server/extract/types';

function entities(text: string): Entity[] {
  const furniture = findFurniture(text).spans;
  return findEntities({ text, sentences: splitSentences(text, furniture), furniture }).entities;
}

function named(text: string): string[] {
  return entities(text).map((e) => `${e.type}:${e.name}`);
}

describe('findEntities', () => {
  it('When known names appear in several spellings, then each entity appears once with its forms as aliases', () => {
    const found = entities('Zelensky spoke in Kiev. Later Volodymyr Zelenskyy left Kyiv for Izium.');
    expect(found.map((e) => e.name)).to.deep.equal(['Volodymyr Zelenskyy', 'Kyiv', 'Izyum']);
    expect(found[0].aliases).to.include('Zelensky');
    expect(found[0].mentions).to.have.length(2);
  });

  it('When a surname follows the full name of an unknown person, then both are one person', () => {
    const found = entities('Maria Kovalenko, a military analyst at the Odesa Institute, spoke. “We wait,” Kovalenko said.');
    const person = found.find((e) => e.type === 'person')!;
    expect(person.name).to.equal('Maria Kovalenko');
    expect(person.mentions.map((m) => m.text)).to.deep.equal(['Maria Kovalenko', 'Kovalenko']);
    expect(person.role).to.equal('military analyst');
    expect(person.affiliation).to.equal('Odesa Institute');
  });

  it('When a "Full Name (ACRONYM)" definition appears, then later acronyms merge into the full name', () => {
    const found = entities('The Centre for Eastern Defence Studies (CEDS) published a map. CEDS said the front held.');
    const centre = found.find((e) => e.name === 'Centre for Eastern Defence Studies')!;
    expect(centre.type).to.equal('organization');
    expect(centre.aliases).to.include('CEDS');
    expect(centre.mentions.map((m) => m.text)).to.deep.equal(['Centre for Eastern Defence Studies', 'CEDS', 'CEDS']);
  });

  it('When unknown names come with context cues, then their types follow the cues', () => {
    const found = named('Troops entered the village of Zarichne. Ostap Hnatiuk said so. The Horizon Institute agreed.');
    expect(found).to.deep.equal(['place:Zarichne', 'person:Ostap Hnatiuk', 'organization:Horizon Institute']);
  });

  it("When a country's body is unknown to the KB, then it is named with the country's adjective", () => {
    const [ministry] = entities("Moldova's Interior Ministry said the border was calm.");
    expect(ministry).to.include({ name: 'Moldovan Interior Ministry', type: 'organization' });
    expect(ministry.mentions[0].text).to.equal("Moldova's Interior Ministry");
  });

  it('When names run over possessives, lowercase site tails or "of the", then the right names come out', () => {
    expect(named("Pilgrims filled St. Mark's Square.")).to.deep.equal(['place:St. Mark\'s Square']);
    expect(named('Shells fell near the Enerhodar thermal plant and the Kursk nuclear power plant.'))
      .to.deep.equal(['place:Enerhodar', 'place:Kursk nuclear power plant']);
    expect(named('They met in the Blue Hall of the Grand Tsaritsyno Palace.')).to.deep.equal(['place:Blue Hall', 'place:Grand Tsaritsyno Palace']);
  });

  it('When a title precedes a name, then it is kept as role and affiliation', () => {
    const [peskov] = entities('Kremlin spokesman Dmitry Peskov said nothing.').filter((e) => e.type === 'person');
    expect(peskov).to.include({ name: 'Dmitry Peskov', role: 'spokesman', affiliation: 'Kremlin' });
    const [minister] = entities('German Foreign Minister Annalena Baerbock arrived.');
    expect(minister).to.include({ role: 'Foreign Minister', affiliation: 'Germany' });
  });

  it('When a name only modifies a title or appears in a "-backed" compound, then it is no entity of its own', () => {
    expect(named('UN Secretary-General Antonio Guterres warned Moscow-backed leaders.')).to.deep.equal(['person:Antonio Guterres']);
  });

  it('When generic mentions and demonyms appear, then they are no entities', () => {
    expect(named('Russian forces and Western analysts met a Ukrainian official on Tuesday in March.')).to.deep.equal([]);
  });

  it('When a surname opens every sentence it is in ("Dacic noted"), then it still merges with the one person named in full', () => {
    expect(named('Foreign Minister Ivica Dacic signaled a change. Dacic noted that Serbia has not joined.'))
      .to.deep.equal(['person:Ivica Dacic', 'place:Serbia']);
  });

  it('When a surname with a particle ("Van Ryssel") opens sentences, then it and its last word are the one person named in full', () => {
    const found = entities('The panel heard Anna Van Ryssel, an envoy, on Monday. Van Ryssel in a briefing said little. “We wait,” Van Ryssel said.');
    const people = found.filter((e) => e.type === 'person');
    expect(people.map((e) => e.name)).to.deep.equal(['Anna Van Ryssel']);
    expect(people[0].mentions).to.have.length(3);
  });

  it('When a Chinese person the KB knows is later named by the family name alone, even opening a sentence, then it is that person', () => {
    const people = entities('Foreign Minister Wang Yi met his guests.\n\nWang said little. Later Wang left.').filter((e) => e.type === 'person');
    expect(people.map((e) => [e.name, e.mentions.length])).to.deep.equal([['Wang Yi', 3]]);
  });

  it('When a surname that is also a month or a modal opens a sentence before "said" ("May said"), then it is the person named in full', () => {
    const people = entities('One critic is Clifford May, a think-tank head. May said the council had failed. In May the council met twice.')
      .filter((e) => e.type === 'person');
    expect(people.map((e) => [e.name, e.mentions.length])).to.deep.equal([['Clifford May', 2]]);
  });

  it('When an apposition calls a bare name a city ("Kherson, the regional capital"), then it is the city, though the region is named', () => {
    expect(named('Troops left the Kherson region. Kherson, the only regional capital they took, was quiet.'))
      .to.deep.equal(['place:Kherson region', 'place:Kherson']);
  });

  it('When "the capital" stands right before a bare name, then it is the city, though the region is named', () => {
    expect(named('Drones hit the capital Kyiv at dawn. Air defence worked across the Kyiv region.'))
      .to.deep.equal(['place:Kyiv', 'place:Kyiv region']);
  });

  it('When a region and its city are both named, then they stay apart and bare names follow the article', () => {
    expect(named('Troops left the Kherson region. The city of Kherson was quiet.')).to.deep.equal(['place:Kherson region', 'place:Kherson']);
    expect(named('Russia annexed Donetsk, Luhansk and Kherson regions.').slice(1))
      .to.deep.equal(['place:Donetsk region', 'place:Luhansk region', 'place:Kherson region']);
  });

  it('When a state\'s capital is named bare in an article that names its region, then it is the city; another city is the region', () => {
    expect(named('Troops pulled back from Kyiv. Air defence worked across the Kyiv region.')).to.deep.equal(['place:Kyiv', 'place:Kyiv region']);
    expect(named('Troops pulled back from Kherson. Air defence worked across the Kherson region.')).to.deep.equal(['place:Kherson region']);
  });

  it('When a capitalized word only opens a sentence, then it is no entity', () => {
    expect(named('Residents fled. Observers expect more fighting.')).to.deep.equal([]);
  });

  it('When names appear only in page furniture, then they are no entities', () => {
    expect(named('Soldiers rest near Lyman.Ivan Petrenko / AFP - Getty Images\nThe army advanced.')).to.deep.equal([]);
  });

  it('When an entity is known to the KB, then its key is stable across articles and places carry coordinates', () => {
    const [a] = entities('Putin spoke.');
    const [b] = entities('Vladimir Putin spoke again.');
    expect(a.key).to.equal('person:vladimir putin').and.equal(b.key);
    expect(entities('Kyiv was calm.')[0].coordinates).to.have.keys('lat', 'lon');
  });
});
