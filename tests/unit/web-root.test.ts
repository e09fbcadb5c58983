import { mkdir, mkdtemp, readdir, readFile, readlink, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '@qn/config';
import { deploySites, nginxConfig, precompress, readWebRoot, swapIntoPlace, type ServedPortal } from '@qn/web-root';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'qn-web-root-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function site(path: string, title: string): Promise<string> {
  await mkdir(join(path, 'tin'), { recursive: true });
  await writeFile(join(path, 'index.html'), `<!doctype html><title>${title}</title>${'<p>Tin tức tỉnh Quảng Ninh</p>'.repeat(100)}`);
  await writeFile(join(path, 'tin', 'index.html'), `<!doctype html><title>tin</title>${'<p>Bản tin</p>'.repeat(200)}`);
  return path;
}

describe('swapIntoPlace', () => {
  it('never leaves the portal without a home page while releases are swapped in', async () => {
    const out = join(dir, 'out');
    await swapIntoPlace(await site(join(dir, 'fresh-0'), 'v0'), out, 'halong', 'r0');
    let swapping = true;
    let reads = 0;
    const misses: string[] = [];
    // A reader far faster than nginx: it would land in any moment the path pointed at nothing.
    const reader = (async () => {
      while (swapping) {
        reads += 1;
        const page = await readFile(join(out, 'halong', 'index.html'), 'utf8').catch((error: Error) => error.message);
        if (!page.startsWith('<!doctype html>')) misses.push(page);
      }
    })();
    for (let n = 1; n <= 40; n++) await swapIntoPlace(await site(join(dir, `fresh-${n}`), `v${n}`), out, 'halong', `r${n}`);
    swapping = false;
    await reader;
    expect(misses).toEqual([]);
    expect(reads).toBeGreaterThan(40);
    expect(await readFile(join(out, 'halong', 'index.html'), 'utf8')).toContain('<title>v40</title>');
    // The current and the previous release are kept.
    expect((await readdir(join(out, '.releases', 'halong'))).toSorted()).toEqual(['r39', 'r40']);
    expect(await readlink(join(out, 'halong'))).toBe(join('.releases', 'halong', 'r40'));
  });

  it('takes over a plain folder left by an older layout', async () => {
    const out = join(dir, 'out');
    await site(join(out, 'halong'), 'old');
    const swapped = await swapIntoPlace(await site(join(dir, 'fresh'), 'new'), out, 'halong', 'r1');
    expect(await readFile(join(out, 'halong', 'index.html'), 'utf8')).toContain('<title>new</title>');
    expect(await readFile(join(swapped.previous!, 'index.html'), 'utf8')).toContain('<title>old</title>');
  });
});

describe('precompress', () => {
  it('writes gzip and brotli copies of text files, and reuses the previous release for unchanged ones', async () => {
    const first = await site(join(dir, 'a'), 'v1');
    expect(await precompress(first, null)).toEqual({ files: 2, reused: 0 });
    expect(gunzipSync(await readFile(join(first, 'index.html.gz'))).equals(await readFile(join(first, 'index.html')))).toBe(true);
    const second = await site(join(dir, 'b'), 'v2');
    // Only the home page changed.
    expect(await precompress(second, first)).toEqual({ files: 2, reused: 1 });
    expect(gunzipSync(await readFile(join(second, 'index.html.gz'))).toString()).toContain('<title>v2</title>');
    expect((await readdir(second)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});

describe('deploySites', () => {
  it('adds media without replacing any, and swaps only the portals named', async () => {
    const build = join(dir, 'build');
    const root = join(dir, 'root');
    await swapIntoPlace(await site(join(dir, 's1'), 'halong v1'), build, 'halong', 'b1');
    await swapIntoPlace(await site(join(dir, 's2'), 'campha v1'), build, 'campha', 'b1');
    await writeFile(join(build, '_portals.json'), JSON.stringify([{ code: 'halong', domain: 'halong.example' }, { code: 'campha', domain: 'campha.example' }]));
    await mkdir(join(build, '_media'), { recursive: true });
    await writeFile(join(build, '_media', 'aa-480w.webp'), 'image from this build');
    await writeFile(join(build, '_media', '.manifest.json'), '{}');
    await mkdir(join(root, '_media'), { recursive: true });
    await writeFile(join(root, '_media', 'aa-480w.webp'), 'same name, deployed by another shard');

    const report = await deploySites({ from: build, to: root, portals: ['halong'] });

    expect(report).toEqual({ portals: ['halong'], media: { added: 0, present: 1 } });
    expect(await readFile(join(root, '_media', 'aa-480w.webp'), 'utf8')).toBe('same name, deployed by another shard');
    expect(await stat(join(root, '_media', '.manifest.json')).catch(() => null)).toBeNull();
    expect(await readFile(join(root, 'halong', 'index.html'), 'utf8')).toContain('halong v1');
    expect(await stat(join(root, 'campha')).catch(() => null)).toBeNull();
    await expect(deploySites({ from: build, to: root, portals: ['nowhere'] })).rejects.toThrow('holds no site for nowhere');
  });
});

describe('nginxConfig', () => {
  const portal = (code: string, extra: Partial<ServedPortal> = {}): ServedPortal => ({ code, domain: `${code}.quangninh.gov.vn`, moved: [], forwardAll: null, ...extra });
  const options = { root: '/srv/portals', urlTemplate: 'https://{domain}', mediaUrl: 'https://media.quangninh.gov.vn/_media', searchUrl: 'https://timkiem.quangninh.gov.vn' };

  it('gives each portal a server with its host, its folder, its moved pages and the policy naming the search host', () => {
    const { text, problems } = nginxConfig({ ...options, portals: [portal('halong', { moved: [{ from: '/bai-viet/cu/', to: 'https://halong.quangninh.gov.vn/bai-viet/moi/' }] })] });
    expect(problems).toEqual([]);
    expect(text).toContain('server_name halong.quangninh.gov.vn;');
    expect(text).toContain('root /srv/portals/halong;');
    expect(text).toContain('location = /bai-viet/cu/ { return 301 https://halong.quangninh.gov.vn/bai-viet/moi/; }');
    expect(text).toContain('connect-src https://timkiem.quangninh.gov.vn;');
    expect(text).toContain('upgrade-insecure-requests');
    // The media host is no portal's: it gets a server of its own.
    expect(text).toContain('server_name media.quangninh.gov.vn;');
  });

  it('sends HSTS and listens with TLS only when given a certificate', () => {
    const plain = nginxConfig({ ...options, portals: [portal('halong')], hstsSeconds: 31_536_000 }).text;
    expect(plain).not.toContain('Strict-Transport-Security');
    expect(plain).toContain('listen 80;');
    const tls = nginxConfig({ ...options, portals: [portal('halong')], hstsSeconds: 31_536_000, tls: { certificate: '/etc/ssl/qn.pem', key: '/etc/ssl/qn.key' } }).text;
    expect(tls).toContain('add_header Strict-Transport-Security "max-age=31536000" always;');
    expect(tls).toContain('listen 443 ssl http2;');
    expect(tls).toContain('return 301 https://$host$request_uri;');
  });

  it('writes one rule per old address, and none for the addresses the server answers itself', () => {
    const to = 'https://halong.quangninh.gov.vn/';
    const moved = [{ from: '/cu/', to }, { from: '/cu/', to: `${to}khac/` }, { from: '/404.html', to }, { from: '/_redirects', to }];
    const { text, problems } = nginxConfig({ ...options, portals: [portal('halong', { moved })] });
    expect(text.match(/location = \/cu\/ /g)).toHaveLength(1);
    expect(text).not.toContain(`location = /404.html { return 301`);
    expect(problems).toHaveLength(3);
  });

  it('refuses hosts and paths that could change the configuration', () => {
    const { text, problems } = nginxConfig({ ...options, urlTemplate: 'https://{code}.quangninh.gov.vn', portals: [portal('halong'), { ...portal('halong'), code: 'halong' }] });
    expect(problems).toEqual([{ code: 'halong', message: expect.stringContaining('another portal') }]);
    expect(text.match(/server_name halong\./g)).toHaveLength(1);
    expect(() => nginxConfig({ ...options, root: '/srv/portals; include /etc/passwd', portals: [] })).toThrow('web root');
    expect(() => nginxConfig({ ...options, mediaUrl: 'https://media.example/_media"; }', portals: [] })).toThrow('MEDIA_URL');
  });
});

describe('readWebRoot', () => {
  it('leaves out portals and rules a server configuration cannot safely hold, and keeps the rest', async () => {
    const root = join(dir, 'root');
    const entries = [
      { code: 'halong', domain: 'halong.quangninh.gov.vn' },
      { code: 'evil', domain: 'evil.example; include /etc/shadow' },
      { code: '../etc', domain: 'x.example' },
      { code: 'campha', domain: 'HALONG.quangninh.gov.vn' },
      { code: 'unbuilt', domain: 'unbuilt.quangninh.gov.vn' },
    ];
    await writeFile(join(await mkdirp(root), '_portals.json'), JSON.stringify(entries));
    await site(join(root, 'halong'), 'halong');
    await site(join(root, 'evil'), 'evil');
    await site(join(root, 'campha'), 'campha');
    await writeFile(
      join(root, 'halong', '_redirects'),
      ['/bai-viet/cu/ https://halong.quangninh.gov.vn/bai-viet/moi/ 301', '/a b/ https://halong.quangninh.gov.vn/ 301', '/* https://evil.example/:splat 301 /', '/x/ https://h.example/{ 301', '/y/ javascript:alert(1) 301', 'garbage'].join('\n'),
    );
    const { portals, problems } = await readWebRoot(root);
    expect(portals.map((p) => p.code)).toEqual(['halong']);
    expect(portals[0]!.moved).toEqual([{ from: '/bai-viet/cu/', to: 'https://halong.quangninh.gov.vn/bai-viet/moi/' }]);
    expect(problems.map((p) => p.code)).toEqual(['halong', 'halong', 'halong', 'halong', 'halong', 'evil', null, 'campha', 'unbuilt']);
    // A rule with a fourth word (an old address with a space in it) forwards nothing.
    expect(portals[0]!.forwardAll).toBeNull();
  });
});

async function mkdirp(path: string): Promise<string> {
  await mkdir(path, { recursive: true });
  return path;
}

describe('npm run deploy:config --nginx-test', () => {
  it('puts the previous configuration back when nginx refuses the new one, and says so in one line', async () => {
    const root = join(dir, 'root');
    await writeFile(join(await mkdirp(root), '_portals.json'), JSON.stringify([{ code: 'halong', domain: 'halong.quangninh.gov.vn' }]));
    await site(join(root, 'halong'), 'halong');
    const out = join(dir, 'portals.conf');
    await writeFile(out, '# the configuration nginx runs now\n');
    const run = (test: string) => promisify(execFile)(process.execPath, ['scripts/deploy-config.ts', '--root', root, '--out', out, '--nginx-test', test], { cwd: REPO_ROOT }).then(
      () => ({ code: 0, stderr: '' }),
      (error: { code: number; stderr: string }) => ({ code: error.code, stderr: error.stderr }),
    );
    const refused = await run('echo "nginx: [emerg] duplicate location" >&2; exit 1');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('nginx refused the new configuration; the previous one is back in place');
    expect(refused.stderr).toContain('duplicate location');
    expect(refused.stderr).not.toMatch(/\n\s+at /);
    expect(await readFile(out, 'utf8')).toBe('# the configuration nginx runs now\n');
    expect((await run('true')).code).toBe(0);
    expect(await readFile(out, 'utf8')).toContain('server_name halong.localhost;');
  });
});
