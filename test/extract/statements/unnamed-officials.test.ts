// Unnamed officials on invented sentences: the body they stand for, and "the official" taking them up again.
import { expect } from 'chai';
import { statementsOf, type InventedEntity } from './fixture';

const speakers = (text: string, entities: InventedEntity[]): Array<string | null> => statementsOf(text, entities).statements.map((s) => s.speaker);

describe('findStatements: unnamed officials', () => {
  it('When an unnamed official speaks with others ("the US official and other sources said"), then the state speaks, not the official of that state who spoke before', () => {
    const entities: InventedEntity[] = [{ name: 'Linda Thomas-Greenfield', type: 'person', forms: ['Thomas-Greenfield'] }, { name: 'United States', type: 'place', forms: ['US'] }];
    const text = '“We will not back down,” said Linda Thomas-Greenfield, the US ambassador.\n\nThe dam would be a last resort, the US official and other sources said.';
    expect(speakers(text, entities)).to.deep.equal(['Linda Thomas-Greenfield', 'United States']);
  });

  it('When officials of an international body speak ("NATO officials said"), then the body speaks, as a state body\'s officials do', () => {
    expect(speakers('The alliance will move more jets east, NATO officials said on Monday.', [])).to.deep.equal(['North Atlantic Treaty Organization']);
  });

  it('When "Pentagon officials" speak and the Pentagon is named nowhere else, then the known body speaks', () => {
    expect(speakers('Kyiv has moved its reserve brigades north, Pentagon officials have said.', [])).to.deep.equal(['Pentagon']);
  });

  it('When "the official" and "a senior defence official" follow officials of a body, then that body speaks again', () => {
    const text = 'The new radars failed twice in the cold, Pentagon officials said on Monday. The supplier has promised repairs, '
      + 'a senior defence official said.\n\n“We expect a fix by spring,” the official told reporters.';
    expect(speakers(text, [])).to.deep.equal(['Pentagon', 'Pentagon', 'Pentagon']);
  });

  it('When "the officials" follow officials of a named agency, then the agency speaks again', () => {
    const entities: InventedEntity[] = [{ name: 'Defense Intelligence Agency', type: 'organization', forms: ['DIA'] }];
    const text = 'Senior DIA officials said the depots were empty. The trucks would most likely return in May, the officials said.';
    expect(speakers(text, entities)).to.deep.equal(['Defense Intelligence Agency', 'Defense Intelligence Agency']);
  });

  it('When "a senior official" speaks in a sentence about a state body, then the body speaks, and "the official" after it', () => {
    const entities: InventedEntity[] = [{ name: 'US State Department', type: 'organization', forms: ['State Department'] }];
    const text = 'The State Department is closing its consulate in Odesa, according to a senior official.\n\n'
      + '“We have to plan for the worst,” the official told reporters.';
    expect(speakers(text, entities)).to.deep.equal(['US State Department', 'US State Department']);
  });

  it('When "regional officials" speak after officials of a body, then they are not that body', () => {
    const text = 'The depots were empty, Pentagon officials said. Two villages lost power overnight, regional officials said.';
    expect(speakers(text, [])).to.deep.equal(['Pentagon', null]);
  });

  it('When "a senior defence official" speaks and a defence minister is named only stories later, then the minister did not say it', () => {
    const entities: InventedEntity[] = [{ name: 'Marek Nowicki', type: 'person', forms: ['Nowicki'] }, { name: 'Poland', type: 'place' }];
    const story = (n: number) => `Story ${n} had no quotes at all.\n\n`;
    const text = 'Drones now see every road, a senior defence official said.\n\n' + [1, 2, 3, 4, 5, 6].map(story).join('')
      + 'Marek Nowicki, Poland’s defence minister, said the border would stay open.';
    expect(speakers(text, entities)).to.deep.equal([null, 'Marek Nowicki']);
  });

  it('When "he" follows officials named as a group, then he is not their state but the man named before', () => {
    const entities: InventedEntity[] = [{ name: 'Petro Kovalenko', type: 'person', forms: ['Kovalenko'] }, { name: 'United States', type: 'place', forms: ['U.S.'] }];
    const text = 'Petro Kovalenko has warned for weeks that the dam could fail.\n\nU.S. defense officials have agreed with his view, saying it is likely.\n\n'
      + '“The situation is complicated,” he said in an interview.';
    expect(speakers(text, entities)).to.deep.equal(['Petro Kovalenko', 'United States', 'Petro Kovalenko']);
  });
});
