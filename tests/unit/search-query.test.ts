import { describe, expect, it } from 'vitest';
import { pageRequest, parseSearchState, queryWords, searchParamsOf, searchRequest } from '@qn/search/query';
import { synonymSettings } from '../../packages/search/src/synonyms.ts';
import { telexForms, telexWord } from '../../packages/search/src/tones.ts';

describe('tone marks as Telex letters', () => {
  it('tells apart words that differ only in their marks', () => {
    expect(telexWord('Đường')).toBe('dduwowngf');
    expect(telexWord('Dương')).toBe('duwowngz');
    // A level tone is a letter too: no word's form begins another's (a query's last word is matched as a prefix).
    expect(telexWord('Tiên')).toBe('tieenz');
    expect(telexWord('Tiến')).toBe('tieens');
    expect(telexWord('người')).toBe('nguwowif');
    expect(telexWord('Quảng')).toBe('quangr');
    // The old and the new placement of the mark are one word; so are composed and decomposed input.
    expect(telexWord('uỷ')).toBe(telexWord('ủy'));
    expect(telexWord('Hạ'.normalize('NFD'))).toBe('haj');
  });

  it('leaves out words without marks, in any script', () => {
    for (const word of ['Long', '2026', 'UBND', '下龙湾', 'visitors']) expect(telexWord(word)).toBeNull();
    expect(telexForms('Carnaval Hạ Long năm 2026, Hạ Long')).toBe('haj nawmz');
  });
});

describe('the search request', () => {
  it('adds the Telex words of a query typed with marks, and nothing to one typed without', () => {
    expect(queryWords('  Đường   Hoa ')).toBe('Đường Hoa dduwowngf');
    expect(queryWords('duong hoa')).toBe('duong hoa');
    expect(queryWords('x'.repeat(500)).length).toBe(200);
    // Cut by characters: no half surrogate pair is sent.
    expect(queryWords('𠀀'.repeat(300))).toBe('𠀀'.repeat(200));
    // A phrase left open is closed before the added words.
    expect(queryWords('"đường thủy')).toBe('"đường thủy" dduwowngf thuyr');
  });

  it('stays within the ten words Meilisearch reads, the words typed first', () => {
    expect(queryWords('Ban Quản lý vịnh Hạ Long thanh toán không dùng tiền mặt')).toBe('Ban Quản lý vịnh Hạ Long thanh toán không dùng tiền mặt');
    expect(queryWords('Xã Đường Hoa lịch tiếp công dân')).toBe('Xã Đường Hoa lịch tiếp công dân xax dduwowngf lichj');
  });

  it('adds the abbreviation of a full form too long for the index synonyms', () => {
    expect(queryWords('uy ban nhan dan chuyen doi so')).toBe('uy ban nhan dan chuyen doi so UBND');
    expect(queryWords('Ủy ban nhân dân UBND')).not.toMatch(/UBND .*UBND/);
  });

  it('scopes to a portal with a filter that its code cannot break out of', () => {
    expect(searchRequest({ q: 'a', portal: 'halong' })).toMatchObject({ filter: ['scope = "halong"'], limit: 30, offset: 0 });
    expect(searchRequest({ q: 'a', portal: 'x" OR scope EXISTS' }).filter).toEqual(['scope = "x OR scope EXISTS"']);
    expect(searchRequest({ q: 'a', portal: null })).not.toHaveProperty('filter');
  });
});

describe('abbreviations of state language', () => {
  it('are synonyms both ways, in lower case NFC', () => {
    const synonyms = synonymSettings({ UBND: ['Ủy ban nhân dân'], QĐ: ['quyết định'] });
    expect(synonyms).toEqual({ ubnd: ['ủy ban nhân dân'], 'ủy ban nhân dân': ['ubnd'], qđ: ['quyết định'], 'quyết định': ['qđ'] });
  });
});

describe('document numbers in a query', () => {
  it('come first, in one piece, whatever the reader put around them', () => {
    expect(queryWords('văn bản số 71/KH-UBND')).toBe('71/KH-UBND văn bản số vawnz banr soos');
    expect(queryWords('quyết định 616 / QĐ - UBND của tỉnh')).toMatch(/^616\/QĐ-UBND quyết định của tỉnh /);
    expect(queryWords('1550 KH UBND')).toBe('1550 KH UBND');
    expect(queryWords('Quyết định số 15/2020/QĐ-UBND')).toMatch(/^15\/2020\/QĐ-UBND Quyết định số /);
    // Dates are not document numbers.
    expect(queryWords('lịch tiếp công dân 12/2026')).toMatch(/^lịch tiếp công dân 12\/2026 /);
    expect(queryWords('họp ngày 01/01/2026')).toMatch(/^họp ngày 01\/01\/2026 /);
  });
});

describe('the search page address', () => {
  it('holds the words, the scope, one value per facet, the order and the page, and nothing else', () => {
    const state = parseSearchState(new URLSearchParams('q=%20ho%E1%BA%A1t%20%C4%91%E1%BB%99ng%20&scope=all&type=legal-document&portal=halong&category=tin-tuc&year=2025&sort=newest&page=3&x=1'));
    expect(state).toEqual({ q: 'hoạt động', scope: 'all', filters: { type: 'legal-document', portal: 'halong', category: 'tin-tuc', year: '2025' }, sort: 'newest', page: 3 });
    expect(searchParamsOf(state).toString()).toBe('q=ho%E1%BA%A1t+%C4%91%E1%BB%99ng&scope=all&type=legal-document&portal=halong&category=tin-tuc&year=2025&sort=newest&page=3');
    expect(parseSearchState(searchParamsOf(state))).toEqual(state);
    // Defaults are left out of the address.
    expect(searchParamsOf(parseSearchState(new URLSearchParams('q=a&scope=portal&sort=relevance&page=1'))).toString()).toBe('q=a');
  });

  it('drops what a hand-made address puts where it does not fit', () => {
    const state = parseSearchState(new URLSearchParams('type=secret&portal=a%22%20OR%20x&category=%3Cb%3E&year=20255&page=-2&sort=oldest&scope=everything'));
    expect(state).toEqual({ q: '', scope: 'portal', filters: {}, sort: 'relevance', page: 1 });
    expect(parseSearchState(new URLSearchParams('page=999999&year=1990')).page).toBe(500);
    expect(parseSearchState(new URLSearchParams('page=2.5')).page).toBe(1);
  });

  it('asks for a page of results with the facets counted, filtered by scope and every chosen facet, newest first when asked', () => {
    const state = parseSearchState(new URLSearchParams('q=tuyen%20dung&type=recruitment&year=2026&sort=newest&page=2'));
    expect(pageRequest(state, 'coto', 'vi')).toMatchObject({
      q: 'tuyen dung',
      page: 2,
      hitsPerPage: 20,
      facets: ['type', 'portal', 'category', 'year'],
      filter: ['scope = "coto"', 'language = "vi"', 'type = "recruitment"', 'year = 2026'],
      sort: ['publishedAt:desc'],
    });
    // The whole province, in the portal's language.
    expect(pageRequest({ ...state, scope: 'all', filters: {}, sort: 'relevance' }, 'english', 'en')).toMatchObject({ filter: ['language = "en"'] });
    expect(pageRequest({ ...state, scope: 'all', sort: 'relevance' }, 'coto', 'vi')).not.toHaveProperty('sort');
    // A filter handed in without the parse is checked again: nothing unchecked reaches the filter expression.
    expect(searchRequest({ q: '', portal: null, filters: { year: '2026 OR 1 = 1', type: 'article' } }).filter).toEqual(['type = "article"']);
  });

  it('reads Chinese characters as Chinese words', () => {
    expect(searchRequest({ q: '下龙湾', portal: null })).toMatchObject({ locales: ['cmn'] });
    expect(searchRequest({ q: 'Hạ Long', portal: null })).not.toHaveProperty('locales');
  });
});
