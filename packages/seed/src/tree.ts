import { compactSlug, defaultDomain, MAIN_PORTAL_CODE, requireTree, type Portal, type PortalTree } from '@qn/portal-model';
import { DEPARTMENTS, DISTRICTS, LEVEL_ONE } from './tree-data.ts';

const COMMUNE_PREFIX = /^(Phường|Xã|Thị trấn)\s+/u;

/** "Trung tâm Phục vụ hành chính công tỉnh" → "ttpvhcct" */
function initials(name: string): string {
  return name
    .split(/[\s-]+/u)
    .filter(Boolean)
    .map((word) => compactSlug(word).charAt(0))
    .join('');
}

function portal(code: string, name: string, level: 1 | 2 | 3, parentCode: string | null, kind: Portal['kind'], language: Portal['language'] = 'vi'): Portal {
  return { code, name: name.normalize('NFC'), level, parentCode, kind, domain: defaultDomain(code), language };
}

/** The 5 + 60 + 128 portals of the seed, validated as a tree. */
export function seedPortals(): Portal[] {
  const portals: Portal[] = LEVEL_ONE.map((p) => portal(p.code, p.name, 1, null, p.kind, p.language));
  for (const district of DISTRICTS) {
    portals.push(portal(district.code, district.name, 2, MAIN_PORTAL_CODE, 'district'));
    for (const commune of district.communes) {
      const code = `${district.code}-${compactSlug(commune.replace(COMMUNE_PREFIX, ''))}`;
      portals.push(portal(code, commune, 3, district.code, 'commune'));
    }
  }
  for (const body of DEPARTMENTS) {
    portals.push(portal(body.code, body.name, 2, MAIN_PORTAL_CODE, body.kind));
    for (const unit of body.units ?? []) {
      portals.push(portal(`${body.code}-${initials(unit)}`, unit, 3, body.code, 'unit'));
    }
  }
  return portals;
}

export function seedTree(): PortalTree {
  return requireTree(seedPortals());
}
