// On invented sentences: opening time phrases before the subject, bare roles, bodies naming themselves, ministries.
import { expect } from 'chai';
import { statementsOf, type InventedEntity } from './fixture';

const speakers = (text: string, entities: InventedEntity[]): Array<string | null> => statementsOf(text, entities).statements.map((s) => s.speaker);

const MAREK: InventedEntity = { name: 'Ivo Marek', type: 'person', forms: ['Marek'] };
const REED: InventedEntity = { name: 'Tom Reed', type: 'person', forms: ['Reed'] };
const COUNCIL: InventedEntity = { name: 'Danube Security Council', type: 'organization' };

describe('findStatements: opening phrases and bare roles', () => {
  it('When a time phrase opens the sentence before the speaker and a role with its body follows him, then he speaks, not the body', () => {
    const text = 'On Thursday Ivo Marek, a spokesman for the Danube Security Council, said the border was calm.';
    expect(speakers(text, [MAREK, COUNCIL])).to.deep.equal(['Ivo Marek']);
    const withComma = 'On Friday, Ivo Marek, a spokesman for the Danube Security Council, said the border was calm.';
    expect(speakers(withComma, [MAREK, COUNCIL])).to.deep.equal(['Ivo Marek']);
  });

  it('When a bare role with its state\'s body ("secretary of X\'s Security Council") follows the speaker, then the speaker speaks, not the body', () => {
    const entities: InventedEntity[] = [MAREK, { name: 'Danubia', type: 'place' }, { name: 'Security Council of Danubia', type: 'organization', forms: ['Security Council'] }];
    expect(speakers('Ivo Marek, secretary of Danubia’s Security Council, said the border was calm.', entities)).to.deep.equal(['Ivo Marek']);
    expect(speakers('On Friday, Ivo Marek, secretary of Danubia’s Security Council, said the border was calm.', entities)).to.deep.equal(['Ivo Marek']);
  });

  it('When a sentence without speech opens with a time phrase and then a person, then a later "he" means that person', () => {
    const text = 'Reed said the talks had failed.\n\nOn Monday, Marek posted a recording on social media.\n\nThe march was a protest, he said.';
    expect(speakers(text, [MAREK, REED])).to.deep.equal(['Tom Reed', 'Ivo Marek']);
  });
});

describe('findStatements: a body naming itself in its words', () => {
  it('When a body\'s quoted words name the body and "it said" closes them, then the body that spoke before says them', () => {
    const commission: InventedEntity = { name: 'Danube Commission', type: 'organization' };
    const text = 'The Danube Commission also said it was witnessing more traffic.\n\n“The Danube Commission sees no grounds for the claims,” it said.';
    expect(speakers(text, [commission])).to.deep.equal(['Danube Commission', 'Danube Commission']);
  });

  it('When a person is named in the quoted words, then "he said" still does not mean that person', () => {
    const text = 'Reed said the talks had failed.\n\n“Marek knows this well,” he said.';
    expect(speakers(text, [MAREK, REED])).to.deep.equal(['Tom Reed', 'Tom Reed']);
  });
});

describe('findStatements: a plural possessive in the subject', () => {
  it('When the subject holds a plural\'s possessive ("The spies’ spokesman said that ..."), then the statement is found', () => {
    const found = statementsOf('The spies’ spokesman said that the threat came from the north.', []);
    expect(found.statements.map((s) => s.quote)).to.deep.equal(['the threat came from the north']);
  });
});

describe('findStatements: a ministry of foreign affairs', () => {
  it('When a state\'s "ministry of foreign affairs" speaks, then it is named as its Foreign Ministry, like the KB\'s ministries', () => {
    const text = 'Poland’s ministry of foreign affairs has accused the envoy of lying.';
    expect(speakers(text, [{ name: 'Poland', type: 'place' }])).to.deep.equal(['Polish Foreign Ministry']);
  });
});

describe('findStatements: descriptions of a warlord', () => {
  it('When "the warlord" speaks after the one founder of an armed group was named, then the founder speaks', () => {
    const entities: InventedEntity[] = [{ name: 'Ivo Marek', type: 'person', forms: ['Marek'], role: 'founder', affiliation: 'Danube Legion' }];
    const text = 'Ivo Marek posted a recording on Monday.\n\n“We started our march due to injustice,” the warlord said in the recording.';
    expect(speakers(text, entities)).to.deep.equal(['Ivo Marek']);
  });
});

describe('findStatements: pronouns around quoted words', () => {
  it('When the speaker\'s quote quotes someone else who names the speaker, then "he said" still means the speaker', () => {
    const text = 'Ivo Marek has said he did not understand the comments.\n\n'
      + 'In an interview, he said: “I didn’t understand when Reed said ‘in a day I will bring Marek to the table.’”';
    expect(speakers(text, [MAREK, REED])).to.deep.equal(['Ivo Marek', 'Ivo Marek']);
  });

  it('When a sentence opens with a person\'s possessive of their own words ("X’s comments came ..., where he said"), then he is X', () => {
    const text = 'Ivo Marek said he would not run.\n\nReed’s comments came on Thursday at a town hall, where he also said he “got along with” the mayor.';
    expect(speakers(text, [MAREK, REED])).to.deep.equal(['Ivo Marek', 'Tom Reed']);
  });
});

describe('findStatements: a participle phrase after the speaker', () => {
  it('When a participle phrase naming an outlet or a place stands between the speaker and the verb ("X, writing in the Daily Post as Y marks ..., also said"), then X speaks', () => {
    const entities: InventedEntity[] = [MAREK, { name: 'Daily Post', type: 'organization' }, { name: 'Danubia', type: 'place' }];
    const text = 'Ivo Marek, writing in the Daily Post as Danubia marks the anniversary, also said the border must stay open.';
    expect(speakers(text, entities)).to.deep.equal(['Ivo Marek']);
  });
});

describe('findStatements: a lede describing a speaker the next paragraph names', () => {
  it('When the first paragraph\'s speaker is a description no one fits and the next paragraph names a person who speaks, then that person spoke', () => {
    const text = 'The archbishop of Lindau has said the war cannot end in humiliation.\n\nIvo Marek, writing in the Daily Post, also said the border must stay open.';
    expect(speakers(text, [MAREK, { name: 'Daily Post', type: 'organization' }])).to.deep.equal(['Ivo Marek', 'Ivo Marek']);
  });

  it('When such a description stands later in the article, then it is not resolved forward that way', () => {
    const text = 'The river was closed.\n\nThe archbishop of Lindau has said the war cannot end in humiliation.\n\nIvo Marek also said the border must stay open.';
    expect(speakers(text, [MAREK])).to.deep.equal([null, 'Ivo Marek']);
  });
});

describe('findStatements: both of two people', () => {
  it('When "Both diplomats" speak after the story named two people, then each of them says it', () => {
    const text = 'Ivo Marek said he had talks with Tom Reed on Saturday.\n\nBoth diplomats described the talks as “candid”.';
    expect(speakers(text, [MAREK, REED]).sort()).to.deep.equal(['Ivo Marek', 'Ivo Marek', 'Tom Reed'].sort());
  });

  it('When three people were named, then "the two leaders" is no one in particular', () => {
    const text = 'Ivo Marek said he had talks with Tom Reed and Petro Kovalenko.\n\nThe two leaders described the talks as “candid”.';
    const kovalenko: InventedEntity = { name: 'Petro Kovalenko', type: 'person' };
    expect(speakers(text, [MAREK, REED, kovalenko])).to.deep.equal(['Ivo Marek']);
  });
});

describe('findStatements: appositives in a chain', () => {
  it('When a place\'s gloss follows the speaker\'s role ("X, the mayor of Lindau, a city close to the border which ..., said"), then X speaks', () => {
    const entities: InventedEntity[] = [MAREK, { name: 'Lindau', type: 'place' }];
    const text = 'On Wednesday, Ivo Marek, the mayor of Lindau, a city close to the border which is under occupation, said two explosions had cut the power.';
    expect(speakers(text, entities)).to.deep.equal(['Ivo Marek']);
  });
});

describe('findStatements: the government', () => {
  it('When "the government" speaks right after a state\'s government was named, then that state speaks', () => {
    const text = 'The Australian government has announced a new aid package.\n\nThe government also announced a grant, and said it would extend the training program.';
    expect(speakers(text, [{ name: 'Australia', type: 'place', forms: ['Australian government'] }])).to.deep.equal(['Australia']);
  });
});
