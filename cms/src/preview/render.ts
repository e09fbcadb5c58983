import { randomUUID } from 'node:crypto';
import { mkdir, readdir, rm, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { Core } from '@strapi/strapi';
import type { BuildSettings } from '@qn/content';
import { previewContent, type PreviewContent, type PreviewTarget } from './snapshot';

/** A built preview: the portal's site folder with the record's page in it. */
export interface BuiltPreview {
  /** The build's output folder: `<dir>/<code>/` is the site, `<dir>/_media/` the media. */
  dir: string;
  code: string;
  path: string;
  version: string;
  usedAt: number;
}

export interface PreviewRendererOptions {
  /** Folder for preview builds; builds a killed process left are removed after a day. */
  root: string;
  /** Where the CMS serves its uploads, for the media of the record. */
  cmsUrl: string;
  settings: BuildSettings;
  /** Builds kept for reuse (the least recently used go first). */
  keep?: number;
}

const MEDIA_DIR = '_media';
const ABANDONED_AFTER_MS = 24 * 3600_000;
const key = (target: PreviewTarget) => `${target.uid}:${target.documentId}:${target.status}`;

/**
 * Renders previews with the site builder itself, one at a time (a preview
 * is an Astro run over one portal holding only the record and what its
 * page's frame needs), and keeps the latest build of each record until it
 * is saved again. Media are processed into one shared folder, so an image
 * already seen is not processed twice.
 */
export function createPreviewRenderer(strapi: Core.Strapi, options: PreviewRendererOptions) {
  const built = new Map<string, BuiltPreview>();
  const running = new Map<string, Promise<BuiltPreview | { problem: string }>>();
  let queue: Promise<unknown> = Promise.resolve();
  const keep = options.keep ?? 20;

  async function build(target: PreviewTarget, content: PreviewContent): Promise<BuiltPreview | { problem: string }> {
    const { buildSites } = await import('@qn/site-builder');
    const { httpMediaFetcher } = await import('@qn/images');
    const dir = join(options.root, `${Date.now()}-${randomUUID().slice(0, 8)}`);
    await removeAbandoned();
    await mkdir(join(options.root, MEDIA_DIR), { recursive: true });
    await mkdir(dir, { recursive: true });
    await symlink(join('..', MEDIA_DIR), join(dir, MEDIA_DIR));
    try {
      const report = await buildSites({
        prefetched: { snapshot: content.snapshot, problems: [] },
        outDir: dir,
        portals: [content.code],
        settings: options.settings,
        media: { fetch: httpMediaFetcher({ baseUrl: options.cmsUrl }) },
        parallel: 1,
        retries: 1,
      });
      const failed = report.failed[0] ?? report.problems.find((p) => p.documentId === target.documentId);
      if (failed) {
        await rm(dir, { recursive: true, force: true });
        return { problem: `Không dựng được trang từ bản nháp: ${failed.message.split('\n')[0]}` };
      }
    } catch (error) {
      await rm(dir, { recursive: true, force: true });
      strapi.log.error(`Preview of ${target.uid} ${target.documentId} failed: ${(error as Error).message}`);
      return { problem: 'Không dựng được bản xem trước do lỗi máy chủ. Thử lại sau ít phút; nếu vẫn lỗi, báo cho quản trị.' };
    }
    const preview: BuiltPreview = { dir, code: content.code, path: content.path, version: content.version, usedAt: Date.now() };
    const previous = built.get(key(target));
    built.set(key(target), preview);
    if (previous) await rm(previous.dir, { recursive: true, force: true });
    await forgetOldest();
    return preview;
  }

  /** Builds older than a day: left by a CMS that stopped (a running one keeps its own at most `keep`). */
  async function removeAbandoned(): Promise<void> {
    for (const entry of await readdir(options.root).catch(() => [] as string[])) {
      const started = Number(/^(\d+)-/.exec(entry)?.[1]);
      if (started && Date.now() - started > ABANDONED_AFTER_MS) await rm(join(options.root, entry), { recursive: true, force: true });
    }
  }

  async function forgetOldest(): Promise<void> {
    const byAge = [...built.entries()].sort((a, b) => a[1].usedAt - b[1].usedAt);
    for (const [name, preview] of byAge.slice(0, Math.max(0, byAge.length - keep))) {
      built.delete(name);
      await rm(preview.dir, { recursive: true, force: true });
    }
  }

  return {
    /** The record's page built from its current draft: the last build while the draft has not changed, a new one otherwise. */
    async render(target: PreviewTarget): Promise<BuiltPreview | { problem: string }> {
      const content = await previewContent(strapi, target);
      if ('problem' in content) return content;
      const have = built.get(key(target));
      if (have && have.version === content.version) {
        have.usedAt = Date.now();
        return have;
      }
      const name = `${key(target)}@${content.version}`;
      const pending = running.get(name);
      if (pending) return pending;
      const job = queue.then(() => build(target, content));
      queue = job.catch(() => undefined);
      running.set(name, job);
      try {
        return await job;
      } finally {
        running.delete(name);
      }
    },

    /** The last build of a record, for the files its page loads; null when there is none. */
    current(target: PreviewTarget): BuiltPreview | null {
      const have = built.get(key(target)) ?? null;
      if (have) have.usedAt = Date.now();
      return have;
    },
  };
}

export type PreviewRenderer = ReturnType<typeof createPreviewRenderer>;
