// A saved question's form reads each field as its parameter's type, and names the parameter whose text does not fit.
import { expect } from 'chai';
import { fieldText, parameterValue, ParameterValueError } from '../../../client/analyst/parameter-form';
import type { QuestionParameter } from '../../../server/contract';

const parameter = (type: QuestionParameter['type'], extra: Partial<QuestionParameter> = {}): QuestionParameter => ({
  name: 'p', type, nullable: false, default: null, description: '', ...extra,
});

describe('client/analyst/parameter-form', () => {
  it('When a field holds text of its type, then it is read as that type', () => {
    expect(parameterValue(parameter('string'), '  Kherson ')).to.equal('Kherson');
    expect(parameterValue(parameter('integer'), '12')).to.equal(12);
    expect(parameterValue(parameter('float'), '0.25')).to.equal(0.25);
    expect(parameterValue(parameter('boolean'), 'false')).to.equal(false);
    expect(parameterValue(parameter('date'), '2022-11-11')).to.equal('2022-11-11');
    expect(parameterValue(parameter('string[]'), 'official, source,,witness')).to.deep.equal(['official', 'source', 'witness']);
  });

  it('When a field is left empty, then a nullable parameter is null and another takes its default', () => {
    expect(parameterValue(parameter('string', { nullable: true, default: null }), '  ')).to.equal(null);
    expect(parameterValue(parameter('integer', { default: 3 }), '')).to.equal(3);
  });

  it('When a field does not fit its type, then a ParameterValueError names the parameter and the text', () => {
    expect(() => parameterValue(parameter('integer', { name: 'top' }), '2.5')).to.throw(ParameterValueError, 'top must be a whole number, not "2.5"');
    expect(() => parameterValue(parameter('float'), 'many')).to.throw(ParameterValueError, /a number/);
    expect(() => parameterValue(parameter('boolean'), 'yes')).to.throw(ParameterValueError, /true or false/);
    expect(() => parameterValue(parameter('date'), '11/11/2022')).to.throw(ParameterValueError, /YYYY-MM-DD/);
  });

  it('When a default is written into its field, then lists are comma-separated and null is an empty field', () => {
    expect(fieldText(['official', 'source'])).to.equal('official, source');
    expect(fieldText(null)).to.equal('');
    expect(fieldText(20)).to.equal('20');
  });
});
