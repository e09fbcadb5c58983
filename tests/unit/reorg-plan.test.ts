import { describe, expect, it } from 'vitest';
import { defaultDomain, requireTree, type Portal } from '@qn/portal-model';
import { formatPlan, planReorg, type OwnedRecord, type ReorgState } from '@qn/reorg';

const NOW = new Date('2026-12-01T00:00:00Z');

function portal(code: string, level: 1 | 2 | 3, parentCode: string | null, name = code): Portal {
  return { code, name, level, parentCode, kind: level === 3 ? 'commune' : level === 2 ? 'district' : 'province', domain: defaultDomain(code), language: 'vi' };
}

function state(records: OwnedRecord[] = [], archived: string[] = []): ReorgState {
  const portals = [
    portal('quangninh', 1, null),
    portal('halong', 2, 'quangninh'),
    portal('campha', 2, 'quangninh'),
    portal('halong-honggai', 3, 'halong', 'Phường Hồng Gai'),
    portal('halong-baichay', 3, 'halong', 'Phường Bãi Cháy'),
    portal('campha-camdong', 3, 'campha', 'Phường Cẩm Đông'),
  ];
  return { tree: requireTree(portals), states: new Map(portals.map((p) => [p.code, archived.includes(p.code) ? 'archived' : 'active'])), records };
}

const article = (documentId: string, portalCode: string, slug: string): OwnedRecord => ({ model: 'api::article.article', documentId, portal: portalCode, slug, label: slug });

describe('merge', () => {
  const records = [
    article('a1', 'halong-honggai', 'hoi-nghi'),
    article('a2', 'halong-baichay', 'hoi-nghi'),
    article('a3', 'halong-baichay', 'le-hoi'),
    { model: 'api::legal-document.legal-document', documentId: 'd1', portal: 'halong-baichay', slug: '12-qd-ubnd', label: '12/QĐ-UBND' },
    { model: 'api::notice.notice', documentId: 'n1', portal: 'halong-honggai', slug: null, label: 'Bảo trì' },
  ];

  it('creates the new portal, moves every record, and redirects every old address', () => {
    const plan = planReorg(
      state(records),
      { op: 'merge', from: ['halong-honggai', 'halong-baichay'], into: 'halong-hongbai', create: { code: 'halong-hongbai', name: 'Phường Hồng Gai - Bãi Cháy' } },
      NOW,
    );
    expect(plan.problems).toEqual([]);
    expect(plan.createPortals).toEqual([
      expect.objectContaining({ code: 'halong-hongbai', level: 3, parentCode: 'halong', domain: 'halong-hongbai.quangninh.gov.vn', state: 'active' }),
    ]);
    expect(plan.moves.map((m) => [m.documentId, m.to, m.newSlug])).toEqual([
      ['a1', 'halong-hongbai', undefined],
      ['a2', 'halong-hongbai', 'hoi-nghi-2'],
      ['a3', 'halong-hongbai', undefined],
      ['d1', 'halong-hongbai', undefined],
      ['n1', 'halong-hongbai', undefined],
    ]);
    expect(plan.redirects.map((r) => `${r.fromCode}${r.fromPath} → ${r.toCode}${r.toPath}`)).toEqual([
      'halong-honggai/bai-viet/hoi-nghi/ → halong-hongbai/bai-viet/hoi-nghi/',
      'halong-baichay/bai-viet/hoi-nghi/ → halong-hongbai/bai-viet/hoi-nghi-2/',
      'halong-baichay/bai-viet/le-hoi/ → halong-hongbai/bai-viet/le-hoi/',
      'halong-baichay/van-ban/12-qd-ubnd/ → halong-hongbai/van-ban/12-qd-ubnd/',
      'halong-honggai* → halong-hongbai/',
      'halong-baichay* → halong-hongbai/',
    ]);
    expect(plan.updatePortals.filter((u) => u.set.state === 'archived').map((u) => [u.code, u.set.successor])).toEqual([
      ['halong-honggai', 'halong-hongbai'],
      ['halong-baichay', 'halong-hongbai'],
    ]);
    expect(plan.history.map((h) => `${h.code}:${h.action}`)).toEqual(['halong-honggai:merged', 'halong-baichay:merged', 'halong-hongbai:created']);
    expect(plan.retarget).toEqual([
      { from: 'halong-honggai', to: 'halong-hongbai' },
      { from: 'halong-baichay', to: 'halong-hongbai' },
    ]);
  });

  it('merges into an existing portal and moves the children of a merged district', () => {
    const plan = planReorg(state(), { op: 'merge', from: ['campha'], into: 'halong' }, NOW);
    expect(plan.problems).toEqual([]);
    expect(plan.updatePortals[0]).toEqual({ code: 'campha-camdong', set: { parent: 'halong' } });
  });

  it('refuses mixed levels, unknown or archived portals, taken codes and merging into a descendant', () => {
    expect(planReorg(state(), { op: 'merge', from: ['halong', 'halong-baichay'], into: 'campha' }, NOW).problems).toContain(
      'Only portals of one level can be merged; these are levels 2, 3.',
    );
    expect(planReorg(state(), { op: 'merge', from: ['nowhere'], into: 'halong' }, NOW).problems).toContain('Portal "nowhere" does not exist.');
    expect(planReorg(state([], ['halong-baichay']), { op: 'merge', from: ['halong-baichay'], into: 'halong-honggai' }, NOW).problems).toContain(
      'Portal "halong-baichay" is already archived.',
    );
    expect(
      planReorg(state(), { op: 'merge', from: ['halong-baichay'], into: 'halong', create: { code: 'halong', name: 'x' } }, NOW).problems,
    ).toContain('Code "halong" is already used.');
    expect(planReorg(state(), { op: 'merge', from: ['halong-baichay'], into: 'halong' }, NOW).problems).toContain(
      '"halong" is level 2; the portals merged into it are level 3.',
    );
  });
});

describe('rename, split and archive', () => {
  it('renames code and name, moving the default domain and redirecting every path', () => {
    const plan = planReorg(state(), { op: 'rename', code: 'halong-baichay', newCode: 'halong-baichaymoi', newName: 'Phường Bãi Cháy mới' }, NOW);
    expect(plan.updatePortals).toEqual([
      { code: 'halong-baichay', set: { name: 'Phường Bãi Cháy mới', code: 'halong-baichaymoi', domain: 'halong-baichaymoi.quangninh.gov.vn' } },
    ]);
    expect(plan.redirects).toEqual([expect.objectContaining({ fromCode: 'halong-baichay', fromPath: '*', toCode: 'halong-baichaymoi', toPath: '*' })]);
    expect(plan.history[0]).toMatchObject({ code: 'halong-baichaymoi', action: 'renamed', details: { from: { code: 'halong-baichay' } } });
  });

  it('splits a portal into new siblings, the content going to the one named', () => {
    const plan = planReorg(
      state([article('a1', 'campha-camdong', 'tin')]),
      { op: 'split', code: 'campha-camdong', into: [{ code: 'campha-camdong1', name: 'Phường Cẩm Đông 1' }, { code: 'campha-camdong2', name: 'Phường Cẩm Đông 2' }], contentTo: 'campha-camdong1' },
      NOW,
    );
    expect(plan.problems).toEqual([]);
    expect(plan.createPortals.map((p) => [p.code, p.parentCode, p.level])).toEqual([
      ['campha-camdong1', 'campha', 3],
      ['campha-camdong2', 'campha', 3],
    ]);
    expect(plan.moves[0]).toMatchObject({ from: 'campha-camdong', to: 'campha-camdong1' });
  });

  it('archives with a reason; a portal with children needs a successor', () => {
    expect(planReorg(state(), { op: 'archive', code: 'halong-baichay', reason: 'Giải thể' }, NOW).updatePortals).toEqual([
      { code: 'halong-baichay', set: { state: 'archived', archiveReason: 'Giải thể', archivedAt: NOW.toISOString() } },
    ]);
    expect(planReorg(state(), { op: 'archive', code: 'halong', reason: 'Bỏ cấp huyện' }, NOW).problems).toEqual([
      '"halong" has 2 child portal(s): archive it with --successor so they have a new parent.',
    ]);
    expect(planReorg(state(), { op: 'archive', code: 'halong', reason: 'Bỏ cấp huyện', successor: 'campha' }, NOW).problems).toEqual([]);
  });

  it('prints a plan an operator can check, and refusals without a plan', () => {
    const text = formatPlan(planReorg(state([article('a1', 'halong-baichay', 'tin')]), { op: 'archive', code: 'halong-baichay', reason: 'Sáp nhập', successor: 'halong-honggai' }, NOW));
    expect(text).toContain('Content moving (1):');
    expect(text).toContain('↪ halong-baichay/bai-viet/tin/ → halong-honggai/bai-viet/tin/');
    expect(formatPlan(planReorg(state(), { op: 'rename', code: 'halong' }, NOW))).toBe('Refused — 1 problem(s):\n  ✖ Give a new code, a new name, or both.');
  });
});
