/**
 * The public forms' fields, labels and hints, in Vietnamese: one description
 * the sites' pages (packages/public-service/fields) and this service's
 * no-JavaScript pages both render, next to the checks in forms.ts. Pure:
 * imported by the Astro build.
 */
import { ENUMS } from '@qn/content';

export interface Field {
  name: string;
  label: string;
  type: 'text' | 'email' | 'tel' | 'textarea' | 'select' | 'checkbox' | 'radio' | 'hidden';
  required?: boolean;
  hint?: string;
  options?: ReadonlyArray<{ value: string; label: string }>;
  autocomplete?: string;
}

const FIELD_OPTIONS = Object.entries(ENUMS.legalField).map(([value, labels]) => ({ value, label: labels.vi }));

/** Every form's fields, in the order the page shows them. */
export type FormKind = 'question' | 'comment' | 'feedback';

export const FORM_FIELDS: Readonly<Record<FormKind, readonly Field[]>> = {
  question: [
    { name: 'field', label: 'Lĩnh vực', type: 'select', required: true, options: FIELD_OPTIONS },
    { name: 'title', label: 'Tiêu đề câu hỏi', type: 'text', required: true },
    { name: 'question', label: 'Nội dung câu hỏi', type: 'textarea', required: true },
    { name: 'name', label: 'Họ và tên', type: 'text', required: true, autocomplete: 'name' },
    { name: 'email', label: 'Thư điện tử', type: 'email', hint: 'Nhập thư điện tử hoặc số điện thoại để nhận trả lời.', autocomplete: 'email' },
    { name: 'phone', label: 'Số điện thoại', type: 'tel', autocomplete: 'tel' },
    {
      name: 'consent',
      label: 'Tôi đồng ý để cơ quan xử lý họ tên và thông tin liên hệ của tôi chỉ để trả lời câu hỏi này (Nghị định 13/2023/NĐ-CP). Thông tin liên hệ không được công bố.',
      type: 'checkbox',
      required: true,
    },
  ],
  comment: [
    { name: 'body', label: 'Nội dung góp ý', type: 'textarea', required: true },
    { name: 'section', label: 'Điều, khoản góp ý (nếu có)', type: 'text' },
    { name: 'name', label: 'Họ và tên (không bắt buộc)', type: 'text', autocomplete: 'name' },
    { name: 'email', label: 'Thư điện tử (không bắt buộc)', type: 'email', autocomplete: 'email' },
    { name: 'organisation', label: 'Cơ quan, tổ chức (nếu có)', type: 'text', autocomplete: 'organization' },
  ],
  feedback: [
    { name: 'path', label: 'Trang', type: 'hidden' },
    {
      name: 'helpful',
      label: 'Thông tin này có hữu ích không?',
      type: 'radio',
      required: true,
      options: [
        { value: 'yes', label: 'Có' },
        { value: 'no', label: 'Không' },
      ],
    },
    { name: 'comment', label: 'Ý kiến thêm (không bắt buộc, không ghi thông tin cá nhân)', type: 'textarea' },
  ],
};

