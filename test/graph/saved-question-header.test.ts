// The header of a saved question: title, description and typed parameters with defaults, or an error naming the line.
import { expect } from 'chai';
import { parseQuestionHeader } from '../../server/graph/saved-question-header';
import { savedQuestions } from '../../server/graph/saved-questions';

describe('graph/saved-question-header', () => {
  it('should read the title, the description and each parameter with its type, nullability and default', () => {
    const header = parseQuestionHeader([
      '// @title Who claims what',
      '// @description Events on a place.',
      '// @param place: string = "Lyman" — a name',
      '// @param verb: string? = null — a kind of event',
      '// @param words: string[] = ["a", "b"] — words',
      'MATCH (n) RETURN n',
    ].join('\n'), 'x.cypher');
    expect(header).to.deep.equal({
      title: 'Who claims what',
      description: 'Events on a place.',
      parameters: [
        { name: 'place', type: 'string', nullable: false, default: 'Lyman', description: 'a name' },
        { name: 'verb', type: 'string', nullable: true, default: null, description: 'a kind of event' },
        { name: 'words', type: 'string[]', nullable: false, default: ['a', 'b'], description: 'words' },
      ],
    });
  });

  it('should throw naming the file and line when a parameter has an unknown type', () => {
    expect(() => parseQuestionHeader('// @title t\n// @description d\n// @param n: number = 1 — n', 'q.cypher'))
      .to.throw(/q\.cypher:3: the type of n must be one of string, integer/);
  });

  it('should throw when a default is not JSON', () => {
    expect(() => parseQuestionHeader('// @title t\n// @description d\n// @param n: string = Lyman — n', 'q.cypher'))
      .to.throw(/default of n must be written as JSON/);
  });

  it('should throw when the title or description is missing', () => {
    expect(() => parseQuestionHeader('// @title t\nMATCH (n) RETURN n', 'q.cypher')).to.throw(/needs a @title and a @description/);
  });

  it('should read every file of the library, each default valid for its own type', () => {
    const library = [...savedQuestions().values()];
    expect(library.length).to.be.at.least(15);
    for (const question of library) {
      for (const parameter of question.parameters) {
        expect(question.query.text, `${question.name} uses $${parameter.name}`).to.include(`$${parameter.name}`);
      }
    }
  });
});
