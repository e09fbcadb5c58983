/**
 * Uploads the sample photos once, through Strapi's own upload service (so
 * they are stored, named and served like an editor's), and hands out their
 * ids: most articles get a cover, every leader a portrait.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hashString } from './random.ts';
import { photoJpeg, PHOTO_PREFIX, samplePhotos } from './photos.ts';
import type { SeedTarget, Tally } from './target.ts';

const FILE = 'plugin::upload.file';

export interface SamplePhotoIds {
  /** The cover of an article by its portal and slug, or none (one in five has none, as real news). */
  cover(portal: string, slug: string): number | undefined;
  /** A leader's portrait by portal and name. */
  portrait(portal: string, name: string): number | undefined;
  tally: Tally;
}

export async function uploadSamplePhotos(strapi: SeedTarget): Promise<SamplePhotoIds | null> {
  const upload = strapi.plugin?.('upload').service('upload');
  if (!upload) return null;
  const stored = new Map(
    (await strapi.db.query(FILE).findMany({ where: { name: { $startsWith: PHOTO_PREFIX } }, select: ['id', 'name'] })).map((row) => [String(row.name), Number(row.id)]),
  );
  const photos = samplePhotos();
  const dir = await mkdtemp(join(tmpdir(), 'qn-seed-photos-'));
  let created = 0;
  try {
    for (const photo of photos) {
      if (stored.has(photo.name)) continue;
      const bytes = await photoJpeg(photo);
      const filepath = join(dir, photo.name);
      await writeFile(filepath, bytes);
      const [file] = await upload.upload({
        data: { fileInfo: { name: photo.name, alternativeText: photo.alternativeText, caption: null } },
        files: { filepath, originalFilename: photo.name, mimetype: 'image/jpeg', size: bytes.length },
      });
      if (!file) throw new Error(`uploading ${photo.name} stored nothing`);
      stored.set(photo.name, file.id);
      created += 1;
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  const ids = (kind: 'cover' | 'portrait') => photos.filter((p) => p.kind === kind).map((p) => stored.get(p.name)!);
  const covers = ids('cover');
  const portraits = ids('portrait');
  return {
    cover: (portal, slug) => {
      const h = hashString(`${portal}/${slug}`);
      return h % 5 === 0 ? undefined : covers[h % covers.length];
    },
    portrait: (portal, name) => portraits[hashString(`${portal}/${name}`) % portraits.length],
    tally: { created, existing: photos.length - created },
  };
}
