// Named saved views, kept in the browser's localStorage (per browser and per server address, not shared between analysts).

export interface SavedView {
  name: string;
  /** The permalink hash of the view (see permalink.ts). */
  hash: string;
  savedAt: string;
}

const KEY = 'whosaid.savedViews.v1';

export function listSavedViews(storage: Storage): SavedView[] {
  try {
    const views = JSON.parse(storage.getItem(KEY) ?? '[]') as SavedView[];
    return Array.isArray(views) ? views.filter((v) => typeof v?.name === 'string' && typeof v?.hash === 'string') : [];
  } catch {
    return [];
  }
}

/** Saves under `name`, replacing a view of the same name; newest first. */
export function saveView(storage: Storage, name: string, hash: string, now = new Date()): SavedView[] {
  const views = [{ name, hash, savedAt: now.toISOString() }, ...listSavedViews(storage).filter((v) => v.name !== name)];
  storage.setItem(KEY, JSON.stringify(views));
  return views;
}

export function deleteView(storage: Storage, name: string): SavedView[] {
  const views = listSavedViews(storage).filter((v) => v.name !== name);
  storage.setItem(KEY, JSON.stringify(views));
  return views;
}
