// Where reported words end, on invented sentences: the speaker's next deed, a long setting clause, asides, sentences pointing back.
import { expect } from 'chai';
import { statementsOf, type InventedEntity } from './fixture';

const COMMISSION: InventedEntity = { name: 'Danube Commission', type: 'organization' };
const MAREK: InventedEntity = { name: 'Ivo Marek', type: 'person', forms: ['Marek'] };
const quotes = (text: string, entities: InventedEntity[]): Array<[string | null, string]> =>
  statementsOf(text, entities).statements.map((s) => [s.speaker, s.quote]);

describe('findStatements: where reported words end', () => {
  it('When "and expressed support" follows the words, then it is the speaker\'s next deed, not more of the words', () => {
    const text = 'The Danube Commission said it was seeing more traffic and expressed support for the river police.';
    expect(quotes(text, [COMMISSION])).to.deep.equal([['Danube Commission', 'it was seeing more traffic']]);
  });

  it('When speech follows the speaker\'s next deed ("and voiced concern at X that it said ..."), then it is reported on its own', () => {
    const text = 'The Danube Commission said the crews were brave and voiced concern at “false alarms” that it said could be used as a “pretext.”';
    expect(quotes(text, [COMMISSION])).to.deep.equal([['Danube Commission', 'the crews were brave'], ['Danube Commission', 'could be used as a pretext']]);
  });

  it('When a long clause of the speaker\'s setting follows a closing attribution ("said as he accepted ..."), then the words before are the statement', () => {
    const text = 'The border will stay open for weeks, Ivo Marek said as he accepted the letters of the new envoys of three foreign countries in the capital on Monday, Danube Press has learned.';
    expect(quotes(text, [MAREK, { name: 'Danube Press', type: 'organization' }])).to.deep.equal([['Ivo Marek', 'The border will stay open for weeks']]);
  });
});

describe('findStatements: the reporter\'s connective before closing attributions', () => {
  it('When words closed by an attribution open with "However," or "Meanwhile,", then the connective is the reporter\'s, not the speaker\'s', () => {
    expect(quotes('However, the port will reopen in May, according to the Danube Commission.', [COMMISSION]))
      .to.deep.equal([['Danube Commission', 'the port will reopen in May']]);
    expect(quotes('But, Ivo Marek cautioned, even then the river may rise.', [MAREK])).to.deep.equal([['Ivo Marek', 'even then the river may rise']]);
  });
});

describe('findStatements: attributions without a subject-verb pair in the words', () => {
  it('When an opening "as" clause names a speaker ("As the commission notes, ..."), then the clause after its comma is theirs', () => {
    const text = 'As the Danube Commission notes, the conflict has claimed the lives of about 14,000 people.';
    expect(quotes(text, [COMMISSION])).to.deep.equal([['Danube Commission', 'the conflict has claimed the lives of about 14,000 people']]);
  });

  it('When the clause after "As X notes," opens with a setting holding a relative clause, then the whole clause is theirs', () => {
    const text = 'As the Danube Commission notes, during the chairmanship of the council, which it takes over next year, the commission will focus on the ports.';
    expect(quotes(text, [COMMISSION])).to.deep.equal([['Danube Commission',
      'during the chairmanship of the council, which it takes over next year, the commission will focus on the ports']]);
  });

  it('When reported words open with a phrase holding a relative clause and the clause comes after it, then the relative clause does not end the words', () => {
    const text = 'Ivo Marek said that during the summit, which opens on Monday, the ministers will sign the treaty.';
    expect(quotes(text, [MAREK])).to.deep.equal([['Ivo Marek', 'during the summit, which opens on Monday, the ministers will sign the treaty']]);
    expect(quotes('Ivo Marek said the ministers signed the treaty, which opens the border, the paper wrote.', [MAREK]))
      .to.deep.equal([['Ivo Marek', 'the ministers signed the treaty']]);
  });

  it('When the "as" clause names no one or an outlet reporting the news ("As reported, ...", "As Danube Press reported, ..."), then it says nothing itself', () => {
    const press: InventedEntity = { name: 'Danube Press', type: 'organization' };
    expect(quotes('As reported, the commission has closed the river to barges.', [press])).to.deep.equal([]);
    expect(quotes('As Danube Press reported, a court in Vienna ruled to close the river.', [press])).to.deep.equal([]);
    expect(quotes('As the war dragged on, the Danube Commission said the river would close.', [COMMISSION]))
      .to.deep.equal([['Danube Commission', 'the river would close']]);
  });

  it('When "however" stands between the speaker and the verb without commas, then the speaker is still found', () => {
    expect(quotes('Ivo Marek however told reporters that the border was calm.', [MAREK])).to.deep.equal([['Ivo Marek', 'the border was calm']]);
  });
});

describe('findStatements: attributions in the next paragraph', () => {
  it('When "That\'s according to X" opens the paragraph after a lede of several sentences, then X said the whole lede', () => {
    const text = 'The river will close for a month. Barges must wait at Vienna. Nobody will be fined.\n\n'
      + 'That’s according to the Danube Commission, Danube Press reports.';
    expect(quotes(text, [COMMISSION, { name: 'Danube Press', type: 'organization' }]))
      .to.deep.equal([['Danube Commission', 'The river will close for a month. Barges must wait at Vienna. Nobody will be fined']]);
  });

  it('When "X said this" stands inside a paragraph, then only the sentence before is X\'s', () => {
    const text = 'The river will close for a month. Barges must wait at Vienna. Ivo Marek said this on Monday.';
    expect(quotes(text, [MAREK])).to.deep.equal([['Ivo Marek', 'Barges must wait at Vienna']]);
  });

  it('When a short bracketed aside stands in the speaker\'s title ("ex-President of X (1995-2005) Y"), then Y is still found', () => {
    const entities: InventedEntity[] = [MAREK, { name: 'Danubia', type: 'place' }];
    expect(quotes('The war will be long, said ex-President of Danubia (1995-2005) Ivo Marek.', entities)).to.deep.equal([['Ivo Marek', 'The war will be long']]);
  });
});

describe('findStatements: an aside between dashes in the words', () => {
  it('When a long aside between dashes stands between the subject and the verb of the words, then the clause is still reported', () => {
    const text = 'Ivo Marek suggested the city’s rapid growth – now the second largest port on the river after Vienna – could be slowed.';
    expect(quotes(text, [MAREK])).to.deep.equal([['Ivo Marek', 'the city’s rapid growth – now the second largest port on the river after Vienna – could be slowed']]);
  });

  it('When the object is a noun phrase with an aside between dashes, then it is still no statement', () => {
    expect(quotes('Ivo Marek announced a plan – drawn up in May with the help of many allies in Europe – for schools.', [MAREK])).to.deep.equal([]);
  });
});

describe('findStatements: sentences pointing back and the wire\'s formula', () => {
  const press: InventedEntity = { name: 'Danube Press', type: 'organization' };

  it('When "The relevant statement was made by X" or "This was reported by X" follows, then X said the sentence before', () => {
    expect(quotes('The river will close for a month.\n\nThe relevant statement was made by Ivo Marek in his video address.', [MAREK]))
      .to.deep.equal([['Ivo Marek', 'The river will close for a month']]);
    expect(quotes('The river will close for a week.\n\nThis was reported by the Danube Commission in its latest update.', [COMMISSION]))
      .to.deep.equal([['Danube Commission', 'The river will close for a week']]);
  });

  it('When a news agency closes a sentence with its formula ("..., X reports."), then it says nothing itself; a speaker inside still speaks', () => {
    const entities = [MAREK, { ...press, forms: ['Danube Press'] }];
    expect(quotes('Ivo Marek expressed his opinion in an interview, Danube Press reports.', entities)).to.deep.equal([]);
    expect(quotes('The border will close, Ivo Marek said in an interview, Danube Press reports.', entities)).to.deep.equal([['Ivo Marek', 'The border will close']]);
  });
});

describe('findStatements: a participle joined inside perfect words', () => {
  it('When "and <participle>" shares the perfect of the words ("said it had opened a case and declared him ..."), then it is more of the words', () => {
    const text = 'The Danube Commission said that it had opened a case against the captain and declared him to be a “smuggler”.';
    expect(quotes(text, [COMMISSION])).to.deep.equal([['Danube Commission', 'it had opened a case against the captain and declared him to be a smuggler']]);
  });

  it('When the words hold no perfect ("accused X of Y and warned of Z"), then the verb after "and" is still the speaker\'s next act', () => {
    const text = 'The Danube Commission accused the captain of smuggling and warned of new checks.';
    expect(quotes(text, [COMMISSION]).map(([, quote]) => quote)).to.deep.equal(['the captain of smuggling', 'new checks']);
  });
});

describe('findStatements: the reporter\'s gloss on a name in the words', () => {
  it('When the words end with a gloss on a name ("entering Rostov, a large city ... that ..."), then the gloss is cut off', () => {
    const text = 'Ivo Marek said his troops were entering Lindau, a large city in the south that the army has been using as its base.';
    expect(quotes(text, [MAREK])).to.deep.equal([['Ivo Marek', 'his troops were entering Lindau']]);
  });

  it('When a gloss between commas stands inside the words ("Marek, once considered ..., and declared"), then it is left out of them', () => {
    const text = 'The Danube Commission said that it had opened a case against Ivo Marek, once considered one of the most trusted captains, and declared him to be a “smuggler”.';
    expect(quotes(text, [COMMISSION, MAREK])).to.deep.equal([['Danube Commission', 'it had opened a case against Ivo Marek and declared him to be a smuggler']]);
  });

  it('When the comma opens a list of adjectives ("Marek, a reasonable, smart person"), then nothing is left out', () => {
    const text = 'The Danube Commission said that Ivo Marek, a reasonable, smart person, would not close the river.';
    expect(quotes(text, [COMMISSION, MAREK])).to.deep.equal([['Danube Commission', 'Ivo Marek, a reasonable, smart person, would not close the river']]);
  });
});

describe('findStatements: speech in a subordinate clause opening the sentence', () => {
  it('When "After X said that ..., Y warned “...”", then each speaks their own words', () => {
    const text = 'After Ivo Marek said that the border could not be closed, the Danube Commission warned “this threatens a conflict on the river.”';
    expect(quotes(text, [MAREK, COMMISSION])).to.deep.equal([
      ['Ivo Marek', 'the border could not be closed'], ['Danube Commission', 'this threatens a conflict on the river.'],
    ]);
  });
});

describe('findStatements: the reporter\'s reading of the words', () => {
  it('When the words are followed by ", in an apparent criticism" or ", in a thinly veiled warning to ...", then that reading is cut off', () => {
    expect(quotes('Ivo Marek said that it was not the time for war, in an apparent criticism of the council.', [MAREK]))
      .to.deep.equal([['Ivo Marek', 'it was not the time for war']]);
    expect(quotes('Ivo Marek said its actions may inspire others, in a thinly veiled warning to the council.', [MAREK]))
      .to.deep.equal([['Ivo Marek', 'its actions may inspire others']]);
  });
});

describe('findStatements: the main clause after reported words in a subordinate clause', () => {
  it('When "When X said ..., the crowd cheered", then the words end before the main clause', () => {
    expect(quotes('When Ivo Marek said the war was over, the crowd cheered.', [MAREK])).to.deep.equal([['Ivo Marek', 'the war was over']]);
    expect(quotes('After Ivo Marek said that, if attacked, the city would fight, the crowd cheered.', [MAREK]))
      .to.deep.equal([['Ivo Marek', 'if attacked, the city would fight']]);
  });
});

describe('findStatements: shapes of round 7 that report words', () => {
  it('When "X continued, “...”" closes its sentence with a quotation, then X says it', () => {
    expect(quotes('Ivo Marek continued, “We were able to buy food for everyone.”', [MAREK])).to.deep.equal([['Ivo Marek', 'We were able to buy food for everyone.']]);
  });

  it('When "before" or "since" stands with a noun phrase in the main clause ("studied there before the invasion, but says"), then the main subject says it', () => {
    expect(quotes('Ivo Marek studied at a seminary before the invasion, but says most of his training happened on the job.', [MAREK]))
      .to.deep.equal([['Ivo Marek', 'most of his training happened on the job']]);
  });

  it('When a bare verb joins an infinitive ("wants X to recognise Y ... and acknowledge Z"), then it reports nothing', () => {
    const text = 'The Danube Commission wants the city to recognise the port, which it built in 2014, as part of the river and acknowledge other gains it has made.';
    expect(quotes(text, [COMMISSION])).to.deep.equal([]);
  });
});

describe('findStatements: a reporting verb after perfect words', () => {
  it('When "and noted that ..." follows perfect words ("said X has taken Y, and noted that ..."), then it is a statement of its own', () => {
    const text = 'The Danube Commission said the city has already taken the nearby ports, and noted that its captains had expressed concern.';
    expect(quotes(text, [COMMISSION]).map(([, quote]) => quote)).to.deep.equal(['the city has already taken the nearby ports', 'its captains had expressed concern']);
  });
});
