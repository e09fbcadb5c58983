/**
 * The pages a browser without JavaScript gets after posting a form: the
 * receipt (with the tracking code), or the same form again with what was
 * typed and a message next to each field that needs fixing. Plain,
 * self-contained HTML in Vietnamese; the enhanced forms on the sites get
 * JSON instead.
 */
import { escapeHtml } from '@qn/content';
import type { Field } from './fields.ts';
import type { FieldErrors } from './forms.ts';
import { HONEYPOT } from './forms.ts';

const e = escapeHtml;

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

const PROGRESS: Readonly<Record<string, string>> = {
  received: 'Đã tiếp nhận: câu hỏi đang chờ cơ quan xem xét.',
  in_progress: 'Đang xử lý: cơ quan đang chuẩn bị trả lời.',
  answered: 'Đã trả lời.',
};

/** A question's standing, for the lookup form posted without JavaScript. */
export function statusPage({ portalName, origin, code, progress, answerUrl, problem }: { portalName: string; origin: string; code: string; progress: string | null; answerUrl: string | null; problem: string | null }): string {
  const lines = problem
    ? `<p role="alert">${e(problem)}</p>`
    : `<p>${e(PROGRESS[progress ?? ''] ?? progress ?? '')}</p>${answerUrl ? `<p>Câu hỏi và trả lời đã được công bố: <a href="${e(answerUrl)}">xem trả lời</a>.</p>` : progress === 'answered' ? '<p>Trả lời đã được gửi cho bạn; cơ quan chưa công bố câu hỏi này trên cổng.</p>' : ''}`;
  return page(
    `Tra cứu câu hỏi - ${portalName}`,
    `<h1>Tra cứu câu hỏi</h1>
<p>Mã tra cứu: <span class="code">${e(code)}</span></p>
${lines}
<p><a href="${e(origin)}/hoi-dap/tra-cuu/">Tra cứu mã khác</a> · <a href="${e(origin)}/">Về trang chủ ${e(portalName)}</a></p>`,
  );
}
