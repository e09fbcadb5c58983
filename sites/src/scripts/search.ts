/**
 * The only script on the sites: the search page. Queries Meilisearch
 * directly with a key that can only search the public index. The state is
 * the page's address (`?q=&scope=&type=&portal=&category=&year=&sort=&page=`,
 * @qn/search/query), so a result page can be shared and the browser's Back
 * button works; filters and pages are links to such addresses. Texts and
 * the names of facet values come from the page, in its language.
 */
import { FACETS, hasCriteria, HIGHLIGHT, pageRequest, parseSearchState, searchParamsOf, type Facet, type SearchState } from '@qn/search/query';

interface Hit {
  type?: string;
  title: string;
  /** A legal document's number and symbol; null for the other types. */
  number?: string | null;
  portal: string;
  portalName: string;
  domain: string;
  path: string;
  publishedAt: number;
  _formatted?: { title?: string; text?: string };
}

interface Answer {
  hits: Hit[];
  totalHits: number;
  totalPages: number;
  page: number;
  facetDistribution?: Partial<Record<Facet, Record<string, number>>>;
}

interface Texts {
  none: string;
  error: string;
  found: string;
  foundFor: string;
  pageOf: string;
  loading: string;
  any: string;
  facets: Record<Facet, string>;
  previous: string;
  next: string;
  page: string;
}

interface Labels {
  types: Record<string, string>;
  portals: Record<string, string>;
  categories: Record<string, string>;
}

/** Values shown per facet, the most frequent first (years: the newest first); the chosen one is always shown. */
const FACET_VALUES_SHOWN = 12;

const root = document.querySelector<HTMLElement>('[data-search]');
if (root) setUp(root);

function json<T>(id: string): T {
  return JSON.parse(document.getElementById(id)?.textContent ?? '{}') as T;
}

function setUp(root: HTMLElement): void {
  const config = root.dataset;
  const form = root.querySelector<HTMLFormElement>('form');
  const input = root.querySelector<HTMLInputElement>('input[type=search]');
  const sort = root.querySelector<HTMLSelectElement>('select[name=sort]');
  const status = root.querySelector<HTMLElement>('[role=status]');
  const list = root.querySelector<HTMLOListElement>('ol');
  const facets = root.querySelector<HTMLDetailsElement>('[data-facets]');
  const groups = root.querySelector<HTMLElement>('[data-facet-groups]');
  const pager = root.querySelector<HTMLElement>('nav.pagination');
  const heading = root.querySelector<HTMLElement>('#search-results-heading');
  if (!form || !input || !sort || !status || !list || !facets || !groups || !pager || !heading) return;
  const texts = json<Texts>('search-texts');
  const labels = json<Labels>('search-labels');
  const portal = config.portal ?? '';
  // Filters open beside the results on a wide screen, folded above them on a phone.
  facets.open = matchMedia('(min-width: 48rem)').matches;

  const hrefOf = (state: SearchState) => {
    const params = searchParamsOf(state).toString();
    return `${location.pathname}${params ? `?${params}` : ''}`;
  };
  const scopeInput = (value: string) => form.querySelector<HTMLInputElement>(`input[name=scope][value=${value}]`);

  /** The form shows the state; the state is read back from the form on a submit. */
  const show = (state: SearchState) => {
    input.value = state.q;
    sort.value = state.sort;
    const scope = scopeInput(state.scope);
    if (scope) scope.checked = true;
  };
  const fromForm = (previous: SearchState): SearchState => ({
    ...previous,
    q: input.value,
    scope: scopeInput('all')?.checked ? 'all' : 'portal',
    sort: sort.value === 'newest' ? 'newest' : 'relevance',
    page: 1,
  });

  let current = parseSearchState(new URLSearchParams(location.search));
  let ticket = 0;
  /** The address last searched: a Back that only changes the fragment (the skip link) searches nothing again. */
  let searched: string | null = null;
  const clear = () => {
    list.replaceChildren();
    list.removeAttribute('aria-busy');
    facets.hidden = true;
    pager.hidden = true;
  };

  const run = async (state: SearchState, options: { push: boolean; focus: boolean }): Promise<void> => {
    // What the address holds is what is searched: the same normalisation either way.
    state = parseSearchState(searchParamsOf(state));
    current = state;
    show(state);
    if (options.push && hrefOf(state) !== `${location.pathname}${location.search}`) history.pushState(null, '', hrefOf(state));
    searched = location.search;
    const mine = ++ticket;
    if (!hasCriteria(state)) {
      status.textContent = '';
      clear();
      return;
    }
    status.textContent = texts.loading;
    list.setAttribute('aria-busy', 'true');
    try {
      const answer = await search(config, pageRequest(state, portal, config.language ?? 'vi'));
      if (mine !== ticket) return;
      // A page past the last (an old shared address): the last page instead, in place of this address.
      if (answer.totalPages > 0 && state.page > answer.totalPages) {
        const last = { ...state, page: answer.totalPages };
        history.replaceState(null, '', hrefOf(last));
        return void run(last, options);
      }
      status.textContent = summary(texts, state, answer);
      list.replaceChildren(...answer.hits.map((hit) => render(hit, config, labels)));
      renderFacets(groups, state, answer, labels, texts, hrefOf);
      facets.hidden = false;
      renderPager(pager, state, answer, texts, hrefOf);
      if (options.focus) heading.focus();
    } catch {
      if (mine !== ticket) return;
      // Results of the previous address would be taken for this one's.
      clear();
      status.textContent = texts.error;
    } finally {
      if (mine === ticket) list.removeAttribute('aria-busy');
    }
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run(fromForm(current), { push: true, focus: false });
  });
  // Scope and sort apply at once; the words apply when submitted.
  form.addEventListener('change', (event) => {
    if (event.target !== input) void run(fromForm(current), { push: true, focus: false });
  });
  // Filters and pages are links to the state they show: followed here without reloading the page.
  root.addEventListener('click', (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-state]');
    if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    void run(parseSearchState(new URL(link.href).searchParams), { push: true, focus: true });
  });
  addEventListener('popstate', () => {
    if (location.search !== searched) void run(parseSearchState(new URLSearchParams(location.search)), { push: false, focus: false });
  });
  void run(current, { push: false, focus: false });
}

async function search(config: DOMStringMap, body: Record<string, unknown>): Promise<Answer> {
  const response = await fetch(`${config.host}/indexes/${config.index}/search`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${config.key}` },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`search answered ${response.status}`);
  return (await response.json()) as Answer;
}

const numberFormat = () => new Intl.NumberFormat(document.documentElement.lang);
const fill = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');

function summary(texts: Texts, state: SearchState, answer: Answer): string {
  if (answer.totalHits === 0) return texts.none;
  const n = numberFormat().format(answer.totalHits);
  const found = state.q ? fill(texts.foundFor, { n, q: state.q }) : fill(texts.found, { n });
  return answer.totalPages > 1 ? `${found}. ${fill(texts.pageOf, { page: String(answer.page), pages: String(answer.totalPages) })}` : found;
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

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, ...children: Array<Node | string>): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  node.append(...children);
  return node;
}

function render(hit: Hit, config: DOMStringMap, labels: Labels): HTMLLIElement {
  const link = document.createElement('a');
  const origin = hit.portal === config.portal ? '' : (config.urlTemplate ?? '').replaceAll('{code}', hit.portal).replaceAll('{domain}', hit.domain);
  link.href = `${origin}${hit.path}`;
  link.append(marked(hit._formatted?.title ?? hit.title));
  const date = new Intl.DateTimeFormat(document.documentElement.lang, { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric' }).format(hit.publishedAt * 1000);
  const type = hit.type ? labels.types[hit.type] : undefined;
  const meta = element('p', 'meta', [type, hit.number, hit.portalName, date].filter(Boolean).join(' · '));
  const item = element('li', 'article-item', element('h3', 'article-title', link), meta);
  if (hit._formatted?.text) item.append(element('p', 'summary', marked(hit._formatted.text)));
  return item;
}

function facetLabel(facet: Facet, value: string, labels: Labels): string {
  if (facet === 'type') return labels.types[value] ?? value;
  if (facet === 'portal') return labels.portals[value] ?? value;
  if (facet === 'category') return labels.categories[value] ?? value;
  return value;
}

/** One group per facet with more than one value or a chosen one: "all", then its values with their counts. */
function renderFacets(groups: HTMLElement, state: SearchState, answer: Answer, labels: Labels, texts: Texts, hrefOf: (s: SearchState) => string): void {
  const count = numberFormat();
  const link = (next: SearchState, text: string, currentValue: boolean, n?: number) => {
    const a = element('a', '', text);
    a.href = hrefOf({ ...next, page: 1 });
    a.dataset.state = '';
    if (currentValue) a.setAttribute('aria-current', 'true');
    return element('li', '', a, ...(n === undefined ? [] : [' ', element('span', 'count', `(${count.format(n)})`)]));
  };
  const made = FACETS.flatMap((facet) => {
    const chosen = state.filters[facet];
    const distribution = Object.entries(answer.facetDistribution?.[facet] ?? {});
    if (!chosen && distribution.length < 2) return [];
    const ordered = facet === 'year' ? distribution.sort(([a], [b]) => Number(b) - Number(a)) : distribution.sort(([, a], [, b]) => b - a);
    const shown = ordered.filter(([value], i) => i < FACET_VALUES_SHOWN || value === chosen);
    const { [facet]: _dropped, ...others } = state.filters;
    const items = [
      link({ ...state, filters: others }, texts.any, !chosen),
      ...shown.map(([value, n]) => link({ ...state, filters: { ...state.filters, [facet]: value } }, facetLabel(facet, value, labels), value === chosen, n)),
    ];
    const details = element('details', '', element('summary', '', texts.facets[facet]), element('ul', '', ...items));
    details.open = true;
    return [details];
  });
  groups.replaceChildren(...made);
}

function renderPager(pager: HTMLElement, state: SearchState, answer: Answer, texts: Texts, hrefOf: (s: SearchState) => string): void {
  pager.hidden = answer.totalPages <= 1;
  if (pager.hidden) return pager.replaceChildren();
  const to = (page: number, text: string, rel: string) => {
    const a = element('a', '', text);
    a.href = hrefOf({ ...state, page });
    a.rel = rel;
    a.dataset.state = '';
    return a;
  };
  pager.replaceChildren(
    answer.page > 1 ? to(answer.page - 1, `← ${texts.previous}`, 'prev') : element('span', ''),
    element('span', '', `${texts.page} ${answer.page}/${answer.totalPages}`),
    answer.page < answer.totalPages ? to(answer.page + 1, `${texts.next} →`, 'next') : element('span', ''),
  );
}
