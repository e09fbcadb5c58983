import { describe, expect, it } from 'vitest';
import {
  affectedPortals,
  ancestors,
  buildTree,
  defaultDomain,
  descendants,
  EVERY_PORTAL,
  requireTree,
  scopeCodes,
  type Portal,
} from '@qn/portal-model';

function portal(code: string, level: 1 | 2 | 3, parentCode: string | null): Portal {
  return { code, name: `Cổng ${code}`, level, parentCode, kind: level === 3 ? 'commune' : 'department', domain: defaultDomain(code), language: 'vi' };
}

const sample = [
  portal('quangninh', 1, null),
  portal('english', 1, null),
  portal('halong', 2, 'quangninh'),
  portal('soyte', 2, 'quangninh'),
  portal('halong-honggai', 3, 'halong'),
  portal('halong-baichay', 3, 'halong'),
  portal('soyte-bvdkt', 3, 'soyte'),
];

describe('buildTree', () => {
  it('indexes a valid tree', () => {
    const tree = requireTree(sample);
    expect(tree.roots.map((p) => p.code)).toEqual(['quangninh', 'english']);
    expect(tree.childrenOf.get('halong')?.map((p) => p.code)).toEqual(['halong-honggai', 'halong-baichay']);
  });

  it('reports every structural problem with the field it concerns', () => {
    const result = buildTree([
      portal('quangninh', 1, null),
      portal('quangninh', 1, null),
      portal('orphan', 2, 'missing'),
      portal('toodeep', 3, 'quangninh'),
      portal('rooted', 1, 'quangninh'),
      portal('floating', 2, null),
    ]);
    expect(result.tree).toBeNull();
    expect(result.problems).toEqual(
      expect.arrayContaining([
        { code: 'quangninh', field: 'code', message: 'code "quangninh" is used by more than one portal' },
        { code: 'orphan', field: 'parentCode', message: 'parent "missing" does not exist' },
        { code: 'toodeep', field: 'level', message: "level 3 under a level-1 parent; a child's level is its parent's plus one" },
        { code: 'rooted', field: 'parentCode', message: 'a level-1 portal has no parent' },
        { code: 'floating', field: 'parentCode', message: 'a level-2 portal needs a parent' },
      ]),
    );
  });

  it('finds cycles', () => {
    const result = buildTree([portal('a', 2, 'b'), portal('b', 3, 'a')]);
    expect(result.problems.filter((p) => p.message.includes('loops back'))).toHaveLength(2);
  });

  it('throws a readable error from requireTree', () => {
    expect(() => requireTree([portal('x', 2, 'nowhere')])).toThrow(/portal "x", parentCode: parent "nowhere" does not exist/);
  });
});

describe('tree queries', () => {
  const tree = requireTree(sample);

  it('lists ancestors parent first', () => {
    expect(ancestors(tree, 'halong-honggai').map((p) => p.code)).toEqual(['halong', 'quangninh']);
    expect(ancestors(tree, 'quangninh')).toEqual([]);
  });

  it('lists descendants depth first', () => {
    expect(descendants(tree, 'quangninh').map((p) => p.code)).toEqual(['halong', 'halong-honggai', 'halong-baichay', 'soyte', 'soyte-bvdkt']);
  });

  it('gives the search scope of a portal: itself and its ancestors', () => {
    expect(scopeCodes(tree, 'soyte-bvdkt')).toEqual(['soyte-bvdkt', 'soyte', 'quangninh']);
  });

  it('gives the main portal the bare provincial domain', () => {
    expect(defaultDomain('quangninh')).toBe('quangninh.gov.vn');
    expect(defaultDomain('halong')).toBe('halong.quangninh.gov.vn');
  });
});

describe('affectedPortals', () => {
  const tree = requireTree(sample);

  it('rebuilds only the portal of a newly published article', () => {
    expect(affectedPortals(tree, [{ type: 'article', before: null, after: { portal: 'halong-honggai' } }])).toEqual(new Set(['halong-honggai']));
  });

  it('rebuilds both portals when an article moves, and the portals it is shared to', () => {
    const changes = [{ type: 'article' as const, before: { portal: 'halong' }, after: { portal: 'soyte', alsoOn: ['english'] } }];
    expect(affectedPortals(tree, changes)).toEqual(new Set(['halong', 'soyte', 'english']));
  });

  it('rebuilds a changed portal with its parent, its former parent and its children', () => {
    const changes = [{ type: 'portal' as const, code: 'halong', previousParent: 'english' }];
    expect(affectedPortals(tree, changes)).toEqual(new Set(['halong', 'quangninh', 'english', 'halong-honggai', 'halong-baichay']));
  });

  it('rebuilds the portals a record shows on, and every portal for a province-wide one', () => {
    expect(affectedPortals(tree, [{ type: 'record', shownOn: ['soyte', 'gone'] }])).toEqual(new Set(['soyte']));
    expect(affectedPortals(tree, [{ type: 'record', shownOn: [EVERY_PORTAL] }])).toEqual(new Set(sample.map((p) => p.code)));
  });

  it('drops portals that no longer exist', () => {
    expect(affectedPortals(tree, [{ type: 'article', before: { portal: 'gone' }, after: null }])).toEqual(new Set());
  });
});
