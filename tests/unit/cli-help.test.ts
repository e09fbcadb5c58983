/**
 * Every `npm run` command that runs a script answers `--help` with its usage
 * and exits 0, and answers an option it does not know with one line and the
 * usage, exit 1, no stack trace: before loading Strapi or anything heavy.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { productionEnv } from '../helpers/production-env.ts';

const ROOT = join(import.meta.dirname, '../..');
const scripts = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts as Record<string, string>;
/** `npm run <name>` → the file it runs, for the commands that are ours (not vitest, eslint, tsc…). */
const COMMANDS = Object.entries(scripts).flatMap(([name, line]) => {
  const file = /^node (\S+\.ts)$/.exec(line)?.[1];
  return file ? [[name, file] as const] : [];
});

function run(file: string, args: string[]) {
  const result = spawnSync(process.execPath, [file, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000, env: { ...process.env, NODE_ENV: 'test' } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run commands', () => {
  it('are all found', () => {
    expect(COMMANDS.map(([name]) => name)).toEqual(expect.arrayContaining(['start', 'seed', 'portals', 'editors', 'publisher', 'deploy:config', 'bench:e2e']));
  });

  it.each(COMMANDS)('%s answers --help with its usage', (name, file) => {
    const { status, stdout } = run(file, ['--help']);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^Usage: npm (start|run )/);
    expect(stdout).toContain(name === 'start' ? 'npm start' : `npm run ${name}`);
  });

  it.each(COMMANDS)('%s refuses an unknown option in one line, without a stack trace', (_name, file) => {
    const { status, stderr } = run(file, ['--no-such-option']);
    expect(status).toBe(1);
    expect(stderr).toContain("Unknown option '--no-such-option'");
    expect(stderr).toContain('Usage:');
    expect(stderr).not.toMatch(/^\s+at /m);
  });

  it.each([
    ['portals', [], 'Name a command.'],
    ['portals', ['mergee'], 'Unknown command "mergee"'],
    ['portals', ['merge', '--into', 'halong'], '--from is required for "merge".'],
    ['editors', [], 'Name a command: add or import FILE.csv.'],
    ['editors', ['import', '/nonexistent/editors.csv'], 'Cannot read /nonexistent/editors.csv: ENOENT.'],
  ] as const)('%s %j says what is missing before loading the CMS', (name, args, message) => {
    const { status, stdout, stderr } = run(scripts[name]!.slice('node '.length), [...args]);
    expect(status).toBe(1);
    expect(stderr).toContain(message);
    // Loading Strapi prints its own lines; nothing was loaded.
    expect(stdout).toBe('');
    expect(stderr).not.toMatch(/^\s+at /m);
  });

  it('seed --provision refuses the development super admin password in production, before loading the CMS', () => {
    const production = { ...productionEnv(), DATA_DIR: '/nonexistent/qn-data' };
    const result = spawnSync(process.execPath, ['scripts/seed.ts', '--provision'], { cwd: ROOT, encoding: 'utf8', timeout: 60_000, env: { PATH: process.env.PATH, ...production } });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('STRAPI_ADMIN_PASSWORD is the development default');
    expect(result.stdout).toBe('');
  });
});
