import type { Portal } from './portal.ts';

/** An index over a validated set of portals. Build it with `buildTree`. */
export interface PortalTree {
  readonly portals: readonly Portal[];
  readonly byCode: ReadonlyMap<string, Portal>;
  readonly childrenOf: ReadonlyMap<string, readonly Portal[]>;
  readonly roots: readonly Portal[];
}

export interface TreeProblem {
  code: string;
  field: 'code' | 'parentCode' | 'level';
  message: string;
}

export type TreeResult = { tree: PortalTree; problems: [] } | { tree: null; problems: TreeProblem[] };

/**
 * Checks the structural rules of the portal tree and indexes it. Every
 * problem is reported, not only the first: duplicate codes, unknown parents,
 * level-1 portals with a parent, a level that is not the parent's plus one,
 * and cycles.
 */
export function buildTree(portals: readonly Portal[]): TreeResult {
  const problems: TreeProblem[] = [];
  const byCode = new Map<string, Portal>();
  for (const portal of portals) {
    if (byCode.has(portal.code)) {
      problems.push({ code: portal.code, field: 'code', message: `code "${portal.code}" is used by more than one portal` });
    }
    byCode.set(portal.code, portal);
  }
  for (const portal of portals) problems.push(...parentProblems(portal, byCode));
  problems.push(...cycleProblems(portals, byCode));
  if (problems.length > 0) return { tree: null, problems };

  const childrenOf = new Map<string, Portal[]>();
  const roots: Portal[] = [];
  for (const portal of portals) {
    if (portal.parentCode === null) roots.push(portal);
    else childrenOf.set(portal.parentCode, [...(childrenOf.get(portal.parentCode) ?? []), portal]);
  }
  return { tree: { portals, byCode, childrenOf, roots }, problems: [] };
}

function parentProblems(portal: Portal, byCode: ReadonlyMap<string, Portal>): TreeProblem[] {
  if (portal.parentCode === null) {
    return portal.level === 1
      ? []
      : [{ code: portal.code, field: 'parentCode', message: `a level-${portal.level} portal needs a parent` }];
  }
  if (portal.level === 1) {
    return [{ code: portal.code, field: 'parentCode', message: 'a level-1 portal has no parent' }];
  }
  const parent = byCode.get(portal.parentCode);
  if (!parent) {
    return [{ code: portal.code, field: 'parentCode', message: `parent "${portal.parentCode}" does not exist` }];
  }
  if (portal.level !== parent.level + 1) {
    return [
      {
        code: portal.code,
        field: 'level',
        message: `level ${portal.level} under a level-${parent.level} parent; a child's level is its parent's plus one`,
      },
    ];
  }
  return [];
}

function cycleProblems(portals: readonly Portal[], byCode: ReadonlyMap<string, Portal>): TreeProblem[] {
  const problems: TreeProblem[] = [];
  for (const portal of portals) {
    const seen = new Set<string>([portal.code]);
    let parentCode = portal.parentCode;
    while (parentCode !== null) {
      if (seen.has(parentCode)) {
        problems.push({ code: portal.code, field: 'parentCode', message: `the parent chain loops back through "${parentCode}"` });
        break;
      }
      seen.add(parentCode);
      parentCode = byCode.get(parentCode)?.parentCode ?? null;
    }
  }
  return problems;
}

/** Throws a readable error listing every problem; for seed data and snapshots that must be valid. */
export function requireTree(portals: readonly Portal[]): PortalTree {
  const result = buildTree(portals);
  if (result.tree) return result.tree;
  const lines = result.problems.map((p) => `  - portal "${p.code}", ${p.field}: ${p.message}`);
  throw new Error(`The portal tree is invalid (${result.problems.length} problems):\n${lines.join('\n')}`);
}

export function getPortal(tree: PortalTree, code: string): Portal {
  const portal = tree.byCode.get(code);
  if (!portal) throw new Error(`Unknown portal "${code}".`);
  return portal;
}

/** Parent first, root last. */
export function ancestors(tree: PortalTree, code: string): Portal[] {
  const chain: Portal[] = [];
  let parentCode = getPortal(tree, code).parentCode;
  while (parentCode !== null) {
    const parent = getPortal(tree, parentCode);
    chain.push(parent);
    parentCode = parent.parentCode;
  }
  return chain;
}

export function children(tree: PortalTree, code: string): readonly Portal[] {
  return tree.childrenOf.get(code) ?? [];
}

/** Every portal below `code`, depth first. */
export function descendants(tree: PortalTree, code: string): Portal[] {
  return children(tree, code).flatMap((child) => [child, ...descendants(tree, child.code)]);
}

/** The portal's own code followed by its ancestors' codes: what search filters on. */
export function scopeCodes(tree: PortalTree, code: string): string[] {
  return [code, ...ancestors(tree, code).map((p) => p.code)];
}

export function countByLevel(tree: PortalTree): Record<1 | 2 | 3, number> {
  const counts = { 1: 0, 2: 0, 3: 0 };
  for (const portal of tree.portals) counts[portal.level] += 1;
  return counts;
}
