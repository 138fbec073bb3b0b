// Unit tests: which places an event is about, in series, descriptions and references back.
import { expect } from 'chai';
import { triples } from './article';

describe('events/targets', () => {
  it('When places are joined by "as well as", then each is a target; a clause after it is not', () => {
    expect(triples('Ukrainian forces recaptured Izium as well as Balakliia.', { names: ['Izium', 'Balakliia'] }))
      .to.deep.equal(['Ukraine captured Izyum', 'Ukraine captured Balakliya']);
    expect(triples('Russia captured Bakhmut as well as Ukraine had feared.', { names: ['Russia', 'Bakhmut', 'Ukraine'] }))
      .to.deep.equal(['Russia captured Bakhmut']);
  });

  it('When each place of a list is set by its own preposition ("northwest of X and near Y"), then each is a target; a clause after "and in" is not', () => {
    expect(triples('Russian forces conducted ground attacks northwest of Svatove and near Kreminna.', { names: ['Svatove', 'Kreminna'] }))
      .to.deep.equal(['Russia attacked Svatove', 'Russia attacked Kreminna']);
    expect(triples('Russian forces attacked near Avdiivka and west of Marinka.', { names: ['Avdiivka', 'Marinka'] }))
      .to.deep.equal(['Russia attacked Avdiivka', 'Russia attacked Marinka']);
    expect(triples('Russia captured Bakhmut and in Kyiv officials said nothing.', { names: ['Russia', 'Bakhmut', 'Kyiv'] }))
      .to.deep.equal(['Russia captured Bakhmut']);
  });

  it('When names share a plural "regions", then each is the "<X> region" entity', () => {
    const text = 'The Kremlin completed the annexation of Ukraine\'s Donetsk, Luhansk, Zaporizhzhia and Kherson regions.';
    expect(triples(text, { names: ['Kremlin', 'Ukraine', 'Donetsk', 'Luhansk', 'Zaporizhzhia', 'Kherson'] })).to.deep.equal([
      'Russia annexed Donetsk region', 'Russia annexed Luhansk region', 'Russia annexed Zaporizhzhia region',
      'Russia annexed Kherson region',
    ]);
  });

  it('When "regions" follows towns that are no regions, then the towns themselves are the targets', () => {
    const text = 'Moscow decided to regroup Russian troops stationed in the Balakliya and Izium regions.';
    expect(triples(text, { names: ['Moscow', 'Balakliya', 'Izium'] }))
      .to.deep.equal(['Russia withdrew_from Balakliya', 'Russia withdrew_from Izyum']);
  });

  it('When two towns are joined by "and", then there are two events, and a place after "in" is no target', () => {
    const text = 'Ukrainian soldiers liberated Balakliya and Kupiansk in Kharkiv region, the governor said.';
    expect(triples(text, { names: ['Balakliya', 'Kupiansk', 'Kharkiv region'] }))
      .to.deep.equal(['Ukraine captured Balakliya', 'Ukraine captured Kupiansk']);
  });

  it('When names are joined by commas alone, then only the first is taken', () => {
    const text = 'Kyiv\'s troops retook Lyman, Moscow did not comment.';
    expect(triples(text, { names: ['Kyiv', 'Lyman', 'Moscow'] })).to.deep.equal(['Ukraine captured Lyman']);
  });

  it('When a place is named after a description ("the eastern city of X"), then the name is the target', () => {
    const text = 'Russian forces were closing in on the eastern city of Bakhmut.';
    expect(triples(text, { names: ['Bakhmut'] })).to.deep.equal(['Russia advanced_on Bakhmut']);
  });

  it('When a place is named as a possessor ("Kharkiv city\'s X district"), then the district is the target', () => {
    const text = 'Russian strikes on Kharkiv city\'s Saltivka district went on all night.';
    const names = ['Kharkiv city', { surface: 'Saltivka district', name: 'Saltivka district', type: 'place' as const }];
    expect(triples(text, { names })).to.deep.equal(['Russia attacked Saltivka district']);
  });

  it('When a larger place completes the phrase ("the Kharkiv region of Ukraine"), then it is no second target', () => {
    const text = 'Russia said it was withdrawing its forces from the Kharkiv region of Ukraine.';
    expect(triples(text, { names: ['Russia', 'Kharkiv region', 'Ukraine'] })).to.deep.equal(['Russia withdrew_from Kharkiv region']);
  });

  it('When the target is "the city", then it is the city named last before', () => {
    const text = 'Fighting raged around Kherson for weeks. Then came Moscow\'s decision to abandon the city.';
    expect(triples(text, { names: ['Kherson', 'Moscow'] })).to.deep.equal(['Russia withdrew_from Kherson']);
  });

  it('When the target is "the Ukrainian capital", then it is Kyiv', () => {
    const text = 'Olaf Scholz arrived in the Ukrainian capital for talks.';
    expect(triples(text, { names: ['Olaf Scholz'] })).to.deep.equal(['Olaf Scholz visited Kyiv']);
  });

  it('When what is recognized is described and then named ("known as A and B"), then A and B are the targets', () => {
    const text = 'Russia recognized two breakaway areas of Donbas, known as the Donetsk People\'s Republic and Luhansk People\'s Republic, as independent.';
    expect(triples(text, { names: ['Russia', 'Donbas', 'Donetsk People\'s Republic', 'Luhansk People\'s Republic'] }))
      .to.deep.equal(['Russia recognized Donetsk People\'s Republic', 'Russia recognized Luhansk People\'s Republic']);
  });

  it('When the target is not a named place, then there is no event', () => {
    expect(triples('Russian forces captured several villages and a bridge.', { names: [] })).to.deep.equal([]);
  });

  it('When a piece of a place is taken ("part of Donbas"), then the whole place is no target', () => {
    expect(triples('Russia seized part of Donbas in 2014.', { names: ['Russia', 'Donbas'] })).to.deep.equal([]);
  });

  it('When the actor is its own target ("Ukrainian troops advancing in eastern Ukraine"), then there is no event', () => {
    expect(triples('Ukrainian troops are advancing in eastern Ukraine.', { names: ['Ukraine'] })).to.deep.equal([]);
  });

  it('When a class of places "of" a country opens a list after a double hyphen, then each listed place is a target', () => {
    const text = 'Days later Moscow annexes four regions of Ukraine -- Donetsk, Luhansk, Kherson and Zaporizhzhia -- after sham votes.';
    expect(triples(text, { names: ['Moscow', 'Ukraine', 'Donetsk', 'Luhansk', 'Kherson', 'Zaporizhzhia'] })).to.deep.equal([
      'Russia annexed Donetsk region', 'Russia annexed Luhansk region', 'Russia annexed Kherson region', 'Russia annexed Zaporizhzhia region',
    ]);
  });

  it('When a place word is named by a name set off by a comma ("its second city, Kharkiv"), then the name is the target', () => {
    expect(triples('Russian troops shelled Ukraine\'s second largest city, Kharkiv, near the border.', { names: ['Ukraine', 'Kharkiv'] }))
      .to.deep.equal(['Russia attacked Kharkiv']);
  });

  it('When listed places each carry where they lie ("A in X region and B farther north"), then every place is a target', () => {
    const text = 'Russian forces took control of Ocheretyne in the Donetsk region and Synkivka farther north, close to Kupiansk.';
    expect(triples(text, { names: ['Ocheretyne', 'Donetsk region', 'Synkivka', 'Kupiansk'] }))
      .to.deep.equal(['Russia captured Ocheretyne', 'Russia captured Synkivka']);
    const apposed = 'Russian troops seized the port of Kherson, close to Crimea, and the port of Berdyansk.';
    expect(triples(apposed, { names: ['Kherson', 'Crimea', 'Berdyansk'] })).to.deep.equal(['Russia captured Kherson', 'Russia captured Berdiansk']);
  });

  it('When a name after "and" opens a clause of its own, then it is no listed target', () => {
    expect(triples('Russian troops shelled Kharkiv on Monday and Ukraine said it would answer.', { names: ['Kharkiv', 'Ukraine'] }))
      .to.deep.equal(['Russia attacked Kharkiv']);
  });

  it('When a piece of land is said to include named places ("the right bank, including Kherson city"), then those are the targets', () => {
    const text = 'Russian troops withdrew from the right bank of the Dnipro, including Kherson city.';
    expect(triples(text, { names: ['Dnipro', 'Kherson'] })).to.deep.equal(['Russia withdrew_from Kherson']);
    expect(triples('Russian troops withdrew from the west bank of the Dnipro.', { names: ['Dnipro'] })).to.deep.equal([]);
  });

  it('When a participle after a preposition and an adverb describes a place ("in temporarily occupied Crimea"), then it is no deed', () => {
    expect(triples('Russia said that in temporarily occupied Crimea life went on.', { names: ['Russia', 'Crimea'] })).to.deep.equal([]);
  });

  it('When a phrase placing a listed place holds a compound adjective ("close to the Russian-occupied Crimea peninsula"), then the list goes on past it', () => {
    const text = 'Russian troops seized the port of Henichesk, close to the Russian-occupied Crimea peninsula, and the port of Skadovsk.';
    expect(triples(text, { names: ['Henichesk', 'Crimea', 'Skadovsk'] })).to.deep.equal(['Russia captured Henichesk', 'Russia captured Skadovsk']);
  });

  it('When forces withdraw from a piece of a place or a thing in it ("the western suburbs of X", "the plant in Y"), then they withdrew from the place; a piece taken is no capture', () => {
    const text = 'Russian forces retreat from the western suburbs of Chernihiv. Russian troops left the airfield in Hostomel and captured part of Irpin.';
    expect(triples(text, { names: ['Chernihiv', 'Hostomel', 'Irpin'] })).to.deep.equal(['Russia withdrew_from Chernihiv', 'Russia withdrew_from Hostomel']);
  });

  it('When listed places are the subject of a plural passive ("A, B and C were hit"), then each was struck; a singular verb after "X and Y" has Y alone', () => {
    const text = 'Sumy, Poltava and Dnipro were hit by Russian missiles. Russia captured Marinka and Kurakhove was shelled.';
    expect(triples(text, { names: ['Sumy', 'Poltava', 'Dnipro', 'Russia', 'Marinka', 'Kurakhove'] })).to.deep.equal([
      'Russia attacked Sumy', 'Russia attacked Poltava', 'Russia attacked Dnipro', 'Russia captured Marinka', 'Russia attacked Kurakhove',
    ]);
  });

  it('When a class of places is placed before its examples ("several villages near X, including A and B"), then the examples are the targets', () => {
    const text = 'Ukraine recaptured several villages near Bakhmut, including Klishchiivka and Andriivka.';
    expect(triples(text, { names: ['Ukraine', 'Bakhmut', 'Klishchiivka', 'Andriivka'] })).to.deep.equal(['Ukraine captured Klishchiivka', 'Ukraine captured Andriivka']);
  });

  it('When a description of a place opens its sentence ("The city was shelled"), then it stands for the place as it does inside a sentence', () => {
    const text = 'Sumy lies near the border. The city has been shelled for weeks. The Ukrainian capital came under attack on Monday.';
    expect(triples(text, { names: ['Sumy'] })).to.deep.equal(['Russia attacked Sumy', 'Russia attacked Kyiv']);
  });
});
