import { describe, expect, it } from 'vitest';
import { queryWords, searchRequest } from '@qn/search/query';
import { synonymSettings } from '../../packages/search/src/synonyms.ts';
import { telexForms, telexWord } from '../../packages/search/src/tones.ts';

describe('tone marks as Telex letters', () => {
  it('tells apart words that differ only in their marks', () => {
    expect(telexWord('Đường')).toBe('dduwowngf');
    expect(telexWord('Dương')).toBe('duwowng');
    expect(telexWord('người')).toBe('nguwowif');
    expect(telexWord('Quảng')).toBe('quangr');
    // The old and the new placement of the mark are one word; so are composed and decomposed input.
    expect(telexWord('uỷ')).toBe(telexWord('ủy'));
    expect(telexWord('Hạ'.normalize('NFD'))).toBe('haj');
  });

  it('leaves out words without marks, in any script', () => {
    for (const word of ['Long', '2026', 'UBND', '下龙湾', 'visitors']) expect(telexWord(word)).toBeNull();
    expect(telexForms('Carnaval Hạ Long năm 2026, Hạ Long')).toBe('haj nawm');
  });
});

describe('the search request', () => {
  it('adds the Telex words of a query typed with marks, and nothing to one typed without', () => {
    expect(queryWords('  Đường   Hoa ')).toBe('Đường Hoa dduwowngf');
    expect(queryWords('duong hoa')).toBe('duong hoa');
    expect(queryWords('x'.repeat(500)).length).toBe(200);
  });

  it('scopes to a portal with a filter that its code cannot break out of', () => {
    expect(searchRequest({ q: 'a', portal: 'halong' })).toMatchObject({ filter: 'scope = "halong"', limit: 30, offset: 0 });
    expect(searchRequest({ q: 'a', portal: 'x" OR scope EXISTS' }).filter).toBe('scope = "x OR scope EXISTS"');
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
    expect(queryWords('văn bản số 71/KH-UBND')).toBe('71/KH-UBND văn bản số vawn banr soos');
    expect(queryWords('quyết định 616 / QĐ - UBND của tỉnh')).toMatch(/^616\/QĐ-UBND quyết định của tỉnh /);
    expect(queryWords('1550 KH UBND')).toBe('1550 KH UBND');
  });
});
