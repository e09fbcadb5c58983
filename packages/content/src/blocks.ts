/**
 * Strapi's "blocks" rich text: a JSON tree of paragraphs, headings, lists,
 * quotes, code and images. These helpers turn it into escaped HTML for the
 * sites and plain text for search. Unknown node types are skipped (their
 * text kept), so a newer editor feature never breaks a build.
 */

export interface TextNode {
  type: 'text';
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strikethrough?: boolean;
  code?: boolean;
}

export interface BlockNode {
  type: string;
  children?: BlockNode[];
  text?: string;
  url?: string;
  level?: number;
  format?: string;
  image?: { url?: string; alternativeText?: string | null; width?: number | null; height?: number | null };
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strikethrough?: boolean;
  code?: boolean;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/** Only http(s), mailto, tel and root-relative links survive; anything else (javascript:, data:) is dropped. */
export function safeHref(url: string | undefined): string | null {
  if (!url) return null;
  const trimmed = url.trim();
  if (trimmed.startsWith('/') && !trimmed.startsWith('//')) return trimmed;
  return /^(https?:|mailto:|tel:)/i.test(trimmed) ? trimmed : null;
}

function inline(nodes: BlockNode[] | undefined): string {
  return (nodes ?? []).map(inlineNode).join('');
}

function inlineNode(node: BlockNode): string {
  if (node.type === 'text') {
    let html = escapeHtml(node.text ?? '').replace(/\n/g, '<br>');
    if (node.code) html = `<code>${html}</code>`;
    if (node.bold) html = `<strong>${html}</strong>`;
    if (node.italic) html = `<em>${html}</em>`;
    if (node.underline) html = `<u>${html}</u>`;
    if (node.strikethrough) html = `<s>${html}</s>`;
    return html;
  }
  if (node.type === 'link') {
    const href = safeHref(node.url);
    const content = inline(node.children);
    return href ? `<a href="${escapeHtml(href)}">${content}</a>` : content;
  }
  return inline(node.children);
}

function blockNode(node: BlockNode): string {
  switch (node.type) {
    case 'paragraph': {
      const content = inline(node.children);
      return content.trim() ? `<p>${content}</p>` : '';
    }
    case 'heading': {
      // The page title is the h1; article headings start at h2.
      const level = Math.min(6, Math.max(2, (node.level ?? 2) + 1));
      return `<h${level}>${inline(node.children)}</h${level}>`;
    }
    case 'list': {
      const tag = node.format === 'ordered' ? 'ol' : 'ul';
      return `<${tag}>${(node.children ?? []).map(blockNode).join('')}</${tag}>`;
    }
    case 'list-item':
      return `<li>${inline(node.children)}</li>`;
    case 'quote':
      return `<blockquote><p>${inline(node.children)}</p></blockquote>`;
    case 'code':
      return `<pre><code>${escapeHtml(blocksToText([node]))}</code></pre>`;
    case 'image':
      return '';
    default:
      return inline(node.children) ? `<p>${inline(node.children)}</p>` : '';
  }
}

export function blocksToHtml(blocks: readonly BlockNode[] | null | undefined): string {
  return (blocks ?? []).map(blockNode).join('\n');
}

/** Plain text, one line per block, for search and summaries. */
export function blocksToText(blocks: readonly BlockNode[] | null | undefined): string {
  const lines: string[] = [];
  const walk = (node: BlockNode): string =>
    node.type === 'text' ? (node.text ?? '') : (node.children ?? []).map(walk).join(node.type === 'list' ? '\n' : '');
  for (const block of blocks ?? []) {
    const text = walk(block).trim();
    if (text) lines.push(text);
  }
  return lines.join('\n');
}

/** Paragraph blocks from plain text, one per non-empty line: for seeds and imports. */
export function textToBlocks(text: string): BlockNode[] {
  return text
    .split(/\n+/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => ({ type: 'paragraph', children: [{ type: 'text', text: line }] }));
}
