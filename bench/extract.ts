// Benchmark: words per second of the whole extraction on one core, over the shared corpus and the seed articles.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { extract } from '../server/extract/pipeline';
import { useExtractionCompilerBudget } from '../server/ingest/compiler-budget';
import { mainThreadSeconds } from './support/thread-times';

const CORPUS = join(__dirname, '..', '..', 'shared', 'corpus', 'articles.jsonl');
const SEED = join(__dirname, '..', 'seed', 'articles');

interface Figures { articles: number; words: number; seconds: number; cpuSeconds: number; mainThreadSeconds?: number; stages: Map<string, number> }

function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

function run(label: string, texts: string[]): Figures {
  const figures: Figures = { articles: texts.length, words: 0, seconds: 0, cpuSeconds: 0, stages: new Map() };
  const observe = (stage: string, ms: number): void => { figures.stages.set(stage, (figures.stages.get(stage) ?? 0) + ms); };
  const started = performance.now();
  const cpu = process.cpuUsage();
  const mainThread = mainThreadSeconds();
  texts.forEach((text, i) => {
    extract(text, {}, observe);
    figures.words += countWords(text);
    if ((i + 1) % 50 === 0 || i + 1 === texts.length) process.stderr.write(`${label}: ${i + 1}/${texts.length} articles\r`);
  });
  figures.seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  figures.cpuSeconds = (used.user + used.system) / 1e6;
  const mainThreadAfter = mainThreadSeconds();
  if (mainThread !== undefined && mainThreadAfter !== undefined) figures.mainThreadSeconds = mainThreadAfter - mainThread;
  process.stderr.write('\n');
  return figures;
}

function report(label: string, f: Figures): void {
  const rate = (seconds: number): number => Math.round(f.words / seconds);
  process.stdout.write(`${label}: ${f.articles} articles, ${f.words} words\n`);
  process.stdout.write(`  wall clock  ${f.seconds.toFixed(2)} s  ${rate(f.seconds)} words/s\n`);
  process.stdout.write(`  processor   ${f.cpuSeconds.toFixed(2)} s  ${rate(f.cpuSeconds)} words/s (one core; what other processes take is left out)\n`);
  if (f.mainThreadSeconds !== undefined) {
    // The rest of the processor time is V8's own threads: its optimizing compiler and its garbage collector.
    process.stdout.write(`    of which the main thread ${f.mainThreadSeconds.toFixed(2)} s, V8's background threads ${(f.cpuSeconds - f.mainThreadSeconds).toFixed(2)} s\n`);
  }
  const total = [...f.stages.values()].reduce((a, b) => a + b, 0);
  for (const [stage, ms] of f.stages) {
    process.stdout.write(`    ${stage.padEnd(11)} ${(ms / 1000).toFixed(2)} s  ${((100 * ms) / total).toFixed(1)}%\n`);
  }
}

function corpusTexts(): string[] | undefined {
  if (!existsSync(CORPUS)) return undefined;
  return readFileSync(CORPUS, 'utf8').split('\n').filter(Boolean).map((line) => String((JSON.parse(line) as { text?: string }).text ?? ''));
}

function seedTexts(): string[] {
  return readdirSync(SEED).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(SEED, f), 'utf8'));
}

// The ingest's workers extract under this compiler setting: the benchmark measures what they run.
useExtractionCompilerBudget();
process.stdout.write(`machine: ${cpus()[0]?.model ?? 'unknown cpu'}, node ${process.version}, ${new Date().toISOString().slice(0, 10)}, one core\n`);
// One untimed pass loads the lexicons and warms the compiler, so the figures measure extraction alone.
process.stderr.write('warming up...\n');
seedTexts().forEach((text) => extract(text));
const corpus = corpusTexts();
if (corpus) {
  // One pass over the corpus, timed by halves. The first half pays for the compiler's warming up (its background
  // threads count in processor time); the second half is what a long ingest runs at: a warm process on articles it
  // has not read. A second pass over the same articles is no measure of that: in one process it ran 1.5 to 2 times
  // as fast as articles new to the process did (the extractor's and V8's caches already hold what they look up). The
  // corpus's halves in either order gave the same picture (the warm half 1.5 times the first), so it is the warming
  // up and not the articles that slows the first half.
  const half = Math.ceil(corpus.length / 2);
  const first = run('corpus, first half', corpus.slice(0, half));
  const second = run('corpus, second half', corpus.slice(half));
  report('corpus, whole pass', combined(first, second));
  report('corpus, first half (process warming up)', first);
  report('corpus, second half (warm process, articles it has not read)', second);
} else process.stdout.write(`corpus: ${CORPUS} not found, skipped\n`);
// The seed's articles also warmed the process up: this is their second pass, so a ceiling, not a measure.
report('seed, read again after the warm-up', run('seed', seedTexts()));

function combined(a: Figures, b: Figures): Figures {
  const stages = new Map(a.stages);
  for (const [stage, ms] of b.stages) stages.set(stage, (stages.get(stage) ?? 0) + ms);
  const mainThread = a.mainThreadSeconds !== undefined && b.mainThreadSeconds !== undefined ? a.mainThreadSeconds + b.mainThreadSeconds : undefined;
  return {
    articles: a.articles + b.articles, words: a.words + b.words, seconds: a.seconds + b.seconds, cpuSeconds: a.cpuSeconds + b.cpuSeconds,
    ...(mainThread === undefined ? {} : { mainThreadSeconds: mainThread }), stages,
  };
}
