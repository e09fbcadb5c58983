import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runScript } from '../helpers/cli.ts';
import { startStack, type TestStack } from '../helpers/stack.ts';

let stack: TestStack;

/** `npm run portals -- …` as an operator runs it, against this suite's database. */
const portals = (...args: string[]) => runScript('portals.ts', args);

beforeAll(async () => {
  stack = await startStack();
  // The command loads Strapi itself; two processes never write the database at once.
  await stack.stopStrapi();
});
afterAll(async () => {
  await stack?.stop();
});

describe('npm run portals', () => {
  it('refuses an invalid command, changing nothing', async () => {
    const result = await portals('merge', '--from', 'bache-dapthanh,halong', '--into', 'bache-bache');
    expect(result.code).toBe(1);
    expect(result.out).toContain('✖ Only portals of one level can be merged; these are levels 3, 2.');
  });

  it('dry run prints the plan and changes nothing; the real run applies it', async () => {
    const args = ['merge', '--from', 'bache-dapthanh,bache-luongmong', '--into', 'bache-dapluong', '--name', 'Xã Đạp Thanh - Lương Mông'];
    const dry = await portals(...args, '--dry-run');
    expect(dry.code).toBe(0);
    expect(dry.out).toContain('+ bache-dapluong "Xã Đạp Thanh - Lương Mông" level 3 under bache');
    expect(dry.out).toContain('↪ bache-dapthanh/* → bache-dapluong/');
    expect(dry.out).toContain('Dry run: nothing was changed.');
    const again = await portals(...args, '--dry-run');
    expect(again.out).toContain('+ bache-dapluong');

    const real = await portals(...args);
    expect(real.code, real.out).toBe(0);
    expect(real.out).toContain('Applied.');
    const history = await portals('history', '--code', 'bache-dapthanh');
    expect(history.out).toMatch(/bache-dapthanh\s+merged\s+\["bache-dapluong"\]/);
    const repeat = await portals(...args, '--dry-run');
    expect(repeat.code).toBe(1);
    expect(repeat.out).toContain('Portal "bache-dapthanh" is already archived.');
  });
});
