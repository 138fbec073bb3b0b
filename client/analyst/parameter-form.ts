// A saved question's parameters as a form: one labelled field per parameter, typed by its header, read back as values.

import type { QuestionParameter } from '../../server/contract';
import { h } from '../dom';

/** A field whose text does not fit its parameter's type; the message names the parameter. */
export class ParameterValueError extends Error {
  override name = 'ParameterValueError';
}

const ANY = '';

/** How a default is written in its field: lists comma-separated, null as an empty field. */
export function fieldText(value: unknown): string {
  if (value === null || value === undefined) return ANY;
  return Array.isArray(value) ? value.join(', ') : String(value);
}

/** Reads one field's text as its parameter's type; an empty field is null when the parameter takes null, else its default. */
export function parameterValue(parameter: QuestionParameter, text: string): unknown {
  const trimmed = text.trim();
  if (trimmed === ANY) return parameter.nullable ? null : parameter.default;
  const fail = (what: string) => new ParameterValueError(`${parameter.name} must be ${what}, not "${trimmed}"`);
  switch (parameter.type) {
    case 'string': return trimmed;
    case 'integer': {
      const number = Number(trimmed);
      if (!Number.isInteger(number)) throw fail('a whole number');
      return number;
    }
    case 'float': {
      const number = Number(trimmed);
      if (!Number.isFinite(number)) throw fail('a number');
      return number;
    }
    case 'boolean':
      if (trimmed !== 'true' && trimmed !== 'false') throw fail('true or false');
      return trimmed === 'true';
    case 'date':
      if (!/^\d{4}-\d{2}-\d{2}$/.test(trimmed)) throw fail('a date (YYYY-MM-DD)');
      return trimmed;
    case 'string[]': return trimmed.split(',').map((item) => item.trim()).filter((item) => item !== '');
  }
}

function field(parameter: QuestionParameter, id: string): HTMLInputElement | HTMLSelectElement {
  const attrs = { id, name: parameter.name, 'data-param': parameter.name };
  if (parameter.type === 'boolean') {
    const select = h('select', { attrs },
      ...(parameter.nullable ? [h('option', { attrs: { value: ANY } }, 'any')] : []),
      h('option', { attrs: { value: 'true' } }, 'true'), h('option', { attrs: { value: 'false' } }, 'false'));
    select.value = fieldText(parameter.default);
    return select;
  }
  const input = h('input', { attrs: { ...attrs, autocomplete: 'off', spellcheck: 'false' } });
  if (parameter.type === 'integer' || parameter.type === 'float') {
    input.type = 'number';
    input.step = parameter.type === 'integer' ? '1' : 'any';
  } else input.type = parameter.type === 'date' ? 'date' : 'text';
  if (parameter.type === 'string[]') input.placeholder = 'comma, separated';
  if (parameter.nullable) input.placeholder = input.placeholder || 'any';
  input.value = fieldText(parameter.default);
  return input;
}

export interface ParameterForm {
  element: HTMLElement;
  /** Every parameter's value, typed; throws a ParameterValueError naming the first field that does not fit. */
  values(): Record<string, unknown>;
}

export function parameterForm(questionName: string, parameters: QuestionParameter[]): ParameterForm {
  const fields = parameters.map((parameter) => {
    const id = `q-${questionName}-${parameter.name}`;
    const input = field(parameter, id);
    const row = h('div', { className: 'param-row' },
      h('label', { attrs: { for: id } }, parameter.name, h('span', { className: 'param-type' }, parameter.type)),
      input,
      parameter.description ? h('span', { className: 'param-hint' }, parameter.description) : null);
    return { parameter, input, row };
  });
  return {
    element: h('div', { className: 'param-form' }, ...fields.map((f) => f.row)),
    values: () => Object.fromEntries(fields.map(({ parameter, input }) => [parameter.name, parameterValue(parameter, input.value)])),
  };
}
