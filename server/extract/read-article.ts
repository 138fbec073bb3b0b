// Reads an article file for the command line: decodes its bytes, names what is wrong, and finds its sidecar metadata.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { ArticleMeta, Message } from './types';

/** The file cannot be used at all (missing, a folder, unreadable): the command line stops with a message. */
export class UnusableInputError extends Error {
  override name = 'UnusableInputError';
}

export interface ArticleFile {
  text: string;
  sidecar: ArticleMeta;
  messages: Message[];
}

function decode(bytes: Buffer, messages: Message[]): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    messages.push({ reason: 'The file is not valid UTF-8: undecodable bytes were replaced by U+FFFD', ruleId: 'input/invalid-utf8', severity: 'warning' });
    return new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  }
}

function sidecarFor(file: string, messages: Message[]): ArticleMeta {
  const metadataFile = join(dirname(file), 'metadata.json');
  if (!existsSync(metadataFile)) return {};
  try {
    const all = JSON.parse(readFileSync(metadataFile, 'utf8')) as { articles?: Record<string, ArticleMeta> };
    return all.articles?.[basename(file)] ?? {};
  } catch (error) {
    messages.push({ reason: `Sidecar ${metadataFile} could not be read: ${(error as Error).message}`, ruleId: 'input/bad-sidecar', severity: 'warning' });
    return {};
  }
}

export function readArticle(file: string): ArticleFile {
  if (!existsSync(file)) throw new UnusableInputError(`no such file: ${file}`);
  if (!statSync(file).isFile()) throw new UnusableInputError(`not a file: ${file}`);
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new UnusableInputError(`cannot read ${file}: ${(error as Error).message}`);
  }
  const messages: Message[] = [];
  const text = decode(bytes, messages);
  return { text, sidecar: sidecarFor(file, messages), messages };
}
