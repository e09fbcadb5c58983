/** Every package says what it is for and documents what it exports: a README that names each runtime export. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const PACKAGES = join(import.meta.dirname, '../../packages');
const names = readdirSync(PACKAGES).filter((dir) => existsSync(join(PACKAGES, dir, 'package.json')));

describe.each(names)('packages/%s', (dir) => {
  it('has a README naming its job, every runtime export and who uses it', async () => {
    const readmePath = join(PACKAGES, dir, 'README.md');
    expect(existsSync(readmePath), `${dir}/README.md`).toBe(true);
    const readme = readFileSync(readmePath, 'utf8');
    const { name } = JSON.parse(readFileSync(join(PACKAGES, dir, 'package.json'), 'utf8')) as { name: string };
    expect(readme.startsWith(`# ${name}\n`)).toBe(true);
    expect(readme).toContain('## Public API');
    expect(readme).toContain('## Used by');
    const exported = Object.keys((await import(name)) as object);
    const undocumented = exported.filter((e) => !new RegExp(`\`${e}[\`(]`).test(readme));
    expect(undocumented).toEqual([]);
  });
});
