import { open } from 'node:fs/promises';
import type { Core } from '@strapi/strapi';
import { uploadProblem } from '@qn/content';
import { errors } from '@strapi/utils';
import { FILE, FOLDER, fileWritable, folderWritable, isPortalRoot, under } from './media-scope';
import type { RouteCtx } from './route-guard';
import { withoutScope } from './unscoped';
import { canPublish, type Access } from './users';
import { deny } from '../rules/errors';

type Row = Record<string, unknown>;

function ids(value: unknown): number[] {
  if (value === undefined || value === null) return [];
  const list = Array.isArray(value) ? value : [value];
  return list.map((v) => {
    const id = typeof v === 'number' ? v : typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : Number.NaN;
    if (!Number.isInteger(id)) throw new errors.ValidationError(`Mã tệp hoặc thư mục không hợp lệ: ${JSON.stringify(v)}.`);
    return id;
  });
}

async function rows(strapi: Core.Strapi, uid: string, wanted: number[], select: string[]): Promise<Row[]> {
  if (wanted.length === 0) return [];
  return withoutScope(strapi, () => strapi.db.query(uid as never).findMany({ where: { id: { $in: wanted } }, select: ['id', ...select] })) as Promise<Row[]>;
}

async function requireFiles(strapi: Core.Strapi, access: Access, fileIds: number[], options: { content?: boolean } = {}): Promise<void> {
  const found = await rows(strapi, FILE, fileIds, ['folderPath']);
  if (found.length !== new Set(fileIds).size || !found.every((f) => fileWritable(access, f))) {
    deny('Chỉ được thay đổi tệp trong thư viện của cổng được phân công cho bạn.');
  }
  if (options.content && !canPublish(access)) await refuseIfPublished(strapi, fileIds);
}

/**
 * Replacing, deleting or re-captioning a file that published content shows
 * changes what readers see: an approver's act, as publishing is.
 */
async function refuseIfPublished(strapi: Core.Strapi, fileIds: number[]): Promise<void> {
  if (fileIds.length === 0) return;
  const files = (await withoutScope(strapi, () =>
    strapi.db.query(FILE).findMany({ where: { id: { $in: fileIds } }, select: ['id', 'name'], populate: { related: true } }),
  )) as Array<{ name: string; related?: Row[] }>;
  // A record without draft and publish (a portal's emblem) is shown as soon as it is saved.
  const live = (r: Row) => r.publishedAt !== null && r.publishedAt !== undefined ? true : !hasDraftAndPublish(strapi, String(r.__type ?? ''));
  const shown = files.filter((f) => (f.related ?? []).some(live));
  if (shown.length > 0) {
    deny(`Tệp ${shown.map((f) => `"${f.name}"`).join(', ')} đang hiển thị trong nội dung đã xuất bản: chỉ người duyệt được thay, sửa hay xóa.`);
  }
}

function hasDraftAndPublish(strapi: Core.Strapi, uid: string): boolean {
  const model = strapi.contentTypes[uid as keyof typeof strapi.contentTypes] as { options?: { draftAndPublish?: boolean } } | undefined;
  // An unknown type is treated as one that has: its rows count as shown only when published.
  return model ? model.options?.draftAndPublish === true : true;
}

/** Files inside these folders and their subfolders (a folder delete takes them along). */
async function filesIn(strapi: Core.Strapi, folderIds: number[]): Promise<number[]> {
  const folders = (await rows(strapi, FOLDER, folderIds, ['path'])) as Array<{ path: string }>;
  if (folders.length === 0) return [];
  const where = { $or: under('folderPath', folders.map((f) => f.path)) };
  const found = (await withoutScope(strapi, () => strapi.db.query(FILE).findMany({ where, select: ['id'] }))) as Array<{ id: number }>;
  return found.map((f) => f.id);
}

async function requireFolders(strapi: Core.Strapi, access: Access, folderIds: number[], options: { notPortalRoot: boolean }): Promise<void> {
  const found = await rows(strapi, FOLDER, folderIds, ['path']);
  if (found.length !== new Set(folderIds).size || !found.every((f) => folderWritable(access, f))) {
    deny('Chỉ được dùng thư mục trong thư viện của cổng được phân công cho bạn.');
  }
  if (options.notPortalRoot && found.some((f) => isPortalRoot(access, f))) {
    deny('Thư mục gốc của cổng do hệ thống tạo: không đổi tên, di chuyển hay xóa được.');
  }
}

/** The user's first portal folder: where a file or folder goes when the request names none (the root is shared). */
async function defaultFolder(strapi: Core.Strapi, access: Access): Promise<number> {
  const root = access.mediaRoots[0];
  if (!root) deny('Tài khoản chưa được phân công cổng thông tin nào nên chưa có thư viện tệp.');
  const folder = (await withoutScope(strapi, () => strapi.db.query(FOLDER).findOne({ where: { path: root }, select: ['id'] }))) as { id: number } | null;
  if (!folder) deny('Không tìm thấy thư mục của cổng; khởi động lại hệ thống quản trị để tạo lại.');
  return folder.id;
}

function parseInfo(value: unknown): Row {
  if (typeof value === 'string') {
    try {
      const parsed: unknown = JSON.parse(value);
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as Row;
    } catch {
      // Reported below, like any other unreadable field.
    }
    throw new errors.ValidationError('Trường "fileInfo" không phải JSON hợp lệ.');
  }
  if (value && typeof value === 'object' && !Array.isArray(value)) return value as Row;
  throw new errors.ValidationError('Trường "fileInfo" không hợp lệ.');
}

function uploadedNames(ctx: RouteCtx): string[] {
  const files = (ctx.request.files as { files?: UploadedFile | UploadedFile[] } | undefined)?.files;
  if (!files) return [];
  return (Array.isArray(files) ? files : [files]).map((f) => f.originalFilename ?? '');
}

/**
 * Every file's `fileInfo.folder` must be a folder of the user's portals; a
 * new file without one goes to their portal's folder. Written back in the
 * shape Strapi reads (a JSON string per file).
 */
async function checkFileInfo(strapi: Core.Strapi, ctx: RouteCtx, access: Access, placeNew: boolean): Promise<void> {
  const body = ((ctx.request.body as Row | undefined) ?? {}) as Row;
  const raw = body.fileInfo;
  const names = uploadedNames(ctx);
  const given: Row[] = raw === undefined ? [] : (Array.isArray(raw) ? raw : [raw]).map(parseInfo);
  // Strapi gives a file without its own fileInfo an empty one, which would land it in the shared root; it pairs them by name.
  const missing = placeNew ? names.slice(given.length).map((name): Row => ({ name })) : [];
  const list: Row[] = placeNew && names.length === 0 && given.length === 0 ? [{}] : [...given, ...missing];
  const named = list.flatMap((info) => (info.folder === undefined || info.folder === null ? [] : ids(info.folder)));
  await requireFolders(strapi, access, named, { notPortalRoot: false });
  if (placeNew && list.some((info) => info.folder === undefined || info.folder === null)) {
    const folder = await defaultFolder(strapi, access);
    for (const info of list) if (info.folder === undefined || info.folder === null) info.folder = folder;
  } else if (!placeNew && list.some((info) => info.folder === null)) {
    deny('Thư mục gốc là thư viện chung của tỉnh: chọn một thư mục của cổng được phân công cho bạn.');
  }
  if (list.length === 0) return;
  const serialised = list.map((info) => JSON.stringify(info));
  ctx.request.body = { ...body, fileInfo: Array.isArray(raw) || list.length > 1 ? serialised : serialised[0] };
}

interface UploadedFile {
  filepath?: string;
  originalFilename?: string | null;
}

async function head(path: string): Promise<Uint8Array> {
  const file = await open(path, 'r');
  try {
    const buffer = new Uint8Array(64);
    const { bytesRead } = await file.read(buffer, 0, buffer.length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await file.close();
  }
}

/** Every uploaded file's bytes must match its extension, for every user (see file-signature.ts). */
export async function checkUploadedFiles(ctx: RouteCtx): Promise<void> {
  const files = (ctx.request.files as { files?: UploadedFile | UploadedFile[] } | undefined)?.files;
  const problems: string[] = [];
  for (const file of files ? (Array.isArray(files) ? files : [files]) : []) {
    const name = file.originalFilename ?? '';
    const problem = file.filepath ? uploadProblem(name, await head(file.filepath)) : `Không đọc được tệp "${name}".`;
    if (problem) problems.push(problem);
  }
  if (problems.length > 0) throw new errors.ValidationError(problems.join(' '));
}

/** Checks a media write against the user's portal folders before Strapi runs it. */
export async function checkMediaRequest(strapi: Core.Strapi, ctx: RouteCtx, access: Access): Promise<void> {
  const body = ((ctx.request.body as Row | undefined) ?? {}) as Row;
  const target = ctx.params.id ?? (typeof ctx.query.id === 'string' ? ctx.query.id : undefined);
  const path = (ctx.state.route as { path?: string } | undefined)?.path ?? '';
  if (path === '/' || path === '/files') {
    // Strapi links a file to any record named by ref / refId / field, past every rule of the CMS: the admin never sends them.
    for (const key of ['ref', 'refId', 'field', 'path', 'source']) {
      if (body[key] !== undefined) deny(`Trường "${key}" không dùng khi tải tệp lên thư viện; gắn tệp vào nội dung trong màn hình sửa nội dung.`);
    }
    if (target !== undefined) await requireFiles(strapi, access, ids(target), { content: true });
    return checkFileInfo(strapi, ctx, access, target === undefined);
  }
  if (path === '/files/:id') {
    await requireFiles(strapi, access, ids(target), { content: true });
    if (ctx.method === 'PUT') await checkFileInfo(strapi, ctx, access, false);
    return;
  }
  if (path === '/files/:id/replace') {
    await requireFiles(strapi, access, ids(target), { content: true });
    // A replace also takes a new folder, like an update.
    return checkFileInfo(strapi, ctx, access, false);
  }
  if (path === '/folders') {
    if (body.parent === undefined || body.parent === null) body.parent = await defaultFolder(strapi, access);
    return requireFolders(strapi, access, ids(body.parent), { notPortalRoot: false });
  }
  if (path === '/folders/:id') {
    await requireFolders(strapi, access, ids(target), { notPortalRoot: true });
    const current = (await withoutScope(strapi, () =>
      strapi.db.query(FOLDER).findOne({ where: { id: Number(target) }, populate: { parent: { select: ['id'] } } }),
    )) as { parent?: { id: number } | null } | null;
    // Moving a folder here rewrites its subfolders' paths with SQL REPLACE, which also hits look-alike segments: moves go through bulk-move.
    if (body.parent !== undefined && ids(body.parent)[0] !== current?.parent?.id) deny('Để chuyển thư mục, dùng chức năng "Di chuyển".');
    return;
  }
  if (path === '/actions/bulk-delete' || path === '/actions/bulk-move') {
    const deleting = path === '/actions/bulk-delete';
    await requireFiles(strapi, access, ids(body.fileIds), { content: deleting });
    await requireFolders(strapi, access, ids(body.folderIds), { notPortalRoot: true });
    if (deleting && !canPublish(access)) await refuseIfPublished(strapi, await filesIn(strapi, ids(body.folderIds)));
    if (path === '/actions/bulk-move') {
      if (body.destinationFolderId === null || body.destinationFolderId === undefined) {
        deny('Thư mục gốc là thư viện chung của tỉnh: chọn một thư mục của cổng được phân công cho bạn.');
      }
      await requireFolders(strapi, access, ids(body.destinationFolderId), { notPortalRoot: false });
    }
    return;
  }
  if (path === '/actions/bulk-update') {
    const updates = Array.isArray(body.updates) ? (body.updates as Row[]) : [];
    await requireFiles(strapi, access, ids(updates.map((u) => u.id)), { content: true });
    const folders = updates.flatMap((u) => {
      const folder = (u.fileInfo as Row | undefined)?.folder;
      return folder === undefined ? [] : folder === null ? [Number.NaN] : ids(folder);
    });
    if (folders.some(Number.isNaN)) deny('Thư mục gốc là thư viện chung của tỉnh: chọn một thư mục của cổng được phân công cho bạn.');
    return requireFolders(strapi, access, folders, { notPortalRoot: false });
  }
  deny('Chức năng này của thư viện tệp chưa được xem xét cho tài khoản cổng.');
}

interface FolderNode {
  id: number;
  path?: string;
  children?: FolderNode[];
}

/** The folder tree (read by Strapi with raw SQL) cut down to the user's portal folders. */
export async function filterFolderTree(strapi: Core.Strapi, body: unknown, access: Access): Promise<unknown> {
  const tree = (body as { data?: FolderNode[] } | null)?.data;
  if (!Array.isArray(tree)) return body;
  const paths = new Map(((await rows(strapi, FOLDER, collectIds(tree), ['path'])) as Array<{ id: number; path: string }>).map((f) => [f.id, f.path]));
  const keep = (nodes: FolderNode[]): FolderNode[] =>
    nodes.flatMap((node) => {
      if (folderWritable(access, { path: paths.get(node.id) })) return [node];
      // A folder outside the user's portals is dropped, but a portal folder below it is kept.
      return keep(node.children ?? []);
    });
  return { ...(body as object), data: keep(tree) };
}

function collectIds(nodes: FolderNode[]): number[] {
  return nodes.flatMap((n) => [n.id, ...collectIds(n.children ?? [])]);
}
