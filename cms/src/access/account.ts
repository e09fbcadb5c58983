import type { Core } from '@strapi/strapi';
import { recordAudit } from '../audit/record';
import type { RouteCtx } from './route-guard';
import { withoutScope } from './unscoped';
import type { Access } from './users';
import { deny } from '../rules/errors';

interface AuthService {
  validatePassword(password: string, hash: string): Promise<boolean>;
}

/**
 * A portal user changing their own e-mail (the address they log in with)
 * must give their current password, and the change is logged with both
 * addresses. Strapi asks for the password only when the password changes.
 */
export async function checkOwnAccountChange(strapi: Core.Strapi, ctx: RouteCtx, access: Access): Promise<void> {
  const body = (ctx.request.body ?? {}) as { email?: unknown; currentPassword?: unknown };
  if (typeof body.email !== 'string' || !access.user) return;
  const user = (await strapi.db.query('admin::user').findOne({ where: { id: access.user.id }, select: ['email', 'password'] })) as {
    email: string;
    password: string;
  } | null;
  if (!user || body.email.trim().toLowerCase() === user.email.toLowerCase()) return;
  const wanted = body.email.trim().toLowerCase();
  const log = (outcome: 'ok' | 'refused', note = '') =>
    recordAudit(strapi, { action: 'email-change', outcome, model: 'admin::user', ref: String(access.user!.id), detail: `${user.email} → ${wanted}${note}` });
  // The password first: without it, nothing is said about the address (whether someone is assigned it).
  const password = typeof body.currentPassword === 'string' ? body.currentPassword : '';
  const auth = strapi.service('admin::auth') as unknown as AuthService;
  if (password === '' || !(await auth.validatePassword(password, user.password))) {
    await log('refused');
    deny('Đổi địa chỉ e-mail cần nhập mật khẩu hiện tại (trường "currentPassword").');
  }
  // An address an assignment names belongs to the person it was made for (provisioning finds accounts by it).
  const claimed = (await withoutScope(strapi, () =>
    strapi.db.query('api::editor-assignment.editor-assignment').findOne({ where: { email: wanted }, select: ['userId'] }),
  )) as { userId: number | null } | null;
  if (claimed && claimed.userId !== access.user.id) {
    await log('refused', ' (assigned to another account)');
    deny('Địa chỉ e-mail này đã được phân công cho một tài khoản khác.');
  }
  await log('ok');
}
