// Unit tests of the knowledge base lookups other stages build on.
import { expect } from 'chai';
import { countryOfCapital, countryOfDemonym, lookupName, regionNamed } from '../../../server/extract/kb/index';

describe('Knowledge base lookups', () => {
  it('When a spelling variant or alias is looked up, then the canonical entity answers', () => {
    for (const form of ['Zelensky', 'Zelenskiy', 'Volodymyr Zelenskyy']) expect(lookupName(form)?.name).to.equal('Volodymyr Zelenskyy');
    expect(lookupName('Kiev')?.name).to.equal('Kyiv');
    expect(lookupName('Izium')?.name).to.equal('Izyum');
    expect(lookupName('ISW')?.name).to.equal('Institute for the Study of War');
  });

  it('When a form carries an article, a possessive or a title, then the entity is still found', () => {
    expect(lookupName('the Kremlin')?.key).to.equal('organization:kremlin');
    expect(lookupName("Russia's Defense Ministry")?.name).to.equal('Russian Defense Ministry');
    expect(lookupName('Kremlin spokesman Dmitry Peskov')?.name).to.equal('Dmitry Peskov');
  });

  it('When a short capital form is written in lowercase ("us"), then it is not taken for the acronym', () => {
    expect(lookupName('US')?.name).to.equal('United States');
    expect(lookupName('us')).to.equal(undefined);
    expect(lookupName('economist')).to.equal(undefined);
  });

  it('When a region or a town region is named, then regions stay distinct from their cities', () => {
    expect(lookupName('Kherson Oblast')?.name).to.equal('Kherson region');
    expect(lookupName('Kherson')?.name).to.equal('Kherson');
    expect(lookupName('Izyum region')?.name).to.equal('Izyum');
    expect(regionNamed('Donetsk')?.name).to.equal('Donetsk region');
  });

  it('When demonyms and capitals are looked up, then their countries answer', () => {
    expect(countryOfDemonym('Ukrainian')?.name).to.equal('Ukraine');
    expect(countryOfDemonym('Russians')?.name).to.equal('Russia');
    expect(countryOfCapital('Kyiv')?.name).to.equal('Ukraine');
    expect(countryOfCapital('Moscow')?.name).to.equal('Russia');
    expect(countryOfCapital('Kharkiv')).to.equal(undefined);
  });

  it('When a place is known, then it has coordinates and a type', () => {
    const kyiv = lookupName('Kyiv')!;
    expect(kyiv.type).to.equal('place');
    expect(kyiv.coordinates!.lat).to.be.within(50, 51);
  });
});
