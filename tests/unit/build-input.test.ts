import { describe, expect, it } from 'vitest';
import { parseBuildInput } from '@qn/content';

const valid = () => ({
  snapshot: {
    fetchedAt: '2026-12-03T10:00:00.000Z',
    portals: [{ code: 'halong', language: 'vi', documentId: 'p1' }],
    categories: [],
    articles: [{ documentId: 'a1', title: 'Tin' }],
    redirects: [],
    records: { plans: [] },
    onlyPortals: ['halong'],
  },
  settings: { urlTemplate: 'https://{domain}', search: { host: 'https://tim-kiem.quangninh.gov.vn', key: 'k', index: 'articles' }, mediaUrl: 'https://media.quangninh.gov.vn' },
  assets: { '/uploads/a.jpg': { kind: 'image', width: 960, height: 540, variants: [{ format: 'avif', width: 960, path: 'a-960w.avif' }] } },
});

describe("the Astro run's input", () => {
  it('is read as the site builder writes it', () => {
    const input = valid();
    expect(parseBuildInput(input)).toBe(input);
  });

  it('refuses a file that is not one, naming what is wrong', () => {
    expect(() => parseBuildInput({ ...valid(), settings: { ...valid().settings, urlTemplate: 'https://cong.example' } })).toThrow(/settings\.urlTemplate.*\{code\} or \{domain\}/);
    expect(() => parseBuildInput({ ...valid(), assets: { '/uploads/a.jpg': { kind: 'video' } } })).toThrow(/assets/);
    expect(() => parseBuildInput({ snapshot: [] })).toThrow(/npm run build:sites/);
    expect(() => parseBuildInput(null)).toThrow(/not what the site builder writes/);
  });
});
