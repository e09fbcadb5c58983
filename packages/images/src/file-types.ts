import { extname } from 'node:path';
import { MediaError } from './types.ts';

/**
 * Downloadable files the portals offer, by extension, with the bytes each
 * must start with. Checking the content, not only the name, keeps a renamed
 * executable or a broken upload off 193 public sites.
 */
const SIGNATURES = {
  pdf: [[0x25, 0x50, 0x44, 0x46, 0x2d]], // %PDF-
  ooxml: [[0x50, 0x4b, 0x03, 0x04]], // zip container: docx, xlsx, pptx, odt, ods, odp, zip
  ole: [[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]], // legacy doc, xls, ppt
  rtf: [[0x7b, 0x5c, 0x72, 0x74, 0x66]], // {\rtf
  rar: [[0x52, 0x61, 0x72, 0x21, 0x1a, 0x07]], // Rar!
  sevenZip: [[0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]],
  jpeg: [[0xff, 0xd8, 0xff]],
  png: [[0x89, 0x50, 0x4e, 0x47]],
  text: [],
} as const;

type Signature = keyof typeof SIGNATURES;

const ALLOWED_FILES: Record<string, Signature> = {
  '.pdf': 'pdf',
  '.docx': 'ooxml', '.xlsx': 'ooxml', '.pptx': 'ooxml', '.odt': 'ooxml', '.ods': 'ooxml', '.odp': 'ooxml', '.zip': 'ooxml',
  '.doc': 'ole', '.xls': 'ole', '.ppt': 'ole',
  '.rtf': 'rtf',
  '.rar': 'rar',
  '.7z': 'sevenZip',
  '.jpg': 'jpeg', '.jpeg': 'jpeg',
  '.png': 'png',
  '.txt': 'text', '.csv': 'text',
};

/** The extension of a Strapi media name, lower-cased: '.pdf'. */
export function extensionOf(name: string): string {
  return extname(name).toLowerCase();
}

/** Null when the name is allowed; otherwise why not. Checked before fetching, so refused files cost nothing. */
export function refusedFileName(name: string): MediaError | null {
  const ext = extensionOf(name);
  if (ALLOWED_FILES[ext]) return null;
  const allowed = Object.keys(ALLOWED_FILES).join(', ');
  return new MediaError('type', `"${name}" has ${ext ? `the extension ${ext}` : 'no extension'}, which the portals do not publish (allowed: ${allowed}).`);
}

/** Null when the content matches the extension; otherwise why not. */
export function refusedFileContent(name: string, bytes: Uint8Array): MediaError | null {
  const kind = ALLOWED_FILES[extensionOf(name)];
  if (!kind) return refusedFileName(name);
  if (bytes.byteLength === 0) return new MediaError('corrupt', `"${name}" is empty: upload it again.`);
  if (kind === 'text') {
    return bytes.subarray(0, 4096).includes(0) ? new MediaError('type', `"${name}" is named as text but holds binary data.`) : null;
  }
  const matches = SIGNATURES[kind].some((sig) => sig.every((byte, i) => bytes[i] === byte));
  if (matches) return null;
  return new MediaError('corrupt', `"${name}" does not hold what its extension says (${kind.toUpperCase()} expected): the file is damaged or was renamed. Upload the original again.`);
}

/**
 * A name that is safe as one path segment on any file system and in a URL,
 * keeping Vietnamese letters: "Quyết định 12/QĐ-UBND.pdf" → "Quyết định 12-QĐ-UBND.pdf".
 */
export function safeFileName(name: string): string {
  const nfc = name.normalize('NFC');
  const ext = extensionOf(nfc);
  const printable = [...nfc.slice(0, nfc.length - ext.length)].map((ch) => (ch < ' ' || ch === '\u007f' ? '-' : ch)).join('');
  const base = printable
    .replace(/[/\\:*?"<>|#%]+/g, '-')
    .replace(/^[.\s-]+|[.\s-]+$/g, '')
    .slice(0, 120);
  return `${base || 'tep'}${ext}`;
}
