/**
 * Readers' forms sent in place (components/IntakeForm.astro): the proof of
 * work is solved in the browser (ALTCHA's v1 protocol: find the number whose
 * SHA-256 with the salt is the challenge), the form goes as JSON, and the
 * answer is shown on the page: the receipt, the messages next to the
 * fields, or why it could not be sent. What was typed is never cleared
 * unless the service has it. Without this script the form posts as HTML.
 */

interface Challenge {
  algorithm: string;
  challenge: string;
  maxnumber: number;
  salt: string;
  signature: string;
}

const TEXT = {
  sending: 'Đang gửi…',
  offline: 'Không kết nối được hệ thống tiếp nhận. Nội dung bạn nhập vẫn còn trên trang; vui lòng thử lại sau ít phút.',
  fix: 'Cần sửa trước khi gửi:',
  received: 'Đã nhận',
  code: 'Mã tra cứu của bạn:',
  lookup: 'Tra cứu tình trạng câu hỏi',
  queued: 'Hệ thống đang chuyển nội dung tới cơ quan; bạn không cần gửi lại.',
};

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The base64 solution the service verifies, or '' when the browser cannot solve (the service then applies a stricter limit). */
async function proofOfWork(service: string): Promise<string> {
  if (!globalThis.crypto?.subtle) return '';
  try {
    const response = await fetch(`${service}/v1/challenge`, { headers: { accept: 'application/json' } });
    if (!response.ok) return '';
    const challenge = (await response.json()) as Challenge;
    if (challenge.algorithm !== 'SHA-256') return '';
    for (let number = 0; number <= challenge.maxnumber; number += 1) {
      if ((await sha256Hex(`${challenge.salt}${number}`)) === challenge.challenge) {
        return btoa(JSON.stringify({ algorithm: challenge.algorithm, challenge: challenge.challenge, number, salt: challenge.salt, signature: challenge.signature }));
      }
    }
  } catch {
    // No proof: the submission still goes, under the stricter limit.
  }
  return '';
}

function values(form: HTMLFormElement): Record<string, string | boolean> {
  const data: Record<string, string | boolean> = {};
  for (const element of Array.from(form.elements)) {
    if (!(element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement) || !element.name) continue;
    if (element instanceof HTMLInputElement && element.type === 'checkbox') data[element.name] = element.checked;
    else if (element instanceof HTMLInputElement && element.type === 'radio') {
      if (element.checked) data[element.name] = element.value;
    } else data[element.name] = element.value;
  }
  return data;
}

function clearErrors(form: HTMLFormElement): void {
  for (const error of Array.from(form.querySelectorAll<HTMLElement>('.field-error'))) {
    error.hidden = true;
    error.textContent = '';
  }
  for (const invalid of Array.from(form.querySelectorAll('[aria-invalid]'))) invalid.removeAttribute('aria-invalid');
  const summary = form.querySelector<HTMLElement>('.form-errors');
  if (summary) {
    summary.hidden = true;
    summary.replaceChildren();
  }
}

function showErrors(form: HTMLFormElement, kind: string, errors: Record<string, string>, message: string): void {
  const summary = form.querySelector<HTMLElement>('.form-errors')!;
  const list = document.createElement('ul');
  let first: HTMLElement | null = null;
  for (const [name, text] of Object.entries(errors)) {
    const slot = form.querySelector<HTMLElement>(`#${kind}-${name}-error`);
    const control = form.querySelector<HTMLElement>(`#${kind}-${name}, #${kind}-${name}-0`);
    const item = document.createElement('li');
    if (slot && control) {
      slot.textContent = text;
      slot.hidden = false;
      control.setAttribute('aria-invalid', 'true');
      first ??= control;
      const link = document.createElement('a');
      link.href = `#${control.id}`;
      const label = form.querySelector(`label[for="${control.id}"]`)?.textContent ?? control.closest('fieldset')?.querySelector('legend')?.textContent ?? '';
      link.textContent = label ? `${label.replace(/\s*\(bắt buộc\)$/, '')}: ${text}` : text;
      item.append(link);
    } else item.textContent = text;
    list.append(item);
  }
  const heading = document.createElement('p');
  heading.textContent = message || TEXT.fix;
  summary.replaceChildren(heading, ...(list.children.length > 0 ? [list] : []));
  summary.hidden = false;
  summary.setAttribute('role', 'alert');
  (first ?? summary).focus();
}

function showReceipt(form: HTMLFormElement, answer: { code?: string; message?: string; queued?: boolean }): void {
  const receipt = document.createElement('div');
  receipt.className = 'receipt';
  receipt.tabIndex = -1;
  const heading = document.createElement('h2');
  heading.textContent = TEXT.received;
  const message = document.createElement('p');
  message.textContent = answer.message ?? '';
  receipt.append(heading, message);
  if (answer.code) {
    const label = document.createElement('p');
    label.textContent = TEXT.code;
    const code = document.createElement('p');
    code.className = 'tracking-code';
    code.textContent = answer.code;
    const link = document.createElement('a');
    link.href = `/hoi-dap/tra-cuu/?ma=${encodeURIComponent(answer.code)}`;
    link.textContent = TEXT.lookup;
    receipt.append(label, code, link);
  }
  if (answer.queued) {
    const queued = document.createElement('p');
    queued.textContent = TEXT.queued;
    receipt.append(queued);
  }
  form.replaceWith(receipt);
  receipt.focus();
}

async function send(form: HTMLFormElement): Promise<void> {
  const kind = form.dataset.intake ?? '';
  const service = form.dataset.service ?? '';
  const status = form.querySelector<HTMLElement>('.form-status')!;
  const button = form.querySelector<HTMLButtonElement>('button[type="submit"]')!;
  clearErrors(form);
  status.textContent = TEXT.sending;
  button.disabled = true;
  try {
    const body = { ...values(form), altcha: await proofOfWork(service) };
    let response: Response;
    try {
      response = await fetch(form.action, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body: JSON.stringify(body) });
    } catch {
      status.textContent = '';
      showErrors(form, kind, {}, TEXT.offline);
      return;
    }
    const answer = (await response.json().catch(() => ({}))) as { message?: string; errors?: Record<string, string>; code?: string; queued?: boolean };
    status.textContent = '';
    if (response.ok) showReceipt(form, answer);
    else showErrors(form, kind, answer.errors ?? {}, answer.message ?? TEXT.offline);
  } finally {
    button.disabled = false;
  }
}

for (const form of Array.from(document.querySelectorAll<HTMLFormElement>('form[data-intake]'))) {
  if (!form.dataset.service) continue;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void send(form);
  });
}

/** The lookup page: the code from the address or the form, answered in place. */
const lookup = document.querySelector<HTMLFormElement>('form[data-lookup]');
if (lookup?.dataset.service) {
  const output = document.querySelector<HTMLElement>('#lookup-result')!;
  const input = lookup.querySelector<HTMLInputElement>('input[name="ma"]')!;
  const labels = JSON.parse(lookup.dataset.progress ?? '{}') as Record<string, string>;
  const show = async (code: string) => {
    output.textContent = TEXT.sending;
    try {
      const response = await fetch(`${lookup.dataset.service}/v1/questions/${encodeURIComponent(code.trim())}`, { headers: { accept: 'application/json' } });
      const answer = (await response.json()) as { message?: string; progress?: string; path?: string | null };
      output.replaceChildren();
      const line = document.createElement('p');
      line.textContent = response.ok ? (labels[answer.progress ?? ''] ?? answer.progress ?? '') : (answer.message ?? TEXT.offline);
      output.append(line);
      if (response.ok && answer.path) {
        const link = document.createElement('a');
        link.href = answer.path;
        link.textContent = labels.published ?? answer.path;
        output.append(link);
      }
    } catch {
      output.textContent = TEXT.offline;
    }
  };
  lookup.addEventListener('submit', (event) => {
    event.preventDefault();
    if (input.value.trim()) void show(input.value);
  });
  const fromAddress = new URLSearchParams(location.search).get('ma');
  if (fromAddress) {
    input.value = fromAddress;
    void show(fromAddress);
  }
}
