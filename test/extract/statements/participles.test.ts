// Reporting participles and the verbs around them on invented sentences: "..., saying it ...", "accusing X of", adverbials, names ending in -ic.
import { expect } from 'chai';
import { statementsOf, summary, type InventedEntity } from './fixture';

const MOLDOVA: InventedEntity = { name: 'Moldova', type: 'place' };
const LATVIA: InventedEntity = { name: 'Latvia', type: 'place' };
const RUSSIA: InventedEntity = { name: 'Russia', type: 'place' };
const KOVALENKO: InventedEntity = { name: 'Petro Kovalenko', type: 'person', forms: ['Kovalenko'] };
const MARKOVIC: InventedEntity = { name: 'Ana Markovic', type: 'person', forms: ['Markovic'] };
const ESTONIA_BALTIC: InventedEntity = { name: 'Baltic states', type: 'place' };

describe('findStatements: reporting participles', () => {
  it('When a participle after a comma opens a clause with a pronoun ("..., saying it intends to"), then the main subject says it', () => {
    const text = 'Moldova has denounced the blockade, saying it intends to reopen every crossing.';
    expect(summary(statementsOf(text, [MOLDOVA]).statements)).to.deep.equal([['Moldova', 'indirect', 'it intends to reopen every crossing']]);
  });

  it('When the participle is followed by a noun phrase alone ("..., adding no further detail"), then it adds no statement', () => {
    const text = 'Kovalenko said on Monday that the inquiry would begin soon, adding no further detail.';
    expect(summary(statementsOf(text, [KOVALENKO]).statements)).to.deep.equal([['Petro Kovalenko', 'indirect', 'the inquiry would begin soon']]);
  });

  it('When "accusing X of" follows a dash-enclosed aside, then the main subject accuses, and its deed is no statement', () => {
    const text = 'Latvia removes a tank monument from the square — a place with a long history — accusing Russia of using such monuments to stir up tensions.';
    expect(summary(statementsOf(text, [LATVIA, RUSSIA]).statements))
      .to.deep.equal([['Latvia', 'indirect', 'Russia of using such monuments to stir up tensions']]);
  });

  it('When "accuses" has no "of" after its object (a headline), then it reports nothing', () => {
    const text = 'Kovalenko accuses Russia';
    expect(statementsOf(text, [KOVALENKO, RUSSIA]).statements).to.deep.equal([]);
  });

  it('When an adverbial "without ..." stands between the verb and "that", then the clause after "that" is the statement', () => {
    const text = 'Kovalenko claimed without providing evidence that the depot had been mined.';
    expect(summary(statementsOf(text, [KOVALENKO]).statements)).to.deep.equal([['Petro Kovalenko', 'indirect', 'the depot had been mined']]);
  });

  it('When a name ending in -ic is followed by "says", then it is the name\'s verb; after "the Baltic" it is a noun', () => {
    const text = 'Talks will resume in June, spokeswoman Ana Markovic says.';
    expect(summary(statementsOf(text, [MARKOVIC]).statements)).to.deep.equal([['Ana Markovic', 'indirect', 'Talks will resume in June']]);
    const noun = 'Officials raised the prospect of the Baltic states sending engineers to the border.';
    expect(statementsOf(noun, [ESTONIA_BALTIC]).statements).to.deep.equal([]);
  });
});

describe('findStatements: nouns spelled like reporting verbs', () => {
  const KOVALENKO_ONLY: InventedEntity = { name: 'Petro Kovalenko', type: 'person', forms: ['Kovalenko'] };

  it('When "states" is followed by an auxiliary ("Some states have viewed ..."), then it is a noun and the trailing attribution holds', () => {
    const text = 'Some states have viewed the tribunal with scepticism, said Petro Kovalenko.';
    expect(summary(statementsOf(text, [KOVALENKO_ONLY]).statements))
      .to.deep.equal([['Petro Kovalenko', 'indirect', 'Some states have viewed the tribunal with scepticism']]);
  });

  it('When "states" is followed by a past verb ("as member states debated"), then the sentence\'s speaker is found after it', () => {
    const text = 'In January, as member states debated new shipments, Petro Kovalenko said defeat could lead to escalation.';
    expect(summary(statementsOf(text, [KOVALENKO_ONLY]).statements))
      .to.deep.equal([['Petro Kovalenko', 'indirect', 'defeat could lead to escalation']]);
  });

  it('When an adverb stands between a state and its verb ("Moldova firmly opposes ... and has said"), then the state says it', () => {
    const text = 'Moldova firmly opposes linking the talks to the debt and has said it will defend its companies.';
    expect(summary(statementsOf(text, [MOLDOVA]).statements)).to.deep.equal([['Moldova', 'indirect', 'it will defend its companies']]);
  });
});

describe('findStatements: asides, appositives and descriptions of bodies', () => {
  const TARANENKO: InventedEntity = { name: 'Oleh Taranenko', type: 'person', forms: ['Taranenko'] };
  const TRENIN: InventedEntity = { name: 'Dmitri Trenin', type: 'person', forms: ['Trenin'] };
  const OPERATOR: InventedEntity = { name: 'Energoatom', type: 'organization' };

  it('When an aside follows the reporting verb ("says, regardless of the risks, there is ..."), then the clause after it is the statement', () => {
    const text = 'Taranenko says, regardless of the risks, there is an appetite for trips.';
    expect(summary(statementsOf(text, [TARANENKO]).statements)).to.deep.equal([['Oleh Taranenko', 'indirect', 'there is an appetite for trips']]);
  });

  it('When the setting after the verb goes on in a phrase ("said Saturday, in some regions by dozens of kilometers, into territory ..."), then the words are those before', () => {
    const text = 'Troops were advancing along the front, Lukach said Saturday, in some regions by dozens of kilometers, into territory captured earlier.';
    const [statement] = statementsOf(text, [TARANENKO, { name: 'Petro Lukach', type: 'person' }]).statements;
    expect(statement.quote).to.match(/^Troops were advancing along the front/);
  });

  it('When the setting after the verb goes on in a relative clause, then that clause is not taken for the words', () => {
    const text = 'As Taranenko noted, during the presidency, which his country will hold next year, the government will focus on trade.';
    expect(statementsOf(text, [TARANENKO]).statements.map((s) => s.quote)).to.not.include('which his country will hold next year');
  });

  it('When an appositive holds a relative clause with a subordinator ("who has grown bolder since the war"), then the name before it speaks', () => {
    const text = 'Dmitri Trenin, a thinker who has grown bolder since the war, wrote on Tuesday that the doctrine should change.';
    expect(summary(statementsOf(text, [TRENIN]).statements)).to.deep.equal([['Dmitri Trenin', 'indirect', 'the doctrine should change']]);
  });

  it('When a verb joined by "and" follows an irregular past ("took issue ... and told X that"), then the subject says it', () => {
    const text = 'Taranenko took issue with the criticism aimed at his office and told reporters that the plan remained in force.';
    expect(summary(statementsOf(text, [TARANENKO]).statements)).to.deep.equal([['Oleh Taranenko', 'indirect', 'the plan remained in force']]);
  });

  it('When a body was named after a noun ("nuclear operator Energoatom"), then "the operator" later is that body', () => {
    const text = 'The nuclear operator Energoatom reported an outage. “The attack failed,” the operator says.';
    expect(summary(statementsOf(text, [OPERATOR]).statements)).to.deep.equal([['Energoatom', 'direct', 'The attack failed']]);
  });
});

describe('findStatements: settings, titles and openings around the attribution', () => {
  const LUKA: InventedEntity = { name: 'Petro Lukach', type: 'person', forms: ['Lukach'] };
  const AGENCY: InventedEntity = { name: 'Agence France-Presse', type: 'organization', forms: ['AFP'] };

  it('When the setting after a trailing verb holds a parenthesis ("in an interview with Agence France-Presse (AFP) in Minsk"), then the words before still count', () => {
    const text = 'Moldova has a peacekeeping role, Petro Lukach said in an interview with Agence France-Presse (AFP) in Chisinau on 21 July.';
    expect(summary(statementsOf(text, [LUKA, AGENCY, MOLDOVA]).statements)).to.deep.equal([['Petro Lukach', 'indirect', 'Moldova has a peacekeeping role']]);
  });

  it('When a title with a prepositional phrase comes before the name ("representative of the General Office X said"), then X is the speaker', () => {
    const text = '“We have prepared new textbooks,” representative of the General Prosecutor’s Office Petro Lukach said.';
    const office: InventedEntity = { name: 'General Prosecutor’s Office', type: 'organization' };
    expect(summary(statementsOf(text, [LUKA, office]).statements)).to.deep.equal([['Petro Lukach', 'direct', 'We have prepared new textbooks']]);
  });

  it('When the words open with a condition ("says if the votes are held, there will be no talks"), then the whole sentence is reported', () => {
    const text = 'Lukach says if the votes are held, there will be no talks.';
    expect(summary(statementsOf(text, [LUKA]).statements)).to.deep.equal([['Petro Lukach', 'indirect', 'if the votes are held, there will be no talks']]);
  });
});

describe('findStatements: documents of bodies named "agency"', () => {
  it('When a research agency released a report, then "the report said" is that agency\'s, not an earlier speaker\'s', () => {
    const podolyak: InventedEntity = { name: 'Mykhailo Podolyak', type: 'person' };
    const agency: InventedEntity = { name: 'Nordic Defence Research Agency', type: 'organization' };
    const text = 'Mykhailo Podolyak said: “It is important to understand this.”\n\nThe Nordic Defence Research Agency released a report on Tuesday saying that the war would be long.\n\nThe risk of an escalation was also growing, the report said.';
    expect(statementsOf(text, [podolyak, agency]).statements.map((s) => s.speaker))
      .to.deep.equal(['Mykhailo Podolyak', 'Nordic Defence Research Agency', 'Nordic Defence Research Agency']);
  });
});

describe('findStatements: replies and unnamed officials', () => {
  const STOLTENBERG: InventedEntity = { name: 'Jens Stoltenberg', type: 'person', forms: ['Stoltenberg'] };
  const ZELENSKY: InventedEntity = { name: 'Volodymyr Zelenskyy', type: 'person' };

  it('When a speaker "responded by saying" something, then the reply is a statement of the subject', () => {
    const text = 'Petro Lukach on Tuesday responded by saying the ministry was ready to talk.';
    expect(summary(statementsOf(text, [{ name: 'Petro Lukach', type: 'person' }]).statements))
      .to.deep.equal([['Petro Lukach', 'indirect', 'the ministry was ready to talk']]);
  });

  it('When an unnamed official of a named state spoke last, then a following "he said" is that state, not a person named before', () => {
    const text = 'Jens Stoltenberg has said that the alliance would not press Kyiv. Volodymyr Zelenskyy had rejected the plan.\n\n'
      + 'The Russian foreign minister on Tuesday responded by saying the Kremlin was ready.\n\n“It means that they want to fight,” he said of Stoltenberg’s remarks.';
    expect(statementsOf(text, [STOLTENBERG, ZELENSKY, RUSSIA]).statements.map((s) => s.speaker))
      .to.deep.equal(['Jens Stoltenberg', 'Russia', 'Russia']);
  });

  it('When an opening phrase without a comma comes before the subject ("In May the United States ..., but said"), then the subject speaks', () => {
    const text = 'In May the United States finally came out in support of a special tribunal to try the crime of aggression, but said it should sit in Kyiv.';
    expect(summary(statementsOf(text, [{ name: 'United States', type: 'place' }]).statements)).to.deep.equal([
      ['United States', 'indirect', 'it should sit in Kyiv'],
    ]);
  });

  it('When a state and its unnamed allies speak together ("Kyiv and its Western allies say"), then the state speaks', () => {
    const text = 'Kyiv and its Western allies say the vote is a sham.';
    expect(summary(statementsOf(text, [{ name: 'Kyiv', type: 'place' }]).statements)).to.deep.equal([['Ukraine', 'indirect', 'the vote is a sham']]);
  });

  it('When a verb joined by "and" shares a subordinate clause\'s subject ("after X visited Kyiv and announced"), then X speaks', () => {
    const text = 'The comments came one day after Petro Kovalenko visited Odesa and announced the port would reopen.';
    expect(summary(statementsOf(text, [{ name: 'Petro Kovalenko', type: 'person' }]).statements)).to.deep.equal([
      ['Petro Kovalenko', 'indirect', 'the port would reopen'],
    ]);
  });

  it('When "such" opens the words of a clause ("said such a designation would mean war"), then they are reported; "said such things" is not', () => {
    expect(summary(statementsOf('Moldova had said such a designation would mean war.', [MOLDOVA]).statements)).to.deep.equal([
      ['Moldova', 'indirect', 'such a designation would mean war'],
    ]);
    expect(statementsOf('Moldova said such things often.', [MOLDOVA]).statements).to.deep.equal([]);
  });

  it('When a document "issued by" a body opens the sentence and a later verb shares it ("... did not name X, but stressed"), then the body speaks', () => {
    const text = 'The joint statement issued by the Danube Commission did not name the shipowner, but stressed “the need for safe passage”.';
    expect(summary(statementsOf(text, [{ name: 'Danube Commission', type: 'organization' }]).statements)).to.deep.equal([
      ['Danube Commission', 'direct', 'the need for safe passage'],
    ]);
  });

  it('When a pronoun alone opens the sentence a participle after a comma shares ("He toured the port, saying ..."), then the pronoun\'s antecedent speaks', () => {
    const text = 'Petro Kovalenko arrived in Odesa on Friday.\n\nHe toured the port for two hours, saying the ferries would resume in May.';
    expect(summary(statementsOf(text, [{ name: 'Petro Kovalenko', type: 'person', forms: ['Kovalenko'] }]).statements)).to.deep.equal([
      ['Petro Kovalenko', 'indirect', 'the ferries would resume in May'],
    ]);
  });

  it('When the pronoun follows an opening adverb or phrase ("There, he laid a wreath, saying he felt ..."), then its antecedent speaks, and "he felt" is the clause', () => {
    const kovalenko: InventedEntity = { name: 'Petro Kovalenko', type: 'person', forms: ['Kovalenko'] };
    for (const opener of ['There,', 'In the port,']) {
      const text = `Petro Kovalenko arrived in Odesa on Friday.\n\n${opener} he laid a wreath, saying he felt great anger over the attack.`;
      expect(summary(statementsOf(text, [kovalenko]).statements)).to.deep.equal([['Petro Kovalenko', 'indirect', 'he felt great anger over the attack']]);
    }
  });
});
