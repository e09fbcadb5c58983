import type { ReorgPlan } from './types.ts';

/** The plan as an operator reads it before saying yes. */
export function formatPlan(plan: ReorgPlan): string {
  const lines: string[] = [];
  if (plan.problems.length > 0) {
    lines.push(`Refused — ${plan.problems.length} problem(s):`, ...plan.problems.map((p) => `  ✖ ${p}`));
    return lines.join('\n');
  }
  const section = (title: string, items: string[]) => {
    if (items.length > 0) lines.push(`${title} (${items.length}):`, ...items.map((i) => `  ${i}`));
  };
  section(
    'New portals',
    plan.createPortals.map((p) => `+ ${p.code} "${p.name}" level ${p.level} under ${p.parentCode ?? '(root)'} — ${p.domain}`),
  );
  section(
    'Portal changes',
    plan.updatePortals.map((u) => `~ ${u.code}: ${Object.entries(u.set).map(([k, v]) => `${k} → ${v}`).join(', ')}`),
  );
  section(
    'Content moving',
    plan.moves.map((m) => `→ ${m.model.replace(/^api::[^.]+\./, '')} ${m.documentId} "${m.label}": ${m.from} → ${m.to}${m.newSlug ? ` (address ${m.slug} → ${m.newSlug})` : ''}`),
  );
  section(
    'Redirects',
    plan.redirects.map((r) => `↪ ${r.fromCode}${r.fromPath === '*' ? '/*' : r.fromPath} → ${r.toCode}${r.toPath === '*' ? '/*' : r.toPath}`),
  );
  section('Existing redirects re-pointed', plan.retarget.map((r) => `↪ to ${r.from} → to ${r.to}`));
  section('History', plan.history.map((h) => `• ${h.code}: ${h.action}${h.relatedCodes.length ? ` (${h.relatedCodes.join(', ')})` : ''}`));
  return lines.join('\n');
}
