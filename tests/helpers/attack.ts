/**
 * Tools for the attacker's tests: every relation-input shape Strapi 5
 * accepts, a fingerprint of what is stored for a document (to assert a
 * refused request changed nothing, not only its status), and a runner that
 * checks the CMS is still up after every request.
 */
import { expect } from 'vitest';
import type { TestStack } from './stack.ts';

export interface Ref {
  documentId: string;
  id: number;
}

export interface Shape {
  name: string;
  value: unknown;
}

/**
 * Ways to say "this relation now points at `to`" (and, with `from`, "no
 * longer at `from`"), in every form Strapi's relation parser takes.
 */
export function relationShapes(to: Ref, from?: Ref): Shape[] {
  const shapes: Shape[] = [
    { name: 'documentId string', value: to.documentId },
    { name: 'numeric id', value: to.id },
    { name: 'numeric id as string', value: String(to.id) },
    { name: 'array of documentIds', value: [to.documentId] },
    { name: 'array of ids', value: [to.id] },
    { name: '{ documentId }', value: { documentId: to.documentId } },
    { name: '{ id }', value: { id: to.id } },
    { name: '{ documentId, locale, status }', value: { documentId: to.documentId, locale: null, status: 'draft' } },
    { name: 'connect [{ documentId }]', value: { connect: [{ documentId: to.documentId }] } },
    { name: 'connect { documentId } (single object)', value: { connect: { documentId: to.documentId } } },
    { name: 'connect [{ id }]', value: { connect: [{ id: to.id }] } },
    { name: 'connect { id } (single object)', value: { connect: { id: to.id } } },
    { name: 'connect [documentId string]', value: { connect: [to.documentId] } },
    { name: 'connect [id number]', value: { connect: [to.id] } },
    { name: 'connect with status published', value: { connect: [{ documentId: to.documentId, status: 'published' }] } },
    { name: 'connect with position end', value: { connect: [{ documentId: to.documentId, position: { end: true } }] } },
    { name: 'connect with position start', value: { connect: [{ documentId: to.documentId, position: { start: true } }] } },
    { name: 'set [{ documentId }]', value: { set: [{ documentId: to.documentId }] } },
    { name: 'set { documentId } (single object)', value: { set: { documentId: to.documentId } } },
    { name: 'set [{ id }]', value: { set: [{ id: to.id }] } },
    { name: 'set and connect together', value: { set: [{ documentId: to.documentId }], connect: [{ documentId: to.documentId }] } },
  ];
  if (from) {
    shapes.push(
      { name: 'connect before the current one', value: { connect: [{ documentId: to.documentId, position: { before: from.documentId } }] } },
      { name: 'disconnect current and connect new', value: { disconnect: [{ documentId: from.documentId }], connect: [{ documentId: to.documentId }] } },
      { name: 'disconnect current { id } and connect new { id }', value: { disconnect: [{ id: from.id }], connect: [{ id: to.id }] } },
    );
  }
  return shapes;
}

/** Ways to clear a relation. */
export function clearingShapes(from: Ref): Shape[] {
  return [
    { name: 'null', value: null },
    { name: 'empty array', value: [] },
    { name: 'set []', value: { set: [] } },
    { name: 'disconnect [{ documentId }]', value: { disconnect: [{ documentId: from.documentId }] } },
    { name: 'disconnect { id } (single object)', value: { disconnect: { id: from.id } } },
    { name: 'set [] beside connect', value: { set: [], connect: [{ documentId: from.documentId }] } },
  ];
}

type Row = Record<string, unknown>;
interface Model {
  attributes: Record<string, { type: string; relation?: string; target?: string }>;
}
interface StrapiLike {
  getModel(uid: string): Model | undefined;
  db: { query(uid: string): { findMany(p: object): Promise<Row[]>; count(p: object): Promise<number> } };
}

function populateAll(strapi: StrapiLike, uid: string): Record<string, unknown> {
  const populate: Record<string, unknown> = {};
  for (const [name, attribute] of Object.entries(strapi.getModel(uid)?.attributes ?? {})) {
    if (attribute.type === 'media' || (attribute.type === 'relation' && !attribute.relation?.startsWith('morph'))) populate[name] = { select: ['id', 'documentId'] };
    else if (attribute.type === 'component') populate[name] = true;
  }
  return populate;
}

/** JSON with object keys sorted: populated relations arrive in whatever order their queries finish (PostgreSQL). */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(Object.keys(value).sort().map((k) => [k, canonical((value as Row)[k])]));
  }
  return value;
}

/** Everything stored for a document, every row and link: equal before and after means nothing changed. */
export async function fingerprint(stack: TestStack, uid: string, documentId: string): Promise<string> {
  const strapi = stack.strapi as unknown as StrapiLike;
  const rows = await strapi.db.query(uid).findMany({ where: { documentId }, populate: populateAll(strapi, uid), orderBy: { id: 'asc' } });
  return JSON.stringify(canonical(rows));
}

export async function countRows(stack: TestStack, uid: string): Promise<number> {
  return (stack.strapi as unknown as StrapiLike).db.query(uid).count({});
}

/** The CMS answers its health check: no request took it down. */
export async function expectUp(stack: TestStack, after: string): Promise<void> {
  const response = await fetch(`${stack.cmsUrl}/_health`).catch((error: Error) => ({ status: 0, error }));
  expect(response.status, `CMS down after ${after}`).toBe(204);
}

/** Runs groups of attempts: the attempts of one group in order, up to `width` groups at once. */
export async function inGroups<T>(groups: T[][], width: number, run: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < groups.length) {
      const group = groups[next++]!;
      for (const item of group) await run(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, groups.length) }, worker));
}
