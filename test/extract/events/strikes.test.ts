// Unit tests: strikes told through their weapons, the things they hit and the places those lie in.
import { expect } from 'chai';
import { triples } from './article';

describe('events/strikes', () => {
  it('When any thing named after an article is struck in a place ("bombed a theatre in X"), then the place was attacked, but not a deal struck there', () => {
    expect(triples('Russian jets bombed a puppet theatre in Mariupol.', { names: ['Mariupol'] })).to.deep.equal(['Russia attacked Mariupol']);
    expect(triples('Russian forces shelled the old cathedral near Kherson.', { names: ['Kherson'] })).to.deep.equal(['Russia attacked Kherson']);
    expect(triples('Ukraine struck a deal in Istanbul.', { names: ['Ukraine', 'Istanbul'] })).to.deep.equal([]);
  });

  it('When attacks are carried "into" or "inside" a place, then the place was attacked', () => {
    expect(triples('Ukrainian drone attacks into Russia have grown.', { names: ['Russia'] })).to.deep.equal(['Ukraine attacked Russia']);
    expect(triples('Ukrainian strikes inside Belarus surprised observers.', { names: ['Belarus'] })).to.deep.equal(['Ukraine attacked Belarus']);
  });

  it('When a side\'s partisans blow up a thing in a place, then the side attacked the place; a person blowing up at reporters did not', () => {
    expect(triples('Ukrainian partisans blew up a bridge in Melitopol.', { names: ['Melitopol'] })).to.deep.equal(['Ukraine attacked Melitopol']);
    expect(triples('He blew up at reporters in Kyiv.', { names: ['Kyiv'] })).to.deep.equal([]);
  });

  it('When weapons launched from somewhere hit a place, then the attack is presumed as for bare weapons; launched by a side, that side attacked', () => {
    expect(triples('Missiles launched from Belarus hit Zhytomyr.', { names: ['Belarus', 'Zhytomyr'] })).to.deep.equal(['Russia attacked Zhytomyr']);
    expect(triples('Drones launched by Belarus hit Zhytomyr.', { names: ['Belarus', 'Zhytomyr'] })).to.deep.equal(['Belarus attacked Zhytomyr']);
  });

  it('When a side launched a raid on a place, then it attacked the place', () => {
    expect(triples('Ukrainian commandos launched a raid on Kherson.', { names: ['Kherson'] })).to.deep.equal(['Ukraine attacked Kherson']);
  });

  it('When a side\'s counter-attack is told as a noun ("Kyiv\'s counter-attack in X", "the Ukrainian counterattack near Y"), then it attacked the place', () => {
    expect(triples('Kyiv\'s counter-attack in Kherson has begun.', { names: ['Kyiv', 'Kherson'] })).to.deep.equal(['Ukraine attacked Kherson']);
    expect(triples('The Ukrainian counterattack near Kharkiv succeeded.', { names: ['Kharkiv'] })).to.deep.equal(['Ukraine attacked Kharkiv']);
  });

  it('When a side used weapons to strike a place ("Russia used Iranian drones to strike Kyiv"), then the side that used them attacked it, as a deed', () => {
    expect(triples('Russia used Iranian drones to strike Kyiv.', { names: ['Russia', 'Kyiv'] })).to.deep.equal(['Russia attacked Kyiv']);
    expect(triples('Russia plans to use drones to strike Kyiv.', { names: ['Russia', 'Kyiv'] })).to.deep.equal([]);
  });

  it('When missiles "were fired at" a place, then that place is attacked and the attacker is presumed', () => {
    const text = 'Officials say nine missiles were fired at the Odesa region overnight.';
    expect(triples(text, { names: ['Odesa region'] })).to.deep.equal(['Russia attacked Odesa region']);
  });

  it('When "dozens of" a side\'s drones strike, then that side is the attacker', () => {
    const text = 'Dozens of Russian drones struck targets across the Odesa region.';
    expect(triples(text, { names: ['Odesa region'] })).to.deep.equal(['Russia attacked Odesa region']);
  });

  it('When weapons hit facilities "on Monday in the regions of A and B", then each region is attacked', () => {
    const text = 'High-precision weapons hit fuel depots on Monday in the regions of Poltava and Sumy.';
    expect(triples(text, { names: ['Poltava', 'Sumy'] })).to.deep.equal(['Russia attacked Poltava region', 'Russia attacked Sumy region']);
  });

  it('When a body is named before the thing struck ("Ukrainian air force bases near X"), then X is attacked, not the body', () => {
    const text = 'Russian missiles hit Ukrainian air force bases near Vinnytsia.';
    const names = [{ surface: 'Ukrainian air force', name: 'Ukrainian Air Force', type: 'organization' as const }, 'Vinnytsia'];
    expect(triples(text, { names })).to.deep.equal(['Russia attacked Vinnytsia']);
  });

  it('When a place unknown to the knowledge base lies "in" a Ukrainian city, then a strike on it is presumed Russia\'s', () => {
    const text = 'The strike on Novoselytsia village in Chernivtsi was the first in weeks.';
    const names = [{ surface: 'Novoselytsia village', name: 'Novoselytsia village', type: 'place' as const }, 'Chernivtsi'];
    expect(triples(text, { names })).to.deep.equal(['Russia attacked Novoselytsia village']);
  });

  it('When the unknown place lies in no known place, then no attacker is presumed', () => {
    const text = 'The strike on Novoselytsia village was the first in weeks.';
    const names = [{ surface: 'Novoselytsia village', name: 'Novoselytsia village', type: 'place' as const }];
    expect(triples(text, { names })).to.deep.equal([]);
  });
});

describe('events/strikes: places that endured, areas struck', () => {
  it('When a place is said to endure a barrage ("with the capital X enduring"), then it was attacked', () => {
    const text = 'Drones hit the north overnight, with the port city Odesa enduring the heaviest barrage in weeks.';
    expect(triples(text, { names: ['Odesa'] })).to.deep.equal(['Russia attacked Odesa']);
  });

  it('When a place suffered a blackout after an attack, then no barrage is read into it', () => {
    const text = 'Odesa suffered a blackout after the attack on the grid.';
    expect(triples(text, { names: ['Odesa'] })).to.deep.equal([]);
  });

  it('When a side "is striking inside" a country, then that country is attacked', () => {
    const text = 'Just as Russia is striking inside Moldova, nobody should be surprised.';
    expect(triples(text, { names: ['Russia', 'Moldova'] })).to.deep.equal(['Russia attacked Moldova']);
  });
});

describe('events/strikes and visits: things described, people described', () => {
  it('When the thing struck is described by a participle ("a station used for evacuations in X"), then X is attacked', () => {
    const text = 'Dozens died in Russian strikes on a railway station used for evacuations in the eastern city of Sloviansk.';
    expect(triples(text, { names: ['Sloviansk'] })).to.deep.equal(['Russia attacked Sloviansk']);
  });

  it('When a relative clause follows an appositive ("X, the first lady of Y, who ..., travelled to Z"), then X travelled', () => {
    const text = 'Olena Zelenska, the first lady of Ukraine, who is the wife of the president, travelled to Poland on Monday.';
    expect(triples(text, { names: [{ surface: 'Olena Zelenska', name: 'Olena Zelenska', type: 'person' as const }, 'Ukraine', 'Poland'] }))
      .to.deep.equal(['Olena Zelenska visited Poland']);
  });

  it('When a visit is "by" someone not named, then the sentence\'s subject is not made the traveller', () => {
    const text = 'The Australian government announced a package for Ukraine during a visit to the country by the deputy prime minister.';
    expect(triples(text, { names: ['Ukraine'] }).filter((t) => t.includes('visited'))).to.deep.equal([]);
  });

  it('When a place owns the thing struck ("Odesa\'s port facilities"), then the place was attacked; a person\'s office is no place', () => {
    const text = 'Russian drones struck Odesa\'s port facilities overnight. Russia also struck Zelensky\'s office.';
    expect(triples(text, { names: ['Odesa', { surface: 'Zelensky', name: 'Volodymyr Zelensky', type: 'person' }] })).to.deep.equal(['Russia attacked Odesa']);
  });

  it('When a relative clause tells the strike ("X, which it struck", "the depots of Y, which they hit"), then its antecedent was attacked; a deal struck is none', () => {
    const text = 'Russia turned to Sumy, which it shelled for a week, and to the rail depots in Poltava, which it struck with missiles. It was a deal which Russia struck with Chernihiv.';
    expect(triples(text, { names: ['Russia', 'Sumy', 'Poltava', 'Chernihiv'] })).to.deep.equal(['Russia attacked Sumy', 'Russia attacked Poltava']);
  });

  it('When bombs are dropped on places, then they were attacked', () => {
    const text = 'It was the first such strike since Britain dropped bombs on Dresden and Hamburg.';
    expect(triples(text, { names: ['Britain', 'Dresden', 'Hamburg'] })).to.deep.equal(['United Kingdom attacked Dresden', 'United Kingdom attacked Hamburg']);
  });

  it('When areas or settlements in a place are shelled, then the place was attacked', () => {
    const text = 'Russian forces shelled areas in Sumy region. Russian artillery hit several settlements near Nikopol.';
    expect(triples(text, { names: ['Sumy region', 'Nikopol'] })).to.deep.equal(['Russia attacked Sumy region', 'Russia attacked Nikopol']);
  });

  it('When a barrage is unleashed or missiles are fired across a place, a grid or port of it is targeted, or it is pummelled, then it was attacked', () => {
    const text = 'Russia unleashed a barrage of missiles on Dnipro. Russia targeted Moldova\'s power grid. Russia has been pummelling Sumy. Critics fired questions at Kherson.';
    expect(triples(text, { names: ['Russia', 'Dnipro', 'Moldova', 'Sumy', 'Kherson'] }))
      .to.deep.equal(['Russia attacked Dnipro', 'Russia attacked Moldova', 'Russia attacked Sumy']);
  });

  it('When a class of things struck is placed and then given examples ("targets within its territory, including an oil depot in X"), then the examples\' places were attacked', () => {
    const names = ['Moldova', 'Norway', 'Balti'];
    expect(triples('Norway struck targets within its territory, including an oil depot in Balti.', { names })).to.deep.equal(['Norway attacked Balti']);
    expect(triples('Norway struck targets near the border, including Balti.', { names })).to.deep.equal(['Norway attacked Balti']);
  });

  it('When a Ukrainian place is or has been under attack, fire or shelling with no shooter named, then Russia is presumed; a plan under fire is no attack', () => {
    const text = 'Sumy has been under constant attack. Poltava is under fire tonight. The plan is under fire from critics.';
    expect(triples(text, { names: ['Sumy', 'Poltava'] })).to.deep.equal(['Russia attacked Sumy', 'Russia attacked Poltava']);
  });

  it('When the thing struck has a common noun\'s possessive ("a children\'s hospital in X"), then the place is still attacked', () => {
    expect(triples('Norway bombed a children\'s hospital in Balti.', { names: ['Norway', 'Balti'] })).to.deep.equal(['Norway attacked Balti']);
  });

  it('When a side repels or repulses attacks near a place, then the attacks are not its own: on a Ukrainian place Russia is presumed; a possessor\'s attack stays the possessor\'s', () => {
    const names = ['Sumy', 'Poltava', 'Norway', 'Moldova'];
    expect(triples('Ukrainian forces repulsed assaults near Sumy.', { names })).to.deep.equal(['Russia attacked Sumy']);
    expect(triples('The ministry said its forces had repelled attacks near Poltava.', { names })).to.deep.equal(['Russia attacked Poltava']);
    expect(triples('Norway\'s unprecedented attack on Moldova shocked Europe.', { names })).to.deep.equal(['Norway attacked Moldova']);
  });
});
