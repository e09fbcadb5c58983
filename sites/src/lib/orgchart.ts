import type { Unit } from '@qn/content';

export interface UnitNode {
  unit: Unit;
  children: UnitNode[];
}

/**
 * The agency's units as a tree, from the flat list editors keep (key,
 * parentKey). A unit whose parent is missing, or that sits in a loop, is
 * placed at the top instead of being lost; order within a level is the
 * editors' order.
 */
export function unitTree(units: readonly Unit[]): UnitNode[] {
  const nodes = new Map<string, UnitNode>();
  for (const unit of units) if (!nodes.has(unit.key)) nodes.set(unit.key, { unit, children: [] });
  const roots: UnitNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.unit.parentKey ? nodes.get(node.unit.parentKey) : undefined;
    if (parent && !leadsTo(nodes, parent, node.unit.key)) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

/** Whether following parentKey up from `from` reaches `key` (a loop if it were attached). */
function leadsTo(nodes: Map<string, UnitNode>, from: UnitNode, key: string): boolean {
  const seen = new Set<string>();
  for (let at: UnitNode | undefined = from; at && !seen.has(at.unit.key); at = at.unit.parentKey ? nodes.get(at.unit.parentKey) : undefined) {
    if (at.unit.key === key) return true;
    seen.add(at.unit.key);
  }
  return false;
}
