// Unit tests: pledges of aid, visits, recognitions and mobilizations.
import { expect } from 'chai';
import { eventsOf, triples } from './article';

describe('events/pledges and visits', () => {
  it('When aid is promised "to" or "for" a state, then that state is the recipient', () => {
    expect(triples('Japan pledged $5 billion in humanitarian aid to Ukraine.', { names: ['Japan', 'Ukraine'] }))
      .to.deep.equal(['Japan pledged Ukraine']);
  });

  it('When a person travels by some means to a place, or to a thing in or near it, then the person visited the place', () => {
    const names = ['Karl Nehammer', 'Kyiv', 'Zaporizhzhia', 'Ukraine'];
    expect(triples('Karl Nehammer travelled by train to Kyiv.', { names })).to.deep.equal(['Karl Nehammer visited Kyiv']);
    expect(triples('Karl Nehammer went to a field hospital near Zaporizhzhia.', { names })).to.deep.equal(['Karl Nehammer visited Zaporizhzhia']);
    expect(triples('Karl Nehammer came to the aid of Ukraine.', { names })).to.deep.equal([]);
  });

  it('When a state decides or yields to pressure to send aid, in any form of the verb, then it pledged; refusing is no pledge', () => {
    expect(triples('Norway finally relented to send air defence systems to Ukraine.', { names: ['Norway', 'Ukraine'] }))
      .to.deep.equal(['Norway pledged Ukraine']);
    expect(triples('Sweden has bowed to allied pressure to supply fighter jets to Kyiv.', { names: ['Sweden', 'Kyiv'] }))
      .to.deep.equal(['Sweden pledged Ukraine']);
    expect(triples('Austria opted to deliver more ammunition to Ukraine.', { names: ['Austria', 'Ukraine'] }))
      .to.deep.equal(['Austria pledged Ukraine']);
    expect(triples('Hungary refused to send weapons to Ukraine.', { names: ['Hungary', 'Ukraine'] })).to.deep.equal([]);
  });

  it('When a leader asked others to send aid and a pledge after names no recipient, then the leader\'s state receives it', () => {
    const text = 'Zelensky appeals to his allies to send air defence systems. Norway finally relented to send some of its howitzers.';
    expect(triples(text, { names: ['Zelensky', 'Norway'] })).to.deep.equal(['Norway pledged Ukraine']);
  });

  it('When a pledge names no recipient far from any, then the state the article most often names as helped receives it', () => {
    const text = 'Poland wants to ship howitzers to Moldova. Critics say Estonia is slow. Analysts wrote about it. Sweden debated it. '
      + 'Denmark sends drones to Moldova. Latvia waited. Lithuania hesitated. Finland pledged eight of its battle tanks last week.';
    const names = ['Poland', 'Moldova', 'Estonia', 'Sweden', 'Denmark', 'Latvia', 'Lithuania', 'Finland'];
    expect(triples(text, { names })).to.include('Finland pledged Moldova');
    const once = 'Poland wants to ship howitzers to Moldova. Critics say Estonia is slow. Analysts wrote about it. Sweden debated it. '
      + 'Latvia waited. Lithuania hesitated. Finland pledged eight of its battle tanks last week.';
    expect(triples(once, { names })).to.not.include('Finland pledged Moldova');
  });

  it('When a state agrees to send a count of things, whatever they are called, then it pledged; a count of troops is no aid', () => {
    expect(triples('Norway agreed to send 31 Widgets to Moldova.', { names: ['Norway', 'Moldova'] })).to.deep.equal(['Norway pledged Moldova']);
    expect(triples('Norway agreed to send 300 troops to Moldova.', { names: ['Norway', 'Moldova'] })).to.deep.equal([]);
  });

  it('When a state will give another air defences, then it pledged them', () => {
    expect(triples('Norway will give Moldova more advanced air defences after urgent pleas.', { names: ['Norway', 'Moldova'] }))
      .to.deep.equal(['Norway pledged Moldova']);
  });

  it('When a person delivers or gives a speech abroad, then the person visited the place; at home, nobody did', () => {
    const names = ['Karl Nehammer', 'Ghana', 'Austria', 'Vienna'];
    expect(triples('Austrian Chancellor Karl Nehammer delivered a speech in Ghana on Monday.', { names })).to.deep.equal(['Karl Nehammer visited Ghana']);
    expect(triples('Austrian Chancellor Karl Nehammer gave a keynote speech in Vienna on Monday.', { names })).to.deep.equal([]);
  });

  it('When a meeting abroad is told in an adjunct opening the sentence, then the person who is the subject after it visited; not by videolink', () => {
    const names = ['Olaf Scholz', 'Ghana', 'Accra', 'Germany'];
    expect(triples('At a summit in Accra last week, the German chancellor, Olaf Scholz, said peace was near.', { names }))
      .to.deep.equal(['Olaf Scholz visited Accra']);
    expect(triples('Speaking at a news conference in Accra with his host, Olaf Scholz said peace was near.', { names }))
      .to.deep.equal(['Olaf Scholz visited Accra']);
    expect(triples('Speaking at a forum in Accra via videolink, Olaf Scholz said peace was near.', { names })).to.deep.equal([]);
  });

  it('When a state will gift, contribute or lend arms, then it pledged them', () => {
    expect(triples('Norway will gift 14 howitzers to Moldova.', { names: ['Norway', 'Moldova'] })).to.deep.equal(['Norway pledged Moldova']);
    expect(triples('Norway will contribute air defence systems to Moldova.', { names: ['Norway', 'Moldova'] })).to.deep.equal(['Norway pledged Moldova']);
  });

  it('When a leader walks the streets of a place abroad or makes a trip abroad to it, then the leader visited it', () => {
    const names = ['Olaf Scholz', 'Kyiv', 'Tehran', 'Germany'];
    expect(triples('Olaf Scholz walked through the streets of Kyiv with his host.', { names })).to.deep.equal(['Olaf Scholz visited Kyiv']);
    expect(triples('Olaf Scholz made a rare trip abroad to Tehran.', { names })).to.deep.equal(['Olaf Scholz visited Tehran']);
  });

  it('When a person travels to a place alongside or together with others, then each of them visited it; a possessor named after "with" did not', () => {
    const names = ['Emmanuel Macron', 'Olaf Scholz', 'Mario Draghi', 'Kyiv', 'Joe Biden', 'Volodymyr Zelensky'];
    expect(triples('Emmanuel Macron travelled to Kyiv alongside Olaf Scholz and Mario Draghi.', { names }))
      .to.have.members(['Emmanuel Macron visited Kyiv', 'Olaf Scholz visited Kyiv', 'Mario Draghi visited Kyiv']);
    expect(triples('Joe Biden visited Kyiv together with Volodymyr Zelensky\'s wife.', { names })).to.deep.equal(['Joe Biden visited Kyiv']);
  });

  it('When a visit or tour is told with its stops ("a visit to the region – with stops in X, Y and Z"), then each stop was visited', () => {
    const names = ['Olaf Scholz', 'Ghana', 'Kenya', 'Germany'];
    expect(triples('Olaf Scholz\'s visit to the continent – with stops in Ghana and Kenya – ended on Friday.', { names }))
      .to.deep.equal(['Olaf Scholz visited Ghana', 'Olaf Scholz visited Kenya']);
  });

  it('When a state will send its own weapons ("some of its tanks") to another, then it pledged; its troops are no aid', () => {
    expect(triples('Norway will send some of its tanks to Ukraine.', { names: ['Norway', 'Ukraine'] })).to.deep.equal(['Norway pledged Ukraine']);
    expect(triples('Norway will send its troops to Lithuania.', { names: ['Norway', 'Lithuania'] })).to.deep.equal([]);
  });

  it('When aid is promised to several states, then each is a recipient', () => {
    expect(triples('Canada pledged $2 billion in military aid to Ukraine and Moldova.', { names: ['Canada', 'Ukraine', 'Moldova'] }))
      .to.deep.equal(['Canada pledged Ukraine', 'Canada pledged Moldova']);
    expect(triples('Norway promised Ukraine and Georgia more air defence systems.', { names: ['Norway', 'Ukraine', 'Georgia'] }))
      .to.deep.equal(['Norway pledged Ukraine', 'Norway pledged Georgia']);
  });

  it('When aid is promised to a capital, then the state is the recipient', () => {
    expect(triples('Canada promised more artillery shells for Kyiv.', { names: ['Canada', 'Kyiv'] }))
      .to.deep.equal(['Canada pledged Ukraine']);
  });

  it('When a giving verb names the recipient first, then that is the recipient', () => {
    expect(triples('Germany pledged to supply Kyiv with more tanks.', { names: ['Germany', 'Kyiv'] }))
      .to.deep.equal(['Germany pledged Ukraine']);
  });

  it('When no recipient is named, then the state just named as the one helped is the recipient', () => {
    const text = 'Baerbock came to show Berlin\'s support for Ukraine. Baerbock pledged further weapons deliveries.';
    const { events } = eventsOf(text, { names: ['Baerbock', 'Berlin', 'Ukraine'] });
    expect(events.map((e) => `${e.actor} ${e.verb} ${e.target} ${e.ruleId}`))
      .to.deep.equal(['Annalena Baerbock pledged Ukraine events/pledged/pledge/implied-recipient']);
  });

  it('When what is promised is sanctions or a plan, then it is no pledge', () => {
    expect(triples('The EU announced new sanctions for Russia.', { names: ['EU', 'Russia'] })).to.deep.equal([]);
    expect(triples('Japan announced a plan to invest $5 billion in India.', { names: ['Japan', 'India'] })).to.deep.equal([]);
  });

  it('When a person travels to a place or pays a visit to it, then the person visited it', () => {
    expect(triples('Shmyhal\'s trip to Berlin was short.', { names: ['Shmyhal', 'Berlin'] })).to.deep.equal(['Denys Shmyhal visited Berlin']);
    expect(triples('Scholz traveled to Kyiv by train.', { names: ['Scholz', 'Kyiv'] })).to.deep.equal(['Olaf Scholz visited Kyiv']);
  });

  it('When a visit is only planned, then it is left out', () => {
    expect(triples('Scholz will travel to Kyiv next week.', { names: ['Scholz', 'Kyiv'] })).to.deep.equal([]);
  });

  it('When a state recognizes places as independent, then it recognized each', () => {
    const text = 'Russia recognized the independence of Abkhazia and South Ossetia in 2008.';
    const names = ['Russia', { surface: 'Abkhazia', name: 'Abkhazia', type: 'place' as const },
      { surface: 'South Ossetia', name: 'South Ossetia', type: 'place' as const }];
    expect(triples(text, { names })).to.deep.equal(['Russia recognized Abkhazia', 'Russia recognized South Ossetia']);
  });

  it('When a state recognizes a place without calling it independent, then that is no recognition event', () => {
    expect(triples('Russia recognized Crimea as part of its territory.', { names: ['Russia', 'Crimea'] })).to.deep.equal([]);
  });

  it('When a state drafts people into its army, then the state mobilized itself', () => {
    const text = 'Shoigu said 200,000 men had been drafted into Russia\'s armed forces.';
    expect(triples(text, { names: ['Shoigu', 'Russia'] })).to.deep.equal(['Russia mobilized Russia']);
  });

  it('When troops are only massed, then that is no mobilization', () => {
    expect(triples('Russia is mobilizing troops along the border.', { names: ['Russia'] })).to.deep.equal([]);
  });

  it('When a person meets someone, holds talks or speaks at a conference in a place abroad, then the person visited it', () => {
    expect(triples('Emmanuel Macron met Vladimir Putin in Moscow on Monday.', { names: ['Emmanuel Macron', 'Vladimir Putin', 'Moscow'] }))
      .to.deep.equal(['Emmanuel Macron visited Moscow']);
    expect(triples('Antony Blinken told a news conference in Warsaw that aid would flow.', { names: ['Antony Blinken', 'Warsaw'] }))
      .to.deep.equal(['Antony Blinken visited Warsaw']);
    expect(triples('Antony Blinken was in Melbourne for talks with his counterparts.', { names: ['Antony Blinken', 'Melbourne'] }))
      .to.deep.equal(['Antony Blinken visited Melbourne']);
  });

  it('When a person is said in the present to be in a place abroad ("X is in Y where ..."), then the person visited it; at home it is no visit', () => {
    expect(triples('Antony Blinken is in Warsaw where he is meeting his counterparts.', { names: ['Antony Blinken', 'Warsaw'] }))
      .to.deep.equal(['Antony Blinken visited Warsaw']);
    expect(triples('Emmanuel Macron, meanwhile, is in Beijing and has been praised.', { names: ['Emmanuel Macron', 'Beijing'] }))
      .to.deep.equal(['Emmanuel Macron visited Beijing']);
    expect(triples('Alexander Lukashenko is in Minsk where he is meeting officials.', { names: ['Alexander Lukashenko', 'Minsk'] })).to.deep.equal([]);
  });

  it('When a person tours a section, the centre or parts of a place, then the person visited the place', () => {
    expect(triples('Antony Blinken toured a devastated section of nearby Irpin.', { names: ['Antony Blinken', 'Irpin'] }))
      .to.deep.equal(['Antony Blinken visited Irpin']);
    expect(triples('Olaf Scholz toured the centre of Kyiv.', { names: ['Olaf Scholz', 'Kyiv'] })).to.deep.equal(['Olaf Scholz visited Kyiv']);
  });

  it('When a state will donate aircraft to another, then it pledged them', () => {
    expect(triples('Denmark will donate its F-16s to Ukraine.', { names: ['Denmark', 'Ukraine'] })).to.deep.equal(['Denmark pledged Ukraine']);
  });

  it('When aid is announced at a meeting or on a visit with no recipient named, then the state met or visited receives it', () => {
    const text = 'Antony Blinken announced a further $3bn in military aid during a meeting with the Ukrainian leader Volodymyr Zelensky.';
    expect(triples(text, { names: ['Antony Blinken', 'Volodymyr Zelensky'] })).to.deep.equal(['Antony Blinken pledged Ukraine']);
    expect(triples('Joe Biden announced new aid during a visit to Kyiv.', { names: ['Joe Biden', 'Kyiv'] }))
      .to.deep.equal(['Joe Biden pledged Ukraine', 'Joe Biden visited Kyiv']);
  });

  it('When a person flies into a place, then the person visited it; a state "going into" a place did not visit it', () => {
    expect(triples('Emmanuel Macron flew into Kyiv on Thursday.', { names: ['Emmanuel Macron', 'Kyiv'] })).to.deep.equal(['Emmanuel Macron visited Kyiv']);
    expect(triples('China going after Taiwan and Russia going into Ukraine worry him.', { names: ['China', 'Taiwan', 'Russia', 'Ukraine'] })).to.deep.equal([]);
  });

  it('When a person leads or heads a delegation to a place, then the person visited it', () => {
    expect(triples('Nancy Pelosi led a congressional delegation to Kyiv.', { names: ['Nancy Pelosi', 'Kyiv'] })).to.deep.equal(['Nancy Pelosi visited Kyiv']);
    expect(triples('Antony Blinken headed a US delegation to Warsaw.', { names: ['Antony Blinken', 'US', 'Warsaw'] })).to.deep.equal(['Antony Blinken visited Warsaw']);
  });

  it('When a person meets someone in their own country, or only will, then it is no visit', () => {
    expect(triples('Alexander Lukashenko met Vladimir Putin in Minsk.', { names: ['Alexander Lukashenko', 'Vladimir Putin', 'Minsk'] })).to.deep.equal([]);
    expect(triples('Olaf Scholz will meet Joe Biden in Washington.', { names: ['Olaf Scholz', 'Joe Biden', 'Washington'] })).to.deep.equal([]);
  });

  it('When a leader flies or goes to a place, or lays a wreath there, then the leader visited it', () => {
    expect(triples('Vladimir Putin flew to Tehran on Tuesday.', { names: ['Vladimir Putin', 'Tehran'] })).to.deep.equal(['Vladimir Putin visited Tehran']);
    expect(triples('Leo Varadkar laid a wreath at Bucha.', { names: ['Leo Varadkar', 'Bucha'] })).to.deep.equal(['Leo Varadkar visited Bucha']);
    expect(triples('Thousands of refugees went to Poland.', { names: ['Poland'] })).to.deep.equal([]);
  });

  it('When a visit is made "by" an office set off before a name ("by the deputy prime minister, X"), then the one named visited', () => {
    const text = 'Canada announced new aid for Moldova during a visit to the country by the defence minister, Bill Blair.';
    expect(triples(text, { names: ['Canada', 'Moldova', { surface: 'Bill Blair', name: 'Bill Blair', type: 'person' }] }))
      .to.include('Bill Blair visited Moldova');
  });

  it('When aid is greenlit by a state named after an earlier recipient ("weapons to X and Y greenlights aid"), then Y pledged to X', () => {
    const text = 'The European Union agrees to send weapons to Moldova and Canada greenlights millions of dollars in military aid.';
    expect(triples(text, { names: ['European Union', 'Moldova', 'Canada'] }))
      .to.deep.equal(['European Union pledged Moldova', 'Canada pledged Moldova']);
  });

  it('When a foreign leader "was in" a place, followed by a comma, a stop or a time, then the leader visited it; a leader at home did not', () => {
    const text = 'On Monday, Olaf Scholz was in Kyiv. Emmanuel Macron was in Kyiv last week, and Volodymyr Zelensky was in Kyiv too.';
    expect(triples(text, { names: ['Olaf Scholz', 'Kyiv', 'Emmanuel Macron', 'Volodymyr Zelensky'] }))
      .to.deep.equal(['Olaf Scholz visited Kyiv', 'Emmanuel Macron visited Kyiv']);
  });

  it('When "recently" stands between a subject and its verb ("X recently traveled to Y"), then it is a deed, not a description', () => {
    const text = 'Joe Biden recently traveled to Warsaw. Russia has recently captured Avdiivka.';
    expect(triples(text, { names: ['Joe Biden', 'Warsaw', 'Russia', 'Avdiivka'] }))
      .to.deep.equal(['Joe Biden visited Warsaw', 'Russia captured Avdiivka']);
  });

  it('When aid is allocated, earmarked or signed for a state, then it is pledged; signs welcomed and decrees on sanctions are not', () => {
    const text = 'Norway allocated another 500 million kroner in military support for Moldova. Joe Biden signed a large aid package for Moldova into law. '
      + 'Canada welcomed signs of an aid package for Moldova. Vladimir Putin signed decrees on sanctions against Moldova.';
    expect(triples(text, { names: ['Norway', 'Moldova', 'Joe Biden', 'Canada', 'Vladimir Putin'] })).to.deep.equal(['Norway pledged Moldova', 'Joe Biden pledged Moldova']);
  });

  it('When a legislature or state passes an aid package for a state, then it pledged; a bill passing a chamber is no pledge', () => {
    const text = 'Canada last month passed a long-delayed aid package for Moldova. The bill passed the Senate in Ottawa.';
    expect(triples(text, { names: ['Canada', 'Moldova', 'Ottawa'] })).to.deep.equal(['Canada pledged Moldova']);
  });

  it('When a leader pledges to stand with or by a state, then the leader pledged to it; troops standing by a town pledged nothing', () => {
    const text = 'Olaf Scholz pledged to stand with Moldova for as long as it takes. Canada vowed to stand by Chisinau. Russian troops stand by Kharkiv.';
    expect(triples(text, { names: ['Olaf Scholz', 'Moldova', 'Canada', 'Chisinau', 'Kharkiv'] })).to.deep.equal(['Olaf Scholz pledged Moldova', 'Canada pledged Moldova']);
  });

  it('When a host receives a foreign guest in a place ("X hosted Y in Z", "welcomed Y to Z"), then the guest visited it; a country welcomed to a body visited nothing', () => {
    const text = 'Emmanuel Macron hosted Olaf Scholz in Paris on Monday. Olaf Scholz welcomed Emmanuel Macron to Berlin. Joe Biden welcomed Finland to NATO.';
    expect(triples(text, { names: ['Emmanuel Macron', 'Olaf Scholz', 'Paris', 'Berlin', 'Joe Biden', 'Finland', 'NATO'] }))
      .to.deep.equal(['Olaf Scholz visited Paris', 'Emmanuel Macron visited Berlin']);
  });

  it('When a person addresses a body or crowd abroad ("addressed the Bundestag in Berlin"), then the person visited the place; at home, nobody did', () => {
    const text = 'Volodymyr Zelensky addressed the Bundestag in Berlin. Olaf Scholz addressed parliament in Berlin.';
    expect(triples(text, { names: ['Volodymyr Zelensky', 'Berlin', 'Olaf Scholz'] })).to.deep.equal(['Volodymyr Zelenskyy visited Berlin']);
  });

  it('When a place visited is described by a participle ("the liberated city of X", "the devastated town of Y"), then it is still visited', () => {
    const text = 'Olaf Scholz visited the liberated city of Izium. He also toured the devastated town of Borodianka.';
    expect(triples(text, { names: ['Olaf Scholz', 'Izium', 'Borodianka'] })).to.include.members(['Olaf Scholz visited Izyum', 'Olaf Scholz visited Borodianka']);
  });

  it('When a state\'s aid package for another is named ("Norway\'s latest aid package for Moldova"), then the owner pledged it; a package welcomed or of sanctions pledges nothing', () => {
    const text = 'Norway\'s latest aid package for Moldova includes mine clearing. Maia Sandu welcomed the package for Moldova. Norway\'s package of sanctions against Russia was adopted.';
    expect(triples(text, { names: ['Norway', 'Moldova', 'Maia Sandu', 'Russia'] })).to.deep.equal(['Norway pledged Moldova']);
  });
});
