/** `npm run editors`: provisions editor accounts and their portals (see USAGE). */
import { readFile } from 'node:fs/promises';
import { loadEnv } from '@qn/config';
import { compileCms, loadStrapi } from '@qn/devstack';
import { checkEditors, EditorError, editorSpecSchema, parseEditorsCsv, provisionEditor, type EditorSpec, type EditorsTarget } from '@qn/editors';
import { fail, parseCommand, reportFatal } from './lib/cli.ts';

const USAGE = `
Usage: npm run editors -- add --email E --password P --role editor|approver|reviewer --portals a,b [--reset-password]
       npm run editors -- import FILE.csv [--reset-password]

Creates or updates editor accounts and the portals they may work on. Running
it again changes only what differs; every problem is reported before
anything changes.

FILE.csv has the header email,password,role,portals[,firstname,lastname],
separated by commas or by semicolons as Excel writes it; portals in one cell
are separated by spaces. The password is needed only for new accounts.

Options:
  --reset-password  also set the password of accounts that exist
  -h, --help        show this help
`;

const { positionals, values } = parseCommand(
  {
    email: { type: 'string' },
    password: { type: 'string' },
    role: { type: 'string' },
    portals: { type: 'string' },
    'reset-password': { type: 'boolean', default: false },
  },
  USAGE,
);

async function specs(): Promise<EditorSpec[]> {
  if (positionals[0] === 'add' && positionals.length === 1) {
    const parsed = editorSpecSchema.safeParse({ ...values, portals: values.portals?.split(',').map((c) => c.trim()).filter(Boolean) ?? [] });
    if (!parsed.success) fail(`Invalid editor:\n${parsed.error.issues.map((i) => `  - --${String(i.path[0])}: ${i.message}`).join('\n')}`);
    return [parsed.data];
  }
  if (positionals[0] === 'import' && positionals.length === 2) {
    const text = await readFile(positionals[1]!, 'utf8').catch((error: NodeJS.ErrnoException) => fail(`Cannot read ${positionals[1]}: ${error.code ?? error.message}.`));
    const { specs: list, problems } = parseEditorsCsv(text);
    if (problems.length > 0) fail(`${positionals[1]} has ${problems.length} problem(s); nothing was changed:\n${problems.map((p) => `  - line ${p.line}, ${p.field}: ${p.message}`).join('\n')}`);
    return list;
  }
  fail(`Name a command: add or import FILE.csv.\n${USAGE.trimEnd()}`);
}

try {
  loadEnv();
  const list = await specs();
  await compileCms();
  const strapi = (await loadStrapi()) as unknown as EditorsTarget & { destroy(): Promise<void> };
  try {
    const problems = await checkEditors(strapi, list);
    if (problems.length > 0) throw new EditorError(`${problems.length} problem(s); nothing was changed:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    for (const spec of list) {
      const outcome = await provisionEditor(strapi, spec, { resetPassword: values['reset-password'] });
      console.log(`${outcome.padEnd(9)} ${spec.email} (${spec.role}: ${spec.portals.join(', ')})`);
    }
  } finally {
    await strapi.destroy();
  }
} catch (error) {
  reportFatal(error);
}
