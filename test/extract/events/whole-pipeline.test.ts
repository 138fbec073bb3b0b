// Phrasings through the whole pipeline: lists after a plural place word, passives of the actor, ownerless flags, pronoun forces.
import { expect } from 'chai';
import { extract } from '../../../server/extract/pipeline';

const eventsOfText = (text: string) => extract(text).events;

describe('events through the pipeline', () => {
  const events = (text: string) => eventsOfText(text).map((e) => [e.actor, e.verb, e.target].join(' '));

  it('When one act names a list after a plural place word ("four regions: A, B, C and D"), then each is a target, as regions', () => {
    expect(events('Putin annexed four regions: Donetsk, Luhansk, Kherson and Zaporizhzhia.')).to.deep.equal([
      'Russia annexed Donetsk region', 'Russia annexed Luhansk region', 'Russia annexed Kherson region', 'Russia annexed Zaporizhzhia region',
    ]);
    expect(events('Putin signed decrees annexing four Ukrainian regions - Donetsk, Luhansk, Kherson and Zaporizhzhia.')).to.have.length(4);
  });

  it('When villages unknown to the knowledge base are listed after a capture verb, then each was captured', () => {
    expect(events('Ukrainian forces liberated Neskuchne, Storozheve and Blahodatne.')).to.deep.equal([
      'Ukraine captured Neskuchne', 'Ukraine captured Storozheve', 'Ukraine captured Blahodatne',
    ]);
  });

  it('When a withdrawal is told as being driven out, then those driven out withdrew', () => {
    expect(events('Russia’s forces have been driven out of Kherson.')).to.deep.equal(['Russia withdrew_from Kherson']);
  });

  it('When control is regained or a flag raised without an owner, then the place is captured', () => {
    expect(events('Ukrainian troops regained control of Balakliya.')).to.deep.equal(['Ukraine captured Balakliya']);
    expect(events('Ukrainian soldiers raised the flag over Snihurivka.')).to.deep.equal(['Ukraine captured Snihurivka']);
  });

  it('When "they" opens the sentence after one naming forces, then the forces act', () => {
    expect(events('Ukrainian forces pressed on in the east. They retook Izyum on Saturday.')).to.deep.equal(['Ukraine captured Izyum']);
  });

  it('When the agent of a passive is an attack of a demonym ("hit by a Russian missile attack"), then that state attacked', () => {
    expect(events('Kyiv was hit by a massive Russian missile attack on Monday.')).to.deep.equal(['Russia attacked Kyiv']);
    expect(events('Mariupol has been bombed out of existence by Russia.')).to.deep.equal(['Russia attacked Mariupol']);
  });

  it('When a participle describes a place after a verb ("visited occupied Mariupol"), then it is no capture', () => {
    expect(events('Vladimir Putin visited occupied Mariupol on Saturday.')).to.deep.equal(['Vladimir Putin visited Mariupol']);
  });

  it('When a state declares a place independent, then it recognized it', () => {
    expect(events('Russia has declared Donbas independent.')).to.deep.equal(['Russia recognized Donbas']);
  });

  it('When the withdrawal is of "its troops", then the state the pronoun means withdrew', () => {
    expect(events('The Kremlin confirmed the withdrawal of its troops from Kherson.')).to.deep.equal(['Russia withdrew_from Kherson']);
  });
});

describe('events through the pipeline: who "he" and "the premier" are', () => {
  const events = (text: string) => eventsOfText(text).map((e) => [e.actor, e.verb, e.target].join(' '));

  it('When an office is named for someone named before ("the Irish premier"), then that person acts', () => {
    expect(events('Taoiseach Leo Varadkar arrived in Kyiv. The Irish premier also visited Moschun.')).to.include('Leo Varadkar visited Moschun');
  });

  it('When "he" opens a sentence, then the subject of a recent sentence is meant, not a person it named in passing', () => {
    const text = 'After the talks, Mr Varadkar met the speaker of parliament, Ruslan Stefanchuk. He was later taken to the small cities of Bucha and Irpin.';
    expect(events(text)).to.include.members(['Leo Varadkar visited Bucha', 'Leo Varadkar visited Irpin']);
  });

  it('When future aid is announced ("will send Ukraine tanks", "pledged to support Ukraine"), then it is pledged', () => {
    expect(events('Britain will send Ukraine Challenger 2 tanks.')).to.deep.equal(['United Kingdom pledged Ukraine']);
    expect(events('Joe Biden pledged to support Ukraine for as long as it takes.')).to.deep.equal(['Joe Biden pledged Ukraine']);
    expect(events('Washington has provided $40 billion in security assistance to Kyiv.')).to.deep.equal([]);
  });
});

describe('events through the pipeline: sides and attackers not named', () => {
  const events = (text: string) => eventsOfText(text).map((e) => [e.actor, e.verb, e.target].join(' '));

  it('When a Ukrainian place is attacked in the passive or by a weapon alone, then Russia is presumed, but not on places it holds', () => {
    expect(events('Kharkiv was shelled overnight.')).to.deep.equal(['Russia attacked Kharkiv']);
    expect(events('Grad rockets hit Mariupol.')).to.deep.equal(['Russia attacked Mariupol']);
    expect(events('Crimea was struck overnight.')).to.deep.equal([]);
  });

  it('When Ukrainian reporting calls the attackers "the occupiers", then Russia attacked', () => {
    expect(events('The occupiers fired at Sloviansk and hit Kramatorsk.')).to.have.members(['Russia attacked Sloviansk', 'Russia attacked Kramatorsk']);
  });

  it('When an office of a body is named ("the UN secretary general"), then its holder named before acts', () => {
    expect(events('Antonio Guterres met the press. Missiles hit the city while the UN secretary general was visiting Kyiv.'))
      .to.include('Antonio Guterres visited Kyiv');
  });

  it('When an event noun is definite, then the hedges of the clause around it do not undo it', () => {
    expect(events('Ukraine needs to restore its integrity following Russia’s annexation of Crimea in 2014.')).to.deep.equal(['Russia annexed Crimea']);
    expect(events('Washington fears a Russian attack on Kyiv.')).to.deep.equal([]);
    expect(events('The West must prevent the capture of Kyiv by Russia.')).to.deep.equal([]);
  });
});
