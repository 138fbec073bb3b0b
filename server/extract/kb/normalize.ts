// Normalizes a name the way the scorer compares names, so that KB forms, entity keys and gold agree.
import type { EntityType } from '../types';

/** Words of plain letters and digits with single spaces: nothing to drop but the case (most names and words). */
const PLAIN = /^[A-Za-z0-9]+(?: [A-Za-z0-9]+)*$/;

/** Lowercase, accents and dots dropped, possessive 's and a leading "the" removed, punctuation to spaces. */
export function normalizeName(surface: string): string {
  if (PLAIN.test(surface)) {
    const lower = surface.toLowerCase();
    return lower.startsWith('the ') ? lower.slice(4) : lower;
  }
  return surface.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[’']s\b/g, '')
    .replace(/\./g, '').replace(/[^a-z0-9 ]+/g, ' ').replace(/\s+/g, ' ').trim().replace(/^the /, '');
}

/** Stable identity of an entity across articles. */
export function entityKey(type: EntityType, name: string): string {
  return `${type}:${normalizeName(name)}`;
}

/** True for short all-capital forms ("US", "AP", "UN") that must not match ordinary words ("us", "up"). */
export function isCaseSensitiveForm(form: string): boolean {
  const letters = form.replace(/[^A-Za-z]/g, '');
  return letters.length > 0 && letters.length <= 4 && letters === letters.toUpperCase();
}
