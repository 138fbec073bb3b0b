// An article's stable key: a hash of its text, so the same text always lands on the same node.
import { createHash } from 'node:crypto';

export function articleId(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16);
}
