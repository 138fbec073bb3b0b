// Unit tests: less common phrasings of attacks, advances, visits and pledges.
import { expect } from 'chai';
import { triples } from './article';

describe('events/phrasings', () => {
  it('When troops are visited near a place, a bridgehead is held in it or breakaway regions of it are recognised, then it was visited, advanced on or recognised', () => {
    expect(triples('Olaf Scholz visited troops near Bakhmut.', { names: ['Olaf Scholz', 'Bakhmut'] })).to.deep.equal(['Olaf Scholz visited Bakhmut']);
    expect(triples('Ukrainian forces established a bridgehead in Krynky.', { names: ['Krynky'] })).to.deep.equal(['Ukraine advanced_on Krynky']);
    expect(triples('Moscow has recognised the breakaway republic of Abkhazia.', { names: ['Moscow', 'Abkhazia'] })).to.deep.equal(['Russia recognized Abkhazia']);
  });

  it('When a time ("last week") or an adverb ("slowly") stands between a verb and its place, then the verb still reaches the place', () => {
    expect(triples('Russian troops withdrew last week from Kherson.', { names: ['Kherson'] })).to.deep.equal(['Russia withdrew_from Kherson']);
    expect(triples('Russian troops are advancing slowly toward Pokrovsk.', { names: ['Pokrovsk'] })).to.deep.equal(['Russia advanced_on Pokrovsk']);
  });

  it('When forces flee a place, break into it or enter its outskirts, then they withdrew from or advanced on it; fleeing civilians did nothing', () => {
    expect(triples('Russian forces fled Izium.', { names: ['Izium'] })).to.deep.equal(['Russia withdrew_from Izyum']);
    expect(triples('Thousands of civilians fled Izium.', { names: ['Izium'] })).to.deep.equal([]);
    expect(triples('Ukrainian troops broke into Vovchansk.', { names: ['Vovchansk'] })).to.deep.equal(['Ukraine advanced_on Vovchansk']);
    expect(triples('Russian forces entered the outskirts of Vovchansk.', { names: ['Vovchansk'] })).to.deep.equal(['Russia advanced_on Vovchansk']);
    expect(triples('Ukrainian troops have crossed into the Kursk region.', { names: ['Kursk region'] })).to.deep.equal(['Ukraine advanced_on Kursk region']);
    expect(triples('Refugees crossed into Poland.', { names: ['Poland'] })).to.deep.equal([]);
  });

  it('When missiles and drones are fired at places, then the places were attacked; strikes the sides trade accusations over are not told as done', () => {
    expect(triples('Russia fired more than 40 missiles and drones at Ukrainian cities including Lviv.', { names: ['Russia', 'Lviv'] }))
      .to.deep.equal(['Russia attacked Lviv']);
    expect(triples('Kyiv and Moscow traded accusations over a series of strikes this month on Enerhodar.', { names: ['Kyiv', 'Moscow', 'Enerhodar'] }))
      .to.deep.equal([]);
  });

  it('When forces advance to one side of a place ("north of X") or regain positions near it, then their state advanced on it', () => {
    expect(triples('Russian forces advanced north of Kurakhove.', { names: ['Kurakhove'] })).to.deep.equal(['Russia advanced_on Kurakhove']);
    expect(triples('Ukrainian forces regained positions near Tokmak.', { names: ['Tokmak'] })).to.deep.equal(['Ukraine advanced_on Tokmak']);
  });

  it('When a place is described by a participle joined to its doer ("Moscow-annexed X", "Russian-annexed X"), then the doer\'s state annexed it; an unknown word joined names no one', () => {
    expect(triples('A depot burned in Moscow-annexed Crimea.', { names: ['Crimea'] })).to.deep.equal(['Russia annexed Crimea']);
    expect(triples('Drones flew over Russian-annexed Sevastopol.', { names: ['Sevastopol'] })).to.deep.equal(['Russia annexed Sevastopol']);
    expect(triples('A depot burned in newly-annexed Crimea.', { names: ['Crimea'] })).to.deep.equal([]);
  });

  it('When forces inch, edge or creep towards a place, or move closer to it, then their state advanced on it; a state moving closer to a body did not', () => {
    expect(triples('Russian troops crept towards Kurakhove.', { names: ['Kurakhove'] })).to.deep.equal(['Russia advanced_on Kurakhove']);
    expect(triples('Ukrainian forces edged ever closer to Tokmak.', { names: ['Tokmak'] })).to.deep.equal(['Ukraine advanced_on Tokmak']);
    expect(triples('Moldova moved closer to the European Union.', { names: ['Moldova', 'European Union'] })).to.deep.equal([]);
  });

  it('When troops reach the outskirts or the gates of a place, then their state advanced on it', () => {
    expect(triples('Russian troops have reached the outskirts of Pokrovsk.', { names: ['Pokrovsk'] })).to.deep.equal(['Russia advanced_on Pokrovsk']);
    expect(triples('Russian troops reached the gates of Kyiv in March.', { names: ['Kyiv'] })).to.deep.equal(['Russia advanced_on Kyiv']);
  });

  it('When forces advance a distance into, towards or to one side of a place, then their state advanced on it; a distance alone names no place', () => {
    expect(triples('Ukrainian forces advanced several kilometres south of Bakhmut.', { names: ['Bakhmut'] })).to.deep.equal(['Ukraine advanced_on Bakhmut']);
    expect(triples('Russian troops have pushed 10 km towards Pokrovsk.', { names: ['Pokrovsk'] })).to.deep.equal(['Russia advanced_on Pokrovsk']);
    expect(triples('Refugees moved 20 km from Kharkiv.', { names: ['Kharkiv'] })).to.deep.equal([]);
  });

  it('When a place\'s fall is told as a noun with whom it fell to ("the fall of X to Y"), then Y captured it; a fall to no one names no actor', () => {
    expect(triples('After the fall of Kabul to the Taliban, Western troops left.', { names: ['Kabul', 'Taliban'] })).to.deep.equal(['Taliban captured Kabul']);
    expect(triples('The fall of Mariupol to Russian forces was a blow.', { names: ['Mariupol'] })).to.deep.equal(['Russia captured Mariupol']);
    expect(triples('Since the fall of Bakhmut, Russia has advanced slowly.', { names: ['Bakhmut', 'Russia'] })).to.deep.equal([]);
  });

  it('When forces withdraw from positions near a place, then they withdrew from the place', () => {
    expect(triples('Russian forces had withdrawn from positions near Kherson.', { names: ['Kherson'] })).to.deep.equal(['Russia withdrew_from Kherson']);
  });

  it('When forces are pushed back from a place, then they withdrew from it; people forced from their homes did not', () => {
    expect(triples('Russian forces were pushed back from Kharkiv.', { names: ['Kharkiv'] })).to.deep.equal(['Russia withdrew_from Kharkiv']);
    expect(triples('Residents were forced from their homes in Kharkiv.', { names: ['Kharkiv'] })).to.deep.equal([]);
  });

  it('When troops storm a city described by -ing modifiers, then their state attacked it', () => {
    expect(triples('Russian troops stormed the Ukrainian salt mining town Soledar on Friday.', { names: ['Soledar'] }))
      .to.deep.equal(['Russia attacked Soledar']);
  });

  it('When forces besiege a city, in the active or the passive, then their state attacked it', () => {
    expect(triples('Russian forces besieged Chernihiv for a month.', { names: ['Chernihiv'] })).to.deep.equal(['Russia attacked Chernihiv']);
    expect(triples('Mariupol was besieged by Russian troops for weeks.', { names: ['Mariupol'] })).to.deep.equal(['Russia attacked Mariupol']);
  });

  it('When forces lay siege to a city, then their state attacked it', () => {
    expect(triples('Russian forces tightened their siege of Kherson.', { names: ['Kherson'] }))
      .to.deep.equal(['Russia attacked Kherson']);
  });

  it('When a place is under a named side\'s shelling without a verb of coming, then that side attacked it', () => {
    expect(triples('Civilians hid in the basements of Bakhmut under constant Russian shelling.', { names: ['Bakhmut'] }))
      .to.deep.equal(['Russia attacked Bakhmut']);
  });

  it('When a place remains under attack from named forces, then their state attacked it', () => {
    expect(triples('Sumy remains under constant attack from Russian forces.', { names: ['Sumy'] }))
      .to.deep.equal(['Russia attacked Sumy']);
  });

  it('When a side\'s strikes kill people in a place, or it rains missiles on it, then it attacked the place', () => {
    expect(triples('Russian shelling wounded three civilians in Nikopol.', { names: ['Nikopol'] }))
      .to.deep.equal(['Russia attacked Nikopol']);
    expect(triples('Russia rained rockets down on Kupiansk.', { names: ['Russia', 'Kupiansk'] }))
      .to.deep.equal(['Russia attacked Kupiansk']);
  });

  it('When a building in a place is struck, then the place was attacked', () => {
    expect(triples('Russian forces struck a power station in Lviv on Monday.', { names: ['Lviv'] }))
      .to.deep.equal(['Russia attacked Lviv']);
    expect(triples('Ukraine said Russian strikes on railway stations in the western Ukraine region of Volyn killed two.',
      { names: ['Ukraine', 'Volyn'] })).to.deep.equal(['Russia attacked Volyn region']);
  });

  it('When artillery pounds a piece of a place or missiles slam into it, then the place was attacked', () => {
    expect(triples('Russian artillery pounded the southern suburbs of Zaporizhzhia.', { names: ['Zaporizhzhia'] }))
      .to.deep.equal(['Russia attacked Zaporizhzhia']);
    expect(triples('Russian drones slammed into Sumy overnight.', { names: ['Sumy'] })).to.deep.equal(['Russia attacked Sumy']);
  });

  it('When forces overrun a town or claim control of it, then they captured it', () => {
    expect(triples('Russian troops overran Pisky.', { names: ['Pisky'] })).to.deep.equal(['Russia captured Pisky']);
    expect(triples('Russia claimed full control of Pisky.', { names: ['Russia', 'Pisky'] })).to.deep.equal(['Russia captured Pisky']);
  });

  it('When forces press toward a town, then they advanced on it', () => {
    expect(triples('Russian units are pressing toward Kurakhove.', { names: ['Kurakhove'] }))
      .to.deep.equal(['Russia advanced_on Kurakhove']);
  });

  it('When forces try to advance on a place, then the attempt is an advance, but a tried capture is no capture', () => {
    expect(triples('Russian forces were trying to advance in the direction of Sloviansk.', { names: ['Sloviansk'] }))
      .to.deep.equal(['Russia advanced_on Sloviansk']);
    expect(triples('Russian forces tried to capture Sloviansk.', { names: ['Sloviansk'] })).to.deep.equal([]);
  });

  it('When a person attends an event in a place or tours it, then the person visited it', () => {
    expect(triples('Scholz attended a memorial service in Bucha.', { names: ['Scholz', 'Bucha'] }))
      .to.deep.equal(['Olaf Scholz visited Bucha']);
    expect(triples('Scholz was in Irpin on an unannounced trip.', { names: ['Scholz', 'Irpin'] }))
      .to.deep.equal(['Olaf Scholz visited Irpin']);
    expect(triples('Scholz was in Irpin when the news broke.', { names: ['Scholz', 'Irpin'] })).to.deep.equal([]);
    expect(triples('Scholz toured Irpin on Tuesday.', { names: ['Scholz', 'Irpin'] })).to.deep.equal(['Olaf Scholz visited Irpin']);
  });

  it('When a visit is told in an adjunct ("during a trip to X"), then the subject of the clause visited X', () => {
    expect(triples('Scholz met soldiers during a short trip to Odesa.', { names: ['Scholz', 'Odesa'] }))
      .to.deep.equal(['Olaf Scholz visited Odesa']);
    expect(triples('Protests erupted in Paris during a visit to Kyiv.', { names: ['Paris', 'Kyiv'] })).to.deep.equal([]);
  });

  it('When a leader announces that their country will give aid, then the leader pledged; another named giver is not theirs', () => {
    expect(triples('Scholz announced on Friday that his country will send Ukraine more tanks.', { names: ['Scholz', 'Ukraine'] }))
      .to.deep.equal(['Olaf Scholz pledged Ukraine']);
    expect(triples('Scholz announced that Poland will send Ukraine more tanks.', { names: ['Scholz', 'Poland', 'Ukraine'] }))
      .to.not.include('Olaf Scholz pledged Ukraine');
  });

  it('When a leader decides to give aid, then it is a pledge; welcoming another body\'s decision is none', () => {
    expect(triples('Macron defended his decision to give Ukraine more artillery shells.', { names: ['Macron', 'Ukraine'] }))
      .to.deep.equal(['Emmanuel Macron pledged Ukraine']);
    expect(triples('Citing Poland\'s decision to send jets to Ukraine, Lavrov said more.', { names: ['Poland', 'Ukraine', 'Lavrov'] }))
      .to.deep.equal(['Poland pledged Ukraine']);
    expect(triples('Norway agreed to send Ukraine more air defence systems.', { names: ['Norway', 'Ukraine'] }))
      .to.deep.equal(['Norway pledged Ukraine']);
    expect(triples('Scholz welcomed the decision of the Senate to allocate an aid package to Ukraine.',
      { names: ['Scholz', 'Ukraine'] })).to.deep.equal([]);
  });

  it('When an annexation of Ukrainian land names no annexer, then Russia annexed it; elsewhere there is no event', () => {
    expect(triples('Sanctions followed the annexation of Crimea in 2014.', { names: ['Crimea'] }))
      .to.deep.equal(['Russia annexed Crimea']);
    expect(triples('The annexation of Texas changed America.', { names: ['Texas', 'America'] })).to.deep.equal([]);
  });

  it('When an attack on a Ukrainian city is told as a noun with no attacker, then Russia attacked it, but not Crimea or a whole country', () => {
    expect(triples('The missile strikes on Poltava killed four.', { names: ['Poltava'] })).to.deep.equal(['Russia attacked Poltava']);
    expect(triples('The strikes on Sevastopol hit a fleet headquarters.', { names: ['Sevastopol'] })).to.deep.equal([]);
    expect(triples('An escalation in shelling in Ukraine alarmed observers.', { names: ['Ukraine'] })).to.deep.equal([]);
  });

  it('When a city is named with "City" after it, then the event names the city', () => {
    const names = [{ surface: 'Odesa City', name: 'Odesa City', type: 'place' as const }];
    expect(triples('Russian drones hit Odesa City overnight.', { names })).to.deep.equal(['Russia attacked Odesa']);
  });

  it('When attacks hit several places "including" a named one, then that place was attacked', () => {
    expect(triples('Moscow launched coordinated drone and artillery strikes on several towns including Sumy.', { names: ['Moscow', 'Sumy'] }))
      .to.deep.equal(['Russia attacked Sumy']);
  });

  it('When a side launches an operation against the residents of a place, then it attacked the place; a cleft subject acts', () => {
    expect(triples('It was Belarus that launched a military operation against the residents of Gomel.', { names: ['Belarus', 'Gomel'] }))
      .to.deep.equal(['Belarus attacked Gomel']);
  });

  it('When a side\'s attacks destroy a building in a place, or a side\'s attack in a place is repelled, then it attacked the place', () => {
    expect(triples('Russian strikes destroyed a water plant in Sumy.', { names: ['Sumy'] })).to.deep.equal(['Russia attacked Sumy']);
    expect(triples('Ukrainian forces repelled a Russian assault in the Sumy region.', { names: ['Sumy region'] }))
      .to.deep.equal(['Russia attacked Sumy region']);
  });

  it('When a person visits something in a place, then the person visited the place', () => {
    expect(triples('Scholz visited the front lines in the port city of Odesa.', { names: ['Scholz', 'Odesa'] }))
      .to.deep.equal(['Olaf Scholz visited Odesa']);
  });

  it('When troops bear down on "a state\'s capital", then their state advanced on that capital', () => {
    expect(triples('Russian troops are bearing down on Ukraine\'s capital after dawn.', { names: ['Ukraine'] }))
      .to.deep.equal(['Russia advanced_on Kyiv']);
  });

  it('When one side drives the other\'s troops out of a place, then the troops\' state withdrew from it', () => {
    expect(triples('Ukrainian forces drove Russian troops out of Balakliia.', { names: ['Balakliia'] }))
      .to.deep.equal(['Russia withdrew_from Balakliya']);
  });

  it('When a leader announces a call-up of reservists, then the state mobilized', () => {
    expect(triples('Putin announced a call-up of some 300,000 reservists.', { names: ['Putin'] })).to.deep.equal(['Russia mobilized Russia']);
  });

  it('When forces pull back "from around" a place or are pushed back from it, then they withdrew from it', () => {
    expect(triples('Moscow\'s forces pulled back from around Chernihiv in late March.', { names: ['Moscow', 'Chernihiv'] }))
      .to.deep.equal(['Russia withdrew_from Chernihiv']);
    expect(triples('Ukrainian troops pushed Russian troops back from Kharkiv.', { names: ['Kharkiv'] }))
      .to.deep.equal(['Russia withdrew_from Kharkiv']);
  });

  it('When troops establish a foothold in a place, then they advanced on it', () => {
    expect(triples('Ukrainian marines established a foothold in Krynky.', { names: ['Krynky'] })).to.deep.equal(['Ukraine advanced_on Krynky']);
  });

  it('When a leader lands in a city, or a state launches a number of drones at one, then it is a visit or an attack', () => {
    expect(triples('Olaf Scholz landed in Kyiv on Thursday.', { names: ['Olaf Scholz', 'Kyiv'] })).to.deep.equal(['Olaf Scholz visited Kyiv']);
    expect(triples('Russia launched 30 Shahed drones at Odesa overnight.', { names: ['Russia', 'Odesa'] })).to.deep.equal(['Russia attacked Odesa']);
  });

  it('When land is taken or won back, ground is gained near a place, lines are broken through near it, or a counteroffensive in the south heads toward it, then it is a capture or an advance', () => {
    const text = 'Ukrainian forces took back Kupiansk. Ukraine won back control of Snihurivka. Russian forces gained ground near Marinka. '
      + 'Ukrainian troops broke through Russian lines near Robotyne. Ukraine launched a counteroffensive in the south toward Melitopol. He took back his words in Sumy.';
    expect(triples(text, { names: ['Kupiansk', 'Ukraine', 'Snihurivka', 'Marinka', 'Robotyne', 'Melitopol', 'Sumy'] })).to.deep.equal([
      'Ukraine captured Kupiansk', 'Ukraine captured Snihurivka', 'Russia advanced_on Marinka', 'Ukraine advanced_on Robotyne', 'Ukraine advanced_on Melitopol',
    ]);
  });

  it('When forces counterattack near a place or conduct offensive operations in its direction, then they attacked or advanced on it; after a possessor the word is the possessor\'s attack as a noun', () => {
    const text = 'Ukrainian forces counterattacked near Kreminna. Russian forces conducted offensive operations in the Kupiansk direction. Kyiv\'s counter-attack in Svatove is important.';
    expect(triples(text, { names: ['Kreminna', 'Kupiansk', 'Kyiv', 'Svatove'] }))
      .to.deep.equal(['Ukraine attacked Kreminna', 'Russia advanced_on Kupiansk', 'Ukraine attacked Svatove']);
  });

  it('When a place is freed, reclaimed or its control wrested, forces are cleared, expelled or routed from it, evacuate it or give it up, then it is a capture or a withdrawal; civilians evacuated and prisoners freed are none', () => {
    const text = 'Ukrainian forces have freed Snihurivka. Ukraine reclaimed Kupiansk. Russian forces wrested control of Marinka. Ukraine cleared Russian troops from Svatove. '
      + 'Russian forces were routed from Izium. Russian troops evacuated Balakliia. Russian forces gave up Kreminna. Ukraine evacuated civilians from Vovchansk. Kyiv freed prisoners in Sumy.';
    expect(triples(text, { names: ['Snihurivka', 'Ukraine', 'Kupiansk', 'Marinka', 'Svatove', 'Izium', 'Balakliia', 'Kreminna', 'Vovchansk', 'Kyiv', 'Sumy'] })).to.deep.equal([
      'Ukraine captured Snihurivka', 'Ukraine captured Kupiansk', 'Russia captured Marinka', 'Russia withdrew_from Svatove',
      'Russia withdrew_from Izyum', 'Russia withdrew_from Balakliya', 'Russia withdrew_from Kreminna',
    ]);
  });
});
