/**
 * The built sites the browser tests read: a real Strapi with the full seed
 * (60 articles, most with a cover photo) and a real Meilisearch, plus a few articles made through the
 * admin API the way editors make them (featured, with author and source,
 * and English and Chinese translations of a Vietnamese original), built for
 * one portal of each kind the issue names and served with host routing.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Article } from '@qn/content';
import { requireTree } from '@qn/portal-model';
import { buildSites } from '@qn/site-builder';
import { createSiteServer } from '@qn/site-server';
import { paragraph } from '../helpers/admin-api.ts';
import { startStack, type TestStack } from '../helpers/stack.ts';
import { getWithHost } from '../helpers/site-get.ts';

/** Province, department, commune, English, Chinese. */
export const PORTALS = ['quangninh', 'soyte', 'halong-honggai', 'english', 'chinese'] as const;

export interface SiteFixture {
  stack: TestStack;
  outDir: string;
  origin(code: string): string;
  /** A request to a portal's site from Node, which does not resolve <code>.localhost names as browsers do. */
  get(code: string, path: string): Promise<{ status: number; body: string }>;
  /** The Vietnamese original and its translations, as the snapshot holds them. */
  original: Article;
  translations: { en: Article; zh: Article };
  /** A featured article with author and source, made in the department's portal. */
  featured: Article;
  stop(): Promise<void>;
}

export const FEATURED = {
  title: 'Sở Y tế triển khai chiến dịch tiêm chủng vắc xin sởi cho trẻ em',
  author: 'Thu Hà',
  source: 'Trung tâm Kiểm soát bệnh tật tỉnh',
};

export async function buildFixture(): Promise<SiteFixture> {
  const stack = await startStack({ content: true, articles: 60, meili: true, photos: true });
  const outDir = await mkdtemp(join(tmpdir(), 'qn-sites-'));
  let server: Server | undefined;
  try {
    const soyte = await stack.admin.portalId('soyte');
    const english = await stack.admin.portalId('english');
    const chinese = await stack.admin.portalId('chinese');
    const original = (await stack.cms.articles(['quangninh'])).records.find((a) => a.portal === 'quangninh');
    if (!original) throw new Error('The seed gave the provincial portal no article to translate.');
    const publish = async (data: Record<string, unknown>) => {
      const created = await stack.admin.createArticle(data);
      const published = await stack.admin.publish(created.documentId);
      if (published.status !== 200) throw new Error(`publishing "${String(data.title)}" answered ${published.status}: ${JSON.stringify(published.json)}`);
      return created.documentId;
    };
    const featuredId = await publish({
      ...FEATURED,
      featured: true,
      summary: 'Chiến dịch diễn ra tại các trạm y tế xã, phường trong toàn tỉnh.',
      body: paragraph('Trẻ em từ 1 đến 5 tuổi được tiêm miễn phí tại trạm y tế nơi cư trú.'),
      portal: { connect: [{ documentId: soyte }] },
    });
    // Chinese titles give no ASCII slug, so editors type one.
    const translation = (title: string, slug: string, text: string, portal: string) =>
      publish({ title, slug, summary: text, body: paragraph(text), portal: { connect: [{ documentId: portal }] }, translationOf: { connect: [{ documentId: original.documentId }] } });
    const enId = await translation('Quang Ninh steps up environmental protection', 'quang-ninh-steps-up-environmental-protection', 'The province reviewed its environmental protection work.', english);
    const zhId = await translation('广宁省加强环境保护工作', 'guangning-huanjing-baohu', '全省检查环境保护工作。', chinese);

    server = createSiteServer({ root: outDir });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    const origin = (code: string) => `http://${code}.localhost:${port}`;
    const search = stack.search!;
    const report = await buildSites({
      cms: stack.cms,
      outDir,
      portals: [...PORTALS],
      // Forms post to a public service the browser tests never submit to: the pages carry them, as in production.
      settings: { urlTemplate: `http://{code}.localhost:${port}`, search: { host: stack.meili!.url, key: await search.ensureSearchKey(), index: `articles_${process.pid}` }, mediaUrl: `http://localhost:${port}/_media`, publicServiceUrl: "http://localhost:4323" },
    });
    if (report.failed.length > 0) throw new Error(`Some portals were not built: ${JSON.stringify(report.failed)}`);
    const { records: portals } = await stack.cms.portals();
    const { records: articles } = await stack.cms.articles();
    const { records } = await stack.cms.records();
    await search.reconcile({ articles, records }, requireTree(portals));
    const byId = (id: string) => {
      const found = articles.find((a) => a.documentId === id);
      if (!found) throw new Error(`article ${id} is not published`);
      return found;
    };
    const running = server;
    return {
      stack,
      outDir,
      origin,
      get: (code, path) => getWithHost(port, `${code}.localhost:${port}`, path),
      original,
      translations: { en: byId(enId), zh: byId(zhId) },
      featured: byId(featuredId),
      async stop() {
        await new Promise((resolve) => running.close(resolve));
        await stack.stop();
        await rm(outDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
    await stack.stop();
    await rm(outDir, { recursive: true, force: true });
    throw error;
  }
}

