import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runScript } from '../helpers/cli.ts';
import { startStack, type TestStack } from '../helpers/stack.ts';

let stack: TestStack;

/** `npm run editors -- …` as an operator runs it, against this suite's database. */
const editors = (...args: string[]) => runScript('editors.ts', args);

beforeAll(async () => {
  stack = await startStack();
  // The command loads Strapi itself; two processes never write the database at once.
  await stack.stopStrapi();
});
afterAll(async () => {
  await stack?.stop();
});

describe('npm run editors', () => {
  it('adds an editor once; running it again changes nothing', async () => {
    const args = ['add', '--email', 'BienTap.HaLong@quangninh.example', '--password', 'Portal-2026x', '--role', 'editor', '--portals', 'halong,halong-honggai'];
    const first = await editors(...args);
    expect(first.out).toContain('created   bientap.halong@quangninh.example (editor: halong, halong-honggai)');
    const again = await editors(...args);
    expect(again.code).toBe(0);
    expect(again.out).toContain('unchanged bientap.halong@quangninh.example');
  });

  it('imports a CSV: new accounts are created, changed ones updated', async () => {
    const file = join(stack.dataDir, 'editors.csv');
    await writeFile(
      file,
      'email,password,role,portals,firstname,lastname\n' +
        'bientap.halong@quangninh.example,,approver,halong,,\n' +
        'xem.soyte@quangninh.example,Portal-2026y,reviewer,soyte soyte-bvdkt,Lan,Trần\n',
    );
    const result = await editors('import', file);
    expect(result.code).toBe(0);
    expect(result.out).toContain('updated   bientap.halong@quangninh.example (approver: halong)');
    expect(result.out).toContain('created   xem.soyte@quangninh.example (reviewer: soyte, soyte-bvdkt)');
  });

  it('refuses a file with problems and changes nothing', async () => {
    const file = join(stack.dataDir, 'bad.csv');
    await writeFile(file, 'email,password,role,portals\nmoi@quangninh.example,Portal-2026z,editor,khong-co-cong\nhong@,x,boss,halong\n');
    const result = await editors('import', file);
    expect(result.code).toBe(1);
    expect(result.out).toContain('line 3, email: not an e-mail address');
    expect(result.out).toContain('line 3, role: must be editor, approver or reviewer');
    const unknown = await editors('add', '--email', 'moi@quangninh.example', '--password', 'Portal-2026z', '--role', 'editor', '--portals', 'khong-co-cong');
    expect(unknown.code).toBe(1);
    expect(unknown.out).toContain('moi@quangninh.example: no portal has the code khong-co-cong.');
    // A file whose lines are each well formed, but whose second line names a portal that does not exist:
    // the first account is not created either (every problem is found before anything changes).
    await writeFile(file, 'email;password;role;portals\ntruoc@quangninh.example;Portal-2026z;editor;halong\nsau@quangninh.example;Portal-2026z;editor;khong-co-cong\nmoi-khong-mat-khau@quangninh.example;;editor;halong\n');
    const partial = await editors('import', file);
    expect(partial.code).toBe(1);
    expect(partial.out).toContain('2 problem(s); nothing was changed');
    expect(partial.out).toContain('sau@quangninh.example: no portal has the code khong-co-cong.');
    expect(partial.out).toContain('moi-khong-mat-khau@quangninh.example: a new account needs a password.');
    // Asked about without a password, the first line's account is still a new one.
    await writeFile(file, 'email,role,portals\ntruoc@quangninh.example,editor,halong\n');
    expect((await editors('import', file)).out).toContain('truoc@quangninh.example: a new account needs a password.');
  });
});
