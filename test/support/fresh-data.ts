// Loads the extractor afresh with a knowledge-base file changed in memory, to show that a change to data alone takes effect.
import { join } from 'node:path';
import type { extract as Extract } from '../../server/extract/pipeline';

const EXTRACT = join(__dirname, '..', '..', 'server', 'extract');

function forgetExtractor(): void {
  for (const id of Object.keys(require.cache)) if (id.startsWith(EXTRACT)) delete require.cache[id];
}

/**
 * Runs `use` with a pipeline whose knowledge-base file `file` (e.g. "speech-verbs.json") was changed by `change`
 * before any stage read it; the modules are forgotten again afterwards, so other tests see the file as it is.
 */
export function withChangedData<T>(file: string, change: (data: any) => void, use: (extract: typeof Extract) => T): T {
  forgetExtractor();
  try {
    const data = require(join(EXTRACT, 'kb', file));
    change(data);
    const pipeline = require(join(EXTRACT, 'pipeline')) as { extract: typeof Extract };
    return use(pipeline.extract);
  } finally {
    forgetExtractor();
  }
}
