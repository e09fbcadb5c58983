import type { SnapshotPortal } from '@qn/content';
import { children, type PortalTree } from '@qn/portal-model';

/** The portals a portal's directory page links: below it (two levels) and beside it. */
export interface RelatedPortals {
  parent: SnapshotPortal | null;
  /** Portals with the same parent (for level-1 portals: the other level-1 portals). */
  siblings: SnapshotPortal[];
  children: SnapshotPortal[];
  /** Each child with its own children. */
  grandchildren: Array<{ parent: SnapshotPortal; portals: SnapshotPortal[] }>;
}

/**
 * `active` turns tree nodes into the snapshot's portals, keeping only those
 * still active: archived portals are reached through their successors.
 */
export function relatedPortals(tree: PortalTree, code: string, active: (portals: Iterable<{ code: string }>) => SnapshotPortal[]): RelatedPortals {
  const self = tree.byCode.get(code);
  const parentCode = self?.parentCode ?? null;
  const [parent = null] = parentCode ? active([{ code: parentCode }]) : [];
  const peers = parentCode ? children(tree, parentCode) : tree.roots;
  const below = active(children(tree, code));
  return {
    parent,
    siblings: active(peers.filter((p) => p.code !== code)),
    children: below,
    grandchildren: below.map((child) => ({ parent: child, portals: active(children(tree, child.code)) })).filter((g) => g.portals.length > 0),
  };
}
