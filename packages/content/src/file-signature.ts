/**
 * What a file's first bytes say it is, for the formats a portal publishes.
 * Uploads are accepted only when the bytes and the extension agree, so an
 * HTML page or a script renamed to `.jpg` or `.pdf` never enters the media
 * library (Strapi's own check trusts the extension for formats without a
 * signature). Pure, for unit tests.
 */
export type Family = 'jpeg' | 'png' | 'gif' | 'webp' | 'avif' | 'pdf' | 'zip' | 'cfb' | 'mp4' | 'mp3';

/** Accepted extensions, each with the signature its bytes must have. */
export const ACCEPTED: Readonly<Record<string, Family>> = {
  jpg: 'jpeg',
  jpeg: 'jpeg',
  png: 'png',
  gif: 'gif',
  webp: 'webp',
  avif: 'avif',
  pdf: 'pdf',
  // Office Open XML and OpenDocument files are zip archives; older Office files are compound files.
  docx: 'zip',
  xlsx: 'zip',
  pptx: 'zip',
  odt: 'zip',
  ods: 'zip',
  odp: 'zip',
  zip: 'zip',
  doc: 'cfb',
  xls: 'cfb',
  ppt: 'cfb',
  mp4: 'mp4',
  mp3: 'mp3',
};

function starts(bytes: Uint8Array, signature: number[], offset = 0): boolean {
  return signature.every((b, i) => bytes[offset + i] === b);
}

function ascii(bytes: Uint8Array, text: string, offset = 0): boolean {
  return starts(
    bytes,
    [...text].map((c) => c.charCodeAt(0)),
    offset,
  );
}

export function sniff(bytes: Uint8Array): Family | null {
  if (starts(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (starts(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (ascii(bytes, 'GIF87a') || ascii(bytes, 'GIF89a')) return 'gif';
  if (ascii(bytes, 'RIFF') && ascii(bytes, 'WEBP', 8)) return 'webp';
  if (ascii(bytes, 'ftyp', 4)) return ascii(bytes, 'avif', 8) || ascii(bytes, 'avis', 8) ? 'avif' : 'mp4';
  if (ascii(bytes, '%PDF-')) return 'pdf';
  if (starts(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'zip';
  if (starts(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'cfb';
  if (ascii(bytes, 'ID3') || (bytes[0] === 0xff && ((bytes[1] ?? 0) & 0xe0) === 0xe0)) return 'mp3';
  return null;
}

export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
}

/** Null when the file may be uploaded; otherwise why not, in Vietnamese. */
export function uploadProblem(name: string, bytes: Uint8Array): string | null {
  const expected = ACCEPTED[extensionOf(name)];
  const list = Object.keys(ACCEPTED).join(', ');
  if (!expected) return `Tệp "${name}" không thuộc loại được phép tải lên (${list}).`;
  if (sniff(bytes) !== expected) return `Nội dung tệp "${name}" không đúng định dạng .${extensionOf(name)}; tệp bị từ chối.`;
  return null;
}
