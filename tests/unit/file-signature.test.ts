import { describe, expect, it } from 'vitest';
import { sniff, uploadProblem } from '@qn/content';

const bytes = (...values: Array<number | string>) =>
  new Uint8Array(values.flatMap((v) => (typeof v === 'number' ? [v] : [...v].map((c) => c.charCodeAt(0)))));

describe('file signatures', () => {
  it.each([
    ['jpeg', bytes(0xff, 0xd8, 0xff, 0xe0)],
    ['png', bytes(0x89, 'PNG', 0x0d, 0x0a, 0x1a, 0x0a)],
    ['gif', bytes('GIF89a')],
    ['webp', bytes('RIFF', 0, 0, 0, 0, 'WEBP')],
    ['avif', bytes(0, 0, 0, 0x1c, 'ftypavif')],
    ['mp4', bytes(0, 0, 0, 0x18, 'ftypisom')],
    ['pdf', bytes('%PDF-1.7')],
    ['zip', bytes('PK', 3, 4)],
    ['cfb', bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)],
    ['mp3', bytes('ID3', 4)],
  ])('recognises %s', (family, head) => {
    expect(sniff(head)).toBe(family);
  });

  it('recognises nothing in text', () => {
    expect(sniff(bytes('<html><script>'))).toBeNull();
    expect(sniff(bytes('<?xml version="1.0"?><svg>'))).toBeNull();
  });

  it('accepts a file whose bytes match its extension, in any letter case', () => {
    expect(uploadProblem('Quyết định.PDF', bytes('%PDF-1.4'))).toBeNull();
    expect(uploadProblem('bao-cao.docx', bytes('PK', 3, 4))).toBeNull();
  });

  it('refuses a page or script under an accepted name, and names not on the list', () => {
    expect(uploadProblem('anh.jpg', bytes('<html><script>alert(1)</script>'))).toContain('không đúng định dạng .jpg');
    expect(uploadProblem('tai-lieu.pdf', bytes('PK', 3, 4))).toContain('không đúng định dạng .pdf');
    expect(uploadProblem('trang.html', bytes('<html>'))).toContain('không thuộc loại được phép');
    expect(uploadProblem('anh.svg', bytes('<svg>'))).toContain('không thuộc loại được phép');
    expect(uploadProblem('khong-duoi', bytes('%PDF-1.4'))).toContain('không thuộc loại được phép');
  });
});

describe('the build offers exactly what the CMS accepts', () => {
  it('publishes every accepted type whose bytes match, and nothing the CMS would refuse', async () => {
    const { refusedFileContent, refusedFileName } = await import('../../packages/images/src/file-types.ts');
    const mp4 = Uint8Array.from([0, 0, 0, 0x18, ...Buffer.from('ftypmp42')]);
    expect(refusedFileContent('Phóng sự.mp4', mp4)).toBeNull();
    expect(refusedFileContent('Bản đồ.webp', Uint8Array.from([...Buffer.from('RIFF'), 0, 0, 0, 0, ...Buffer.from('WEBP')]))).toBeNull();
    // Renamed: the bytes say PDF, the name says MP4.
    expect(refusedFileContent('Phóng sự.mp4', Buffer.from('%PDF-1.7'))?.reason).toBe('corrupt');
    for (const name of ['ghi-chu.txt', 'bang.csv', 'van-ban.rtf', 'nen.rar', 'nen.7z', 'chay.exe']) expect(refusedFileName(name)?.reason, name).toBe('type');
  });
});
