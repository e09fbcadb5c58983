import type { Core } from '@strapi/strapi';
import { contentPath } from '@qn/content';
import { withoutScope } from './access/unscoped';

/** In an outbox row's `portals`: the write shows on every portal (province-wide notices, linked sites). */
export const EVERY_PORTAL = '*';

type Uid = Parameters<Core.Strapi['documents']>[0];
interface Related {
  code?: string | null;
}
interface Shown {
  id?: number;
  updatedAt?: string;
  slug?: string | null;
  portal?: Related | null;
  syndicatedTo?: Related[];
  translationOf?: { portal?: Related | null } | null;
  translations?: Array<{ portal?: Related | null }>;
  agency?: { portal?: Related | null } | null;
}

/** What readers see of a document: its published version and the portals whose pages show it. */
export interface Visible {
  /** Changes whenever the published version does; null when nothing is published. */
  stamp: string | null;
  portals: string[];
  /** Where its page is: its primary portal and the path there (types with pages of their own). */
  address?: Address | null;
}

export interface Address {
  code: string;
  path: string;
}

const ARTICLE = 'api::article.article';
const TAG = 'api::tag.tag';
const LINKED_SITE = 'api::linked-site.linked-site';
const PERSON = 'api::person.person';
const ARTICLE_PLACES = { portal: { fields: ['code'] }, syndicatedTo: { fields: ['code'] } };

/**
 * The published version of a document and the portals showing it: an
 * article on its portal, the portals it is shared to, and the portals of
 * its original and its translations (their pages link each other); a record on its portal (a
 * notice without one on every portal); a leader on their own portal and
 * their agency's; a linked site on every portal; a tag
 * on the portals of the articles carrying it. Read without the editor's
 * scope: published versions are public anyway.
 */
export async function visibleNow(strapi: Core.Strapi, uid: string, documentId: string): Promise<Visible> {
  return withoutScope(strapi, async () => {
    const documents = strapi.documents(uid as Uid);
    if (uid === TAG) {
      const tag = (await documents.findOne({ documentId, fields: ['updatedAt'] })) as Shown | null;
      // Every published article carrying the tag, however many: tag writes are rare, a missed portal is not.
      const articles = (await strapi.db.query(ARTICLE).findMany({
        where: { tags: { documentId }, publishedAt: { $notNull: true } },
        select: ['id'],
        populate: { portal: { select: ['code'] }, syndicatedTo: { select: ['code'] } },
      })) as Shown[];
      return { stamp: tag?.updatedAt ?? null, portals: unique(articles.flatMap(placesOf)) };
    }
    const populate: Record<string, unknown> | undefined =
      uid === ARTICLE
        ? {
            ...ARTICLE_PLACES,
            translationOf: { fields: ['id'], populate: { portal: { fields: ['code'] } } },
            translations: { fields: ['id'], populate: { portal: { fields: ['code'] } } },
          }
        : uid === LINKED_SITE
          ? undefined
          : uid === PERSON
            ? { portal: { fields: ['code'] }, agency: { fields: ['id'], populate: { portal: { fields: ['code'] } } } }
            : { portal: { fields: ['code'] } };
    const paged = contentPath(uid, 'x') !== null;
    const fields = ['id', 'updatedAt', ...(paged ? ['slug'] : [])];
    const found = (await documents.findOne({ documentId, status: 'published', fields, ...(populate ? { populate: populate as never } : {}) })) as Shown | null;
    if (!found) return { stamp: null, portals: [] };
    const stamp = `${found.id}@${found.updatedAt}`;
    const path = found.slug ? contentPath(uid, found.slug) : null;
    const address = path && found.portal?.code ? { code: found.portal.code, path } : null;
    if (uid === LINKED_SITE) return { stamp, portals: [EVERY_PORTAL] };
    if (uid === ARTICLE) {
      // Translations and their original link each other (hreflang): a change to one is stale on the others.
      const linked = [found.translationOf, ...(found.translations ?? [])].map((a) => a?.portal?.code).filter((c): c is string => typeof c === 'string');
      return { stamp, portals: unique([...placesOf(found), ...linked]), address };
    }
    // A leader is shown on their agency's introduction, whatever portal the person record names.
    if (uid === PERSON) return { stamp, portals: unique([found.portal?.code, found.agency?.portal?.code].filter((c): c is string => typeof c === 'string')), address };
    return { stamp, portals: found.portal?.code ? [found.portal.code] : [EVERY_PORTAL], address };
  });
}

/** The portals to rebuild after a write: those that showed or now show the published version, when it changed. */
export function stalePortals(before: Visible | null, after: Visible | null): string[] {
  if ((before?.stamp ?? null) === (after?.stamp ?? null)) return [];
  return unique([...(before?.portals ?? []), ...(after?.portals ?? [])]).sort();
}

function placesOf(article: Shown): string[] {
  return [article.portal?.code, ...(article.syndicatedTo ?? []).map((p) => p.code)].filter((c): c is string => typeof c === 'string');
}

function unique(codes: string[]): string[] {
  return [...new Set(codes)];
}
