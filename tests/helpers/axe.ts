/** axe-core in a real page: WCAG 2.2 A/AA violations, plus unique landmark names. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export async function axe(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE });
  const result = await page.evaluate(
    (values) =>
      (window as unknown as { axe: { run(c: Document, o: object): Promise<{ violations: Array<{ id: string; help: string; nodes: Array<{ target: string[] }> }> }> } }).axe.run(document, {
        runOnly: { type: 'tag', values },
        // Best practice rather than WCAG, but a screen reader's landmark list is useless when two entries read the same.
        rules: { 'landmark-unique': { enabled: true } },
      }),
    TAGS,
  );
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
}
