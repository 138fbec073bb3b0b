// Checks a date before it reaches Cypher's date(), which would fail the whole article's transaction on a bad one.

/** True for a real calendar day written YYYY-MM-DD ("2022-02-30" is false). */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const day = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().startsWith(value);
}
