import { describe, expect, it } from 'vitest';
import { forwards, portalsShowingCategory, showsCategory } from '@qn/site-model';

const vi = { code: 'halong', language: 'vi' as const };
const en = { code: 'english', language: 'en' as const };

describe('what a portal shows', () => {
  it('lists its own categories, and the shared ones only on Vietnamese portals', () => {
    expect(showsCategory(vi, { portal: 'halong' })).toBe(true);
    expect(showsCategory(vi, { portal: 'uongbi' })).toBe(false);
    expect(showsCategory(vi, { portal: null })).toBe(true);
    expect(showsCategory(en, { portal: null })).toBe(false);
    expect(showsCategory(en, { portal: 'english' })).toBe(true);
  });

  it('rebuilds the owner for its category, every Vietnamese portal for a shared one (the same rule the sites render by)', () => {
    const portals = [vi, en, { code: 'soyte', language: 'vi' as const }];
    expect(portalsShowingCategory('english', portals)).toEqual(['english']);
    expect(portalsShowingCategory(null, portals)).toEqual(portals.filter((p) => showsCategory(p, { portal: null })).map((p) => p.code));
    expect(portalsShowingCategory(undefined, portals)).toEqual(['halong', 'soyte']);
  });

  it('forwards an archived portal only when it has a successor', () => {
    expect(forwards({ state: 'archived', successorCode: 'halong' })).toBe(true);
    expect(forwards({ state: 'archived', successorCode: null })).toBe(false);
    expect(forwards({ state: 'active', successorCode: null })).toBe(false);
  });
});
