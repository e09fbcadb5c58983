import type { Core } from '@strapi/strapi';
import { defaultDomain, placementProblems } from '@qn/portal-model';
import { refuse } from './errors';
import { toOneChange } from '@qn/content';

const PORTAL = 'api::portal.portal';

interface PortalRow {
  documentId: string;
  code: string;
  level: number;
  parent?: PortalRow | null;
}

/**
 * The portal tree stays a tree on every write: the record as it will be
 * stored is checked against its parent chain before the write happens.
 */
export function registerPortalTreeRules(strapi: Core.Strapi): void {
  const portals = () => strapi.documents(PORTAL);

  async function find(where: { documentId?: string; id?: number }): Promise<PortalRow | null> {
    const found = where.documentId
      ? await portals().findOne({ documentId: where.documentId, populate: { parent: { fields: ['code', 'level'] } } })
      : await portals().findFirst({ filters: { id: where.id }, populate: { parent: { fields: ['code', 'level'] } } });
    return found as PortalRow | null;
  }

  async function chainFrom(start: PortalRow | null): Promise<string[]> {
    const codes: string[] = [];
    let current = start;
    while (current && codes.length < 10 && !codes.includes(current.code)) {
      codes.push(current.code);
      current = current.parent ? await find({ documentId: current.parent.documentId }) : null;
    }
    return codes;
  }

  strapi.documents.use(async (context, next) => {
    if (context.uid !== PORTAL || (context.action !== 'create' && context.action !== 'update')) return next();
    const params = context.params as { data?: Record<string, unknown>; documentId?: string };
    const data = params.data ?? {};
    const stored = params.documentId ? await find({ documentId: params.documentId }) : null;
    const code = typeof data.code === 'string' ? data.code : (stored?.code ?? '');
    const level = typeof data.level === 'number' ? data.level : Number(data.level ?? stored?.level ?? 0);
    const change = toOneChange(data.parent);
    if (change.kind === 'invalid') refuse([{ field: 'parent', message: 'Không đọc được cổng cấp trên đã chọn (trường "parent").' }]);
    const parent =
      change.kind === 'set' ? await find(change) : change.kind === 'cleared' ? null : stored?.parent ? await find({ documentId: stored.parent.documentId }) : null;
    if (change.kind === 'set' && !parent) refuse([{ field: 'parent', message: 'Cổng cấp trên đã chọn không tồn tại (trường "parent").' }]);
    const other = code ? ((await portals().findFirst({ filters: { code, documentId: { $ne: params.documentId ?? '' } } })) as PortalRow | null) : null;
    const problems = placementProblems({
      code,
      ...(stored && stored.code !== code ? { formerCode: stored.code } : {}),
      level,
      parent: parent ? { code: parent.code, level: parent.level } : null,
      parentChain: await chainFrom(parent),
      codeTaken: other !== null,
    });
    if (problems.length > 0) refuse(problems);
    if (context.action === 'create' && !data.domain) data.domain = defaultDomain(code);
    return next();
  });
}
