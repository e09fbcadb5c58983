import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

/**
 * A preview ticket: the capability to see one record's draft rendered as
 * its page, for one admin user, for a few hours. The admin panel's preview
 * frame cannot send the user's session, so the address carries it, signed
 * with a key derived from the CMS's admin secret. Whoever holds the address
 * sees that one draft until it expires, and only while its user still may.
 */
export const TICKET_HOURS = 4;

const payloadSchema = z.object({
  uid: z.string().regex(/^api::[a-z0-9-]+\.[a-z0-9-]+$/),
  documentId: z.string().regex(/^[a-z0-9]{1,64}$/),
  status: z.enum(['draft', 'published']),
  user: z.number().int().positive(),
  exp: z.number().int().positive(),
});
export type Ticket = z.infer<typeof payloadSchema>;

const key = (secret: string) => createHmac('sha256', secret).update('qn-preview-ticket-v1').digest();
const sign = (secret: string, body: string) => createHmac('sha256', key(secret)).update(body).digest('base64url');

export function issueTicket(secret: string, ticket: Omit<Ticket, 'exp'>, now = Date.now()): string {
  const body = Buffer.from(JSON.stringify({ ...ticket, exp: Math.floor(now / 1000) + TICKET_HOURS * 3600 })).toString('base64url');
  return `${body}.${sign(secret, body)}`;
}

/** The ticket's content, or why it is refused (in Vietnamese, for the preview frame). */
export function readTicket(secret: string, text: string, now = Date.now()): { ticket: Ticket } | { refused: string } {
  const [body, signature, ...rest] = text.split('.');
  const invalid = { refused: 'Liên kết xem trước không hợp lệ. Mở lại bản xem trước từ màn hình soạn thảo.' };
  if (!body || !signature || rest.length > 0 || text.length > 1024) return invalid;
  const expected = Buffer.from(sign(secret, body));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return invalid;
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
  } catch {
    return invalid;
  }
  const parsed = payloadSchema.safeParse(json);
  if (!parsed.success) return invalid;
  if (parsed.data.exp * 1000 < now) return { refused: 'Liên kết xem trước đã hết hạn. Mở lại bản xem trước từ màn hình soạn thảo.' };
  return { ticket: parsed.data };
}
