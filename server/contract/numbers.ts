// Whole numbers in a query string ("?limit=50"), checked against a range, with one message that names the range.
import { z } from 'zod';

export function wholeNumber(from: number, to: number) {
  const message = `must be a number from ${from} to ${to}`;
  return z.coerce.number({ error: message }).int({ error: message }).min(from, { error: message }).max(to, { error: message });
}
