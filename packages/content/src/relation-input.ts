/**
 * Relation input, in every shape Strapi 5 accepts for a relation field
 * (mirroring its `mapRelation`): a documentId string or numeric id, an
 * object `{ documentId }` / `{ id }` (with optional `status`, `locale`,
 * `position`), an array of any of these, `null`, or an object with `set`,
 * `connect` and `disconnect`, each a single item or an array. `set` wins
 * over `connect` and `disconnect`. Like Strapi, a string that parses as an
 * integer is an id, not a documentId.
 */
export interface RelationRef {
  documentId?: string;
  id?: number;
}

export type RelationInput =
  /** The write leaves the relation as it is. */
  | { kind: 'absent' }
  /** The relation becomes exactly these records. */
  | { kind: 'set'; refs: RelationRef[] }
  /** These records are added and removed. */
  | { kind: 'patch'; connect: RelationRef[]; disconnect: RelationRef[] }
  /** A shape this code does not understand: refuse rather than guess. */
  | { kind: 'invalid'; reason: string };

function isIntegerLike(value: string): boolean {
  return !Number.isNaN(Number.parseInt(value, 10));
}

function ref(item: unknown): RelationRef | null {
  if (typeof item === 'number') return Number.isInteger(item) ? { id: item } : null;
  if (typeof item === 'string') return isIntegerLike(item) ? { id: Number.parseInt(item, 10) } : { documentId: item };
  if (item && typeof item === 'object' && !Array.isArray(item)) {
    const { documentId, id } = item as { documentId?: unknown; id?: unknown };
    if (typeof documentId === 'string' && documentId !== '') return { documentId };
    if (typeof id === 'number' && Number.isInteger(id)) return { id };
    if (typeof id === 'string' && isIntegerLike(id)) return { id: Number.parseInt(id, 10) };
  }
  return null;
}

function refs(value: unknown): RelationRef[] | null {
  const items = Array.isArray(value) ? value : [value];
  const found = items.map(ref);
  return found.every((r): r is RelationRef => r !== null) ? found : null;
}

const KEYS = new Set(['set', 'connect', 'disconnect']);

export function normaliseRelation(value: unknown): RelationInput {
  if (value === undefined) return { kind: 'absent' };
  if (value === null) return { kind: 'set', refs: [] };
  if (typeof value !== 'object' || Array.isArray(value) || 'id' in value || 'documentId' in value) {
    const list = refs(value);
    return list ? { kind: 'set', refs: list } : { kind: 'invalid', reason: 'unreadable relation item' };
  }
  const keys = Object.keys(value);
  if (keys.length === 0) return { kind: 'absent' };
  if (!keys.some((k) => KEYS.has(k))) return { kind: 'invalid', reason: `unknown relation keys ${keys.join(', ')}` };
  const { set, connect, disconnect } = value as Record<string, unknown>;
  if (set) {
    const list = refs(set);
    return list ? { kind: 'set', refs: list } : { kind: 'invalid', reason: 'unreadable item in set' };
  }
  const added = connect ? refs(connect) : [];
  const removed = disconnect ? refs(disconnect) : [];
  if (!added || !removed) return { kind: 'invalid', reason: 'unreadable item in connect or disconnect' };
  return { kind: 'patch', connect: added, disconnect: removed };
}

/** The records a relation holds after the write, given those it holds now (refs already resolved to keys). */
export function finalKeys(current: readonly string[], input: RelationInput, key: (r: RelationRef) => string): string[] {
  if (input.kind === 'absent' || input.kind === 'invalid') return [...current];
  if (input.kind === 'set') return [...new Set(input.refs.map(key))];
  const removed = new Set(input.disconnect.map(key));
  return [...new Set([...current.filter((k) => !removed.has(k)), ...input.connect.map(key)])];
}

export type RelationChange = { kind: 'unchanged' } | { kind: 'cleared' } | { kind: 'set'; documentId?: string; id?: number } | { kind: 'invalid' };

/** What a write does to a to-one relation. */
export function toOneChange(value: unknown): RelationChange {
  const input = normaliseRelation(value);
  if (input.kind === 'absent') return { kind: 'unchanged' };
  if (input.kind === 'invalid') return { kind: 'invalid' };
  const chosen = input.kind === 'set' ? input.refs.at(-1) : input.connect.at(-1);
  if (chosen) return { kind: 'set', ...chosen };
  return input.kind === 'set' || input.disconnect.length > 0 ? { kind: 'cleared' } : { kind: 'unchanged' };
}
