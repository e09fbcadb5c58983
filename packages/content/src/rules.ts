/**
 * Field rules every content write obeys, whatever route it comes through.
 * Pure: the CMS calls them with the record as it will be stored, and turns
 * the problems into a refusal naming each field. Messages are for editors,
 * in Vietnamese.
 */
import { KINDS, type RecordKind } from './kinds.ts';

export interface FieldProblem {
  field: string;
  message: string;
}

type Record_ = Record<string, unknown>;

function str(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

/** Whether a blocks value holds any text. */
function hasText(value: unknown): boolean {
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.some(hasText);
  if (value && typeof value === 'object') {
    const node = value as { text?: unknown; children?: unknown };
    return hasText(node.text) || hasText(node.children);
  }
  return false;
}

/** Whether `a` is the same moment as `b` or later (both present): the wrong order for a start and its end. */
function atOrAfter(a: unknown, b: unknown): boolean {
  const x = str(a);
  const y = str(b);
  return x !== null && y !== null && Date.parse(x) >= Date.parse(y);
}

/** Content types whose records have an address (slug) on their portal's site, and what the slug is made from (the registry's `slugFrom`). */
export const SLUG_SOURCES: Readonly<Record<string, (record: Record_) => string | null>> = Object.fromEntries(
  (KINDS as readonly RecordKind[]).flatMap((k) => (k.slugFrom ? [[k.uid, k.slugFrom]] : [])),
);

/** Portal-owned content types with draft & publish: published only with a portal. */
export const PORTAL_OWNED = new Set<string>(KINDS.filter((k) => k.portalOwned).map((k) => k.uid));

/** Every content type readers can see, with draft & publish: never hard-deleted once published. */
export const RETAINED = new Set<string>(KINDS.filter((k) => k.draftAndPublish).map((k) => k.uid));

const CHECKS: Readonly<Record<string, (r: Record_) => FieldProblem[]>> = {
  'api::legal-document.legal-document': (r) => [
    ...(atOrAfter(r.issuedOn, r.effectiveOn) && r.issuedOn !== r.effectiveOn
      ? [{ field: 'effectiveOn', message: 'Ngày có hiệu lực không được trước ngày ban hành.' }]
      : []),
    ...(atOrAfter(r.effectiveOn ?? r.issuedOn, r.expiresOn) ? [{ field: 'expiresOn', message: 'Ngày hết hiệu lực phải sau ngày có hiệu lực.' }] : []),
    ...(r.validity === 'replaced' && !r.replacedBy
      ? [{ field: 'replacedBy', message: 'Văn bản "bị thay thế" phải chọn văn bản thay thế (trường "replacedBy").' }]
      : []),
    ...(str(r.number) && !/^[\p{L}\p{N}]+(?:[/.-][\p{L}\p{N}]+)*$/u.test(String(r.number).trim())
      ? [{ field: 'number', message: 'Số, ký hiệu văn bản có dạng "1234/QĐ-UBND".' }]
      : []),
  ],
  'api::consultation.consultation': (r) =>
    atOrAfter(r.opensAt, r.closesAt) ? [{ field: 'closesAt', message: 'Thời điểm kết thúc lấy ý kiến phải sau thời điểm bắt đầu.' }] : [],
  // Only answered questions are published: the site shows a question with its answer, never alone.
  'api::question.question': (r) => [
    ...(r.progress !== 'answered' ? [{ field: 'progress', message: 'Chỉ xuất bản câu hỏi đã được trả lời: chọn tình trạng "answered" (Đã trả lời).' }] : []),
    ...(!hasText(r.body) ? [{ field: 'body', message: 'Chưa có nội dung trả lời (trường "body").' }] : []),
  ],
  'api::notice.notice': (r) => (atOrAfter(r.startsAt, r.endsAt) ? [{ field: 'endsAt', message: 'Thời điểm kết thúc phải sau thời điểm bắt đầu.' }] : []),
  'api::plan.plan': (r) =>
    typeof r.startYear === 'number' && typeof r.endYear === 'number' && r.endYear < r.startYear
      ? [{ field: 'endYear', message: 'Năm kết thúc không được trước năm bắt đầu.' }]
      : [],
};

/** Problems with a record as it will be stored (empty when it is valid). */
export function checkRecord(uid: string, record: Record_): FieldProblem[] {
  return CHECKS[uid]?.(record) ?? [];
}

/** Every string in a write, normalised to NFC (Vietnamese typed on different keyboards differs otherwise). */
export function normaliseStrings<T>(value: T): T {
  if (typeof value === 'string') return value.normalize('NFC') as T;
  if (Array.isArray(value)) return value.map(normaliseStrings) as T;
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normaliseStrings(v)])) as T;
  }
  return value;
}
