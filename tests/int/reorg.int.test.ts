import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentPath } from '@qn/content';
import { createPublisher, fileCursor } from '@qn/publisher';
import { applyPlan, formatPlan, loadState, planReorg, type ReorgPlan, type ReorgTarget } from '@qn/reorg';
import { buildSites } from '@qn/site-builder';
import { paragraph } from '../helpers/admin-api.ts';
import { startStack, type TestStack } from '../helpers/stack.ts';

let stack: TestStack;
let target: ReorgTarget;
let outDir: string;
const FROM = ['halong-honggai', 'halong-baichay'];
const INTO = 'halong-hongbai';
const command = { op: 'merge' as const, from: FROM, into: INTO, create: { code: INTO, name: 'Phường Hồng Gai - Bãi Cháy' } };
const published: Record<string, { documentId: string; slug: string }> = {};
const settings = { urlTemplate: 'https://{domain}', search: { host: 'http://127.0.0.1:1', key: 'k', index: 'articles' }, mediaUrl: 'https://media.quangninh.gov.vn' };

beforeAll(async () => {
  stack = await startStack({ meili: true });
  target = stack.strapi as unknown as ReorgTarget;
  outDir = await mkdtemp(join(tmpdir(), 'qn-reorg-'));
  const [honggai, baichay] = await Promise.all(FROM.map((code) => stack.admin.portalId(code)));
  for (const [key, portal, title] of [
    ['honggaiMeeting', honggai, 'Hội nghị tổng kết công tác năm'],
    ['baichayMeeting', baichay, 'Hội nghị tổng kết công tác năm'],
    ['baichayFestival', baichay, 'Lễ hội hoa anh đào Bãi Cháy'],
  ] as const) {
    const article = await stack.admin.createArticle({ title, body: paragraph('Nội dung.'), portal: { connect: [{ documentId: portal }] } });
    expect((await stack.admin.publish(article.documentId)).status).toBe(200);
    published[key] = article;
  }
  await buildSites({ cms: stack.cms, outDir, portals: FROM, settings });
});
afterAll(async () => {
  await stack?.stop();
  await rm(outDir, { recursive: true, force: true });
});

describe('merging two level-3 portals', () => {
  let plan: ReorgPlan;

  it('dry run: shows every change and changes nothing', async () => {
    const state = await loadState(target);
    plan = planReorg(state, command, new Date());
    expect(plan.problems).toEqual([]);
    const text = formatPlan(plan);
    expect(text).toContain(`+ ${INTO} "Phường Hồng Gai - Bãi Cháy" level 3 under halong`);
    expect(text).toContain('(address hoi-nghi-tong-ket-cong-tac-nam → hoi-nghi-tong-ket-cong-tac-nam-2)');
    const owned = state.records.filter((r) => FROM.includes(r.portal));
    expect(owned.length).toBeGreaterThanOrEqual(3);
    // Every address of the merged portals has a redirect, and every record moves.
    for (const record of owned) {
      expect(plan.moves.map((m) => m.documentId)).toContain(record.documentId);
      if (record.slug) expect(plan.redirects.map((r) => `${r.fromCode}${r.fromPath}`)).toContain(`${record.portal}${contentPath(record.model, record.slug)}`);
    }
    for (const code of FROM) expect(plan.redirects).toContainEqual(expect.objectContaining({ fromCode: code, fromPath: '*', toCode: INTO, toPath: '/' }));
    const after = await loadState(target);
    expect(after.tree.byCode.has(INTO)).toBe(false);
    expect(after.records.filter((r) => FROM.includes(r.portal))).toHaveLength(owned.length);
  });

  it('real run: the new portal holds the content, the old ones forward to it, history is kept', async () => {
    const cursor = join(stack.dataDir, 'cursor.json');
    await fileCursor(cursor).write(await stack.cms.lastEventId());
    await applyPlan(target, plan, new Date());

    const { records: portals } = await stack.cms.portals();
    expect(portals.find((p) => p.code === INTO)).toMatchObject({ level: 3, parentCode: 'halong', state: 'active', domain: 'halong-hongbai.quangninh.gov.vn' });
    for (const code of FROM) expect(portals.find((p) => p.code === code)).toMatchObject({ state: 'archived', successorCode: INTO });

    const { records: articles } = await stack.cms.articles([INTO]);
    expect(articles.map((a) => a.slug).sort()).toEqual(
      ['hoi-nghi-tong-ket-cong-tac-nam', 'hoi-nghi-tong-ket-cong-tac-nam-2', published.baichayFestival!.slug].sort(),
    );
    expect((await stack.cms.articles(FROM)).records).toEqual([]);

    const { records: redirects } = await stack.cms.redirects();
    expect(redirects).toHaveLength(plan.redirects.length);
    expect(redirects).toContainEqual(
      expect.objectContaining({ fromCode: 'halong-baichay', fromPath: `/bai-viet/${published.baichayMeeting!.slug}/`, toCode: INTO, toPath: '/bai-viet/hoi-nghi-tong-ket-cong-tac-nam-2/' }),
    );

    const events = await stack.strapi.db.query('api::portal-event.portal-event').findMany({ where: { code: { $in: [...FROM, INTO] } } });
    expect(events.map((e) => `${String(e.code)}:${String(e.action)}`).sort()).toEqual(['halong-baichay:merged', `${INTO}:created`, 'halong-honggai:merged']);

    // The publisher picks the change up from the outbox like any other.
    const result = await createPublisher({
      cms: stack.cms,
      search: stack.search!,
      cursor: fileCursor(cursor),
      log: () => {},
      build: (codes) => buildSites({ cms: stack.cms, outDir, portals: codes, settings }),
    }).runOnce();
    expect(result.rebuilt).toEqual(expect.arrayContaining([...FROM, INTO, 'halong']));
  });

  it('the old addresses forward to the new ones and the content is served from the new portal', async () => {
    const old = await readFile(join(outDir, 'halong-baichay', 'bai-viet', published.baichayMeeting!.slug, 'index.html'), 'utf8');
    expect(old).toContain('<meta http-equiv="refresh" content="0; url=https://halong-hongbai.quangninh.gov.vn/bai-viet/hoi-nghi-tong-ket-cong-tac-nam-2/">');
    const home = await readFile(join(outDir, 'halong-honggai', 'index.html'), 'utf8');
    expect(home).toContain('url=https://halong-hongbai.quangninh.gov.vn/');
    expect(await readFile(join(outDir, 'halong-honggai', '_redirects'), 'utf8')).toContain(
      `/bai-viet/${published.honggaiMeeting!.slug}/ https://halong-hongbai.quangninh.gov.vn/bai-viet/hoi-nghi-tong-ket-cong-tac-nam/ 301`,
    );
    expect(existsSync(join(outDir, INTO, 'bai-viet', 'hoi-nghi-tong-ket-cong-tac-nam-2', 'index.html'))).toBe(true);
    expect(await readFile(join(outDir, 'halong', 'index.html'), 'utf8')).toContain('Phường Hồng Gai - Bãi Cháy');
  });

  it('refuses to merge the archived portals again, and changes nothing', async () => {
    const again = planReorg(await loadState(target), command, new Date());
    expect(again.problems).toEqual(expect.arrayContaining(['Portal "halong-honggai" is already archived.', 'Code "halong-hongbai" is already used.']));
    await expect(applyPlan(target, again, new Date())).rejects.toThrow('The plan has problems and was not applied');
  });
});
