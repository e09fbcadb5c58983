/**
 * The three public forms, checked at the boundary with a Vietnamese message
 * per field: what the page shows next to the field, with or without
 * JavaScript. Every text is cleaned (text.ts) before it is measured.
 */
import { z } from 'zod';
import { enumValues, INTAKE_LIMITS, PAGE_PATH } from '@qn/content';
import { cleanText } from './text.ts';

/** Field name → message, in the order the form shows the fields. */
export type FieldErrors = Record<string, string>;
export type FormResult<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

/** Form fields a person never sees: anything typed into it was typed by a robot. */
export const HONEYPOT = 'website';
/** The proof-of-work solution the page's script adds (challenge.ts). */
export const CHALLENGE_FIELD = 'altcha';

const cleaned = (multiline = false) => z.preprocess((v) => (typeof v === 'string' ? cleanText(v, { multiline }) : v), z.string({ error: 'Chưa nhập.' }));
const required = (label: string, min: number, max: number, multiline = false) =>
  cleaned(multiline).pipe(
    z
      .string()
      .min(1, `Hãy nhập ${label}.`)
      .min(min, `${capital(label)} cần ít nhất ${min} ký tự.`)
      .max(max, `${capital(label)} dài quá ${max} ký tự.`),
  );
const optional = (label: string, max: number, multiline = false) =>
  z.preprocess((v) => (v === undefined || v === null ? '' : v), cleaned(multiline).pipe(z.string().max(max, `${capital(label)} dài quá ${max} ký tự.`))).transform((v) => v || null);
const email = z
  .preprocess((v) => (v === undefined || v === null ? '' : v), cleaned().pipe(z.string().max(INTAKE_LIMITS.email, 'Địa chỉ thư điện tử quá dài.')))
  .transform((v) => v.toLowerCase())
  .pipe(z.union([z.literal(''), z.email({ error: 'Địa chỉ thư điện tử chưa đúng, ví dụ: ten@example.vn.' })]))
  .transform((v) => v || null);
/** Phone numbers as people type them: spaces, dots and dashes allowed; +84 or 0 first. */
const phone = z
  .preprocess((v) => (typeof v === 'string' ? cleanText(v).replace(/[\s.\-()]/g, '') : v ?? ''), z.string())
  .pipe(z.union([z.literal(''), z.string().regex(/^(\+84|0)\d{8,10}$/, 'Số điện thoại chưa đúng, ví dụ: 0912 345 678.')]))
  .transform((v) => v || null);
const checked = (message: string) => z.preprocess((v) => v === true || v === 'on' || v === 'true' || v === '1', z.literal(true, { error: message }));

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export const questionFormSchema = z
  .object({
    field: z.enum(enumValues('legalField'), { error: 'Chọn lĩnh vực của câu hỏi.' }),
    title: required('tiêu đề', 10, INTAKE_LIMITS.title),
    question: required('nội dung câu hỏi', 20, INTAKE_LIMITS.question, true),
    name: required('họ và tên', 2, INTAKE_LIMITS.name),
    email,
    phone,
    consent: checked('Cần đồng ý cho cơ quan xử lý dữ liệu cá nhân để trả lời câu hỏi (Nghị định 13/2023/NĐ-CP).'),
  })
  .superRefine((form, ctx) => {
    if (form.email === null && form.phone === null) ctx.addIssue({ code: 'custom', path: ['email'], message: 'Nhập thư điện tử hoặc số điện thoại để nhận trả lời.' });
  });
export type QuestionForm = z.infer<typeof questionFormSchema>;

export const commentFormSchema = z.object({
  body: required('nội dung góp ý', 10, INTAKE_LIMITS.comment, true),
  section: optional('điều, khoản góp ý', INTAKE_LIMITS.section),
  name: optional('họ và tên', INTAKE_LIMITS.name),
  email,
  organisation: optional('cơ quan, tổ chức', INTAKE_LIMITS.organisation),
});
export type CommentForm = z.infer<typeof commentFormSchema>;

export const feedbackFormSchema = z.object({
  path: z.string({ error: 'Thiếu địa chỉ trang.' }).regex(PAGE_PATH, 'Địa chỉ trang không hợp lệ.').max(INTAKE_LIMITS.path, 'Địa chỉ trang quá dài.'),
  helpful: z.preprocess((v) => (v === 'yes' || v === 'true' ? true : v === 'no' || v === 'false' ? false : v), z.boolean({ error: 'Chọn "Có" hoặc "Không".' })),
  comment: optional('ý kiến', INTAKE_LIMITS.feedback, true),
});
export type FeedbackForm = z.infer<typeof feedbackFormSchema>;

/** A form's fields checked, each problem as a message next to its field (the first one per field). */
export function parseForm<T>(schema: z.ZodType<T>, input: Record<string, unknown>): FormResult<T> {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? 'form');
    errors[field] ??= issue.message;
  }
  return { ok: false, errors };
}
