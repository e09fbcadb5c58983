/**
 * Two portals of "ours" and two of "theirs", with a record of every
 * portal-owned content type in each, media files in each portal's folder
 * and at the shared root, and logged-in users: what the attacker's tests
 * attack. Drafts of the other portals carry the marker BÍ-MẬT in their text;
 * nothing an own-portal user receives may ever contain it.
 */
import { provisionEditor, type EditorsTarget, type RoleName } from '@qn/editors';
import { adminApi, paragraph, type AdminApi } from './admin-api.ts';
import type { Ref } from './attack.ts';
import type { TestStack } from './stack.ts';

export const SECRET = 'BÍ-MẬT';
/** The smallest file the media library accepts as a PDF. */
export const PDF = '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n';
export const OWN = ['halong', 'halong-honggai'] as const;
export const OTHER = ['uongbi', 'campha'] as const;
export const PASSWORD = 'Portal-Test-2026';
export const EMAILS: Record<RoleName, string> = {
  editor: 'bientap.halong@quangninh.example',
  approver: 'duyet.halong@quangninh.example',
  reviewer: 'xem.halong@quangninh.example',
};

/** Minimal valid data of every portal-owned type; `text` goes where readers would read it. */
export const TYPES: Record<string, (text: string) => Record<string, unknown>> = {
  'api::article.article': (text) => ({ title: text, body: paragraph(text) }),
  'api::agency.agency': (text) => ({ name: text }),
  'api::person.person': (text) => ({ name: text, position: 'Chủ tịch' }),
  'api::legal-document.legal-document': (text) => ({
    number: `${Math.floor(Math.random() * 9000) + 1000}/QĐ-UBND`,
    form: 'quyet_dinh',
    summary: text,
    issuerName: 'UBND',
    issuedOn: '2026-01-05',
    validity: 'in_force',
    field: 'khac',
  }),
  'api::plan.plan': (text) => ({ title: text, kind: 'plan' }),
  'api::disclosure.disclosure': (text) => ({ title: text, type: 'budget', year: 2026 }),
  'api::recruitment.recruitment': (text) => ({ title: text }),
  'api::consultation.consultation': (text) => ({ title: text, opensAt: '2026-01-01T00:00:00.000Z', closesAt: '2027-01-01T00:00:00.000Z' }),
  'api::page.page': (text) => ({ title: text }),
  'api::notice.notice': (text) => ({ message: text, level: 'info', startsAt: '2026-01-01T00:00:00.000Z', endsAt: '2027-01-01T00:00:00.000Z' }),
};
export const UIDS = Object.keys(TYPES);

/** One record of a type in each placement. */
export interface Placed {
  /** Our portal, never published. */
  ownDraft: Ref;
  /** Our second portal, published. */
  ownPublished: Ref;
  /** Their portal, never published: its text carries the marker. */
  otherDraft: Ref;
  /** Their second portal, published, then edited: its draft carries the marker. */
  otherPublished: Ref;
}

export interface Fixtures {
  portals: Record<string, Ref>;
  records: Record<string, Placed>;
  categories: { own: Ref; other: Ref; shared: Ref };
  files: { own: Ref; other: Ref; shared: Ref };
  folders: { own: Ref; ownChild: Ref; other: Ref };
  api: Record<RoleName, AdminApi>;
}

type Docs = {
  create(p: object): Promise<{ documentId: string; id: number }>;
  update(p: object): Promise<{ documentId: string; id: number }>;
  publish(p: object): Promise<unknown>;
};
type Query = { findOne(p: object): Promise<Record<string, unknown> | null>; update(p: object): Promise<unknown> };
interface StrapiLike {
  documents(uid: string): Docs;
  db: { query(uid: string): Query };
  plugin(name: string): { service(name: string): { create(f: object): Promise<{ id: number; documentId: string; path: string }> } };
}

function strapiOf(stack: TestStack): StrapiLike {
  return stack.strapi as unknown as StrapiLike;
}

async function ref(stack: TestStack, uid: string, documentId: string): Promise<Ref> {
  const row = await strapiOf(stack).db.query(uid).findOne({ where: { documentId }, select: ['id', 'documentId'], orderBy: { id: 'asc' } });
  return { documentId, id: Number(row?.id) };
}

async function place(stack: TestStack, uid: string, portal: Ref, text: string, publish: boolean, draftText?: string): Promise<Ref> {
  const docs = strapiOf(stack).documents(uid);
  const created = await docs.create({ data: { ...TYPES[uid]!(text), portal: { connect: [{ documentId: portal.documentId }] } } });
  if (publish) await docs.publish({ documentId: created.documentId });
  if (draftText) await docs.update({ documentId: created.documentId, data: TYPES[uid]!(draftText) });
  return ref(stack, uid, created.documentId);
}

/** Uploads as the province administrator into a folder (null: the shared root). */
async function upload(stack: TestStack, name: string, folder: number | null): Promise<Ref> {
  const pdf = Buffer.from(PDF);
  const form = new FormData();
  form.append('files', new Blob([pdf], { type: 'application/pdf' }), name);
  form.append('fileInfo', JSON.stringify({ name, folder }));
  const response = await fetch(`${stack.cmsUrl}/upload`, { method: 'POST', headers: { authorization: `Bearer ${stack.admin.token}` }, body: form });
  const json = (await response.json()) as Array<{ id: number; documentId: string }>;
  if (response.status !== 201) throw new Error(`upload of ${name} answered ${response.status}: ${JSON.stringify(json)}`);
  return { id: json[0]!.id, documentId: json[0]!.documentId };
}

export async function buildFixtures(stack: TestStack): Promise<Fixtures> {
  const strapi = strapiOf(stack);
  const portals: Record<string, Ref> = {};
  for (const code of [...OWN, ...OTHER]) {
    const row = await strapi.db.query('api::portal.portal').findOne({ where: { code }, select: ['id', 'documentId', 'mediaFolder'] });
    portals[code] = { documentId: String(row?.documentId), id: Number(row?.id) };
  }
  const target = stack.strapi as unknown as EditorsTarget;
  for (const role of ['editor', 'approver', 'reviewer'] as const) {
    await provisionEditor(target, { email: EMAILS[role], password: PASSWORD, role, portals: [...OWN] });
  }
  const api = {} as Record<RoleName, AdminApi>;
  for (const role of ['editor', 'approver', 'reviewer'] as const) api[role] = await adminApi(stack.cmsUrl, { email: EMAILS[role], password: PASSWORD });

  const records: Record<string, Placed> = {};
  for (const uid of UIDS) {
    const short = uid.split('.').at(-1);
    records[uid] = {
      ownDraft: await place(stack, uid, portals.halong!, `Bản nháp ${short} của Hạ Long`, false),
      ownPublished: await place(stack, uid, portals['halong-honggai']!, `Tin ${short} của Hồng Gai`, true),
      otherDraft: await place(stack, uid, portals.uongbi!, `${SECRET} nháp ${short} của Uông Bí`, false),
      otherPublished: await place(stack, uid, portals.campha!, `Tin ${short} của Cẩm Phả`, true, `${SECRET} sửa ${short} của Cẩm Phả`),
    };
  }

  const category = async (name: string, slug: string, portal: Ref | null) => {
    const created = await strapi.documents('api::category.category').create({
      data: { name, slug, ...(portal ? { portal: { connect: [{ documentId: portal.documentId }] } } : {}) },
    });
    return ref(stack, 'api::category.category', created.documentId);
  };
  const categories = {
    own: await category('Tin Hạ Long', 'tin-ha-long', portals.halong!),
    other: await category('Tin Uông Bí', 'tin-uong-bi', portals.uongbi!),
    shared: await category('Tin chung', 'tin-chung', null),
  };

  const folderOf = async (code: string) => {
    const portal = await strapi.db.query('api::portal.portal').findOne({ where: { code }, select: ['mediaFolder'] });
    const folder = await strapi.db.query('plugin::upload.folder').findOne({ where: { id: portal?.mediaFolder }, select: ['id', 'documentId'] });
    return { id: Number(folder?.id), documentId: String(folder?.documentId) };
  };
  const ownFolder = await folderOf('halong');
  const otherFolder = await folderOf('uongbi');
  const child = await strapi.plugin('upload').service('folder').create({ name: 'Ảnh sự kiện', parent: ownFolder.id });
  const files = {
    own: await upload(stack, 'ke-hoach-ha-long.pdf', ownFolder.id),
    other: await upload(stack, 'ke-hoach-uong-bi.pdf', otherFolder.id),
    shared: await upload(stack, 'mau-chung.pdf', null),
  };
  return { portals, records, categories, files, folders: { own: ownFolder, ownChild: { id: child.id, documentId: child.documentId }, other: otherFolder }, api };
}
