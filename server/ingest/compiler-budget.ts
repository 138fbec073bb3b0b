// The V8 setting the extraction runs under, set alike by the ingest's worker pool and by `npm run bench:extract`.
import { setFlagsFromString } from 'node:v8';

/**
 * Bytecode V8's optimizing compiler (TurboFan) may inline into one function, in bytes; V8's default is 920.
 *
 * Why: the extractor is some 800 rule functions, each hot for a while, and TurboFan compiles each of them once it is, on
 * background threads whose processor time counts. Over the corpus's 297 articles (a fresh process, as a worker starts)
 * those threads took about 45% of the processor time with the default budget (per-thread figures of
 * `npm run bench:extract`): compiling big inlined graphs of functions that then ran for a few articles. A budget of 200
 * made the first pass 15-30% faster in runs alternated with the default, and later passes no slower (see
 * docs/extraction.md, Speed). V8 flags belong to the process, so this is set before the extractor's first article.
 */
export const INLINED_BYTECODE_BUDGET = 200;

export function useExtractionCompilerBudget(): void {
  setFlagsFromString(`--max-inlined-bytecode-size-cumulative=${INLINED_BYTECODE_BUDGET}`);
}
