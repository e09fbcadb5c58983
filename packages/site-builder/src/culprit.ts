import { CONTENT_PATHS, type ContentProblem, type PortalRecords, type Snapshot } from '@qn/content';
import type { AstroBuildError } from './astro.ts';

type PageKind = 'articles' | keyof Pick<PortalRecords, 'legalDocuments' | 'plans' | 'disclosures' | 'recruitments' | 'consultations' | 'pages'>;

/** The record behind each kind of detail page (CONTENT_PATHS is where the sites put them). */
const PAGE_KINDS: Record<string, { kind: PageKind; model: string }> = {
  [CONTENT_PATHS['api::article.article']]: { kind: 'articles', model: 'article' },
  [CONTENT_PATHS['api::legal-document.legal-document']]: { kind: 'legalDocuments', model: 'legalDocuments' },
  [CONTENT_PATHS['api::plan.plan']]: { kind: 'plans', model: 'plans' },
  [CONTENT_PATHS['api::disclosure.disclosure']]: { kind: 'disclosures', model: 'disclosures' },
  [CONTENT_PATHS['api::recruitment.recruitment']]: { kind: 'recruitments', model: 'recruitments' },
  [CONTENT_PATHS['api::consultation.consultation']]: { kind: 'consultations', model: 'consultations' },
  [CONTENT_PATHS['api::page.page']]: { kind: 'pages', model: 'pages' },
};

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
  const page = match ? PAGE_KINDS[match[2]!] : undefined;
  if (match && page) {
    const slug = match[3]!;
    const list: Array<{ documentId: string; portal: string; slug: string }> = page.kind === 'articles' ? snapshot.articles : snapshot.records[page.kind];
    const record = list.find((r) => r.portal === portal && r.slug === slug);
    if (record) {
      const message = `its page ${error.page} could not be rendered (${errorSummary(error)}); it was left out so that the rest of ${portal} could be built`;
      return { type: 'record', portal, kind: page.kind, documentId: record.documentId, problem: { model: page.model, documentId: record.documentId, message } };
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
