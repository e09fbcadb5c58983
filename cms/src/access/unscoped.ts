import type { Core } from '@strapi/strapi';

const UNSCOPED = Symbol('qn-unscoped');
const PLATFORM = Symbol('qn-platform');

type State = Record<symbol, unknown>;

function requestState(strapi: Core.Strapi): State | undefined {
  return (strapi.requestContext.get() as { state?: State } | undefined)?.state;
}

async function flagged<T>(strapi: Core.Strapi, flag: symbol, work: () => Promise<T>): Promise<T> {
  const state = requestState(strapi);
  if (!state) return work();
  const previous = state[flag];
  state[flag] = true;
  try {
    return await work();
  } finally {
    state[flag] = previous;
  }
}

/** Runs internal lookups (audit, history, the write guard's read-back) that must see every row, without the user's read scope. */
export function withoutScope<T>(strapi: Core.Strapi, work: () => Promise<T>): Promise<T> {
  return flagged(strapi, UNSCOPED, work);
}

export function isUnscoped(strapi: Core.Strapi): boolean {
  return Boolean(requestState(strapi)?.[UNSCOPED]);
}

/**
 * Runs writes the platform makes on a user's behalf (a request to show an
 * article on another portal) with the platform's own authority. Only for
 * records the platform itself decides the content of.
 */
export function asPlatform<T>(strapi: Core.Strapi, work: () => Promise<T>): Promise<T> {
  return flagged(strapi, PLATFORM, work);
}

export function isPlatform(strapi: Core.Strapi): boolean {
  return Boolean(requestState(strapi)?.[PLATFORM]);
}
