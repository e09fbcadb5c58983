import type { Core } from '@strapi/strapi';
import { withinRoots } from './media-folders';
import { perRequest } from './unscoped';
import { userMediaRoots, type Access } from './users';

export const FILE = 'plugin::upload.file';
export const FOLDER = 'plugin::upload.folder';
/** The root of the library: the province's shared files, read by everyone, changed by province administrators. */
export const SHARED = '/';

type Row = Record<string, unknown>;
type Where = Record<string, unknown>;

function unrestricted(access: Access): boolean {
  return access.kind === 'system' || access.all;
}

/** May the user see (and attach) this file? Their portals' folders and the shared root. */
export function fileVisible(access: Access, file: Row): boolean {
  if (unrestricted(access)) return true;
  const path = typeof file.folderPath === 'string' ? file.folderPath : null;
  return path === SHARED || withinRoots(path, access.mediaRoots);
}

/** May the user change or delete this file? Only in their portals' folders. */
export function fileWritable(access: Access, file: Row): boolean {
  return unrestricted(access) || withinRoots(typeof file.folderPath === 'string' ? file.folderPath : null, access.mediaRoots);
}

/** May the user put files into, or change, this folder? Their portals' folders and subfolders. */
export function folderWritable(access: Access, folder: { path?: unknown } | null): boolean {
  return unrestricted(access) || withinRoots(typeof folder?.path === 'string' ? folder.path : null, access.mediaRoots);
}

/** A portal's own media folder: its editors work inside it but never rename, move or delete it. */
export function isPortalRoot(access: Access, folder: { path?: unknown } | null): boolean {
  return typeof folder?.path === 'string' && access.mediaRoots.includes(folder.path);
}

/** Clauses matching a path that is one of the roots or inside one. */
export function under(field: string, roots: readonly string[]): Where[] {
  return roots.flatMap((root) => [{ [field]: root }, { [field]: { $startsWith: `${root}/` } }]);
}

/** Every folder path inside the user's portal folders: RBAC conditions accept only exact values. */
export async function ownedFolderPaths(strapi: Core.Strapi, roots: readonly string[]): Promise<string[]> {
  if (roots.length === 0) return [];
  const rows = (await strapi.db.query(FOLDER).findMany({ where: { $or: under('path', roots) }, select: ['path'] })) as Array<{ path: string }>;
  return rows.map((r) => r.path);
}

/** RBAC conditions for the media actions: the upload plugin checks them on every route that loads one file. */
export const MEDIA_CONDITIONS = { read: 'api::in-portal-media', update: 'api::in-own-portal-media' } as const;

export async function registerMediaConditions(strapi: Core.Strapi): Promise<void> {
  const provider = (strapi.service('admin::permission') as unknown as { conditionProvider: { register(c: object): Promise<unknown> } }).conditionProvider;
  // Conditions run while the admin strategy authenticates, before the request has a user: look the user up by id.
  const owned = (user: { id: number }) => perRequest(strapi, `owned folders ${user.id}`, async () => ownedFolderPaths(strapi, await userMediaRoots(strapi, user.id)));
  await provider.register({
    displayName: 'Thư viện của cổng được phân công và thư viện chung',
    name: 'in-portal-media',
    async handler(user: { id: number }) {
      return { folderPath: { $in: [SHARED, ...(await owned(user))] } };
    },
  });
  await provider.register({
    displayName: 'Thư viện của cổng được phân công',
    name: 'in-own-portal-media',
    async handler(user: { id: number }) {
      return { folderPath: { $in: await owned(user) } };
    },
  });
}
