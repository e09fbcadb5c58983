import { randomUUID } from 'node:crypto';
import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Core } from '@strapi/strapi';
import type { BuildSettings } from '@qn/content';
import { previewContent, previewVersion, type PreviewTarget } from './snapshot';

/** A built preview: the portal's site folder with the record's page in it. */
export interface BuiltPreview {
  /** The build's output folder: `<dir>/<code>/` is the site, `<dir>/_media/` its media. */
  dir: string;
  code: string;
  path: string;
  version: string;
  usedAt: number;
}

export interface PreviewRendererOptions {
  /** Folder for preview builds; builds a stopped process left are removed after a day. */
  root: string;
  /** Where the CMS serves its uploads, for the media of the record. */
  cmsUrl: string;
  settings: BuildSettings;
  /** Builds kept for reuse, media included (the least recently used go first). */
  keep?: number;
  /** Builds waiting at most; beyond, a preview is refused until the queue drains. */
  waiting?: number;
}

type Outcome = BuiltPreview | { problem: string; busy?: true };

const ABANDONED_AFTER_MS = 24 * 3600_000;
const key = (target: PreviewTarget) => `${target.uid}:${target.documentId}:${target.status}`;

/**
 * Renders previews with the site builder itself, one at a time (a preview
 * is an Astro run over one portal holding only the record and what its
 * page's frame needs), and keeps the latest build of each record until it
 * is saved again. At most one build per record waits (for its newest
 * save), and only a few in all: an editor cannot fill the machine with
 * Astro runs. Each build has its own media folder, removed with it.
 */
export function createPreviewRenderer(strapi: Core.Strapi, options: PreviewRendererOptions) {
  const built = new Map<string, BuiltPreview>();
  const pending = new Map<string, { version: string; job: Promise<Outcome> }>();
  let queue: Promise<unknown> = Promise.resolve();
  const keep = options.keep ?? 20;
  const waiting = options.waiting ?? 4;

  async function build(target: PreviewTarget): Promise<Outcome> {
    // Read when its turn comes, so a waiting build holds no snapshot and shows the newest save.
    const content = await previewContent(strapi, target);
    if ('problem' in content) return content;
    const { buildSites } = await import('@qn/site-builder');
    const { httpMediaFetcher } = await import('@qn/images');
    await removeAbandoned();
    const dir = join(options.root, `${Date.now()}-${randomUUID().slice(0, 8)}`);
    const refused = async (log: string): Promise<Outcome> => {
      await rm(dir, { recursive: true, force: true });
      strapi.log.error(`Preview of ${target.uid} ${target.documentId} failed: ${log}`);
      return { problem: 'Không dựng được trang từ bản nháp này. Kiểm tra nội dung rồi lưu lại; nếu vẫn lỗi, báo cho quản trị (chi tiết trong nhật ký máy chủ).' };
    };
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
      if (failed) return await refused(failed.message);
    } catch (error) {
      return await refused((error as Error).message);
    }
    const preview: BuiltPreview = { dir, code: content.code, path: content.path, version: content.version, usedAt: Date.now() };
    const previous = built.get(key(target));
    built.set(key(target), preview);
    if (previous) await rm(previous.dir, { recursive: true, force: true });
    await forgetOldest();
    return preview;
  }

  /** Build folders no map entry holds and older than a day: left by a CMS that stopped. */
  async function removeAbandoned(): Promise<void> {
    const held = new Set([...built.values()].map((b) => b.dir));
    for (const entry of await readdir(options.root).catch(() => [] as string[])) {
      const started = Number(/^(\d+)-/.exec(entry)?.[1]);
      const dir = join(options.root, entry);
      if (started && Date.now() - started > ABANDONED_AFTER_MS && !held.has(dir)) await rm(dir, { recursive: true, force: true });
    }
  }

  async function forgetOldest(): Promise<void> {
    const byAge = [...built.entries()].sort((a, b) => a[1].usedAt - b[1].usedAt);
    for (const [name, preview] of byAge.slice(0, Math.max(0, byAge.length - keep))) {
      built.delete(name);
      await rm(preview.dir, { recursive: true, force: true });
    }
  }

  /** The record's page built from its current draft: the last build while the draft has not changed, a new one otherwise. */
  async function render(target: PreviewTarget): Promise<Outcome> {
    const version = await previewVersion(strapi, target);
    if (!version) return previewContent(strapi, target) as Promise<Outcome>;
    const have = built.get(key(target));
    if (have && have.version === version && (await stat(have.dir).catch(() => null))) {
      have.usedAt = Date.now();
      return have;
    }
    const queued = pending.get(key(target));
    // One build per record at a time: a newer save waits for the one under way (which, if it has not started, already reads it).
    if (queued) return queued.version === version ? queued.job : queued.job.then(() => render(target));
    if (pending.size >= waiting) return { problem: 'Máy chủ đang dựng các bản xem trước khác. Thử lại sau ít phút.', busy: true };
    const job = queue.then(() => build(target));
    queue = job.catch(() => undefined);
    pending.set(key(target), { version, job });
    try {
      return await job;
    } finally {
      pending.delete(key(target));
    }
  }

  return {
    render,

    /** The last build of a record, for the files its page loads; null when there is none. */
    current(target: PreviewTarget): BuiltPreview | null {
      const have = built.get(key(target)) ?? null;
      if (have) have.usedAt = Date.now();
      return have;
    },
  };
}

export type PreviewRenderer = ReturnType<typeof createPreviewRenderer>;
