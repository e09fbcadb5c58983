/**
 * Development provisioning done in-process against a loaded Strapi: the
 * super admin that `npm start` prints, and the read-only API token the site
 * builder and the publisher use. Production creates both by hand.
 */
import { KINDS } from '@qn/content';
import type { StrapiInstance } from './strapi.ts';

export const BUILDER_TOKEN_NAME = 'Site builder and publisher';

/** Content types the builder reads, all public once published: every record kind of the registry, and the tree, taxonomy and outbox around them. */
const READABLE = [
  ...KINDS.map((kind) => kind.uid),
  ...['portal', 'category', 'tag', 'redirect', 'portal-event'].map((name) => `api::${name}.${name}`),
];

/** Least privilege: read the public content types and the outbox, nothing else. */
export const BUILDER_TOKEN_PERMISSIONS = [
  ...READABLE.flatMap((uid) => [`${uid}.find`, `${uid}.findOne`]),
  'api::content-event.content-event.find',
  // The bulk article read (docs/adr/0007).
  'api::builder.builder.find',
];

/**
 * The publisher's (and the dispatcher's): the builder's reads, plus the
 * outbox lease, its cursor and the portals' build state (docs/adr/0009).
 * CI runs that build and deploy need the builder's reads and `recordBuilds`.
 */
export const PUBLISHER_TOKEN_PERMISSIONS = [
  ...BUILDER_TOKEN_PERMISSIONS,
  ...['lease', 'release', 'state', 'cursor', 'builds', 'recordBuilds', 'wanted'].map((action) => `api::publisher.publisher.${action}`),
];

interface UserService {
  exists(where: { email: string }): Promise<boolean>;
  create(attributes: Record<string, unknown>): Promise<unknown>;
}
interface RoleService {
  getSuperAdmin(): Promise<{ id: number } | null>;
}
interface TokenService {
  getByName(name: string, options: { includeDecryptedKey: boolean }): Promise<{ id: number; accessKey?: string } | null>;
  update(id: number, attributes: { permissions: string[] }): Promise<unknown>;
  regenerate(id: number): Promise<{ accessKey: string }>;
  create(attributes: Record<string, unknown>): Promise<{ accessKey: string }>;
}

export async function ensureSuperAdmin(strapi: StrapiInstance, credentials: { email: string; password: string }): Promise<'created' | 'existing'> {
  const users = strapi.service('admin::user') as UserService;
  if (await users.exists({ email: credentials.email })) return 'existing';
  const role = await (strapi.service('admin::role') as RoleService).getSuperAdmin();
  if (!role) throw new Error('Strapi has no super admin role yet: load Strapi fully before provisioning.');
  await users.create({
    email: credentials.email,
    firstname: 'Quản trị',
    lastname: 'Hệ thống',
    password: credentials.password,
    isActive: true,
    preferedLanguage: 'vi',
    registrationToken: null,
    roles: [role.id],
  });
  return 'created';
}

export const INTAKE_TOKEN_NAME = 'Public service intake';

/**
 * The public service's (docs/adr/0015): hand readers' questions, comments
 * and page feedback to the CMS, look a question's progress up by its
 * tracking code, list the portals. It reads no content and writes nothing else.
 */
export const INTAKE_TOKEN_PERMISSIONS = ['portals', 'question', 'questionStatus', 'comment', 'feedback'].map((action) => `api::intake.intake.${action}`);

/**
 * Returns a custom API token's key, creating the token (or a new key for it)
 * when needed, and brings its permissions up to date.
 */
async function ensureToken(strapi: StrapiInstance, name: string, description: string, permissions: string[]): Promise<string> {
  const tokens = strapi.service('admin::api-token-content-api') as TokenService;
  const existing = await tokens.getByName(name, { includeDecryptedKey: true });
  if (existing) await tokens.update(existing.id, { permissions });
  if (existing?.accessKey) return existing.accessKey;
  if (existing) return (await tokens.regenerate(existing.id)).accessKey;
  const created = await tokens.create({ name, description, type: 'custom', lifespan: null, permissions });
  return created.accessKey;
}

/** The builder's token; the development stack runs the publisher with this one token. */
export function ensureBuilderToken(strapi: StrapiInstance): Promise<string> {
  return ensureToken(strapi, BUILDER_TOKEN_NAME, 'Reads published content and the publish outbox; keeps the publisher lease, its cursor and the build state.', PUBLISHER_TOKEN_PERMISSIONS);
}

/** The public service's token: creates readers' submissions only. */
export function ensureIntakeToken(strapi: StrapiInstance): Promise<string> {
  return ensureToken(strapi, INTAKE_TOKEN_NAME, "Hands readers' questions, comments and page feedback to the CMS; reads nothing else.", INTAKE_TOKEN_PERMISSIONS);
}
