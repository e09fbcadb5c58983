import { describe, expect, it } from 'vitest';
import { generateContent, LINKED_SITES, seedPortals, type SampleContent } from '@qn/seed';

const portals = seedPortals();
const now = new Date('2026-11-29T03:00:00Z');
const content = generateContent(portals, now);
const vietnamese = portals.filter((p) => p.language === 'vi');
const upper = vietnamese.filter((p) => p.level < 3);

function byPortal<T extends { portal: string | null }>(items: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) map.set(item.portal ?? '', [...(map.get(item.portal ?? '') ?? []), item]);
  return map;
}

/** The natural key the writer matches stored records by, per type. */
const KEYS: { [K in keyof SampleContent]: (item: SampleContent[K][number]) => string } = {
  agencies: (a) => a.portal,
  people: (p) => `${p.portal}/${p.name}`,
  legalDocuments: (d) => `${d.portal}/${d.number}`,
  plans: (p) => `${p.portal}/${p.slug}`,
  disclosures: (d) => `${d.portal}/${d.slug}`,
  recruitments: (r) => `${r.portal}/${r.slug}`,
  consultations: (c) => `${c.portal}/${c.slug}`,
  questions: (q) => `${q.portal}/${q.slug}`,
  pages: (p) => `${p.portal}/${p.slug}`,
  notices: (n) => `${n.portal ?? ''}/${n.level}`,
  linkedSites: (s) => s.url,
  tags: (t) => t.slug,
};
function keysOf(c: SampleContent, type: keyof SampleContent): string[] {
  return (c[type] as Array<never>).map((item) => (KEYS[type] as (i: never) => string)(item));
}

describe('sample content', () => {
  it('is deterministic, so seeding twice duplicates nothing', () => {
    expect(generateContent(portals, now)).toEqual(content);
  });

  it('has unique natural keys that do not depend on the day the seed runs', () => {
    const later = generateContent(portals, new Date('2027-03-02T09:30:00Z'));
    for (const type of Object.keys(KEYS) as Array<keyof SampleContent>) {
      const keys = keysOf(content, type);
      expect(new Set(keys).size, type).toBe(keys.length);
    }
    for (const type of ['agencies', 'people', 'legalDocuments', 'notices', 'linkedSites', 'tags'] as const) {
      expect(keysOf(later, type), type).toEqual(keysOf(content, type));
    }
  });

  it('is stored as NFC with tone marks', () => {
    const json = JSON.stringify(content);
    expect(json).toBe(json.normalize('NFC'));
    expect(json).toMatch(/Ủy ban nhân dân phường Hồng Gai/);
    expect(json).not.toMatch(/lorem|ipsum|TODO|placeholder/i);
  });

  it('lists exactly 26 linked websites with distinct https addresses', () => {
    expect(LINKED_SITES).toHaveLength(26);
    expect(content.linkedSites).toHaveLength(26);
    expect(new Set(LINKED_SITES.map((s) => s.url)).size).toBe(26);
    for (const site of LINKED_SITES) expect(site.url).toMatch(/^https:\/\/[a-z0-9.-]+\.[a-z]{2,}(\/[a-z0-9/-]*)?$/);
    expect(LINKED_SITES.map((s) => s.order)).toEqual(Array.from({ length: 26 }, (_, i) => i + 1));
  });
});

describe('agencies', () => {
  const agencies = new Map(content.agencies.map((a) => [a.portal, a]));

  it('give every one of the 193 portals its body, with an English name and introduction, contacts and a map point', () => {
    expect(content.agencies).toHaveLength(193);
    expect([...agencies.keys()].sort()).toEqual(portals.map((p) => p.code).sort());
    for (const agency of content.agencies) {
      expect(agency.nameEn).toMatch(/^[\x20-\x7e]+$/);
      expect(agency.introductionEn.length).toBeGreaterThan(80);
      expect(agency.introduction.length).toBeGreaterThan(0);
      expect(agency.contact.email).toMatch(/^[a-z0-9.]+@quangninh\.gov\.vn$/);
      expect(agency.contact.phone).toMatch(/^0203 \d{3} \d{4}$/);
      expect(agency.location.latitude).toBeGreaterThanOrEqual(20.9);
      expect(agency.location.latitude).toBeLessThanOrEqual(21.7);
      expect(agency.location.longitude).toBeGreaterThanOrEqual(106.4);
      expect(agency.location.longitude).toBeLessThanOrEqual(108.1);
    }
    expect(agencies.get('quangninh')?.name).toBe('Ủy ban nhân dân tỉnh Quảng Ninh');
    expect(agencies.get('halong-honggai')?.nameEn).toBe("Hong Gai Ward People's Committee");
  });

  it('give communes a profile (area, population, history, culture, sights) and the other bodies functions and a 3–8 box chart', () => {
    for (const portal of portals) {
      const agency = agencies.get(portal.code)!;
      if (portal.kind === 'commune') {
        expect(agency.profile, portal.code).not.toBeNull();
        expect(agency.profile!.areaKm2).toBeGreaterThan(0);
        expect(agency.profile!.population).toBeGreaterThan(1000);
        for (const part of [agency.profile!.history, agency.profile!.culture, agency.profile!.sights]) expect(part.length).toBeGreaterThan(0);
        continue;
      }
      expect(agency.profile, portal.code).toBeNull();
      expect(agency.functions?.length, portal.code).toBeGreaterThanOrEqual(3);
      expect(agency.units.length, portal.code).toBeGreaterThanOrEqual(3);
      expect(agency.units.length, portal.code).toBeLessThanOrEqual(8);
      const keys = new Set(agency.units.map((u) => u.key));
      expect(keys.size).toBe(agency.units.length);
      expect(agency.units.filter((u) => !u.parentKey)).toHaveLength(1);
      for (const unit of agency.units) {
        expect(unit.key).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        if (unit.parentKey) expect(keys.has(unit.parentKey)).toBe(true);
      }
    }
  });

  it('show the level-3 units under their parent body in its chart', () => {
    const health = agencies.get('soyte')!;
    expect(health.units.map((u) => u.name)).toEqual(expect.arrayContaining(['Bệnh viện Đa khoa tỉnh', 'Trung tâm Kiểm soát bệnh tật tỉnh']));
  });
});

describe('leaders', () => {
  const people = byPortal(content.people);

  it('are 2–4 per agency, head first, each with position, English position, bio and duties', () => {
    for (const portal of portals) {
      const leaders = people.get(portal.code) ?? [];
      expect(leaders.length, portal.code).toBeGreaterThanOrEqual(2);
      expect(leaders.length, portal.code).toBeLessThanOrEqual(4);
      if (portal.level === 3) expect(leaders).toHaveLength(2);
      expect(leaders.map((l) => l.order)).toEqual(leaders.map((_, i) => i));
      for (const leader of leaders) {
        expect(leader.name.split(' ').length).toBeGreaterThanOrEqual(3);
        expect(leader.bio).toContain(leader.name);
        expect(leader.duties.length).toBeGreaterThan(0);
        expect(leader.positionEn).toMatch(/^[\x20-\x7e]+$/);
      }
    }
  });

  it('have the titles of each kind of body', () => {
    expect(people.get('quangninh')?.map((l) => l.position)).toEqual([
      'Chủ tịch UBND tỉnh', 'Phó Chủ tịch Thường trực UBND tỉnh', 'Phó Chủ tịch UBND tỉnh', 'Phó Chủ tịch UBND tỉnh',
    ]);
    expect(people.get('halong-honggai')?.map((l) => l.position)).toEqual(['Bí thư Đảng ủy phường', 'Chủ tịch UBND phường']);
    expect(people.get('sonoivu')?.[0]?.position).toBe('Giám đốc Sở');
    expect(people.get('toaan')?.[0]?.position).toBe('Chánh án');
    expect(people.get('sogddt-ttchl')?.[0]?.position).toBe('Hiệu trưởng');
  });
});

describe('legal documents', () => {
  const documents = byPortal(content.legalDocuments);

  it('give every Vietnamese level-1 and level-2 portal documents in force, one expired and one replaced by another', () => {
    for (const portal of upper) {
      const docs = documents.get(portal.code) ?? [];
      const validity = docs.map((d) => d.validity);
      expect(validity, portal.code).toContain('expired');
      expect(validity, portal.code).toContain('replaced');
      expect(validity.filter((v) => v === 'in_force').length, portal.code).toBeGreaterThanOrEqual(1);
      const replaced = docs.find((d) => d.validity === 'replaced')!;
      const replacement = docs.find((d) => d.number === replaced.replacedBy);
      expect(replacement?.validity, portal.code).toBe('in_force');
      expect(replacement?.body.join(' ')).toContain(replaced.number);
    }
  });

  it('use every validity and keep their dates in order', () => {
    expect(new Set(content.legalDocuments.map((d) => d.validity))).toEqual(new Set(['in_force', 'partly_in_force', 'not_yet_in_force', 'expired', 'replaced']));
    for (const doc of content.legalDocuments) {
      expect(doc.number).toMatch(/^\d+\/[A-ZĐ]+-[\p{L}\p{N}]+$/u);
      expect(doc.effectiveOn >= doc.issuedOn).toBe(true);
      if (doc.expiresOn) expect(doc.expiresOn > doc.effectiveOn).toBe(true);
      if (doc.validity === 'expired') expect(Date.parse(doc.expiresOn!)).toBeLessThan(now.getTime());
      if (doc.validity === 'not_yet_in_force') expect(Date.parse(doc.effectiveOn)).toBeGreaterThan(now.getTime());
      expect(doc.issuerName).toBe(content.agencies.find((a) => a.portal === doc.portal)?.name);
    }
  });

  it('give every Vietnamese portal at least one document, and none to the English and Chinese portals', () => {
    for (const portal of vietnamese) expect(documents.get(portal.code)?.length, portal.code).toBeGreaterThan(0);
    expect(documents.has('english')).toBe(false);
    expect(documents.has('chinese')).toBe(false);
  });
});

describe('plans, disclosures, recruitment, consultations, pages and notices', () => {
  it('cover every plan kind and every disclosure type', () => {
    expect(new Set(content.plans.map((p) => p.kind))).toEqual(new Set(['strategy', 'master_plan', 'plan', 'programme', 'project']));
    expect(new Set(content.disclosures.map((d) => d.type))).toEqual(new Set(['budget', 'procurement', 'public_investment', 'statistics']));
    for (const portal of upper) {
      expect(content.plans.some((p) => p.portal === portal.code), portal.code).toBe(true);
      expect(content.disclosures.some((d) => d.portal === portal.code), portal.code).toBe(true);
    }
    for (const plan of content.plans) expect(plan.endYear).toBeGreaterThanOrEqual(plan.startYear);
  });

  it('post recruitment notices for some bodies', () => {
    expect(content.recruitments.length).toBeGreaterThan(10);
    expect(content.recruitments.length).toBeLessThan(vietnamese.length / 2);
  });

  it('have consultations open and closed relative to now', () => {
    const open = content.consultations.filter((c) => Date.parse(c.opensAt) <= now.getTime() && now.getTime() < Date.parse(c.closesAt));
    const closed = content.consultations.filter((c) => Date.parse(c.closesAt) <= now.getTime());
    expect(open.length).toBeGreaterThan(10);
    expect(closed.length).toBeGreaterThan(10);
    expect(open.length + closed.length).toBe(content.consultations.length);
    const main = content.consultations.filter((c) => c.portal === 'quangninh');
    expect(main.map((c) => Date.parse(c.closesAt) > now.getTime())).toEqual([true, false]);
  });

  it('give every portal an introduction page, in its language', () => {
    const pages = byPortal(content.pages);
    for (const portal of portals) {
      const about = pages.get(portal.code)?.find((p) => p.order === 1);
      expect(about, portal.code).toBeDefined();
      if (portal.language === 'vi') expect(about?.title).toBe('Giới thiệu chung');
    }
    expect(pages.get('english')?.[0]?.title).toBe('About Quang Ninh');
    expect(pages.get('quangninh')?.map((p) => p.title)).toEqual(['Giới thiệu chung', 'Sơ đồ cổng thông tin']);
  });

  it('announce one province-wide planned maintenance and a few portal notices', () => {
    const provinceWide = content.notices.filter((n) => n.portal === null);
    expect(provinceWide).toHaveLength(1);
    expect(provinceWide[0]?.message).toMatch(/bảo trì/);
    expect(Date.parse(provinceWide[0]!.startsAt)).toBeLessThan(now.getTime());
    expect(Date.parse(provinceWide[0]!.endsAt)).toBeGreaterThan(now.getTime());
    const own = content.notices.filter((n) => n.portal !== null);
    expect(own.length).toBeGreaterThanOrEqual(2);
    for (const notice of own) expect(portals.some((p) => p.code === notice.portal)).toBe(true);
  });
});
