// Speaker resolution on invented sentences: ledes naming the speaker later, state bodies, issuers of reports, unnamed groups, pronouns.
import { expect } from 'chai';
import { statementsOf, type InventedEntity } from './fixture';

const KOVALENKO_SPEAKS: InventedEntity = { name: 'Petro Kovalenko', type: 'person', forms: ['Kovalenko'] };

const speakers = (text: string, entities: InventedEntity[]): Array<string | null> => statementsOf(text, entities).statements.map((s) => s.speaker);

describe('findStatements: speaker resolution', () => {
  it('When a lede describes the speaker and names them a few paragraphs later, then the description resolves forward', () => {
    const entities: InventedEntity[] = [{ name: 'Aino Virtanen', type: 'person', forms: ['Virtanen'] }, { name: 'Finland', type: 'place' }];
    const text = 'Finland’s prime minister said the border would close at midnight.\n\nQueues formed at the crossings.\n\n'
      + 'The prime minister of Finland, Aino Virtanen, spoke in Helsinki.';
    expect(speakers(text, entities)).to.deep.equal(['Aino Virtanen']);
  });

  it('When a description names a body in its "of" phrase ("the president of the European Commission"), then the one known with that body is meant, not the president who spoke last', () => {
    const entities: InventedEntity[] = [
      { name: 'Anna Lindqvist', type: 'person', forms: ['Lindqvist'] }, { name: 'Jorge Almeida', type: 'person', forms: ['Almeida'] },
      { name: 'European Commission', type: 'organization' },
    ];
    const text = 'The president of the European Commission, Anna Lindqvist, met President Jorge Almeida in the capital.\n\n'
      + '“The harvest will be late,” President Almeida said.\n\nThe president of the European Commission said that the loans would be paid.';
    expect(speakers(text, entities)).to.deep.equal(['Jorge Almeida', 'Anna Lindqvist']);
  });

  it('When a cleft sentence names its subject after "that" ("It was at the meeting that X pushed ..."), then a later "he" means X, not an earlier speaker', () => {
    const entities: InventedEntity[] = [{ name: 'Oleh Bondar', type: 'person', forms: ['Bondar'] }, KOVALENKO_SPEAKS];
    const text = '“The council is divided,” Oleh Bondar said.\n\nFew are as close to the mayor as Petro Kovalenko.\n\n'
      + 'It was during a tense meeting of the council that Mr Kovalenko pushed his plan.\n\nHe has since accused the river police of hiding the costs.';
    expect(speakers(text, entities)).to.deep.equal(['Oleh Bondar', 'Petro Kovalenko']);
  });

  it('When a business role ("the tycoon") or an "ex-" title ("the ex-mayor of Lviv") describes the one person it fits, then that person speaks', () => {
    const entities: InventedEntity[] = [{ name: 'Ivan Sorokin', type: 'person', forms: ['Sorokin'] }, { name: 'Lviv', type: 'place' }];
    expect(speakers('Billionaire Ivan Sorokin has condemned the war.\n\nThe tycoon wrote that the sanctions were working.', entities))
      .to.deep.equal(['Ivan Sorokin']);
    expect(speakers('The former mayor of Lviv, Ivan Sorokin, spoke in Kyiv.\n\n“The city will hold,” the ex-mayor of Lviv stated.', entities))
      .to.deep.equal(['Ivan Sorokin']);
  });

  it('When "a Lviv police official" is named later with that post, then the place in the description picks him', () => {
    const entities: InventedEntity[] = [
      { name: 'Taras Melnyk', type: 'person', forms: ['Melnyk'] }, { name: 'Oleh Bondar', type: 'person', forms: ['Bondar'] },
      { name: 'Lviv', type: 'place' },
    ];
    const text = 'A Lviv police official said the shelters were full.\n\n'
      + 'The roads were closed, Oleh Bondar, a volunteer driver, told reporters. Supplies were short, Taras Melnyk, chief of the Lviv patrol police, said.';
    expect(speakers(text, entities)[0]).to.equal('Taras Melnyk');
  });

  it('When a role the article never gives anyone describes the speaker, then the one person of the paragraph is meant', () => {
    const entities: InventedEntity[] = [{ name: 'Oleg Sorokin', type: 'person', forms: ['Sorokin'] }, { name: 'Sorokin Bank', type: 'organization' }];
    const text = 'Russian billionaire Oleg Sorokin has condemned the war. “Nobody gains from this,” the founder of Sorokin Bank wrote.';
    expect(speakers(text, entities)).to.deep.equal(['Oleg Sorokin']);
  });

  it('When a state body is described ("Ukraine’s infrastructure ministry", "the U.S. Embassy in Moscow"), then it is named after its state', () => {
    const ukraine: InventedEntity = { name: 'Ukraine', type: 'place' };
    expect(speakers('The ship sailed on Tuesday, Ukraine’s infrastructure ministry said.', [ukraine])).to.deep.equal(['Ukrainian Infrastructure Ministry']);
    const embassy = '“Citizens should leave now,” the U.S. Embassy in Moscow warned.';
    expect(speakers(embassy, [{ name: 'United States', type: 'place', forms: ['U.S.'] }, { name: 'Moscow', type: 'place' }]))
      .to.deep.equal(['United States Embassy in Moscow']);
    expect(speakers('Ukraine’s presidency said two people were hurt.', [ukraine])).to.deep.equal(['Office of the President of Ukraine']);
  });

  it('When "the defence ministry" names no state, then it is the ministry of the state the latest speaker belongs to', () => {
    const entities: InventedEntity[] = [{ name: 'Vladimir Putin', type: 'person', forms: ['Putin'] }];
    const text = '“We will answer,” Putin said.\n\nA depot burned overnight.\n\nThe defence ministry said the fire began at dawn.';
    expect(speakers(text, entities)).to.deep.equal(['Vladimir Putin', 'Russian Defense Ministry']);
  });

  it('When "the report said", then its issuer is whoever spoke or published it just before', () => {
    const institute: InventedEntity = { name: 'Riga Defence Institute', type: 'organization', forms: ['institute'] };
    const spoke = 'The Riga Defence Institute said supplies were short.\n\n“Morale is falling,” the report said.';
    expect(speakers(spoke, [institute])).to.deep.equal(['Riga Defence Institute', 'Riga Defence Institute']);
    const published = 'A study was published by the Riga Defence Institute on Monday. Most villages had no power, the report said.';
    expect(speakers(published, [institute])).to.deep.equal(['Riga Defence Institute']);
    expect(speakers('Prices rose, the report said.', [])).to.deep.equal([]);
  });

  it('When a think tank’s analysts speak, then the think tank is the speaker', () => {
    const institute: InventedEntity = { name: 'Riga Defence Institute', type: 'organization' };
    const own = '“The offensive has stalled,” Riga Defence Institute analysts said.';
    expect(speakers(own, [institute])).to.deep.equal(['Riga Defence Institute']);
    const bare = 'The Riga Defence Institute believes that the strike was planned. Analysts pointed out that the tower had been hit before.';
    expect(speakers(bare, [institute])).to.deep.equal(['Riga Defence Institute', 'Riga Defence Institute']);
  });

  it('When bare "officials say" follows officials of a named state, then that state speaks again', () => {
    const text = 'Ukrainian officials are warning civilians to stay indoors. Missiles hit three cities, but officials say the next wave will be larger.';
    expect(speakers(text, [])).to.deep.equal(['Ukraine', 'Ukraine']);
  });

  it('When a place that is no state heads the subject and nobody fits, then the speaker stays unknown with a message', () => {
    const { statements, messages } = statementsOf('A Kherson police official said the shelters were full.', [{ name: 'Kherson', type: 'place' }]);
    expect(statements[0].speaker).to.equal(null);
    expect(messages[0].ruleId).to.equal('statement.unresolved-speaker');
  });

  it('When a person is named after the pronoun ("he said of X"), then the pronoun is somebody else', () => {
    const entities: InventedEntity[] = [{ name: 'Petro Kovalenko', type: 'person', forms: ['Kovalenko'] }, { name: 'Jonas Berg', type: 'person', forms: ['Berg'] }];
    const text = 'Kovalenko answered the questions. Berg spoke next.\n\n“It means they want to fight,” he said of Berg’s remarks.';
    expect(speakers(text, entities)).to.deep.equal(['Petro Kovalenko']);
  });

  it('When "it" follows a body named earlier in the sentence, then the body is meant', () => {
    const entities: InventedEntity[] = [{ name: 'Baltic Herald', type: 'organization' }, { name: 'Russia', type: 'place' }];
    const text = 'Russia said the talks had failed. The Baltic Herald has published what it says are leaked minutes of the talks.';
    expect(speakers(text, entities)).to.deep.equal(['Russia', 'Baltic Herald']);
  });

  it('When "It" opens the sentence after one whose subject is a state, then that state is meant', () => {
    const entities: InventedEntity[] = [{ name: 'Baltic Alliance', type: 'organization' }, { name: 'Ukraine', type: 'place' }];
    const text = 'The Baltic Alliance said it would wait.\n\nUkraine has an interest in a quick answer. It demands that the talks resume.';
    expect(speakers(text, entities)).to.deep.equal(['Baltic Alliance', 'Ukraine']);
  });

  it('When "she" speaks, then a woman named before is meant, her given name known to the lexicon', () => {
    const entities: InventedEntity[] = [{ name: 'Ralph Moore', type: 'person' }, { name: 'Kristi Lang', type: 'person' }];
    const text = 'Kristi Lang met Ralph Moore in Oslo. “We agreed on the next steps,” she said.';
    expect(speakers(text, entities)).to.deep.equal(['Kristi Lang']);
  });

  it('When "he" follows a speaker whose given name the lexicon takes for a woman’s, then he is still the last speaker', () => {
    const entities: InventedEntity[] = [{ name: 'Lindsey Marsh', type: 'person' }, { name: 'Tom Reed', type: 'person' }];
    const text = 'Tom Reed, a rival, was not asked.\n\n“The plan is weak,” Lindsey Marsh said.\n\nHe added that the vote would fail.';
    expect(speakers(text, entities)).to.deep.equal(['Lindsey Marsh', 'Lindsey Marsh']);
  });

  it('When a leader’s government speaks, then the state speaks', () => {
    const entities: InventedEntity[] = [{ name: 'Xi Jinping', type: 'person' }];
    expect(speakers('Xi Jinping’s government says it is neutral in the war.', entities)).to.deep.equal(['China']);
  });

  it('When a leader’s administration speaks ("the Scholz administration"), then the state the KB knows the leader by speaks', () => {
    const entities: InventedEntity[] = [{ name: 'Scholz administration', type: 'organization' }, { name: 'Germany', type: 'place' }];
    expect(speakers('The Scholz administration said it would not block the plan.', entities)).to.deep.equal(['Germany']);
  });

  it('When "but says" shares a subject no name heads ("X’s government is wary ... but says"), then that subject phrase speaks', () => {
    const entities: InventedEntity[] = [{ name: 'Olaf Scholz', type: 'person', forms: ['Scholz'] }, { name: 'Germany', type: 'place' }];
    const text = 'Chancellor Olaf Scholz’s government is wary of the plan but says it will not block it.';
    expect(speakers(text, entities)).to.deep.equal(['Germany']);
  });

  it('When a document opens the clause ("The joint statement ... but stressed"), then it lends no speaker to the verb', () => {
    const entities: InventedEntity[] = [KOVALENKO_SPEAKS, { name: 'Baltic Union', type: 'organization' }];
    const text = 'Kovalenko said the talks went well.\n\nThe joint statement of the Baltic Union named no one but stressed that the border must hold.';
    expect(speakers(text, entities)).to.deep.equal(['Petro Kovalenko']);
  });

  it('When "and" after a verb opens a clause with a new subject, then that subject speaks; "and" inside a noun phrase opens none', () => {
    const entities: InventedEntity[] = [{ name: 'Riga Defence Institute', type: 'organization' }, { name: 'Belarus', type: 'place' }, { name: 'Latvia', type: 'place' }];
    const text = 'Belarus has held drills near the border and the Riga Defence Institute has warned that the drills may grow.\n\n'
      + 'The talks go on as the dispute between Belarus and Latvia threatens to boil over.';
    expect(speakers(text, entities)).to.deep.equal(['Riga Defence Institute']);
  });

  it('When "they" goes on from a plural noun phrase opening its sentence, then that group speaks, not a body that spoke before', () => {
    const entities: InventedEntity[] = [{ name: 'Baltic Relief Office', type: 'organization' }, { name: 'Riga Fire Service', type: 'organization' }, { name: 'Riga', type: 'place' }];
    const text = 'The Baltic Relief Office said it had seen more strikes.\n\n'
      + 'Rescuers from the Riga Fire Service often arrive first, and they also say the strikes are more frequent.\n\n'
      + 'Residents of Riga stayed, and they say the shelling goes on.';
    expect(speakers(text, entities)).to.deep.equal(['Baltic Relief Office', 'Riga Fire Service']);
  });

  it('When "the military added" follows a state that spoke through its military, then that state speaks again', () => {
    const entities: InventedEntity[] = [{ name: 'Latvia', type: 'place' }, { name: 'Riga', type: 'place' }];
    const text = 'Latvia’s military claims that the border is calm.\n\nThe figures could not be verified.\n\nPatrols will go on near Riga, the military added.';
    expect(speakers(text, entities)).to.deep.equal(['Latvia', 'Latvia']);
  });

  it('When a relative aside inside reported words has a pronoun subject ("which he said"), then it is the clause’s speaker', () => {
    const entities: InventedEntity[] = [KOVALENKO_SPEAKS, { name: 'Ingrid Halvorsen', type: 'person', forms: ['Halvorsen'] }];
    const text = 'Kovalenko said that he had told Halvorsen of the strike, which he said came before their call.';
    expect(speakers(text, entities)).to.deep.equal(['Petro Kovalenko', 'Petro Kovalenko']);
  });

  it('When a lede says "An influential global body has forecast ...", then the first body named after it speaks', () => {
    const entities: InventedEntity[] = [{ name: 'Baltic Monetary Fund', type: 'organization', forms: ['BMF'] }, { name: 'Latvia', type: 'place' }];
    const text = 'An influential global body has forecast that Latvia will grow fast this year.\n\nThe Baltic Monetary Fund (BMF) expects growth of 3%.';
    expect(speakers(text, entities)).to.deep.equal(['Baltic Monetary Fund']);
  });

  it('When a lede describes the speaker by a role and a body the article never spells out, then the one person named ahead in the role speaks', () => {
    const entities: InventedEntity[] = [{ name: 'Aino Virtanen', type: 'person', forms: ['Virtanen'] }, { name: 'Finland', type: 'place' }];
    const text = 'The war will drag on, the head of Finland’s foreign intelligence service says.\n\nSupo chief Aino Virtanen said the front had stalled.';
    expect(speakers(text, entities)).to.deep.equal(['Aino Virtanen', 'Aino Virtanen']);
  });

  it('When a lede cites "a U.S. spy report" and its issuer is named after with a report of its own, then the issuer speaks', () => {
    const entities: InventedEntity[] = [{ name: 'Baltic Intelligence Board', type: 'organization', forms: ['Intelligence Board'] },
      { name: 'United States', type: 'place', forms: ['U.S.'] }, { name: 'Latvia', type: 'place' }, { name: 'Riga Port Council', type: 'organization' }];
    const text = 'Latvia faces a fragile order, a U.S. spy report says.\n\nThe Intelligence Board released its annual threat report on Monday.\n\n'
      + '“Russia will probe the border,” the spy report says.\n\nRussia placed allies in the Riga Port Council, according to the report.';
    expect(speakers(text, entities)).to.deep.equal(['Baltic Intelligence Board', 'Baltic Intelligence Board', 'Baltic Intelligence Board']);
  });

  it('When "and its director" follows a past verb with its object, then the director named later speaks, not the body before', () => {
    const entities: InventedEntity[] = [{ name: 'Tartu Museum', type: 'organization' }, { name: 'Mari Tamm', type: 'person', role: 'director' }];
    const text = 'The Tartu Museum declined to invite the envoys and its director likened the war to the occupation.\n\n'
      + 'At the event, museum director Mari Tamm spoke of the dead.';
    expect(speakers(text, entities)).to.deep.equal(['Mari Tamm']);
  });

  it('When a participle follows the main clause, then its subject speaks; inside an "after" clause, another subject would', () => {
    const entities: InventedEntity[] = [{ name: 'Oleg Sorokin', type: 'person' }, { name: 'Mark Garland', type: 'person' }];
    const participle = 'In a post on Tuesday, Oleg Sorokin condemned the war, calling on the West to stop the killing.';
    expect(speakers(participle, entities)).to.deep.equal(['Oleg Sorokin']);
    const after = 'The comments came a day after Mark Garland visited Kyiv and announced the court would open an inquiry.';
    expect(speakers(after, entities)).to.not.include('Oleg Sorokin');
  });
  it('When a title stands alone between the comma and the name ("the Chairman of X, General Y"), then "the head of X" is Y', () => {
    const entities: InventedEntity[] = [{ name: 'Markus Tammela', type: 'person', forms: ['Tammela'] }, { name: 'Baltic Defence Committee', type: 'organization' }];
    const text = 'The Chairman of the Baltic Defence Committee, General Markus Tammela, spoke in Riga.\n\n'
      + '“We must act,” said the head of the Baltic Defence Committee.';
    expect(speakers(text, entities)).to.deep.equal(['Markus Tammela']);
  });

  it('When a person is the last of a list of titles ("the journalist, radio and TV host Y"), then "the journalist" is Y', () => {
    const entities: InventedEntity[] = [{ name: 'Marko Ilves', type: 'person' }, { name: 'Piret Tamm', type: 'person' }];
    const text = 'Marko Ilves spoke in an interview with the Estonian journalist, radio and TV host Piret Tamm.\n\n“We will not,” the journalist said.';
    expect(speakers(text, entities)).to.deep.equal(['Piret Tamm']);
  });
});

describe('findStatements: speaker salience', () => {
  it('When a sentence without speech opens with a person, then a later "he" means that person, not the last speaker', () => {
    const entities: InventedEntity[] = [{ name: 'Ralph Moore', type: 'person', forms: ['Mr Moore'] }, { name: 'Tom Reed', type: 'person', forms: ['Mr Reed'] }];
    const text = '“We are ready,” Mr Reed said.\n\nMr Moore thanked the crowd and left.\n\n“This is a great day,” he said.';
    expect(speakers(text, entities)).to.deep.equal(['Tom Reed', 'Ralph Moore']);
  });

  it('When the sentence opens with a possessor ("Mr Reed\'s spokesman, Ralph Moore,"), then the person named after it is the subject', () => {
    const entities: InventedEntity[] = [{ name: 'Ralph Moore', type: 'person' }, { name: 'Tom Reed', type: 'person', forms: ['Mr Reed'] }];
    const text = '“We are ready,” Mr Reed said.\n\nMr Reed’s spokesman, Ralph Moore, welcomed the plan.\n\n“It will work,” he said.';
    expect(speakers(text, entities)).to.deep.equal(['Tom Reed', 'Ralph Moore']);
  });

  it('When "she" speaks after a woman whose given name in -a no lexicon knows, then she is meant', () => {
    const entities: InventedEntity[] = [{ name: 'Maria Lind', type: 'person' }, { name: 'Zdzislawa Nowak', type: 'person' }];
    const text = '“No,” Maria Lind wrote.\n\nZdzislawa Nowak said she was scared.\n\n“Why?” she said.';
    expect(speakers(text, entities)).to.deep.equal(['Maria Lind', 'Zdzislawa Nowak', 'Zdzislawa Nowak']);
  });

  it('When a quote paragraph follows reported speech, then it goes on in that speaker\'s words', () => {
    const entities: InventedEntity[] = [{ name: 'Ralph Moore', type: 'person' }];
    const text = 'Ralph Moore said the lines were long.\n\n“Most people are leaving.”';
    expect(speakers(text, entities)).to.deep.equal(['Ralph Moore', 'Ralph Moore']);
  });
});

describe('findStatements: documents and quote-closing verbs', () => {
  const senate: InventedEntity = { name: 'Polish Senate', type: 'organization' };

  it('When "the resolution reads" closes a quote, then the body named adopting it speaks, even paragraphs later', () => {
    const text = 'The Polish Senate adopted a resolution on Friday.\n\nThe vote was close.\n\nLawmakers argued for hours.\n\n“Ukraine faces a mortal danger,” the resolution reads.';
    expect(speakers(text, [senate])).to.deep.equal(['Polish Senate']);
  });

  it('When "he continued" closes a second quote, then the speaker of the first goes on', () => {
    const entities: InventedEntity[] = [{ name: 'Tom Reed', type: 'person' }];
    expect(speakers('“We are ready,” Tom Reed said. “Others are watching,” he continued.', entities)).to.deep.equal(['Tom Reed', 'Tom Reed']);
  });

  it('When a role the article gave a person closes a quote ("the political scientist stressed"), then that person speaks', () => {
    const entities: InventedEntity[] = [{ name: 'Sergei Kurginyan', type: 'person', role: 'political scientist' }];
    const text = 'Russian political scientist Sergei Kurginyan spoke on TV. “Russia will not invade,” the political scientist stressed.';
    expect(speakers(text, entities)).to.deep.equal(['Sergei Kurginyan']);
  });

  it('When "the former Russian president" speaks after a person the KB knows held that office, then that person speaks', () => {
    const text = '“The talks are over,” said Dmitry Medvedev, the deputy chairman of the Security Council.\n\n'
      + '“There is nothing to discuss,” the former Russian president added.';
    expect(speakers(text, [{ name: 'Dmitry Medvedev', type: 'person', forms: ['Medvedev'] }])).to.deep.equal(['Dmitry Medvedev', 'Dmitry Medvedev']);
  });

  it('When "the head of the German government" speaks after its chancellor was named, then the chancellor speaks', () => {
    const entities: InventedEntity[] = [{ name: 'Karl Brandt', type: 'person', forms: ['Brandt'] }, { name: 'Germany', type: 'place' }];
    const text = 'Karl Brandt, the Chancellor of Germany, opened the session.\n\nThe head of the German government stressed that the budget would pass.';
    expect(speakers(text, entities)).to.deep.equal(['Karl Brandt']);
  });

  it('When the words are "according to a statement released by his ministry", then the ministry of the minister the sentence opens with speaks', () => {
    const text = 'Chinese Foreign Minister Wang Yi met his guests.\n\nWang discussed trade at length, according to a statement released by his ministry.';
    expect(speakers(text, [{ name: 'Wang Yi', type: 'person', forms: ['Wang'] }, { name: 'China', type: 'place' }])).to.deep.equal(['Chinese Foreign Ministry']);
  });

  it('When a document is "released by" a named body, then the body speaks', () => {
    const text = 'The river rose by two metres, according to a report released on Wednesday by the Danube Commission.';
    expect(speakers(text, [{ name: 'Danube Commission', type: 'organization' }])).to.deep.equal(['Danube Commission']);
  });

  it('When "who said" follows a body and no person ("confirmed by the Danube Commission, who said"), then the body speaks', () => {
    const text = 'The news was confirmed by the Danube Commission, who said the barge sank on Sunday.';
    expect(speakers(text, [{ name: 'Danube Commission', type: 'organization' }])).to.deep.equal(['Danube Commission']);
  });

  it('When a document\'s appositive names its issuer ("The report, published by X, says ..."), then the issuer speaks the clause after the verb', () => {
    const found = statementsOf('The report, published by the Danube Commission, says river traffic fell by half.', [{ name: 'Danube Commission', type: 'organization' }]);
    expect(found.statements.map((s) => [s.speaker, s.quote])).to.deep.equal([['Danube Commission', 'river traffic fell by half']]);
  });

  it('When a role whose name stands in its prepositional phrase follows the speaker ("X, the spokesman for Secretary-General Y, ..."), then X speaks', () => {
    const entities: InventedEntity[] = [
      { name: 'Ivo Marek', type: 'person', forms: ['Marek'] }, { name: 'Antonio Guterres', type: 'person', forms: ['Guterres'] },
      { name: 'United Nations', type: 'organization', forms: ['U.N.'] },
    ];
    const text = 'Ivo Marek, the spokesman for U.N. Secretary-General Antonio Guterres, acknowledged those delays.';
    expect(speakers(text, entities)).to.deep.equal(['Ivo Marek']);
  });

  it('When a surname spelled like a modal opens the sentence ("May said"), then that person speaks', () => {
    const text = 'One critic is Clifford May, a think-tank head. May said the council had failed.';
    expect(speakers(text, [{ name: 'Clifford May', type: 'person', forms: ['May'] }])).to.deep.equal(['Clifford May']);
  });

  it('When "she" follows a speaker whose given name no lexicon knows, then she is that speaker; never a man the lexicon knows', () => {
    const entities: InventedEntity[] = [{ name: 'Marise Kovac', type: 'person', forms: ['Kovac'] }, { name: 'Joe Brandt', type: 'person', forms: ['Brandt'] }];
    expect(speakers('Marise Kovac said the rules were under pressure.\n\n“We support a free order,” she said.', entities)).to.deep.equal(['Marise Kovac', 'Marise Kovac']);
    expect(speakers('Joe Brandt said the rules were under pressure.\n\n“We support a free order,” she said.', entities)).to.deep.equal(['Joe Brandt', null]);
  });
});
