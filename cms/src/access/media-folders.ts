import type { Core } from '@strapi/strapi';

const PORTAL = 'api::portal.portal';
const FOLDER = 'plugin::upload.folder';
const FILE = 'plugin::upload.file';

interface FolderService {
  create(folder: { name: string; parent: number | null }): Promise<{ id: number; path: string }>;
}

/** Paths (`/12`) of the media folders of these portals. */
export async function portalMediaRoots(strapi: Core.Strapi, portals: ReadonlySet<string>): Promise<string[]> {
  if (portals.size === 0) return [];
  const rows = (await strapi.db.query(PORTAL).findMany({ where: { documentId: { $in: [...portals] } }, select: ['mediaFolder'] })) as Array<{
    mediaFolder: number | null;
  }>;
  const ids = rows.map((r) => r.mediaFolder).filter((id): id is number => typeof id === 'number');
  if (ids.length === 0) return [];
  const folders = (await strapi.db.query(FOLDER).findMany({ where: { id: { $in: ids } }, select: ['path'] })) as Array<{ path: string }>;
  return folders.map((f) => f.path).sort();
}

/** Is this folder path one of the roots or inside one? */
export function withinRoots(path: string | null | undefined, roots: readonly string[]): boolean {
  if (!path) return false;
  return roots.some((root) => path === root || path.startsWith(`${root}/`));
}

interface PortalRow {
  id: number;
  code: string;
  name: string;
  mediaFolder: number | null;
}

async function createFolderFor(strapi: Core.Strapi, portal: PortalRow): Promise<void> {
  const folders = strapi.plugin('upload').service('folder') as unknown as FolderService;
  const folder = await folders.create({ name: `${portal.code} · ${portal.name}`.slice(0, 250), parent: null });
  await strapi.db.query(PORTAL).update({ where: { id: portal.id }, data: { mediaFolder: folder.id } });
}

/**
 * Every portal gets a media folder at the root of the library ("halong ·
 * UBND thành phố Hạ Long"): its editors' files live there and in its
 * subfolders. Created with the portal, and at start for portals that have
 * none (or lost theirs); idempotent.
 */
export async function ensurePortalFolders(strapi: Core.Strapi): Promise<number> {
  const portals = (await strapi.db.query(PORTAL).findMany({ select: ['id', 'code', 'name', 'mediaFolder'] })) as PortalRow[];
  const existing = new Set(
    ((await strapi.db.query(FOLDER).findMany({ where: { id: { $in: portals.map((p) => p.mediaFolder ?? 0) } }, select: ['id'] })) as Array<{ id: number }>).map(
      (f) => f.id,
    ),
  );
  const missing = portals.filter((p) => !p.mediaFolder || !existing.has(p.mediaFolder));
  for (const portal of missing) await createFolderFor(strapi, portal);
  return missing.length;
}

export function registerPortalFolders(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    const result = await next();
    if (context.uid !== PORTAL || context.action !== 'create') return result;
    const id = (result as { id?: number } | null)?.id;
    const portal = id ? ((await strapi.db.query(PORTAL).findOne({ where: { id }, select: ['id', 'code', 'name', 'mediaFolder'] })) as PortalRow | null) : null;
    if (portal && !portal.mediaFolder) await createFolderFor(strapi, portal);
    return result;
  });
}

const ADOPTED = { type: 'plugin', name: 'qn-media', key: 'root-uploads-adopted' } as const;

/**
 * Files that portal users uploaded to the library's root before portals had
 * folders move into the folder of their uploader's first portal, so they
 * stay theirs to change (the root is the province's shared library). Once,
 * at the first start after the upgrade: a file a province administrator
 * later puts in the root stays there.
 */
export async function adoptRootUploads(strapi: Core.Strapi, uploaderRoots: (userId: number) => Promise<string[]>): Promise<number> {
  if (await strapi.store.get(ADOPTED)) return 0;
  const moved = await moveRootUploads(strapi, uploaderRoots);
  await strapi.store.set({ ...ADOPTED, value: true });
  return moved;
}

async function moveRootUploads(strapi: Core.Strapi, uploaderRoots: (userId: number) => Promise<string[]>): Promise<number> {
  const files = (await strapi.db.query(FILE).findMany({ where: { folderPath: '/' }, select: ['id'], populate: { createdBy: { select: ['id'] } } })) as Array<{
    id: number;
    createdBy?: { id: number } | null;
  }>;
  let moved = 0;
  const folderOf = new Map<number, { id: number; path: string } | null>();
  for (const file of files) {
    const userId = file.createdBy?.id;
    if (!userId) continue;
    if (!folderOf.has(userId)) {
      const root = (await uploaderRoots(userId))[0];
      folderOf.set(userId, root ? ((await strapi.db.query(FOLDER).findOne({ where: { path: root }, select: ['id', 'path'] })) as { id: number; path: string } | null) : null);
    }
    const folder = folderOf.get(userId);
    if (!folder) continue;
    await strapi.db.query(FILE).update({ where: { id: file.id }, data: { folder: folder.id, folderPath: folder.path } });
    moved += 1;
  }
  return moved;
}
