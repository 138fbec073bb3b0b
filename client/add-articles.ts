// The "Add articles" dialog: drop files or paste a text, send them with the write token, show each one's result.
//
// Shown only when the server takes writes (GET /api/config). The token is asked once per browser session and kept
// in sessionStorage; a refused token is forgotten and asked again. Files go one request each, so progress shows.
import type { ArticleResultPayload } from '../server/contract';
import { ApiRequestError, fetchConfig, postArticles } from './api';
import { h } from './dom';

const TOKEN_KEY = 'whosaid.writeToken';

interface DialogElements {
  open: HTMLButtonElement;
  dialog: HTMLDialogElement;
  form: HTMLFormElement;
  tokenRow: HTMLElement;
  token: HTMLInputElement;
  drop: HTMLElement;
  files: HTMLInputElement;
  fileList: HTMLElement;
  text: HTMLTextAreaElement;
  title: HTMLInputElement;
  url: HTMLInputElement;
  progress: HTMLElement;
  results: HTMLElement;
  close: HTMLButtonElement;
  submit: HTMLButtonElement;
}

/** Binds the dialog; `onAdded` is told the id of the first article added, once all are sent. */
export async function bindAddArticles(doc: Document, onAdded: (articleId: string) => Promise<void>): Promise<void> {
  const config = await fetchConfig().catch(() => ({ writes: false }));
  if (!config.writes) return;
  const el = dialogElements(doc);
  let chosen: File[] = [];
  const showFiles = () => {
    el.fileList.textContent = chosen.length === 0 ? '' : `${chosen.length} file(s): ${chosen.map((file) => file.name).join(', ')}`;
  };
  el.open.hidden = false;
  el.open.addEventListener('click', () => {
    el.tokenRow.hidden = Boolean(sessionStorage.getItem(TOKEN_KEY));
    el.dialog.showModal();
  });
  el.close.addEventListener('click', () => el.dialog.close());
  el.files.addEventListener('change', () => {
    chosen = [...chosen, ...Array.from(el.files.files ?? [])];
    showFiles();
  });
  el.drop.addEventListener('dragover', (event) => {
    event.preventDefault();
    el.drop.classList.add('over');
  });
  el.drop.addEventListener('dragleave', () => el.drop.classList.remove('over'));
  el.drop.addEventListener('drop', (event) => {
    event.preventDefault();
    el.drop.classList.remove('over');
    chosen = [...chosen, ...Array.from(event.dataTransfer?.files ?? [])];
    showFiles();
  });
  el.form.addEventListener('submit', (event) => {
    event.preventDefault();
    void send(el, chosen, onAdded).then((sent) => {
      if (!sent) return;
      chosen = [];
      showFiles();
    });
  });
}

/** Sends the pasted text and each file; true when everything was sent (whatever each article's result). */
async function send(el: DialogElements, files: File[], onAdded: (articleId: string) => Promise<void>): Promise<boolean> {
  const token = sessionStorage.getItem(TOKEN_KEY) ?? el.token.value.trim();
  const parts: { name: string; body: FormData | object[] }[] = [];
  if (el.text.value.trim() !== '') {
    parts.push({ name: el.title.value.trim() || 'pasted text', body: [pasted(el)] });
  }
  for (const file of files) {
    const form = new FormData();
    form.append('files', file, file.name);
    parts.push({ name: file.name, body: form });
  }
  if (parts.length === 0) {
    el.progress.textContent = 'Drop or choose files, or paste a text, first.';
    return false;
  }
  if (!token) {
    el.tokenRow.hidden = false;
    el.progress.textContent = 'The server needs its write token to add articles.';
    return false;
  }
  el.submit.disabled = true;
  el.results.replaceChildren();
  let firstAdded: string | undefined;
  try {
    for (const [index, part] of parts.entries()) {
      el.progress.textContent = `Adding ${index + 1} of ${parts.length}: ${part.name}…`;
      const payload = await postArticles(part.body, token);
      sessionStorage.setItem(TOKEN_KEY, token);
      el.tokenRow.hidden = true;
      for (const result of payload.results) {
        el.results.append(resultRow(result.origin === 'article 1' ? part.name : result.origin, result));
        if (!firstAdded && result.articleId && (result.status === 'loaded' || result.status === 'replaced')) firstAdded = result.articleId;
      }
    }
    // The canvas first, then "Done": the message says the graph shows the new articles, so it must already.
    if (firstAdded) await onAdded(firstAdded);
    el.progress.textContent = `Done: ${parts.length} sent.${firstAdded ? ' The graph shows the new articles.' : ''}`;
    el.text.value = '';
    el.title.value = '';
    el.url.value = '';
    return true;
  } catch (error) {
    if (error instanceof ApiRequestError && error.status === 401) {
      sessionStorage.removeItem(TOKEN_KEY);
      el.tokenRow.hidden = false;
      el.tokenRow.classList.add('refused');
    }
    el.progress.textContent = `Stopped: ${(error as Error).message}`;
    return false;
  } finally {
    el.submit.disabled = false;
  }
}

function pasted(el: DialogElements): object {
  return { text: el.text.value, ...(el.title.value.trim() ? { title: el.title.value.trim() } : {}), ...(el.url.value.trim() ? { url: el.url.value.trim() } : {}) };
}

function resultRow(name: string, result: ArticleResultPayload): HTMLElement {
  const detail = result.status === 'failed'
    ? result.reason ?? ''
    : `${result.title ?? 'untitled'}: ${result.counts?.statements ?? 0} statements, ${result.counts?.events ?? 0} events, ${result.counts?.entities ?? 0} entities`;
  return h('li', {}, h('span', { className: `status ${result.status}` }, result.status), h('span', {}, name), h('span', { className: 'detail' }, detail));
}

function dialogElements(doc: Document): DialogElements {
  const byId = <T extends HTMLElement>(id: string) => doc.getElementById(id) as T;
  return {
    open: byId('add-articles'), dialog: byId('add-dialog'), form: byId('add-form'), tokenRow: byId('add-token-row'),
    token: byId('add-token'), drop: byId('add-drop'), files: byId('add-files'), fileList: byId('add-file-list'),
    text: byId('add-text'), title: byId('add-title'), url: byId('add-url'), progress: byId('add-progress'),
    results: byId('add-results'), close: byId('add-close'), submit: byId('add-submit'),
  };
}
