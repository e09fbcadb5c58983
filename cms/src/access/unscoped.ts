import { AsyncLocalStorage } from 'node:async_hooks';
import type { Core } from '@strapi/strapi';

type State = Record<symbol, unknown>;
interface Mode {
  unscoped?: boolean;
  platform?: boolean;
}

/**
 * Modes of the code running now, kept per asynchronous call chain, not per
 * request: GraphQL resolves fields of one request concurrently, and an
 * internal lookup running without the read scope must not open it for a
 * resolver running beside it.
 */
const modes = new AsyncLocalStorage<Mode>();

function requestState(strapi: Core.Strapi): State | undefined {
  return (strapi.requestContext.get() as { state?: State } | undefined)?.state;
}

/** Runs internal lookups (audit, history, the write guard's read-back) that must see every row, without the user's read scope. */
export function withoutScope<T>(_strapi: Core.Strapi, work: () => Promise<T>): Promise<T> {
  return modes.run({ ...modes.getStore(), unscoped: true }, work);
}

export function isUnscoped(_strapi: Core.Strapi): boolean {
  return modes.getStore()?.unscoped === true;
}

/**
 * Runs writes the platform makes on a user's behalf (a request to show an
 * article on another portal) with the platform's own authority. Only for
 * records the platform itself decides the content of.
 */
export function asPlatform<T>(_strapi: Core.Strapi, work: () => Promise<T>): Promise<T> {
  return modes.run({ ...modes.getStore(), platform: true }, work);
}

export function isPlatform(_strapi: Core.Strapi): boolean {
  return modes.getStore()?.platform === true;
}

const MEMO = Symbol('qn-memo');

/**
 * An internal lookup about the user (their roles, portals, folders),
 * computed once per request: the RBAC conditions ask for it once per
 * permission, dozens of times per request. It always runs without the read
 * scope it feeds, whoever asks first. Without a request (scripts, the
 * scheduler's start-up run) it is computed each time.
 */
export function perRequest<T>(strapi: Core.Strapi, key: string, work: () => Promise<T>): Promise<T> {
  const state = requestState(strapi);
  if (!state) return withoutScope(strapi, work);
  const memo = (state[MEMO] ??= new Map<string, Promise<T>>()) as Map<string, Promise<T>>;
  if (!memo.has(key)) memo.set(key, withoutScope(strapi, work));
  return memo.get(key)!;
}
