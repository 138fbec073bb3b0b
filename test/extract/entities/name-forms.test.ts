// Unit tests on invented sentences: forms of names that are easy to split, join or mistake, and things that are not entities.
import { expect } from 'chai';
import { findEntities } from '../../../server/extract/entities/find-entities';
import { splitSentences } from '../../../server/extract/text/sentences';

function named(text: string): string[] {
  return findEntities({ text, sentences: splitSentences(text, []), furniture: [] }).entities.map((e) => `${e.type}:${e.name}`);
}

describe('Forms of names', () => {
  it('When unknown names are listed and only the first stands next to words that make it a place, then all of them are places', () => {
    expect(named('Ukrainian forces liberated Neskuchne, Storozheve and Blahodatne.'))
      .to.deep.equal(['place:Neskuchne', 'place:Storozheve', 'place:Blahodatne']);
  });

  it('When a region is called a province or an oblast, then it is the "<X> region" entity', () => {
    expect(named('Shelling hit Sumy province and Kharkiv oblast.')).to.deep.equal(['place:Sumy region', 'place:Kharkiv region']);
  });

  it('When a city is written "<X> City", then it is the city', () => {
    expect(named('Missiles struck Odesa City overnight.')).to.deep.equal(['place:Odesa']);
  });

  it('When a lowercase direction stands before a continent, then the region the knowledge base knows is meant', () => {
    expect(named('Troops left central Europe for Europe’s east, not eastern Ukraine.'))
      .to.deep.equal(['place:Central Europe', 'place:Europe', 'place:Ukraine']);
  });

  it('When a military unit is named with its number, then the number belongs to the name', () => {
    expect(named('The 47th Separate Mechanized Brigade held the line.')).to.deep.equal(['organization:47th Separate Mechanized Brigade']);
  });

  it('When a site is a tower after a place, then the tower is a place of its own and the place is not an organization', () => {
    expect(named('Rockets hit the Odesa City TV tower.')).to.deep.equal(['place:Odesa City TV tower']);
  });

  it('When adjectives open a known body\'s name ("National Security Council"), then the longer name is not the known one', () => {
    expect(named('The Moldovan Supreme Security Council met.')).to.not.include('organization:UN Security Council');
  });

  it('When "and" joins words of one organization\'s name, then the name is whole', () => {
    expect(named('The Fisheries and Oceans Agency said so.')).to.deep.equal(['organization:Fisheries and Oceans Agency']);
  });

  it('When a name holds "People’s", then the possessive does not cut it', () => {
    expect(named('The Korean People’s Army fired a missile.')).to.deep.equal(['organization:Korean People’s Army']);
  });

  it('When a ministry\'s field follows "Minister of", then it stays in the title and the name after it is the person', () => {
    expect(named('Estonian Minister of Internal Affairs Lauri Laanemets said so.')).to.deep.equal(['person:Lauri Laanemets']);
  });

  it('When a weekday follows a name, then it is not part of the name', () => {
    expect(named('The lawyer told CNN’s Anna Kovacs Wednesday that the case was closed.')).to.include('person:Anna Kovacs');
  });
});

describe('Things that are not entities', () => {
  it('When treaties, wars, operations and days are named, then none of them is an entity', () => {
    const text = 'Both signed the Convention on Landmine Clearance after the Winter War. Operation Kestrel began on Liberation Day.';
    expect(named(text)).to.deep.equal([]);
  });

  it('When a name only qualifies a weapon, then it is not an entity, nor are weapons named in capitals', () => {
    expect(named('Ukraine fired Vampire rockets and received Marder Infantry Fighting Vehicles.')).to.deep.equal(['place:Ukraine']);
  });

  it('When an unknown name stands between "the" and a noun, then it only describes the noun', () => {
    expect(named('Troops reached Mariivka.')).to.deep.equal(['place:Mariivka']);
    expect(named('Talks in the Mariivka format failed.')).to.deep.equal([]);
  });

  it('When a plural acronym or a pair of months is capitalized, then it is not an entity', () => {
    expect(named('IDPs, MBTs and troops moved in the March-April time frame.')).to.deep.equal([]);
  });
});

describe('Types of unknown names from their context', () => {
  it('When an unknown name is listed with known places (not a lone country), then it is a place', () => {
    expect(named('Storms hit Odesa, Mykolaiv and Zatoka.')).to.include('place:Zatoka');
  });

  it('When an unknown name is listed with a lone country, then the list alone does not type it', () => {
    expect(named('In 1939 Germany and Pilsudski disagreed.')).to.not.include('place:Pilsudski');
  });

  it('When a person works "at" an unknown body, then the body is an organization', () => {
    expect(named('Ivan Petrenko, an analyst at the Kestrel Monitoring Group, said so.')).to.include('organization:Kestrel Monitoring Group');
  });

  it('When a name is followed by an apposition naming a role without an article, then it is a person', () => {
    expect(named('Toomas Valk, chairman of the committee, agreed.')).to.deep.equal(['person:Toomas Valk']);
  });

  it('When two plain words stand before "of the <Body>", then they are a person of that body', () => {
    expect(named('The toll is high, said Marta Levko of the Federation of Rural Teachers.'))
      .to.deep.equal(['person:Marta Levko', 'organization:Federation of Rural Teachers']);
  });

  it('When an apposition opens with "also a" or "another", then the role still makes the name a person', () => {
    expect(named('He met Tomas Rudan, also a senior politician, and Ilan Verev, another supporter of the plan.'))
      .to.deep.equal(['person:Tomas Rudan', 'person:Ilan Verev']);
  });

  it('When a head stands inside a name before "of", then it types the name', () => {
    expect(named('They met at the Grand Hall of the Nation with the Central Union of Fishermen.'))
      .to.deep.equal(['place:Grand Hall of the Nation', 'organization:Central Union of Fishermen']);
  });
});
