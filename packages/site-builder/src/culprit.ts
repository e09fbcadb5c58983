import { KINDS, type ContentProblem, type PagedKind, type Snapshot } from '@qn/content';
import type { AstroBuildError } from './astro.ts';

type PageKind = PagedKind['key'];

/** The record kind behind each kind of detail page, by its path (the registry's). */
const PAGE_KINDS: ReadonlyMap<string, PageKind> = new Map(KINDS.flatMap((k) => (k.path ? [[k.path, k.key as PageKind]] : [])));

export type Culprit =
  | { type: 'record'; portal: string; kind: PageKind; documentId: string; problem: ContentProblem }
  | { type: 'portal'; portal: string }
  | { type: 'unknown' };

/**
 * What to leave out after a failed run. When Astro names a record's own page
 * (/<code>/bai-viet/<slug>/), that record alone; for any other page of a
 * portal (a listing, the home page), the portal; otherwise nothing is known.
 */
export function findCulprit(error: AstroBuildError, codes: readonly string[], snapshot: Snapshot): Culprit {
  const match = error.page ? /^\/([a-z0-9-]+)(\/[^/]+\/)([^/]+)\/$/.exec(error.page) : null;
  const portal = error.page?.split('/')[1];
  if (!portal || !codes.includes(portal)) return { type: 'unknown' };
  const kind = match ? PAGE_KINDS.get(match[2]!) : undefined;
  if (match && kind) {
    const slug = match[3]!;
    const list: Array<{ documentId: string; portal: string; slug: string }> = kind === 'articles' ? snapshot.articles : snapshot.records[kind];
    const record = list.find((r) => r.portal === portal && r.slug === slug);
    if (record) {
      const message = `its page ${error.page} could not be rendered (${errorSummary(error)}); it was left out so that the rest of ${portal} could be built`;
      return { type: 'record', portal, kind, documentId: record.documentId, problem: { model: kind === 'articles' ? 'article' : kind, documentId: record.documentId, message } };
    }
  }
  return { type: 'portal', portal };
}

/** The snapshot without one record, for the retry. */
export function withoutRecord(snapshot: Snapshot, culprit: Extract<Culprit, { type: 'record' }>): Snapshot {
  if (culprit.kind === 'articles') return { ...snapshot, articles: snapshot.articles.filter((a) => a.documentId !== culprit.documentId) };
  const records = snapshot.records[culprit.kind] as Array<{ documentId: string }>;
  return { ...snapshot, records: { ...snapshot.records, [culprit.kind]: records.filter((r) => r.documentId !== culprit.documentId) } };
}

/** One line for a report: Astro's own error line when there is one. */
export function errorSummary(error: AstroBuildError): string {
  const line = error.output.find((l) => l.includes('[ERROR]')) ?? error.message.split('\n')[0] ?? 'unknown error';
  return line.replace(/^.*?\[ERROR\]\s*(\[build\]\s*)?/, '').trim().slice(0, 300);
}
