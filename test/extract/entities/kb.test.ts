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

  it('When a region, city or state is written another way ("province", "City", "Republic of"), then the same entity answers', () => {
    expect(lookupName('Sumy province')?.name).to.equal('Sumy region');
    expect(lookupName('Lugansk oblast')?.name).to.equal('Luhansk region');
    expect(lookupName('Kharkiv City')?.name).to.equal('Kharkiv');
    expect(lookupName('Republic of Moldova')?.name).to.equal('Moldova');
    expect(lookupName('Kingdom of Spain')?.name).to.equal('Spain');
  });

  it('When a country\'s government is named, then the country answers', () => {
    for (const form of ['Polish government', "Poland's government", 'Government of Poland']) expect(lookupName(form)?.name).to.equal('Poland');
  });

  it('When a ministry is written with the other spelling or word order, then the KB ministry answers', () => {
    expect(lookupName('Ukrainian Ministry of Defence')?.name).to.equal('Ukrainian Defense Ministry');
    expect(lookupName('UK Defense Ministry')?.name).to.equal('British Ministry of Defence');
    expect(lookupName('Russian Ministry of Foreign Affairs')?.name).to.equal('Russian Foreign Ministry');
    expect(lookupName('Ministry of Foreign Affairs of Ukraine')?.name).to.equal('Ukrainian Foreign Ministry');
  });
});
