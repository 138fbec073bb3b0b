// The layout cache keeps the newest few layouts by key, and storage that fails or holds junk only means no cache.
import { expect } from 'chai';
import { KEPT_LAYOUTS, layoutCache } from '../../../client/canvas/layout-cache';

/** A Storage with only what the cache uses, over a Map. */
function memoryStorage(): Pick<Storage, 'getItem' | 'setItem'> & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return { items, getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value) };
}

describe('client/canvas/layout-cache', () => {
  it('When a layout is put, then the same key gives its positions back, in a new cache over the same storage too', () => {
    const storage = memoryStorage();
    layoutCache(storage).put('3:5:42', { a: { x: 1, y: 2 } });
    expect(layoutCache(storage).get('3:5:42')).to.deep.equal({ a: { x: 1, y: 2 } });
    expect(layoutCache(storage).get('3:5:43')).to.equal(null);
  });

  it('When more layouts are put than it keeps, then the oldest go first, and putting a key again makes it the newest', () => {
    const cache = layoutCache(memoryStorage());
    for (let i = 0; i < KEPT_LAYOUTS; i++) cache.put(`k${i}`, { n: { x: i, y: 0 } });
    cache.put('k0', { n: { x: 99, y: 0 } });
    cache.put('k-new', { n: { x: 7, y: 0 } });
    expect(cache.get('k1')).to.equal(null);
    expect(cache.get('k0')).to.deep.equal({ n: { x: 99, y: 0 } });
    expect(cache.get('k-new')).to.deep.equal({ n: { x: 7, y: 0 } });
  });

  it('When the storage holds junk, refuses writes or is absent, then the cache finds nothing and throws nothing', () => {
    const junk = memoryStorage();
    junk.items.set('whosaid.layouts.v1', '{not json');
    expect(layoutCache(junk).get('k')).to.equal(null);
    const full = { getItem: () => null, setItem: () => { throw new Error('QuotaExceededError'); } };
    expect(() => layoutCache(full).put('k', {})).to.not.throw();
    expect(layoutCache(null).get('k')).to.equal(null);
  });
});
