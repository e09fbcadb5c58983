/**
 * What a write does to a to-one relation, whichever of Strapi's input shapes
 * it uses: a documentId, { documentId }, { id }, { connect: [...] },
 * { set: [...] }, { disconnect: [...] } or null.
 */
export type RelationChange = { kind: 'unchanged' } | { kind: 'cleared' } | { kind: 'set'; documentId?: string; id?: number };

function target(value: unknown): RelationChange {
  if (typeof value === 'string') return { kind: 'set', documentId: value };
  if (typeof value === 'number') return { kind: 'set', id: value };
  if (value && typeof value === 'object') {
    const { documentId, id } = value as { documentId?: unknown; id?: unknown };
    if (typeof documentId === 'string') return { kind: 'set', documentId };
    if (typeof id === 'number') return { kind: 'set', id };
  }
  return { kind: 'unchanged' };
}

export function toOneChange(value: unknown): RelationChange {
  if (value === undefined) return { kind: 'unchanged' };
  if (value === null) return { kind: 'cleared' };
  if (Array.isArray(value)) return value.length === 0 ? { kind: 'cleared' } : target(value.at(-1));
  if (typeof value === 'object') {
    const { connect, set, disconnect } = value as { connect?: unknown[]; set?: unknown[]; disconnect?: unknown[] };
    if (Array.isArray(set)) return set.length === 0 ? { kind: 'cleared' } : target(set.at(-1));
    if (Array.isArray(connect) && connect.length > 0) return target(connect.at(-1));
    if (Array.isArray(disconnect) && disconnect.length > 0) return { kind: 'cleared' };
    if (connect || set || disconnect) return { kind: 'unchanged' };
  }
  return target(value);
}

/** The documentIds a write connects to a to-many relation (set or connect). */
export function connectedIds(value: unknown): string[] {
  if (!value || typeof value !== 'object') return [];
  const list = Array.isArray(value) ? value : [...((value as { connect?: unknown[] }).connect ?? []), ...((value as { set?: unknown[] }).set ?? [])];
  return list.flatMap((item) => {
    const change = target(item);
    return change.kind === 'set' && change.documentId ? [change.documentId] : [];
  });
}
