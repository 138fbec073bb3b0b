// Streams a JSON document whose arrays are too long to build as one string: the items go out a chunk at a time.
import { ELEMENTS_PER_CHUNK } from './graphml';

/** `open` + the items JSON-encoded and comma-separated + `close`, in chunks of ELEMENTS_PER_CHUNK items. */
export function* jsonArray<T>(open: string, items: Iterable<T>, close: string): Generator<string> {
  let chunk = open;
  let count = 0;
  for (const item of items) {
    chunk += (count === 0 ? '' : ',') + JSON.stringify(item);
    if (++count % ELEMENTS_PER_CHUNK === 0) {
      yield chunk;
      chunk = '';
    }
  }
  yield chunk + close;
}
