/**
 * The only script on the sites: queries Meilisearch directly with a key that
 * can only search the index of published articles and legal documents. Configuration comes from data
 * attributes on [data-search]; texts come from the page, in its language.
 */
import { HIGHLIGHT, searchRequest } from '@qn/search/query';

interface Hit {
  title: string;
  /** A legal document's number and symbol; null for articles. */
  number?: string | null;
  portal: string;
  portalName: string;
  domain: string;
  path: string;
  publishedAt: number;
  _formatted?: { title?: string; text?: string; summary?: string };
}

const root = document.querySelector<HTMLElement>('[data-search]');
if (root) setUp(root);

function setUp(root: HTMLElement): void {
  const config = root.dataset;
  const form = root.querySelector<HTMLFormElement>('form');
  const input = root.querySelector<HTMLInputElement>('input[type=search]');
  const status = root.querySelector<HTMLElement>('[role=status]');
  const list = root.querySelector<HTMLOListElement>('ol');
  if (!form || !input || !status || !list) return;
  const texts = JSON.parse(config.texts ?? '{}') as Record<string, string>;

  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  const scope = params.get('scope') === 'all' ? 'all' : 'portal';
  form.querySelector<HTMLInputElement>(`input[name=scope][value=${scope}]`)?.setAttribute('checked', '');

  let current = 0;
  const run = async (): Promise<void> => {
    const q = input.value.trim();
    const all = (form.querySelector<HTMLInputElement>('input[name=scope]:checked')?.value ?? 'portal') === 'all';
    const url = new URL(location.href);
    url.searchParams.set('q', q);
    url.searchParams.set('scope', all ? 'all' : 'portal');
    history.replaceState(null, '', url);
    list.replaceChildren();
    if (!q) {
      status.textContent = '';
      return;
    }
    const ticket = ++current;
    try {
      const { hits, estimatedTotalHits } = await search(config, q, all);
      if (ticket !== current) return;
      status.textContent = hits.length === 0 ? (texts.none ?? '') : `${texts.results ?? ''}: ${estimatedTotalHits}`;
      list.append(...hits.map((hit) => render(hit, config)));
    } catch {
      if (ticket === current) status.textContent = texts.error ?? '';
    }
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  form.addEventListener('change', () => void run());
  if (input.value) void run();
}

async function search(config: DOMStringMap, q: string, all: boolean): Promise<{ hits: Hit[]; estimatedTotalHits: number }> {
  const response = await fetch(`${config.host}/indexes/${config.index}/search`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${config.key}` },
    body: JSON.stringify(searchRequest({ q, portal: all ? null : (config.portal ?? null) })),
  });
  if (!response.ok) throw new Error(`search answered ${response.status}`);
  return (await response.json()) as { hits: Hit[]; estimatedTotalHits: number };
}

function marked(text: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  text.split(HIGHLIGHT.pre).forEach((part, i) => {
    const [hit, rest] = i === 0 ? ['', part] : (part.split(HIGHLIGHT.post) as [string, string?]);
    if (hit) fragment.append(Object.assign(document.createElement('mark'), { textContent: hit }));
    if (rest) fragment.append(rest);
  });
  return fragment;
}

function render(hit: Hit, config: DOMStringMap): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'article-item';
  const heading = document.createElement('h2');
  heading.className = 'article-title';
  const link = document.createElement('a');
  const origin = hit.portal === config.portal ? '' : (config.urlTemplate ?? '').replaceAll('{code}', hit.portal).replaceAll('{domain}', hit.domain);
  link.href = `${origin}${hit.path}`;
  link.append(marked(hit._formatted?.title ?? hit.title));
  heading.append(link);
  const meta = document.createElement('p');
  meta.className = 'meta';
  const date = new Intl.DateTimeFormat(document.documentElement.lang, { timeZone: 'Asia/Ho_Chi_Minh', dateStyle: 'short' }).format(hit.publishedAt * 1000);
  meta.textContent = [hit.number, hit.portalName, date].filter(Boolean).join(' · ');
  item.append(heading, meta);
  if (hit._formatted?.text) {
    const snippet = document.createElement('p');
    snippet.className = 'summary';
    snippet.append(marked(hit._formatted.text));
    item.append(snippet);
  }
  return item;
}
