import { describe, expect, it } from 'vitest';
import { blocksToHtml, blocksToText, textToBlocks, type BlockNode } from '@qn/content';

const text = (value: string, marks: Partial<BlockNode> = {}): BlockNode => ({ type: 'text', text: value, ...marks });

describe('blocks rendering', () => {
  it('renders paragraphs, headings below the page h1, lists and marks', () => {
    const html = blocksToHtml([
      { type: 'heading', level: 1, children: [text('Mục tiêu')] },
      { type: 'paragraph', children: [text('Năm '), text('2026', { bold: true })] },
      { type: 'list', format: 'ordered', children: [{ type: 'list-item', children: [text('Một')] }] },
    ]);
    expect(html).toBe('<h2>Mục tiêu</h2>\n<p>Năm <strong>2026</strong></p>\n<ol><li>Một</li></ol>');
  });

  it('escapes text and drops unsafe links', () => {
    const html = blocksToHtml([
      { type: 'paragraph', children: [text('<script>alert(1)</script>')] },
      { type: 'paragraph', children: [{ type: 'link', url: 'javascript:alert(1)', children: [text('bấm')] }] },
      { type: 'paragraph', children: [{ type: 'link', url: 'https://quangninh.gov.vn/?a=1&b="2"', children: [text('cổng')] }] },
    ]);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('<p>bấm</p>');
    expect(html).toContain('<a href="https://quangninh.gov.vn/?a=1&amp;b=&quot;2&quot;">cổng</a>');
  });

  it('keeps the text of unknown block types', () => {
    expect(blocksToHtml([{ type: 'future-widget', children: [text('vẫn hiện')] }])).toBe('<p>vẫn hiện</p>');
  });

  it('extracts plain text, one line per block, and round-trips seed text', () => {
    expect(blocksToText(textToBlocks('Dòng một\n\nDòng hai'))).toBe('Dòng một\nDòng hai');
    expect(blocksToText(null)).toBe('');
  });
});
