/** `npm run portals`: merges, renames, splits and archives portals (see USAGE). */
import { loadEnv } from '@qn/config';
import { compileCms, loadStrapi } from '@qn/devstack';
import { applyPlan, formatPlan, loadState, planReorg, type ReorgCommand, type ReorgTarget } from '@qn/reorg';
import { fail, parseCommand, reportFatal } from './lib/cli.ts';

const USAGE = `
Usage: npm run portals -- <command> [options]

Reorganises the portal tree. Every command checks everything first and
changes nothing when a check fails.

Commands:
  merge    --from a,b --into c [--name "Tên" --parent p] [--reason "…"]
           Moves the content of a and b into c (created when --name is given) and archives a, b.
  rename   --code a [--new-code b] [--name "Tên mới"]
  split    --code a --new b="Tên B" --new c="Tên C" --content-to b [--reason "…"]
  archive  --code a --reason "…" [--successor b]
  history  --code a
           Prints what happened to a portal, oldest first.

Options:
  --dry-run   print the full plan and change nothing
  -h, --help  show this help
`;

const COMMANDS = ['merge', 'rename', 'split', 'archive', 'history'] as const;
/** What each command cannot do without; checked before Strapi is loaded. */
const REQUIRED: Record<(typeof COMMANDS)[number], string[]> = {
  merge: ['from', 'into'],
  rename: ['code'],
  split: ['code', 'content-to'],
  archive: ['code', 'reason'],
  history: ['code'],
};

const { positionals, values } = parseCommand(
  {
    from: { type: 'string' },
    into: { type: 'string' },
    name: { type: 'string' },
    parent: { type: 'string' },
    reason: { type: 'string' },
    code: { type: 'string' },
    'new-code': { type: 'string' },
    new: { type: 'string', multiple: true },
    'content-to': { type: 'string' },
    successor: { type: 'string' },
    'dry-run': { type: 'boolean', default: false },
  },
  USAGE,
);

const word = positionals[0];
if (!word) fail(`Name a command.\n${USAGE.trimEnd()}`);
if (!(COMMANDS as readonly string[]).includes(word)) fail(`Unknown command "${word}": use ${COMMANDS.join(', ')} (npm run portals -- --help).`);
if (positionals.length > 1) fail(`Unexpected "${positionals[1]}" after "${word}" (npm run portals -- --help).`);
for (const name of REQUIRED[word as (typeof COMMANDS)[number]]) required(name as keyof typeof values);

function required(name: keyof typeof values): string {
  const value = values[name];
  if (typeof value !== 'string' || !value.trim()) fail(`--${name} is required for "${positionals[0]}".`);
  return value.trim();
}

function command(exists: (code: string) => boolean): ReorgCommand | 'history' {
  switch (positionals[0]) {
    case 'merge': {
      const into = required('into');
      const create = exists(into) ? undefined : { code: into, name: required('name'), ...(values.parent ? { parent: values.parent } : {}) };
      return { op: 'merge', from: required('from').split(',').map((c) => c.trim()), into, ...(create ? { create } : {}), ...(values.reason ? { reason: values.reason } : {}) };
    }
    case 'rename':
      return { op: 'rename', code: required('code'), ...(values['new-code'] ? { newCode: values['new-code'] } : {}), ...(values.name ? { newName: values.name } : {}) };
    case 'split': {
      const into = (values.new ?? []).map((spec) => {
        const [code, ...name] = spec.split('=');
        if (!code || name.length === 0) fail(`--new takes code="Name", got "${spec}".`);
        return { code: code.trim(), name: name.join('=').trim() };
      });
      return { op: 'split', code: required('code'), into, contentTo: required('content-to'), ...(values.reason ? { reason: values.reason } : {}) };
    }
    case 'archive':
      return { op: 'archive', code: required('code'), reason: required('reason'), ...(values.successor ? { successor: values.successor } : {}) };
    case 'history':
      return 'history';
    default:
      fail(`Unknown command "${positionals[0]}" (npm run portals -- --help).`);
  }
}

try {
  loadEnv();
  await compileCms();
  const strapi = (await loadStrapi()) as unknown as ReorgTarget & { destroy(): Promise<void> };
  try {
    const state = await loadState(strapi);
    const cmd = command((code) => state.tree.byCode.has(code));
    if (cmd === 'history') {
      const code = required('code');
      const events = await strapi.db.query('api::portal-event.portal-event').findMany({ where: { $or: [{ code }, { portal: { code } }] }, orderBy: { at: 'asc' } });
      if (events.length === 0) console.log(`No history recorded for "${code}".`);
      for (const e of events) console.log(`${String(e.at)}  ${String(e.code)}  ${String(e.action)}  ${JSON.stringify(e.relatedCodes)}  ${JSON.stringify(e.details)}`);
    } else {
      const now = new Date();
      const plan = planReorg(state, cmd, now);
      console.log(formatPlan(plan));
      if (plan.problems.length > 0) process.exitCode = 1;
      else if (values['dry-run']) console.log('\nDry run: nothing was changed.');
      else {
        await applyPlan(strapi, plan, now);
        console.log('\nApplied. The publisher rebuilds the affected sites from the outbox.');
      }
    }
  } finally {
    await strapi.destroy();
  }
} catch (error) {
  reportFatal(error);
}
