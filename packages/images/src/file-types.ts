import { extname } from 'node:path';
import { ACCEPTED, extensionOf, sniff } from '@qn/content';
import { MediaError } from './types.ts';

/**
 * Downloadable files the portals offer: exactly what the CMS accepts at
 * upload (`ACCEPTED`, with the bytes each must start with, in @qn/content),
 * checked again here because a file can be damaged or replaced on disk after
 * it was accepted. One list, so nothing an editor could upload is then
 * silently left off the sites.
 */

/** Null when the name is allowed; otherwise why not. Checked before fetching, so refused files cost nothing. */
export function refusedFileName(name: string): MediaError | null {
  const ext = extensionOf(name);
  if (ACCEPTED[ext]) return null;
  const allowed = Object.keys(ACCEPTED).join(', ');
  return new MediaError('type', `"${name}" has ${ext ? `the extension .${ext}` : 'no extension'}, which the portals do not publish (allowed: ${allowed}).`);
}

/** Null when the content matches the extension; otherwise why not. */
export function refusedFileContent(name: string, bytes: Uint8Array): MediaError | null {
  const family = ACCEPTED[extensionOf(name)];
  if (!family) return refusedFileName(name);
  if (bytes.byteLength === 0) return new MediaError('corrupt', `"${name}" is empty: upload it again.`);
  if (sniff(bytes) === family) return null;
  return new MediaError('corrupt', `"${name}" does not hold what its extension says (${family.toUpperCase()} expected): the file is damaged or was renamed. Upload the original again.`);
}

/**
 * A name that is safe as one path segment on any file system and in a URL,
 * keeping Vietnamese letters: "Quyết định 12/QĐ-UBND.pdf" → "Quyết định 12-QĐ-UBND.pdf".
 */
export function safeFileName(name: string): string {
  const nfc = name.normalize('NFC');
  const ext = extname(nfc).toLowerCase();
  const printable = [...nfc.slice(0, nfc.length - ext.length)].map((ch) => (ch < ' ' || ch === '\u007f' ? '-' : ch)).join('');
  const base = printable
    .replace(/[/\\:*?"<>|#%]+/g, '-')
    .replace(/^[.\s-]+|[.\s-]+$/g, '')
    .slice(0, 120);
  return `${base || 'tep'}${ext}`;
}
