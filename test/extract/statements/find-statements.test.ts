// Statement rules on invented sentences: direct, split, mixed, indirect, via, pronouns, descriptions, metonymy, unresolved, scare quotes.
import { expect } from 'chai';
import { statementsOf, summary, type InventedEntity } from './fixture';

const KOVALENKO: InventedEntity = { name: 'Petro Kovalenko', type: 'person', forms: ['Kovalenko'] };
const MARTA: InventedEntity = { name: 'Marta Lindqvist', type: 'person', forms: ['Lindqvist'] };

describe('findStatements', () => {
  it('When a quotation is followed by "X said", then it gives a direct statement without the trailing comma', () => {
    const { statements } = statementsOf('“The bridge is gone,” Kovalenko said on Monday.', [KOVALENKO]);
    expect(summary(statements)).to.deep.equal([['Petro Kovalenko', 'direct', 'The bridge is gone']]);
    expect(statements[0].verb).to.equal('said');
  });

  it('When the verb comes before the speaker ("said X, an analyst"), then the speaker is still found', () => {
    const text = '"Supplies will not last the winter," said Petro Kovalenko, an analyst at the Kharkiv Institute.';
    const { statements } = statementsOf(text, [KOVALENKO, { name: 'Kharkiv Institute', type: 'organization' }]);
    expect(summary(statements)).to.deep.equal([['Petro Kovalenko', 'direct', 'Supplies will not last the winter']]);
  });

  it('When a quotation is split by its attribution, then it gives two direct statements by the same speaker', () => {
    const text = '“We held the line,” Kovalenko said. “We will hold it again.”';
    const { statements } = statementsOf(text, [KOVALENKO]);
    expect(summary(statements)).to.deep.equal([
      ['Petro Kovalenko', 'direct', 'We held the line'],
      ['Petro Kovalenko', 'direct', 'We will hold it again.'],
    ]);
  });

  it('When a paragraph holds only a quote right after a quoted statement, then it continues that speaker', () => {
    const text = '“The roads are mined,” Kovalenko said.\n\n“Nobody can pass before spring.”';
    const { statements } = statementsOf(text, [KOVALENKO]);
    expect(summary(statements)[1]).to.deep.equal(['Petro Kovalenko', 'direct', 'Nobody can pass before spring.']);
  });

  it('When a quote runs over two paragraphs, then it is one direct statement in two pieces', () => {
    const text = '“The first convoy arrived late,” Kovalenko said. “We waited for hours.\n\n“The second one never came.”';
    const { statements } = statementsOf(text, [KOVALENKO]);
    expect(summary(statements)).to.deep.equal([
      ['Petro Kovalenko', 'direct', 'The first convoy arrived late'],
      ['Petro Kovalenko', 'direct', 'We waited for hours. The second one never came.'],
    ]);
    expect(statements[1].quoteSpans).to.have.length(2);
  });

  it('When a reported clause embeds a quoted fragment, then it is mixed and the quote drops the marks', () => {
    const text = 'Lindqvist vowed to “restore” order in the northern districts.';
    const { statements } = statementsOf(text, [MARTA]);
    expect(summary(statements)).to.deep.equal([['Marta Lindqvist', 'mixed', 'to restore order in the northern districts']]);
    for (const span of statements[0].quoteSpans) expect(statements[0].quote).to.include(text.slice(span.start, span.end));
    expect(statements[0].quoteSpans).to.have.length(3);
  });

  it('When X said that Q, then Q is an indirect statement without "that" and the final period', () => {
    const { statements } = statementsOf('Kovalenko said on Tuesday that the dam had been repaired.', [KOVALENKO]);
    expect(summary(statements)).to.deep.equal([['Petro Kovalenko', 'indirect', 'the dam had been repaired']]);
  });

  it('When the attribution trails the clause ("Q, X said."), then Q is indirect', () => {
    const { statements } = statementsOf('Two villages were retaken overnight, Kovalenko said.', [KOVALENKO]);
    expect(summary(statements)).to.deep.equal([['Petro Kovalenko', 'indirect', 'Two villages were retaken overnight']]);
  });

  it('When the attribution sits inside the clause ("A, X said, B"), then A and B are one indirect statement', () => {
    const { statements } = statementsOf('The new mines, Kovalenko said, were laid at night.', [KOVALENKO]);
    expect(summary(statements)).to.deep.equal([['Petro Kovalenko', 'indirect', 'The new mines were laid at night']]);
    expect(statements[0].quoteSpans).to.have.length(2);
  });

  it('When the reporter adds context after the clause (", while ..."), then it is left out of the quote', () => {
    const text = 'Kovalenko said the front was stable, while heavy fighting continued further south.';
    const { statements } = statementsOf(text, [KOVALENKO]);
    expect(statements[0].quote).to.equal('the front was stable');
  });

  it('When words reach the article through an agency, then via names it', () => {
    const entities: InventedEntity[] = [KOVALENKO, { name: 'Reuters', type: 'organization' }];
    const told = statementsOf('Kovalenko told Reuters that the talks had stalled.', entities).statements;
    expect(told[0].via).to.equal('Reuters');
    const quoted = statementsOf('The talks had stalled, Kovalenko was quoted as saying by Reuters.', entities).statements;
    expect([quoted[0].speaker, quoted[0].via]).to.deep.equal(['Petro Kovalenko', 'Reuters']);
  });

  it('When "According to X," opens the sentence, then X is the speaker', () => {
    const entities: InventedEntity[] = [{ name: 'Odesa Research Centre', type: 'organization' }];
    const { statements } = statementsOf('According to the Odesa Research Centre, prices rose by a third.', entities);
    expect(summary(statements)).to.deep.equal([['Odesa Research Centre', 'indirect', 'prices rose by a third']]);
  });

  it('When the speaker is a pronoun, then it resolves to the nearest fitting person before it', () => {
    const text = 'Marta Lindqvist met Petro Kovalenko in Riga. He said the meeting went well. She said it was too short.';
    const { statements } = statementsOf(text, [MARTA, KOVALENKO]);
    expect(summary(statements).map(([speaker]) => speaker)).to.deep.equal(['Petro Kovalenko', 'Marta Lindqvist']);
  });

  it('When "It added" follows a statement by a body, then the body is the speaker', () => {
    const entities: InventedEntity[] = [{ name: 'Baltic Defence Institute', type: 'organization' }];
    const text = 'The Baltic Defence Institute said supplies were short. It added that morale was falling.';
    const { statements } = statementsOf(text, entities);
    expect(summary(statements).map(([speaker]) => speaker)).to.deep.equal(['Baltic Defence Institute', 'Baltic Defence Institute']);
  });

  it('When a description fits exactly one named person, then it resolves to that person', () => {
    const entities: InventedEntity[] = [
      { name: 'Vladimir Putin', type: 'person', forms: ['Putin'] },
      { name: 'Volodymyr Zelenskyy', type: 'person', forms: ['Zelenskyy'] },
    ];
    const text = 'Zelenskyy spoke in Kyiv. Putin spoke later. “We will not retreat,” the Russian leader said.';
    const { statements } = statementsOf(text, entities);
    expect(summary(statements)).to.deep.equal([['Vladimir Putin', 'direct', 'We will not retreat']]);
  });

  it('When a capital speaks ("Kyiv said"), then the speaker is its state', () => {
    const entities: InventedEntity[] = [{ name: 'Kyiv', type: 'place' }, { name: 'Ukraine', type: 'place' }];
    const { statements } = statementsOf('Kyiv said its forces had crossed the river.', entities);
    expect(summary(statements)).to.deep.equal([['Ukraine', 'indirect', 'its forces had crossed the river']]);
  });

  it('When an unnamed official has a nationality, then the state speaks', () => {
    const { statements } = statementsOf('A Ukrainian official said the convoy had arrived.', [{ name: 'Ukraine', type: 'place' }]);
    expect(statements[0].speaker).to.equal('Ukraine');
  });

  it('When the speaker cannot be resolved, then it stays null with a warning, never a guess', () => {
    const { statements, messages } = statementsOf('“The shelling never stopped,” he said.', []);
    expect(statements[0].speaker).to.equal(null);
    expect(statements[0].speakerKey).to.equal(null);
    expect(messages[0]).to.include({ ruleId: 'statement.unresolved-speaker', severity: 'warning' });
    expect(messages[0].place).to.have.keys(['start', 'end']);
  });

  it('When quotation marks hold a scare quote or a headline word, then there is no statement', () => {
    const text = 'Russia ‘Regroups’ Troops in East\nThe so-called “referendum” was held in a school near the “front”.';
    expect(statementsOf(text, [{ name: 'Russia', type: 'place' }]).statements).to.deep.equal([]);
  });

  it('When generic analysts speak, then there is no statement', () => {
    expect(statementsOf('Western analysts said the offensive had stalled.', []).statements).to.deep.equal([]);
  });

  it('When "announced" only takes a noun phrase, then it is not a statement', () => {
    expect(statementsOf('Kovalenko announced a new aid package.', [KOVALENKO]).statements).to.deep.equal([]);
  });

  it('When a statement names entities inside the quote, then about lists their keys without the speaker', () => {
    const entities: InventedEntity[] = [KOVALENKO, { name: 'Kharkiv', type: 'place' }];
    const { statements } = statementsOf('Kovalenko said Kharkiv was calm.', entities);
    expect(statements[0].about).to.deep.equal(['place:kharkiv']);
  });

  it('When statements are found, then slicing the text at their spans gives back the quote pieces', () => {
    const text = '“One,” Kovalenko said, adding that “two” was next. Lindqvist said the rest would follow.';
    const { statements } = statementsOf(text, [KOVALENKO, MARTA]);
    expect(statements.length).to.be.greaterThan(1);
    for (const statement of statements) {
      let from = 0;
      for (const span of statement.quoteSpans) {
        const at = statement.quote.indexOf(text.slice(span.start, span.end), from);
        expect(at).to.be.at.least(0);
        from = at;
      }
    }
  });
});
