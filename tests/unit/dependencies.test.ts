import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, { version?: string }> };
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { engines: { node: string } };

describe('the dependency tree', () => {
  it('holds one sharp, so the CMS, Astro and the image pipeline load one libvips', () => {
    const copies = Object.entries(lock.packages).filter(([path]) => /(^|\/)node_modules\/sharp$/.test(path));
    expect(copies.map(([path, entry]) => `${path}@${entry.version}`)).toEqual([`node_modules/sharp@${lock.packages['node_modules/sharp']?.version}`]);
  });

  it('asks for a Node that strips TypeScript types, as every script here needs (22.18 and later)', () => {
    expect(manifest.engines.node).toBe('>=22.18');
    const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
    expect(major > 22 || (major === 22 && minor >= 18)).toBe(true);
  });
});
