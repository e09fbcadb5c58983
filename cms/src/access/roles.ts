import type { Core } from '@strapi/strapi';
import { MEDIA_CONDITIONS } from './media-scope';
import { EDITED, MODERATED, SUBMISSIONS } from './scoped-types';
import { withoutScope } from './unscoped';
import { assignedPortals, ROLE_CODES, type AdminUser } from './users';

const CM = 'plugin::content-manager.explorer';
export const IN_ASSIGNED_PORTALS = 'api::in-assigned-portals';

/** Types every role reads without condition: the tree and the taxonomies the pickers offer. */
const REFERENCE = ['api::portal.portal', 'api::category.category', 'api::tag.tag', 'api::linked-site.linked-site'];
const REQUESTS = 'api::syndication-request.syndication-request';

interface RoleSpec {
  code: string;
  name: string;
  description: string;
  /** Content-manager actions on the portal-owned types, each limited to the user's portals. */
  actions: string[];
}

const ROLES: RoleSpec[] = [
  {
    code: ROLE_CODES.editor,
    name: 'Biên tập viên cổng',
    description: 'Viết và sửa bản nháp cho các cổng được phân công, gửi duyệt; không xuất bản.',
    actions: ['read', 'create', 'update', 'delete'],
  },
  {
    code: ROLE_CODES.approver,
    name: 'Người duyệt cổng',
    description: 'Biên tập, duyệt và xuất bản nội dung của các cổng được phân công.',
    actions: ['read', 'create', 'update', 'delete', 'publish'],
  },
  {
    code: ROLE_CODES.reviewer,
    name: 'Người xem',
    description: 'Chỉ xem nội dung (kể cả bản nháp) của các cổng được phân công.',
    actions: ['read'],
  },
];

interface Services {
  role: {
    findOne(where: object): Promise<{ id: number } | null>;
    create(attributes: object): Promise<{ id: number }>;
    assignPermissions(id: number, permissions: object[]): Promise<unknown>;
  };
  permission: {
    conditionProvider: { register(condition: object): Promise<unknown> };
    actionProvider: { values(): Array<{ actionId: string; section: string; subjects?: string[] }> };
  };
  contentType: { getPermissionsWithNestedFields(actions: object[], options?: object): Array<{ action: string; subject: string; properties: object }> };
}

function services(strapi: Core.Strapi): Services {
  return {
    role: strapi.service('admin::role') as unknown as Services['role'],
    permission: strapi.service('admin::permission') as unknown as Services['permission'],
    contentType: strapi.service('admin::content-type') as unknown as Services['contentType'],
  };
}

/**
 * The condition the admin's lists and views use: only records of the
 * portals assigned to the user. (The database-level read scope and the
 * write guard enforce the same rule on every route.)
 */
export async function registerPortalCondition(strapi: Core.Strapi): Promise<void> {
  await services(strapi).permission.conditionProvider.register({
    displayName: 'Thuộc cổng được phân công',
    name: 'in-assigned-portals',
    // Runs while the admin strategy authenticates the request: the user is not on the request yet.
    async handler(user: AdminUser) {
      const portals = await withoutScope(strapi, () => assignedPortals(strapi, user.id));
      return { 'portal.documentId': { $in: [...portals] } };
    },
  });
}

/** Creates the platform's roles if needed and sets their permissions from code, on every start. */
export async function ensureRoles(strapi: Core.Strapi): Promise<void> {
  const { role, permission, contentType } = services(strapi);
  const actions = permission.actionProvider.values().filter((a) => a.section === 'contentTypes');
  const withFields = (actionIds: string[], subjects: string[], conditions: string[] = []) =>
    contentType
      .getPermissionsWithNestedFields(actions.filter((a) => actionIds.includes(a.actionId)))
      .filter((p) => subjects.includes(p.subject))
      .map((p) => ({ ...p, conditions }));
  const media = { read: [MEDIA_CONDITIONS.read], update: [MEDIA_CONDITIONS.update] };
  for (const spec of ROLES) {
    const existing = await role.findOne({ code: spec.code });
    const { id } = existing ?? (await role.create({ name: spec.name, code: spec.code, description: spec.description }));
    const permissions = [
      ...withFields(spec.actions.map((a) => `${CM}.${a}`), EDITED, [IN_ASSIGNED_PORTALS]),
      // Readers' comments and page feedback: read; comments moderated (the write guard keeps what the reader wrote).
      ...withFields([`${CM}.read`], SUBMISSIONS, [IN_ASSIGNED_PORTALS]),
      ...(spec.code === ROLE_CODES.reviewer ? [] : withFields([`${CM}.update`], MODERATED, [IN_ASSIGNED_PORTALS])),
      ...withFields([`${CM}.read`], REFERENCE),
      ...(spec.code === ROLE_CODES.reviewer ? [] : withFields([`${CM}.create`], ['api::tag.tag'])),
      ...withFields([`${CM}.read`], [REQUESTS], [IN_ASSIGNED_PORTALS]),
      ...(spec.code === ROLE_CODES.approver ? withFields([`${CM}.update`], [REQUESTS], [IN_ASSIGNED_PORTALS]) : []),
      // The media library: the user's portal folders and the shared root to read, their portal folders to change.
      { action: 'plugin::upload.read', conditions: media.read },
      { action: 'plugin::upload.assets.download', conditions: [] },
      { action: 'plugin::upload.assets.copy-link', conditions: [] },
      ...(spec.code === ROLE_CODES.reviewer
        ? []
        : [
            { action: 'plugin::upload.assets.create', conditions: [] },
            { action: 'plugin::upload.assets.update', conditions: media.update },
          ]),
    ];
    await role.assignPermissions(id, permissions);
  }
}
