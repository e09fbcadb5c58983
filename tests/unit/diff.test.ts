import { describe, expect, it } from 'vitest';
import { diffLines, formatDiff } from '@qn/content';

describe('comparing two versions', () => {
  it('reports lines kept, removed and added, and the words that changed in a replaced line', () => {
    const lines = diffLines('[title] Hạ Long khánh thành cầu Cửa Lục 3\nCây cầu dài 1.000 m.\nDòng bỏ đi', '[title] Hạ Long đưa cầu Cửa Lục 3 vào sử dụng\nCây cầu dài 1.000 m.');
    expect(lines.map(({ type, text }) => ({ type, text }))).toEqual([
      { type: 'removed', text: '[title] Hạ Long khánh thành cầu Cửa Lục 3' },
      { type: 'added', text: '[title] Hạ Long đưa cầu Cửa Lục 3 vào sử dụng' },
      { type: 'same', text: 'Cây cầu dài 1.000 m.' },
      { type: 'removed', text: 'Dòng bỏ đi' },
    ]);
    expect(lines[0]!.words!.filter((w) => w.type === 'removed').map((w) => w.text.trim())).toEqual(['khánh', 'thành']);
    expect(lines[1]!.words!.filter((w) => w.type === 'added').map((w) => w.text.trim())).toEqual(['đưa', 'vào sử dụng']);
    // Each side's words put back together are that side's line.
    expect(lines[0]!.words!.map((w) => w.text).join('')).toBe(lines[0]!.text);
    expect(lines[1]!.words!.map((w) => w.text).join('')).toBe(lines[1]!.text);
    // A line with no counterpart has no word view.
    expect(lines[3]!.words).toBeUndefined();
    expect(formatDiff(lines)).toBe('- [title] Hạ Long khánh thành cầu Cửa Lục 3\n+ [title] Hạ Long đưa cầu Cửa Lục 3 vào sử dụng\n  Cây cầu dài 1.000 m.\n- Dòng bỏ đi');
  });

  it('compares two long documents that differ in one line (a table of every line pair would need 400 million cells)', () => {
    const before = Array.from({ length: 20_000 }, (_, i) => `Đoạn ${i}: nội dung văn bản.`);
    const after = before.with(12_345, 'Đoạn 12345: nội dung đã sửa.');
    const lines = diffLines(before.join('\n'), after.join('\n'));
    expect(lines.filter((l) => l.type !== 'same').map((l) => l.text)).toEqual(['Đoạn 12345: nội dung văn bản.', 'Đoạn 12345: nội dung đã sửa.']);
    expect(lines).toHaveLength(20_001);
  });

  it('an identical text has no changes; from nothing, the one empty line is replaced', () => {
    expect(diffLines('a\nb', 'a\nb').every((l) => l.type === 'same')).toBe(true);
    expect(diffLines('', 'a').map((l) => l.type)).toEqual(['removed', 'added']);
  });
});
