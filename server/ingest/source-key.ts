// An article's identity besides its text: its URL, else the file it was read from. A new text there replaces the old.

/** "url:https://example.com/a" (fragment dropped, scheme and host in lower case), "file:/abs/path.txt", or null. */
export function sourceKey(url: string | undefined, file: string | undefined): string | null {
  if (url) return `url:${normalizeUrl(url)}`;
  if (file) return `file:${file}`;
  return null;
}

function normalizeUrl(url: string): string {
  try {
    const parsed = new URL(url.trim());
    parsed.hash = '';
    return parsed.toString();
  } catch {
    return url.trim();
  }
}
