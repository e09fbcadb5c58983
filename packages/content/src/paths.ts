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

/** The portal's introduction: its agency, structure and leaders (records without a page of their own). */
export const ABOUT_PATH = '/gioi-thieu/';

/** The fragment of a leader on the introduction page, which search results link to. */
export function personAnchor(documentId: string): string {
  return `lanh-dao-${documentId.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
}
