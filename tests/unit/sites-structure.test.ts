import { describe, expect, it } from 'vitest';
import type { Notice, Unit } from '@qn/content';
import { activeNotices } from '../../sites/src/lib/notices.ts';
import { unitTree, type UnitNode } from '../../sites/src/lib/orgchart.ts';
import { consultationStatus, recruitmentOpen } from '../../sites/src/lib/records.ts';

const unit = (key: string, parentKey: string | null = null): Unit => ({ key, name: key, parentKey, head: null, description: null, phone: null });
const shape = (nodes: UnitNode[]): unknown[] => nodes.map((n) => (n.children.length ? { [n.unit.key]: shape(n.children) } : n.unit.key));

describe('the org chart', () => {
  it('nests units under their parents, in the editors’ order', () => {
    const units = [unit('ban-giam-doc'), unit('van-phong', 'ban-giam-doc'), unit('thanh-tra', 'ban-giam-doc'), unit('to-tong-hop', 'van-phong')];
    expect(shape(unitTree(units))).toEqual([{ 'ban-giam-doc': [{ 'van-phong': ['to-tong-hop'] }, 'thanh-tra'] }]);
  });

  it('keeps a unit whose parent is missing, at the top', () => {
    expect(shape(unitTree([unit('a'), unit('b', 'gone')]))).toEqual(['a', 'b']);
  });

  it('never loses units that point at each other in a loop', () => {
    const keys = (nodes: UnitNode[]): string[] => nodes.flatMap((n) => [n.unit.key, ...keys(n.children)]);
    expect(keys(unitTree([unit('a', 'b'), unit('b', 'a'), unit('c', 'a')])).toSorted()).toEqual(['a', 'b', 'c']);
  });
});

describe('notice banners', () => {
  const notice = (portal: string | null, level: Notice['level'], startsAt: string, endsAt: string): Notice => ({
    documentId: `${portal}-${level}-${startsAt}`,
    publishedAt: startsAt,
    updatedAt: startsAt,
    portal,
    message: 'Bảo trì hệ thống',
    level,
    startsAt,
    endsAt,
    link: null,
  });
  const now = new Date('2026-11-29T12:00:00Z');
  const notices = [
    notice(null, 'info', '2026-11-28T00:00:00Z', '2026-12-05T00:00:00Z'),
    notice('soyte', 'urgent', '2026-11-29T12:00:00Z', '2026-11-30T00:00:00Z'),
    notice('halong', 'warning', '2026-11-28T00:00:00Z', '2026-12-05T00:00:00Z'),
    notice(null, 'warning', '2026-11-20T00:00:00Z', '2026-11-29T12:00:00Z'),
    notice(null, 'info', '2026-11-29T12:00:01Z', '2026-12-05T00:00:00Z'),
  ];

  it('shows the province-wide notices and the portal’s own, from their start up to (not including) their end, most urgent first', () => {
    expect(activeNotices(notices, 'soyte', now).map((n) => `${n.portal}:${n.level}`)).toEqual(['soyte:urgent', 'null:info']);
    expect(activeNotices(notices, 'halong', now).map((n) => `${n.portal}:${n.level}`)).toEqual(['halong:warning', 'null:info']);
  });
});

describe('time-bound records', () => {
  const now = new Date('2026-11-29T12:00:00Z');

  it('sorts consultations into upcoming, open and closed at the build moment', () => {
    expect(consultationStatus({ opensAt: '2026-12-01T01:00:00Z', closesAt: '2026-12-31T01:00:00Z' }, now)).toBe('upcoming');
    expect(consultationStatus({ opensAt: '2026-11-01T01:00:00Z', closesAt: '2026-11-29T12:00:01Z' }, now)).toBe('open');
    expect(consultationStatus({ opensAt: '2026-11-01T01:00:00Z', closesAt: '2026-11-29T12:00:00Z' }, now)).toBe('closed');
  });

  it('keeps a recruitment open through its whole deadline day', () => {
    expect(recruitmentOpen({ deadline: '2026-11-29' }, '2026-11-29')).toBe(true);
    expect(recruitmentOpen({ deadline: '2026-11-28' }, '2026-11-29')).toBe(false);
    expect(recruitmentOpen({ deadline: null }, '2026-11-29')).toBe(true);
  });
});
