/**
 * Provisions editor accounts and their portals. Idempotent; every problem is
 * reported before anything changes.
 *
 *   npm run editors -- add --email E --password P --role editor|approver|reviewer --portals a,b [--reset-password]
 *   npm run editors -- import FILE.csv     (header: email,password,role,portals[,firstname,lastname])
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { loadEnv } from '@qn/config';
import { compileCms, loadStrapi } from '@qn/devstack';
import { editorSpecSchema, parseEditorsCsv, provisionEditor, type EditorSpec, type EditorsTarget } from '@qn/editors';
import { fail, reportFatal } from './lib/cli.ts';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    email: { type: 'string' },
    password: { type: 'string' },
    role: { type: 'string' },
    portals: { type: 'string' },
    'reset-password': { type: 'boolean', default: false },
  },
});

async function specs(): Promise<EditorSpec[]> {
  if (positionals[0] === 'add') {
    const parsed = editorSpecSchema.safeParse({ ...values, portals: values.portals?.split(',').map((c) => c.trim()).filter(Boolean) ?? [] });
    if (!parsed.success) fail(`Invalid editor:\n${parsed.error.issues.map((i) => `  - --${String(i.path[0])}: ${i.message}`).join('\n')}`);
    return [parsed.data];
  }
  if (positionals[0] === 'import' && positionals[1]) {
    const { specs: list, problems } = parseEditorsCsv(await readFile(positionals[1], 'utf8'));
    if (problems.length > 0) fail(`${positionals[1]} has ${problems.length} problem(s); nothing was changed:\n${problems.map((p) => `  - line ${p.line}, ${p.field}: ${p.message}`).join('\n')}`);
    return list;
  }
  fail('Usage: npm run editors -- add --email E --password P --role editor|approver|reviewer --portals a,b | import FILE.csv');
}

try {
  loadEnv();
  const list = await specs();
  await compileCms();
  const strapi = (await loadStrapi()) as unknown as EditorsTarget & { destroy(): Promise<void> };
  try {
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
