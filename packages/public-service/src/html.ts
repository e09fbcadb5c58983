/**
 * The pages a browser without JavaScript gets after posting a form: the
 * receipt (with the tracking code), or the same form again with what was
 * typed and a message next to each field that needs fixing. Plain,
 * self-contained HTML in Vietnamese; the enhanced forms on the sites get
 * JSON instead.
 */
import { ENUMS, escapeHtml } from '@qn/content';
import type { FieldErrors } from './forms.ts';
import { HONEYPOT } from './forms.ts';

const e = escapeHtml;

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

export const FORM_FIELDS: Readonly<Record<'question' | 'comment' | 'feedback', readonly Field[]>> = {
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

const STYLE = `body{font:1rem/1.6 system-ui,sans-serif;margin:0 auto;max-width:40rem;padding:1rem;color:#1a1a1a}
a{color:#0b4f9c}label{display:block;font-weight:600;margin-top:1rem}input,select,textarea{font:inherit;width:100%;box-sizing:border-box;padding:.5rem;border:1px solid #555;border-radius:4px}
textarea{min-height:8rem}.check label,.radio label{display:flex;gap:.5rem;font-weight:400}.check input,.radio input{width:auto}
.error{color:#b00020;font-weight:600;margin:.25rem 0}.summary{border:2px solid #b00020;padding:.5rem 1rem}.hint{color:#444;margin:.25rem 0}
.code{font:700 1.5rem/1.2 ui-monospace,monospace;letter-spacing:.1em}button{font:inherit;margin-top:1.5rem;padding:.6rem 1.2rem;background:#0b4f9c;color:#fff;border:0;border-radius:4px}
.hp{position:absolute;left:-10000px}`;

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${e(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}

export function receiptPage({ portalName, origin, heading, lines, code, lookup }: { portalName: string; origin: string; heading: string; lines: string[]; code?: string; lookup?: string }): string {
  return page(
    `${heading} - ${portalName}`,
    `<h1>${e(heading)}</h1>
${code ? `<p>Mã tra cứu của bạn:</p><p class="code">${e(code)}</p>` : ''}
${lines.map((line) => `<p>${e(line)}</p>`).join('\n')}
${lookup ? `<p><a href="${e(lookup)}">Tra cứu tình trạng câu hỏi</a></p>` : ''}
<p><a href="${e(origin)}/">Về trang chủ ${e(portalName)}</a></p>`,
  );
}

function fieldHtml(field: Field, value: string, error: string | undefined): string {
  const id = `f-${field.name}`;
  const described = [field.hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  const aria = `${field.required ? ' required aria-required="true"' : ''}${error ? ' aria-invalid="true"' : ''}${described ? ` aria-describedby="${described}"` : ''}`;
  const hint = field.hint ? `<p class="hint" id="${id}-hint">${e(field.hint)}</p>` : '';
  const message = error ? `<p class="error" id="${id}-error">${e(error)}</p>` : '';
  if (field.type === 'hidden') return `<input type="hidden" name="${field.name}" value="${e(value)}">`;
  if (field.type === 'checkbox') {
    return `<div class="check">${message}<label for="${id}"><input type="checkbox" id="${id}" name="${field.name}"${value ? ' checked' : ''}${aria}> ${e(field.label)}</label></div>`;
  }
  if (field.type === 'radio') {
    const options = (field.options ?? [])
      .map((o, i) => `<label for="${id}-${i}"><input type="radio" id="${id}-${i}" name="${field.name}" value="${e(o.value)}"${o.value === value ? ' checked' : ''}${i === 0 ? aria : ''}> ${e(o.label)}</label>`)
      .join('');
    return `<fieldset class="radio"><legend>${e(field.label)}</legend>${message}${options}</fieldset>`;
  }
  const label = `<label for="${id}">${e(field.label)}${field.required ? ' (bắt buộc)' : ''}</label>`;
  const auto = field.autocomplete ? ` autocomplete="${field.autocomplete}"` : '';
  if (field.type === 'textarea') return `${label}${hint}${message}<textarea id="${id}" name="${field.name}"${aria}>${e(value)}</textarea>`;
  if (field.type === 'select') {
    const options = [`<option value="">-- Chọn --</option>`, ...(field.options ?? []).map((o) => `<option value="${e(o.value)}"${o.value === value ? ' selected' : ''}>${e(o.label)}</option>`)].join('');
    return `${label}${hint}${message}<select id="${id}" name="${field.name}"${aria}>${options}</select>`;
  }
  return `${label}${hint}${message}<input type="${field.type}" id="${id}" name="${field.name}" value="${e(value)}"${auto}${aria}>`;
}

/** The form again, as it was posted, with the problems listed first and next to each field. */
export function formPage({
  portalName,
  origin,
  heading,
  action,
  fields,
  values,
  errors,
  notice,
}: {
  portalName: string;
  origin: string;
  heading: string;
  action: string;
  fields: readonly Field[];
  values: Record<string, string>;
  errors: FieldErrors;
  notice?: string;
}): string {
  const listed = Object.entries(errors).map(([name, message]) => {
    const field = fields.find((f) => f.name === name);
    const target = field?.type === 'radio' ? `f-${name}-0` : `f-${name}`;
    return field && field.type !== 'hidden' ? `<li><a href="#${target}">${e(field.label)}: ${e(message)}</a></li>` : `<li>${e(message)}</li>`;
  });
  const summary =
    listed.length > 0 || notice
      ? `<div class="summary" role="alert" tabindex="-1"><h2>${notice ? e(notice) : 'Cần sửa trước khi gửi'}</h2>${listed.length > 0 ? `<ul>${listed.join('')}</ul>` : ''}</div>`
      : '';
  return page(
    `${heading} - ${portalName}`,
    `<h1>${e(heading)}</h1>
${summary}
<form method="post" action="${e(action)}" novalidate>
${fields.map((f) => fieldHtml(f, values[f.name] ?? '', errors[f.name])).join('\n')}
<div class="hp" aria-hidden="true"><label for="f-${HONEYPOT}">Để trống ô này</label><input type="text" id="f-${HONEYPOT}" name="${HONEYPOT}" tabindex="-1" autocomplete="off"></div>
<button type="submit">Gửi</button>
</form>
<p><a href="${e(origin)}/">Về trang chủ ${e(portalName)}</a></p>`,
  );
}
