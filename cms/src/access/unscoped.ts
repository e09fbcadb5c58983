import type { Core } from '@strapi/strapi';

const UNSCOPED = Symbol('qn-unscoped');

/** Runs internal lookups (audit, history) that must see every row, without the user's read scope. */
export async function withoutScope<T>(strapi: Core.Strapi, work: () => Promise<T>): Promise<T> {
  const state = (strapi.requestContext.get() as { state?: Record<symbol, unknown> } | undefined)?.state;
  if (!state) return work();
  const previous = state[UNSCOPED];
  state[UNSCOPED] = true;
  try {
    return await work();
  } finally {
    state[UNSCOPED] = previous;
  }
}

export function isUnscoped(strapi: Core.Strapi): boolean {
  return Boolean((strapi.requestContext.get() as { state?: Record<symbol, unknown> } | undefined)?.state?.[UNSCOPED]);
}
