import { z } from 'zod';
import {
  articleSchema,
  categorySchema,
  describeIssues,
  redirectSchema,
  snapshotPortalSchema,
  type Article,
  type Category,
  type ContentProblem,
  type Redirect,
  type SnapshotPortal,
} from '@qn/content';

/** Strapi's GraphQL shapes, mapped onto the snapshot records the rest of the platform uses. */
const code = z.object({ code: z.string() }).nullable().optional();
const slug = z.object({ slug: z.string() }).nullable().optional();

const rawPortal = z
  .looseObject({ parent: code, successor: code })
  .transform(({ parent, successor, ...rest }) => ({ ...rest, parentCode: parent?.code ?? null, successorCode: successor?.code ?? null }));
const rawCategory = z.looseObject({ portal: code }).transform(({ portal, ...rest }) => ({ ...rest, portal: portal?.code ?? null }));
const rawArticle = z
  .looseObject({
    portal: code,
    category: slug,
    syndicatedTo: z.array(z.object({ code: z.string() })).nullable().optional(),
    translationOf: z.object({ documentId: z.string(), slug: z.string().nullable(), portal: code }).nullable().optional(),
  })
  .transform(({ portal, category, syndicatedTo, translationOf, ...rest }) => ({
    ...rest,
    portal: portal?.code ?? null,
    category: category?.slug ?? null,
    alsoOn: (syndicatedTo ?? []).map((p) => p.code).filter((c) => c !== portal?.code),
    translationOf: translationOf?.portal && translationOf.slug ? { documentId: translationOf.documentId, portal: translationOf.portal.code, slug: translationOf.slug } : null,
  }));

function convert<T>(
  model: ContentProblem['model'],
  raw: z.ZodType<Record<string, unknown>>,
  schema: z.ZodType<T>,
  node: unknown,
): { value: T } | { problem: ContentProblem } {
  const documentId = String((node as { documentId?: unknown } | null)?.documentId ?? '(no documentId)');
  const shaped = raw.safeParse(node);
  const parsed = shaped.success ? schema.safeParse(shaped.data) : shaped;
  if (parsed.success) return { value: parsed.data as T };
  return { problem: { model, documentId, message: describeIssues(parsed.error) } };
}

export const toPortal = (node: unknown) => convert<SnapshotPortal>('portal', rawPortal, snapshotPortalSchema, node);
export const toCategory = (node: unknown) => convert<Category>('category', rawCategory, categorySchema, node);
export const toArticle = (node: unknown) => convert<Article>('article', rawArticle, articleSchema, node);
export const toRedirect = (node: unknown) => convert<Redirect>('redirect', z.looseObject({}), redirectSchema, node);

export const connectionSchema = z.object({
  nodes: z.array(z.unknown()),
  pageInfo: z.object({ total: z.number().int(), pageCount: z.number().int() }),
});

/** A page of the CMS's bulk reads: GraphQL-shaped records and the next page's cursor (null: the last page). */
export const bulkPageSchema = z.object({
  data: z.array(z.unknown()),
  next: z.number().int().positive().nullable(),
});

export const outboxPageSchema = z.object({
  data: z.array(
    z.object({
      id: z.number().int().positive(),
      model: z.string(),
      ref: z.string(),
      action: z.string(),
      /** Portals whose pages the write made stale ("*": all); null or absent: the publisher works it out. */
      portals: z.array(z.string()).nullish().transform((v) => v ?? null),
      createdAt: z.string(),
    }),
  ),
});
export type OutboxEvent = z.infer<typeof outboxPageSchema>['data'][number];
