// Prepares articles on the calling thread: for a few articles (an upload, a test), where starting workers costs more.
import { prepareArticle, type PrepareOptions } from './prepare-article';
import { guarded, type Preparer } from './preparers';

export function inlinePreparer(options: PrepareOptions): Preparer {
  return {
    prepare: async (raw) => guarded(raw, () => prepareArticle(raw, options)),
    close: async () => undefined,
  };
}
