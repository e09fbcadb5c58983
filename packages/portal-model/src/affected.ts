import { children, type PortalTree } from './tree.ts';

/** Where an article shows: its primary portal and the portals it is shared to. */
export interface ArticlePlacement {
  portal: string;
  alsoOn?: readonly string[];
}

export type ContentChange =
  /** `before` is what the public saw (from the index), `after` what is published now. */
  | { type: 'article'; before: ArticlePlacement | null; after: ArticlePlacement | null }
  /** A portal's own record changed: its name and links appear on its parent and children. */
  | { type: 'portal'; code: string; previousParent?: string | null }
  /** A category was renamed or removed: the portals listing it must be rebuilt. */
  | { type: 'category'; shownOn: readonly string[] }
  /** A record (legal document, notice, page, …) changed where these portals show it; "*" is every portal. */
  | { type: 'record'; shownOn: readonly string[] };

/** In a record change: shown on every portal. */
export const EVERY_PORTAL = '*';

/**
 * The portals whose static sites must be rebuilt after a set of changes.
 * Codes that are no longer in the tree are dropped: there is no site to
 * rebuild for them.
 */
export function affectedPortals(tree: PortalTree, changes: readonly ContentChange[]): Set<string> {
  const codes = new Set<string>();
  for (const change of changes) {
    for (const code of codesFor(tree, change)) codes.add(code);
  }
  for (const code of codes) if (!tree.byCode.has(code)) codes.delete(code);
  return codes;
}

function codesFor(tree: PortalTree, change: ContentChange): string[] {
  switch (change.type) {
    case 'article':
      return [change.before, change.after].flatMap((p) => (p ? [p.portal, ...(p.alsoOn ?? [])] : []));
    case 'portal': {
      const portal = tree.byCode.get(change.code);
      const parents = [portal?.parentCode, change.previousParent].filter((c): c is string => typeof c === 'string');
      return [change.code, ...parents, ...children(tree, change.code).map((c) => c.code)];
    }
    case 'category':
      return [...change.shownOn];
    case 'record':
      return change.shownOn.includes(EVERY_PORTAL) ? [...tree.byCode.keys()] : [...change.shownOn];
  }
}
