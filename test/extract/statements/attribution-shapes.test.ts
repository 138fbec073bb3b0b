// Attribution shapes on invented sentences: passives, negation, orders and appeals, subheads, sources, "said this", context cut off.
import { expect } from 'chai';
import { statementsOf, summary, type InventedEntity } from './fixture';

const KOVALENKO: InventedEntity = { name: 'Petro Kovalenko', type: 'person', forms: ['Kovalenko'] };
const HALVORSEN: InventedEntity = { name: 'Ingrid Halvorsen', type: 'person', forms: ['Halvorsen'] };
const RUSSIA: InventedEntity = { name: 'Russia', type: 'place' };

describe('findStatements: attribution shapes', () => {
  it('When the reporting verb is passive ("are reported to be"), then nobody is made its speaker', () => {
    const text = 'Russian forces are reported to be moving towards a town that guards the road.';
    expect(statementsOf(text, [RUSSIA]).statements).to.deep.equal([]);
  });

  it('When the reporting verb is negated ("has not claimed"), then there is no statement', () => {
    const text = 'Kovalenko has not directly claimed responsibility, but his aides have hinted at it.';
    expect(statementsOf(text, [KOVALENKO]).statements).to.deep.equal([]);
  });

  it('When "alleged" describes a noun, then it reports nothing', () => {
    const text = 'Officials highlight alleged abuses: Kovalenko said on Monday that the inquiry would begin soon.';
    expect(summary(statementsOf(text, [KOVALENKO]).statements)).to.deep.equal([['Petro Kovalenko', 'indirect', 'the inquiry would begin soon']]);
  });

  it('When a run-in subhead ends in a colon, then it is neither speaker nor part of the words', () => {
    const subhead = 'Bridge repairs agreed: Kovalenko said Wednesday that the bridge would reopen in May.';
    expect(summary(statementsOf(subhead, [KOVALENKO]).statements)).to.deep.equal([['Petro Kovalenko', 'indirect', 'the bridge would reopen in May']]);
    const trailing = 'Convoy reaches the coast: The convoy arrived before dawn, Kovalenko said.';
    expect(statementsOf(trailing, [KOVALENKO]).statements[0].quote).to.equal('The convoy arrived before dawn');
  });

  it('When a quotation is followed by "X said in an interview with ...", then what follows the verb is context, not words', () => {
    const text = '“We were ready long before,” Kovalenko said in a reference to the treaty and backing for the rebels in the east.';
    expect(summary(statementsOf(text, [KOVALENKO]).statements)).to.deep.equal([['Petro Kovalenko', 'direct', 'We were ready long before']]);
    const possessive = '“The line holds,” he said in a long interview with Radio Baltic’s Anna Berg. “Nobody has left.”';
    const both = statementsOf(`Kovalenko arrived. ${possessive}`, [KOVALENKO]).statements;
    expect(summary(both).map(([speaker, , quote]) => [speaker, quote])).to.deep.equal([
      ['Petro Kovalenko', 'The line holds'], ['Petro Kovalenko', 'Nobody has left.'],
    ]);
  });

  it('When a sentence opens with "But" or a prepositional phrase, then the subject after it still speaks', () => {
    const but = statementsOf('Kovalenko arrived late. But he said the talks had gone well.', [KOVALENKO]).statements;
    expect(summary(but)).to.deep.equal([['Petro Kovalenko', 'indirect', 'the talks had gone well']]);
    const phrase = 'In a short message Halvorsen also said, “Do not travel north.”';
    expect(summary(statementsOf(phrase, [HALVORSEN]).statements)).to.deep.equal([['Ingrid Halvorsen', 'direct', 'Do not travel north.']]);
  });

  it('When someone urges, tells or calls on others to act, then the addressee and the act are the words', () => {
    const urged = statementsOf('Halvorsen urged the council to release the funds.', [HALVORSEN]).statements;
    expect(summary(urged)).to.deep.equal([['Ingrid Halvorsen', 'indirect', 'the council to release the funds']]);
    const told = statementsOf('Kovalenko told residents not to leave their homes.', [KOVALENKO]).statements;
    expect(told[0].quote).to.equal('residents not to leave their homes');
    const called = statementsOf('Halvorsen has criticised the plan, calling on the West to do more.', [HALVORSEN]).statements;
    expect(summary(called)).to.deep.equal([['Ingrid Halvorsen', 'indirect', 'the West to do more']]);
  });

  it('When an order goes to troops or "to" is no verb, then no words are reported', () => {
    expect(statementsOf('Kovalenko ordered his troops to cross the river.', [KOVALENKO]).statements).to.deep.equal([]);
    expect(statementsOf('Kovalenko spoke when asked about accession to the union.', [KOVALENKO]).statements).to.deep.equal([]);
    expect(statementsOf('Kovalenko criticised what he called a reckless plan.', [KOVALENKO]).statements).to.deep.equal([]);
  });

  it('When the speaker is the subject of "what he said was", then the predicate is the statement', () => {
    const text = 'Kovalenko pushed back against what he said was a flood of false reports.';
    expect(summary(statementsOf(text, [KOVALENKO]).statements)).to.deep.equal([['Petro Kovalenko', 'indirect', 'was a flood of false reports']]);
  });

  it('When the reporter adds what the speaker did next or where, then it is cut off', () => {
    const deed = statementsOf('Kovalenko said an attack could come at any time, but pushed back against the panic.', [KOVALENKO]).statements;
    expect(deed[0].quote).to.equal('an attack could come at any time');
    const call = statementsOf('Halvorsen accused the council of hiding the report during a call with her counterpart.', [HALVORSEN]).statements;
    expect(call[0].quote).to.equal('the council of hiding the report');
    const dash = statementsOf('Kovalenko said the blasts were “payback” — using the word the enemy had used.', [KOVALENKO]).statements;
    expect(dash[0].quote).to.equal('the blasts were payback');
    const after = statementsOf('“The bridge is ours,” he said, lashing out at the critics.', []).statements;
    expect(after[0].quote).to.equal('The bridge is ours');
  });

  it('When a relative clause sits inside the reported clause, then the clause goes on after it', () => {
    const text = 'Halvorsen suggested that the games, which are held in the north, could delay the decision.';
    expect(statementsOf(text, [HALVORSEN]).statements[0].quote).to.equal('the games, which are held in the north, could delay the decision');
  });

  it('When "X said that Q, the ministry said" closes a sentence, then the ministry is the source, not more of Q', () => {
    const entities: InventedEntity[] = [KOVALENKO, { name: 'Baltic Foreign Ministry', type: 'organization', forms: ['foreign ministry'] }];
    const { statements } = statementsOf('Kovalenko said that the talks had stalled, the foreign ministry said.', entities);
    expect(summary(statements)).to.deep.equal([['Petro Kovalenko', 'indirect', 'the talks had stalled']]);
    expect(statements[0].via).to.equal('Baltic Foreign Ministry');
  });

  it('When a body "said this", then the words are those of the sentence before', () => {
    const entities: InventedEntity[] = [{ name: 'Riga Defence Institute', type: 'organization' }];
    const text = 'Supply lines in the south are close to breaking.\n\nThe Riga Defence Institute said this in its daily assessment.';
    const { statements } = statementsOf(text, entities);
    expect(summary(statements)).to.deep.equal([['Riga Defence Institute', 'indirect', 'Supply lines in the south are close to breaking']]);
  });

  it('When "That’s according to X" follows a sentence, then the sentence before is X’s; a noun "states" before a bare verb reports nothing', () => {
    const entities: InventedEntity[] = [KOVALENKO, { name: 'Baltic Union', type: 'organization' }];
    const text = 'Baltic Union member states understand the need to hurry.\n\nThat’s according to Kovalenko, who spoke in Riga.\n\n'
      + 'The supply lines held. This is according to Kovalenko too.';
    expect(summary(statementsOf(text, entities).statements)).to.deep.equal([
      ['Petro Kovalenko', 'indirect', 'Baltic Union member states understand the need to hurry'],
      ['Petro Kovalenko', 'indirect', 'The supply lines held'],
    ]);
  });

  it('When a name closing with its acronym in brackets has an appositive with a relative clause, then the name speaks', () => {
    const entities: InventedEntity[] = [{ name: 'Riga Defence Institute', type: 'organization', forms: ['RDI'] }];
    const text = 'The Riga Defence Institute (RDI), a think tank that advises the government, says the lines will hold.';
    expect(summary(statementsOf(text, entities).statements)).to.deep.equal([['Riga Defence Institute', 'indirect', 'the lines will hold']]);
  });

  it('When a setting after "said," runs into "that" without its closing comma, then the words follow "that"', () => {
    const text = 'Kovalenko said, in an opinion article for a weekly that the lines would hold.';
    expect(summary(statementsOf(text, [KOVALENKO]).statements)).to.deep.equal([['Petro Kovalenko', 'indirect', 'the lines would hold']]);
  });

  it('When a chunk after the name holds a verb of its own ("X (ACR), recently wrote ... and said"), then it is no appositive', () => {
    const entities: InventedEntity[] = [KOVALENKO, { name: 'Riga Defence Institute', type: 'organization', forms: ['RDI'] }];
    const text = 'Kovalenko, the director of the Riga Defence Institute (RDI), recently wrote in a column that the lines held and said that supplies were short.';
    expect(summary(statementsOf(text, entities).statements).map(([speaker]) => speaker)).to.deep.equal(['Petro Kovalenko', 'Petro Kovalenko']);
  });

  it('When "the report" follows an outlet that reported, then the report is the outlet’s', () => {
    const entities: InventedEntity[] = [{ name: 'Baltic News Agency', type: 'organization' }, RUSSIA];
    const text = 'The Baltic News Agency reported that Russia had moved troops.\n\nThe report added that the troops had left by Friday.';
    expect(summary(statementsOf(text, entities).statements).map(([speaker]) => speaker)).to.deep.equal(['Baltic News Agency', 'Baltic News Agency']);
  });

  it('When words are reported inside a relative clause set off by a dash or comma, then they end with the clause', () => {
    const text = 'The gas - which Kovalenko says Russia has used to “clear trenches” - is banned.';
    expect(summary(statementsOf(text, [KOVALENKO, RUSSIA]).statements)).to.deep.equal([['Petro Kovalenko', 'mixed', 'Russia has used to clear trenches']]);
  });

  it('When ", with X writing that ..." follows reported words, then X says the words after it and the first words end before it', () => {
    const text = 'Local officials said there were no casualties, with Kovalenko writing on social media that staff were in a shelter.';
    expect(summary(statementsOf(text, [KOVALENKO]).statements)).to.deep.equal([
      [null, 'indirect', 'there were no casualties'], ['Petro Kovalenko', 'indirect', 'staff were in a shelter'],
    ]);
  });

  it('When "said while ..., ..." draws a contrast with a clause of its own, then the contrast is said too; "said while visiting" is no statement', () => {
    const entities: InventedEntity[] = [{ name: 'Baltic Monetary Fund', type: 'organization' }, KOVALENKO];
    const text = 'Despite the sanctions on Russia, the Baltic Monetary Fund raised its forecast, and said while growth would be lower next year, it would stay high.\n\n'
      + 'Kovalenko said while visiting Riga, adding nothing.';
    expect(summary(statementsOf(text, entities).statements)).to.deep.equal([
      ['Baltic Monetary Fund', 'indirect', 'while growth would be lower next year, it would stay high'],
    ]);
  });

  it('When a deed told with a bare object closes with an attribution, then the attribution covers the sentence if the deed is embedded or said', () => {
    const entities: InventedEntity[] = [KOVALENKO, RUSSIA, { name: 'Baltic News Agency', type: 'organization' }];
    const text = 'It was the first time Russia has announced drills near the border, according to the Baltic News Agency.\n\n'
      + 'Only Latvia has pledged support for the plan, said Kovalenko.\n\nKovalenko announced a new plan for the port, according to the Baltic News Agency.';
    expect(summary(statementsOf(text, entities).statements)).to.deep.equal([
      ['Baltic News Agency', 'indirect', 'It was the first time Russia has announced drills near the border'],
      ['Petro Kovalenko', 'indirect', 'Only Latvia has pledged support for the plan'],
    ]);
  });

  it('When a parenthetical attribution follows only a connective and a time ("And on Saturday, it said, ..."), then the words are after it', () => {
    const text = 'Kovalenko said the port was shelled on Friday. And on Saturday, he said, Russian drones hit the bridge.';
    expect(summary(statementsOf(text, [KOVALENKO]).statements)).to.deep.equal([
      ['Petro Kovalenko', 'indirect', 'the port was shelled on Friday'], ['Petro Kovalenko', 'indirect', 'Russian drones hit the bridge'],
    ]);
  });

  it('When an outlet "learned from" someone, then that one said the words before and the outlet passed them on', () => {
    const entities: InventedEntity[] = [KOVALENKO, { name: 'Baltic News Agency', type: 'organization' }, { name: 'Latvia', type: 'place' }];
    const text = 'Latvia is ready to host the talks, the Baltic News Agency learned from Kovalenko on Monday.\n\nLatvia can learn from the war.';
    const { statements } = statementsOf(text, entities);
    expect(summary(statements)).to.deep.equal([['Petro Kovalenko', 'indirect', 'Latvia is ready to host the talks']]);
    expect(statements[0].via).to.equal('Baltic News Agency');
  });

  it('When a statement by X is recalled ("recalled a statement by X that Q"), then X said Q', () => {
    const entities: InventedEntity[] = [KOVALENKO, { name: 'Riga Defence Institute', type: 'organization', forms: ['institute'] }];
    const text = 'The Riga Defence Institute recalled a statement by Kovalenko from May 3 that the port “must be held”.';
    const { statements } = statementsOf(text, entities);
    expect(summary(statements)).to.deep.equal([['Petro Kovalenko', 'mixed', 'the port must be held']]);
    expect(statements[0].via).to.equal('Riga Defence Institute');
  });

  it('When "It was emphasised that" follows a quoted body, then that body goes on speaking', () => {
    const entities: InventedEntity[] = [{ name: 'Baltic Foreign Ministry', type: 'organization', forms: ['ministry'] }];
    const text = '“The talks were useful,” the Baltic Foreign Ministry said. It was emphasised that the border would stay open.';
    const { statements } = statementsOf(text, entities);
    expect(summary(statements)[1]).to.deep.equal(['Baltic Foreign Ministry', 'indirect', 'the border would stay open']);
  });

  it('When the verb is followed by an addressee, the means and the time, then the words start after them', () => {
    const text = 'Kovalenko told Radio Baltic by phone Tuesday evening that the plant was surrounded.';
    const entities: InventedEntity[] = [KOVALENKO, { name: 'Radio Baltic', type: 'organization' }];
    expect(statementsOf(text, entities).statements[0].quote).to.equal('the plant was surrounded');
    const reporters = statementsOf('Halvorsen told reporters her country had made a firm commitment.', [HALVORSEN]).statements;
    expect(reporters[0].quote).to.equal('her country had made a firm commitment');
  });

  it('When straight quotation marks nest inside a quotation, then the outer quotation is the statement', () => {
    const text = '"Such "deals" only delay the next war," Kovalenko wrote.';
    expect(summary(statementsOf(text, [KOVALENKO]).statements)).to.deep.equal([['Petro Kovalenko', 'direct', 'Such "deals" only delay the next war']]);
  });

  it('When a verb that takes a noun phrase has only one before a comma, then it is no statement', () => {
    const text = 'A donor hinted that the city could get tanks if it requests permission, but damage has been done.';
    expect(statementsOf(text, []).statements.map((statement) => statement.verb)).to.not.include('requests');
  });
});

describe('findStatements: more attribution shapes', () => {
  const MINIC: InventedEntity = { name: 'Dimitri Minic', type: 'person', forms: ['Minic'] };
  const BECKER: InventedEntity = { name: 'Jonathan Becker', type: 'person', forms: ['Becker'] };

  it('When a parenthetical attribution follows only a connective ("But, Minic cautioned, even ..."), then the words are all after it', () => {
    const text = 'But, Minic cautioned, even when the army lost the city, Moscow did not give up.';
    expect(summary(statementsOf(text, [MINIC]).statements)).to.deep.equal([
      ['Dimitri Minic', 'indirect', 'even when the army lost the city, Moscow did not give up'],
    ]);
  });

  it('When the words after "warned" run into a verb, then they are no addressee but the words', () => {
    expect(summary(statementsOf('Minic warned the scale of violence had increased.', [MINIC]).statements)).to.deep.equal([
      ['Dimitri Minic', 'indirect', 'the scale of violence had increased'],
    ]);
  });

  it('When the appositive is a possessor and a role ("Becker, Bard’s vice president for affairs, said"), then the name speaks', () => {
    const text = 'Jonathan Becker, Bard’s vice president for academic affairs, said the college was closed.';
    expect(statementsOf(text, [BECKER]).statements.map((s) => s.speaker)).to.deep.equal(['Jonathan Becker']);
  });

  it('When the bare verb follows a modal ("Could she say something?"), then nothing is reported', () => {
    expect(statementsOf('Minic wondered. Could he say something critical? Would he say that the war was lost?', [MINIC]).statements).to.deep.equal([]);
  });

  it('When a quoted question is closed by "X asked", then X asked it', () => {
    const text = '“Why did they ignore the warnings?” Dimitri Minic asked.';
    expect(summary(statementsOf(text, [MINIC]).statements)).to.deep.equal([['Dimitri Minic', 'direct', 'Why did they ignore the warnings?']]);
  });
});

describe('findStatements: shapes found on unseen outlets', () => {
  const said = (text: string, entities: InventedEntity[]) => summary(statementsOf(text, entities).statements).map(([speaker, , quote]) => [speaker, quote]);

  it('When a Chinese name is cut to its family name ("Wang said"), then the one person of that family name speaks', () => {
    const wang: InventedEntity = { name: 'Wang Yi', type: 'person' };
    expect(said('Wang Yi arrived. “We are ready,” Wang said.', [wang])).to.deep.equal([['Wang Yi', 'We are ready']]);
  });

  it('When an age stands between the name and its role ("Maksymov, 29, a sales manager, told"), then the name speaks', () => {
    const maksymov: InventedEntity = { name: 'Maksym Maksymov', type: 'person' };
    expect(said('“We are still in shock,” Maksym Maksymov, 29, a sales manager, told the Guardian.', [maksymov])).to.deep.equal([['Maksym Maksymov', 'We are still in shock']]);
  });

  it('When a setting stands in commas before "that" ("said, in an article for X, that"), then the words follow "that"', () => {
    expect(said('Ralph Moore said, in an article for the Times, that the goal was peace.', [{ name: 'Ralph Moore', type: 'person' }]))
      .to.deep.equal([['Ralph Moore', 'the goal was peace']]);
  });

  it('When a name follows the object of a title\'s preposition ("Ambassador to the U.S. Oksana Markarova"), then the name speaks', () => {
    const entities: InventedEntity[] = [{ name: 'Oksana Markarova', type: 'person' }, { name: 'United States', type: 'place', forms: ['U.S.'] }];
    expect(said('Ambassador to the U.S. Oksana Markarova appeared on “This Week,” saying, “This war was started by Russians.”', entities))
      .to.deep.equal([['Oksana Markarova', 'This war was started by Russians.']]);
  });

  it('When a verb closing quotes opens one with a colon ("He continued: “...”"), then the quote is the speaker\'s', () => {
    expect(said('Ralph Moore spoke. He continued: “We will not stop.”', [{ name: 'Ralph Moore', type: 'person' }])).to.deep.equal([['Ralph Moore', 'We will not stop.']]);
  });
});

describe('findStatements: transcript and feature shapes', () => {
  const said = (text: string, entities: InventedEntity[]) => summary(statementsOf(text, entities).statements).map(([speaker, , quote]) => [speaker, quote]);
  const LUKASHENKO: InventedEntity = { name: 'Alexander Lukashenko', type: 'person' };

  it('When a question is asked with a colon ("asked a counter question: “...”"), then it is said once', () => {
    expect(said('Alexander Lukashenko asked a counter question: “Do you still believe that?”', [LUKASHENKO])).to.deep.equal([['Alexander Lukashenko', 'Do you still believe that?']]);
  });

  it('When a speaker "went on saying:" a quote, then the quote is theirs', () => {
    expect(said('Alexander Lukashenko went on saying: “This is why we must act.”', [LUKASHENKO])).to.deep.equal([['Alexander Lukashenko', 'This is why we must act.']]);
  });

  it('When the reporter goes on after "X said, “A,”", then the quotation alone is X\'s', () => {
    expect(said('Alexander Lukashenko said, “There were many warnings,” and the lesson is clear.', [LUKASHENKO])).to.deep.equal([['Alexander Lukashenko', 'There were many warnings']]);
  });

  it('When a parenthetical stands between the speaker and the verb ("X, though, said", "X, for his part, said"), then X speaks', () => {
    expect(summary(statementsOf('Kovalenko, though, said the bridge would reopen in May.', [KOVALENKO]).statements))
      .to.deep.equal([['Petro Kovalenko', 'indirect', 'the bridge would reopen in May']]);
    expect(summary(statementsOf('Halvorsen, for her part, said the talks had failed.', [HALVORSEN]).statements))
      .to.deep.equal([['Ingrid Halvorsen', 'indirect', 'the talks had failed']]);
  });

  it('When a ministry "underlines" or "reaffirms" its words, then they are its statement', () => {
    const underlined = '“The convoy arrived before dawn,” Kovalenko underlines.';
    expect(summary(statementsOf(underlined, [KOVALENKO]).statements)).to.deep.equal([['Petro Kovalenko', 'direct', 'The convoy arrived before dawn']]);
    const reaffirmed = 'Halvorsen reaffirmed that the talks would go on.';
    expect(summary(statementsOf(reaffirmed, [HALVORSEN]).statements)).to.deep.equal([['Ingrid Halvorsen', 'indirect', 'the talks would go on']]);
  });

  it('When "did" stresses the reporting verb outside a question ("X did tell reporters that"), then X said it', () => {
    expect(summary(statementsOf('Kovalenko did tell reporters that the bridge would reopen.', [KOVALENKO]).statements))
      .to.deep.equal([['Petro Kovalenko', 'indirect', 'the bridge would reopen']]);
    expect(statementsOf('Did Kovalenko tell reporters that the bridge would reopen?', [KOVALENKO]).statements).to.deep.equal([]);
  });

  it('When an exclamation closes a quotation before a name and any reporting verb of the data, then both are one statement', () => {
    const text = 'The talks ended. “It is never too late to correct mistakes!” Petro Kovalenko stressed.';
    expect(summary(statementsOf(text, [KOVALENKO]).statements)).to.deep.equal([['Petro Kovalenko', 'direct', 'It is never too late to correct mistakes!']]);
  });

  it('When a straight opening quote mark is followed by a space (\'" The convoy ...\'), then it still opens the quotation', () => {
    const text = 'The talks ended. " The convoy arrived before dawn," Kovalenko noted.';
    expect(summary(statementsOf(text, [KOVALENKO]).statements)).to.deep.equal([['Petro Kovalenko', 'direct', 'The convoy arrived before dawn']]);
  });

  it('When a legislator\'s party and state follow the name ("Kovalenko, R-S.C., said"), then the name speaks', () => {
    expect(summary(statementsOf('Petro Kovalenko, R-S.C., said the bridge would reopen.', [KOVALENKO]).statements))
      .to.deep.equal([['Petro Kovalenko', 'indirect', 'the bridge would reopen']]);
  });

  it('When a quotation opening the paragraph holds another opened after a colon and one mark closes both, then it is one quotation', () => {
    const text = 'The talks ended.\n“It is peacekeeping. I kept asking him: “Sit down at the table,” Kovalenko said.';
    expect(summary(statementsOf(text, [KOVALENKO]).statements))
      .to.deep.equal([['Petro Kovalenko', 'direct', 'It is peacekeeping. I kept asking him: “Sit down at the table']]);
  });

  it('When a quotation right after the setting names it ("said at the forum “Our History”"), then the words before are the statement', () => {
    const text = 'The bridge would reopen in May, Kovalenko said at the patriotic forum “Our History” in Lviv.';
    expect(summary(statementsOf(text, [KOVALENKO]).statements)).to.deep.equal([['Petro Kovalenko', 'indirect', 'The bridge would reopen in May']]);
  });

  it('When a sentence opens with a small number before a reporting verb ("29 said"), then it is read without failing', () => {
    expect(statementsOf('29 said the bridge would reopen.', [KOVALENKO]).statements).to.be.an('array');
  });

  it('When a topic with its own aside stands between the verb and a quotation ("said of X, who ..., “...”"), then the quotation is the statement', () => {
    const text = 'Kovalenko said of the mayor, whom he has known since school, “He will never leave the city.”';
    expect(summary(statementsOf(text, [KOVALENKO]).statements)).to.deep.equal([['Petro Kovalenko', 'direct', 'He will never leave the city.']]);
    expect(statementsOf('Kovalenko spoke of the mayor, whom he has known since school.', [KOVALENKO]).statements).to.deep.equal([]);
  });

  it('When "recognized", "mentioned" or "observed" stands before "that", then it reports the clause; without "that" it reports nothing', () => {
    expect(summary(statementsOf('Kovalenko recognized that the bridge had been built too fast.', [KOVALENKO]).statements))
      .to.deep.equal([['Petro Kovalenko', 'indirect', 'the bridge had been built too fast']]);
    expect(summary(statementsOf('Halvorsen mentioned that the talks would go on.', [HALVORSEN]).statements))
      .to.deep.equal([['Ingrid Halvorsen', 'indirect', 'the talks would go on']]);
    expect(statementsOf('Kovalenko recognized the new government in March.', [KOVALENKO]).statements).to.deep.equal([]);
  });

  it('When "commented" closes a quotation, then it attributes it; "commented on X" alone reports nothing', () => {
    expect(summary(statementsOf('“The river is rising,” Halvorsen commented on Friday.', [HALVORSEN]).statements))
      .to.deep.equal([['Ingrid Halvorsen', 'direct', 'The river is rising']]);
    expect(statementsOf('Halvorsen commented on the floods as she opened the new bridge.', [HALVORSEN]).statements).to.deep.equal([]);
  });

  it('When "called for" is followed by a noun phrase, then what was asked for is the statement, up to the sentence\'s own verb', () => {
    expect(summary(statementsOf('Kovalenko called for a freezing of “hostilities” along the river.', [KOVALENKO]).statements))
      .to.deep.equal([['Petro Kovalenko', 'mixed', 'a freezing of hostilities along the river']]);
    expect(summary(statementsOf('Kovalenko, who has called for a boycott of the games, said Friday the games would be a disgrace.', [KOVALENKO]).statements))
      .to.deep.equal([['Petro Kovalenko', 'indirect', 'a boycott of the games'], ['Petro Kovalenko', 'indirect', 'the games would be a disgrace']]);
    expect(summary(statementsOf('Kovalenko called for calm.', [KOVALENKO]).statements)).to.deep.equal([['Petro Kovalenko', 'indirect', 'calm']]);
  });

  it('When a claim noun is qualified or quoted ("expressed “cautious optimism” that", "made bold claims that"), then the clause after "that" is reported', () => {
    expect(summary(statementsOf('Kovalenko expressed “cautious optimism” that the bridge would reopen.', [KOVALENKO]).statements))
      .to.deep.equal([['Petro Kovalenko', 'indirect', 'the bridge would reopen']]);
    expect(summary(statementsOf('Halvorsen made bold claims that the fleet would win.', [HALVORSEN]).statements))
      .to.deep.equal([['Ingrid Halvorsen', 'indirect', 'the fleet would win']]);
    expect(statementsOf('Kovalenko expressed his gratitude that the bridge reopened.', [KOVALENKO]).statements).to.deep.equal([]);
  });

  it('When "since" stands between a perfect\'s auxiliary and the verb ("has since accused"), then the subject before it speaks', () => {
    expect(summary(statementsOf('Kovalenko has since accused the council of hiding the costs.', [KOVALENKO]).statements))
      .to.deep.equal([['Petro Kovalenko', 'indirect', 'the council of hiding the costs']]);
  });

  it('When a plural noun spelled like a reporting verb stands before a bare verb after no subject ("and claims remain unproven"), then it is a noun and the closing attribution covers the sentence', () => {
    expect(summary(statementsOf('The ferries are running again and claims remain unproven, Kovalenko said.', [KOVALENKO]).statements))
      .to.deep.equal([['Petro Kovalenko', 'indirect', 'The ferries are running again and claims remain unproven']]);
    expect(summary(statementsOf('The ferries are running again, claims remain largely unproven, Kovalenko said.', [KOVALENKO]).statements))
      .to.deep.equal([['Petro Kovalenko', 'indirect', 'The ferries are running again, claims remain largely unproven']]);
  });

  it('When "demanded" or "appealed for" takes a noun phrase, then what was asked for is the statement, ending before a clause of the reporter\'s', () => {
    expect(summary(statementsOf('Kovalenko demanded the release of the crew, and two captains abstained.', [KOVALENKO]).statements))
      .to.deep.equal([['Petro Kovalenko', 'indirect', 'the release of the crew']]);
    expect(summary(statementsOf('Halvorsen appealed for calm on the river.', [HALVORSEN]).statements))
      .to.deep.equal([['Ingrid Halvorsen', 'indirect', 'calm on the river']]);
    expect(summary(statementsOf('Kovalenko demanded that the crew be released.', [KOVALENKO]).statements))
      .to.deep.equal([['Petro Kovalenko', 'indirect', 'the crew be released']]);
  });

  it('When a short month stands between the verb and a colon ("said on Feb. 24: “...”"), then the quotation after the colon is the statement', () => {
    expect(summary(statementsOf('Kovalenko said on Feb. 24: “The bridge will hold.”', [KOVALENKO]).statements))
      .to.deep.equal([['Petro Kovalenko', 'direct', 'The bridge will hold.']]);
  });

  it('When "accused X being Y" drops its "of", then "being" still makes the object a statement', () => {
    expect(summary(statementsOf('Halvorsen has accused the two councils being “partners in the cover-up”.', [HALVORSEN]).statements))
      .to.deep.equal([['Ingrid Halvorsen', 'mixed', 'the two councils being partners in the cover-up']]);
  });
});
