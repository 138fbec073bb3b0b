// The workspace in the URL and in saved views: what goes in comes back out; a damaged link is refused, not half-read.
import { expect } from 'chai';
import { decodeSnapshot, EMPTY_SNAPSHOT, encodeSnapshot, type WorkspaceSnapshot } from '../../../client/workspace/permalink';
import { deleteView, listSavedViews, saveView } from '../../../client/workspace/saved-views';
import { factDay, passesFilters } from '../../../client/workspace/filters';

const snapshot: WorkspaceSnapshot = {
  nodes: [{ id: 'place:kherson', x: 10, y: -20, pinned: true }, { id: 'person:volodymyr zelenskyy', x: 300, y: 45, hidden: true }, { id: 'a:s1', x: 0, y: 0 }],
  hiddenTypes: ['article'], outlets: ['NBC News'], kinds: ['direct'],
  time: { from: '2022-10-01', to: '2022-11-30', by: 'event' }, zoom: 1.25, pan: { x: -40, y: 12 }, selected: 'place:kherson',
  overlay: { measure: 'pagerank', scope: 'graph' },
};

class MemoryStorage {
  private items = new Map<string, string>();
  getItem(key: string) { return this.items.get(key) ?? null; }
  setItem(key: string, value: string) { this.items.set(key, value); }
}

describe('client/workspace/permalink', () => {
  it('should give back exactly the workspace it was given, through the URL hash', () => {
    const hash = encodeSnapshot(snapshot);
    expect(hash).to.match(/^#w=[A-Za-z0-9_-]+$/);
    expect(decodeSnapshot(hash)).to.deep.equal(snapshot);
  });

  it('should round positions and the camera, so a link stays short', () => {
    const decoded = decodeSnapshot(encodeSnapshot({ ...EMPTY_SNAPSHOT, nodes: [{ id: 'x', x: 1.4, y: 2.6 }], zoom: 1.23456 }));
    expect(decoded?.nodes).to.deep.equal([{ id: 'x', x: 1, y: 3 }]);
    expect(decoded?.zoom).to.equal(1.235);
  });

  it('should open a link without an overlay, or with one it cannot read, with the overlay off and the rest as it was', () => {
    const plain = decodeSnapshot(encodeSnapshot({ ...snapshot, overlay: null }));
    expect(plain).to.deep.equal({ ...snapshot, overlay: null });
    const raw = JSON.parse(Buffer.from(encodeSnapshot(snapshot).slice(3), 'base64url').toString());
    expect(raw.a).to.deep.equal(['pagerank', 'graph']);
    const damaged = `#w=${Buffer.from(JSON.stringify({ ...raw, a: ['betweenness', 'graph'] })).toString('base64url')}`;
    expect(decodeSnapshot(damaged)).to.deep.equal({ ...snapshot, overlay: null });
  });

  it('should refuse a hash that holds no workspace or a damaged one', () => {
    expect(decodeSnapshot('')).to.equal(null);
    expect(decodeSnapshot('#something')).to.equal(null);
    expect(decodeSnapshot(encodeSnapshot(snapshot).slice(0, 30))).to.equal(null);
  });

  it('should save views by name in storage, newest first, replacing one of the same name, and delete them', () => {
    const storage = new MemoryStorage() as unknown as Storage;
    saveView(storage, 'Kherson', '#w=1', new Date('2026-01-01'));
    saveView(storage, 'Lyman', '#w=2', new Date('2026-01-02'));
    saveView(storage, 'Kherson', '#w=3', new Date('2026-01-03'));
    expect(listSavedViews(storage).map((v) => [v.name, v.hash])).to.deep.equal([['Kherson', '#w=3'], ['Lyman', '#w=2']]);
    expect(deleteView(storage, 'Kherson').map((v) => v.name)).to.deep.equal(['Lyman']);
  });
});

describe('client/workspace/filters', () => {
  const event = { id: 'e', label: 'Russia withdrew from Kherson', type: 'event' as const, date: '2022-11-09', reportDate: '2022-11-10', outlet: 'NBC News' };
  it('should date an event by its own date or by its report date, as asked, and an entity not at all', () => {
    expect(factDay(event, 'event')).to.equal('2022-11-09');
    expect(factDay(event, 'report')).to.equal('2022-11-10');
    expect(factDay({ id: 'p', label: 'Putin', type: 'person' }, 'event')).to.equal(null);
  });
  it('should let through only what falls in the window, from the outlets asked for', () => {
    const window = { from: '2022-11-10', to: '2022-11-30', by: 'event' as const };
    expect(passesFilters(event, { outlets: null, kinds: null, time: window })).to.equal(false);
    expect(passesFilters(event, { outlets: null, kinds: null, time: { ...window, by: 'report' } })).to.equal(true);
    expect(passesFilters(event, { outlets: new Set(['TASS']), kinds: null, time: null })).to.equal(false);
  });
});
