// The extraction worker: prepares one raw article in a worker thread of the pool (see extract-pool.ts).
import { prepareArticle, type Prepared, type PrepareOptions } from './prepare-article';
import type { RawArticle } from './raw-article';

export default function prepareInWorker({ raw, options }: { raw: RawArticle; options: PrepareOptions }): Prepared {
  return prepareArticle(raw, options);
}
