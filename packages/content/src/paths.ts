import { KINDS } from './kinds.ts';

/**
 * Where each kind of record lives on its portal's site (the registry's
 * `path`). Shared by the sites, the search index and the redirects a
 * reorganisation writes, so an address is defined once.
 */
export const CONTENT_PATHS: Readonly<Record<string, string>> = Object.fromEntries(KINDS.flatMap((k) => (k.path ? [[k.uid, k.path]] : [])));

export function contentPath(model: string, slug: string): string | null {
  const prefix = CONTENT_PATHS[model];
  return prefix ? `${prefix}${slug}/` : null;
}
