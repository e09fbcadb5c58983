import { contentPath } from '@qn/content';
import { defaultDomain, descendants, PORTAL_CODE_PATTERN, type Portal } from '@qn/portal-model';
import type { NewPortalSpec, OwnedRecord, RecordMove, ReorgCommand, ReorgPlan, ReorgPortal, ReorgState } from './types.ts';

/**
 * Works out everything a reorganisation changes, without changing anything:
 * new portals, archived ones, children and records that move, the redirect
 * for every old address, and the history entries. A plan with problems is
 * refused whole. Pure, so the dry run shows exactly what `apply` will do.
 */
export function planReorg(state: ReorgState, command: ReorgCommand, now: Date): ReorgPlan {
  const plan: ReorgPlan = { command, problems: [], createPortals: [], updatePortals: [], moves: [], redirects: [], retarget: [], history: [] };
  switch (command.op) {
    case 'merge':
      planMerge(state, plan, command.from, command.into, command.create, command.reason, now);
      break;
    case 'split':
      planSplit(state, plan, command.code, command.into, command.contentTo, command.reason, now);
      break;
    case 'rename':
      planRename(state, plan, command.code, command.newCode, command.newName);
      break;
    case 'archive':
      if (command.successor) planMerge(state, plan, [command.code], command.successor, undefined, command.reason, now, 'archived');
      else planArchive(state, plan, command.code, command.reason, now);
      break;
  }
  return plan;
}

function active(state: ReorgState, plan: ReorgPlan, code: string, role: string): Portal | null {
  const portal = state.tree.byCode.get(code);
  if (!portal) plan.problems.push(`${role} "${code}" does not exist.`);
  else if (state.states.get(code) === 'archived') plan.problems.push(`${role} "${code}" is already archived.`);
  return portal ?? null;
}

function checkNewCode(state: ReorgState, plan: ReorgPlan, code: string, taken: Set<string> = new Set()): void {
  if (!PORTAL_CODE_PATTERN.test(code) || code.length < 2 || code.length > 40) {
    plan.problems.push(`Code "${code}" must be 2–40 lowercase ASCII letters and digits, words joined by "-".`);
  }
  if (state.tree.byCode.has(code) || taken.has(code)) plan.problems.push(`Code "${code}" is already used.`);
}

/** A new portal beside `model`: same level, kind and language, the given or the same parent. */
function newPortal(state: ReorgState, plan: ReorgPlan, spec: NewPortalSpec, model: Portal): ReorgPortal {
  const parentCode = spec.parent === undefined ? model.parentCode : spec.parent;
  const parent = parentCode ? state.tree.byCode.get(parentCode) : undefined;
  if (parentCode && !parent) plan.problems.push(`Parent "${parentCode}" does not exist.`);
  if (parent && parent.level + 1 !== model.level) plan.problems.push(`Parent "${parentCode}" is level ${parent.level}; "${spec.code}" must be level ${model.level}.`);
  return { code: spec.code, name: spec.name.normalize('NFC'), level: model.level, parentCode, kind: model.kind, domain: defaultDomain(spec.code), language: model.language, state: 'active' };
}

function moveEverything(state: ReorgState, plan: ReorgPlan, from: readonly string[], to: string, reason: string): void {
  const used = new Map<string, Set<string>>();
  const usedOn = (model: string) => {
    let set = used.get(model);
    if (!set) {
      set = new Set(state.records.filter((r) => r.portal === to && r.model === model && r.slug).map((r) => r.slug as string));
      used.set(model, set);
    }
    return set;
  };
  for (const record of state.records.filter((r) => from.includes(r.portal))) {
    const move: RecordMove = { model: record.model, documentId: record.documentId, label: record.label, from: record.portal, to, slug: record.slug };
    if (record.slug) {
      const taken = usedOn(record.model);
      let slug = record.slug;
      for (let n = 2; taken.has(slug); n += 1) slug = `${record.slug}-${n}`;
      taken.add(slug);
      if (slug !== record.slug) move.newSlug = slug;
      redirectRecord(plan, record, to, slug, reason);
    }
    plan.moves.push(move);
  }
}

function redirectRecord(plan: ReorgPlan, record: OwnedRecord, to: string, slug: string, reason: string): void {
  const fromPath = record.slug ? contentPath(record.model, record.slug) : null;
  const toPath = contentPath(record.model, slug);
  if (fromPath && toPath) plan.redirects.push({ fromCode: record.portal, fromPath, toCode: to, toPath, reason });
}

function reparentChildren(state: ReorgState, plan: ReorgPlan, from: readonly string[], to: string): void {
  for (const code of from) {
    for (const child of state.tree.childrenOf.get(code) ?? []) plan.updatePortals.push({ code: child.code, set: { parent: to } });
  }
}

function forward(plan: ReorgPlan, from: readonly string[], to: string, reason: string, now: Date): void {
  for (const code of from) {
    plan.updatePortals.push({ code, set: { state: 'archived', successor: to, archiveReason: reason, archivedAt: now.toISOString() } });
    plan.redirects.push({ fromCode: code, fromPath: '*', toCode: to, toPath: '/', reason });
    plan.retarget.push({ from: code, to });
  }
}

function planMerge(
  state: ReorgState,
  plan: ReorgPlan,
  from: readonly string[],
  into: string,
  create: NewPortalSpec | undefined,
  reasonGiven: string | undefined,
  now: Date,
  action: 'merged' | 'archived' = 'merged',
): void {
  if (from.length === 0) plan.problems.push('Name at least one portal to merge.');
  if (new Set(from).size !== from.length) plan.problems.push('A portal is named twice.');
  if (from.includes(into)) plan.problems.push(`"${into}" cannot be merged into itself.`);
  const sources = from.map((code) => active(state, plan, code, 'Portal')).filter((p): p is Portal => p !== null);
  const levels = new Set(sources.map((p) => p.level));
  if (levels.size > 1) plan.problems.push(`Only portals of one level can be merged; these are levels ${[...levels].join(', ')}.`);
  const model = sources[0];
  if (!model) return;
  let target: Portal | null;
  if (create) {
    checkNewCode(state, plan, create.code);
    const portal = newPortal(state, plan, { ...create, code: into }, model);
    plan.createPortals.push(portal);
    target = portal;
  } else {
    target = active(state, plan, into, 'Target portal');
    if (target && target.level !== model.level) plan.problems.push(`"${into}" is level ${target.level}; the portals merged into it are level ${model.level}.`);
  }
  for (const source of sources) {
    if (descendants(state.tree, source.code).some((d) => d.code === into)) plan.problems.push(`"${into}" is below "${source.code}" in the tree.`);
  }
  if (!target) return;
  const reason = reasonGiven ?? `Sáp nhập vào ${target.name}`;
  reparentChildren(state, plan, from, into);
  moveEverything(state, plan, from, into, reason);
  forward(plan, from, into, reason, now);
  for (const source of sources) {
    plan.history.push({ code: source.code, name: source.name, action, relatedCodes: [into], details: { successor: into, reason } });
  }
  plan.history.push({
    code: into,
    name: target.name,
    action: create ? 'created' : 'merged',
    relatedCodes: [...from],
    details: create ? { mergedFrom: [...from], reason } : { absorbed: [...from], reason },
  });
}

function planSplit(state: ReorgState, plan: ReorgPlan, code: string, into: NewPortalSpec[], contentTo: string, reasonGiven: string | undefined, now: Date): void {
  const source = active(state, plan, code, 'Portal');
  if (into.length < 2) plan.problems.push('A split needs at least two new portals.');
  if (!into.some((p) => p.code === contentTo)) plan.problems.push(`--content-to "${contentTo}" must be one of the new portals.`);
  if (!source) return;
  const taken = new Set<string>();
  for (const spec of into) {
    checkNewCode(state, plan, spec.code, taken);
    taken.add(spec.code);
    plan.createPortals.push(newPortal(state, plan, spec, source));
  }
  const reason = reasonGiven ?? `Chia tách thành ${into.map((p) => p.name).join(', ')}`;
  reparentChildren(state, plan, [code], contentTo);
  moveEverything(state, plan, [code], contentTo, reason);
  forward(plan, [code], contentTo, reason, now);
  plan.history.push({ code, name: source.name, action: 'split', relatedCodes: into.map((p) => p.code), details: { contentTo, reason } });
  for (const spec of into) plan.history.push({ code: spec.code, name: spec.name, action: 'created', relatedCodes: [code], details: { splitFrom: code } });
}

function planRename(state: ReorgState, plan: ReorgPlan, code: string, newCode: string | undefined, newName: string | undefined): void {
  const portal = active(state, plan, code, 'Portal');
  if (!newCode && !newName) plan.problems.push('Give a new code, a new name, or both.');
  if (newCode) checkNewCode(state, plan, newCode);
  if (!portal) return;
  const name = newName?.normalize('NFC') ?? portal.name;
  const set: ReorgPlan['updatePortals'][number]['set'] = { name };
  if (newCode && newCode !== code) {
    set.code = newCode;
    if (portal.domain === defaultDomain(code)) set.domain = defaultDomain(newCode);
    plan.redirects.push({ fromCode: code, fromPath: '*', toCode: newCode, toPath: '*', reason: `Đổi mã cổng ${code} thành ${newCode}` });
    plan.retarget.push({ from: code, to: newCode });
  }
  plan.updatePortals.push({ code, set });
  plan.history.push({
    code: newCode ?? code,
    name,
    action: 'renamed',
    relatedCodes: newCode ? [code] : [],
    details: { from: { code, name: portal.name }, to: { code: newCode ?? code, name } },
  });
}

function planArchive(state: ReorgState, plan: ReorgPlan, code: string, reason: string, now: Date): void {
  const portal = active(state, plan, code, 'Portal');
  if (!reason.trim()) plan.problems.push('Archiving needs a reason (--reason).');
  if (!portal) return;
  const children = state.tree.childrenOf.get(code) ?? [];
  if (children.length > 0) {
    plan.problems.push(`"${code}" has ${children.length} child portal(s): archive it with --successor so they have a new parent.`);
  }
  plan.updatePortals.push({ code, set: { state: 'archived', archiveReason: reason, archivedAt: now.toISOString() } });
  plan.history.push({ code, name: portal.name, action: 'archived', relatedCodes: [], details: { reason } });
}
