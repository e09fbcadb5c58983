/**
 * Media as the pages use them: only what the image pipeline processed (an
 * entry in the build's assets) is shown or linked, so a refused or missing
 * file never becomes a broken image or link.
 */
import { PAGED_RECORDS, type Article, type Assets, type BlockNode, type FileAsset, type ImageAsset, type Media, type PortalRecords } from '@qn/content';

export function imageAsset(assets: Assets, media: Pick<Media, 'url'> | null | undefined): ImageAsset | null {
  const asset = media ? assets[media.url] : undefined;
  return asset?.kind === 'image' ? asset : null;
}

export function fileAsset(assets: Assets, media: Pick<Media, 'url'> | null | undefined): FileAsset | null {
  const asset = media ? assets[media.url] : undefined;
  return asset?.kind === 'file' ? asset : null;
}

/** A processed file's public address: the shared media folder serves every portal. */
export function mediaHref(mediaUrl: string, path: string): string {
  return `${mediaUrl.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}

/** An article's picture for link previews and its lead: the cover, else the first processed image of its body. */
export function articleImage(assets: Assets, article: Pick<Article, 'body' | 'cover'>): ImageAsset | null {
  const cover = imageAsset(assets, article.cover);
  if (cover) return cover;
  for (const block of article.body ?? []) {
    const asset = block.type === 'image' && block.image?.url ? imageAsset(assets, { url: block.image.url }) : null;
    if (asset) return asset;
  }
  return null;
}

/** The largest JPEG (every browser reads it), for og:image and JSON-LD. */
export function largestJpeg(asset: ImageAsset): string | null {
  const jpegs = asset.variants.filter((v) => v.format === 'jpeg').toSorted((a, b) => b.width - a.width);
  return jpegs[0]?.path ?? null;
}

export interface MissingAlt {
  /** Where an editor finds it: "article halong / ngay-hoi-dai-doan-ket (cover)". */
  where: string;
  name: string;
}

function bodyImages(blocks: readonly BlockNode[] | null | undefined, found: (url: string, alt: string | null | undefined) => void): void {
  for (const node of blocks ?? []) {
    if (node.type === 'image' && node.image?.url) found(node.image.url, node.image.alternativeText);
    if (node.children) bodyImages(node.children, found);
  }
}

/**
 * Images shown on the sites (covers, portraits, images in rich text) that
 * editors left without alternative text: screen-reader users get no
 * description of them, so the build lists each one with where to fix it.
 * Downloadable files are links named by their file name and need none.
 */
export function missingAltText(articles: readonly Article[], records: PortalRecords): MissingAlt[] {
  const missing: MissingAlt[] = [];
  const check = (where: string, name: string, alt: string | null | undefined) => {
    if (!alt?.trim()) missing.push({ where, name });
  };
  const blocks = (where: string, list: ReadonlyArray<readonly BlockNode[] | null | undefined>) => {
    for (const b of list) bodyImages(b, (url, alt) => check(where, url, alt));
  };
  for (const article of articles) {
    const where = `article ${article.portal} / ${article.slug}`;
    if (article.cover) check(`${where} (cover)`, article.cover.name, article.cover.alternativeText);
    blocks(where, [article.body]);
  }
  for (const agency of records.agencies) {
    for (const leader of agency.leaders) if (leader.portrait) check(`agency ${agency.portal} / ${leader.name} (portrait)`, leader.portrait.name, leader.portrait.alternativeText);
    blocks(`agency ${agency.portal}`, [agency.introduction, agency.functions, agency.profile?.history, agency.profile?.culture, agency.profile?.sights]);
  }
  for (const kind of PAGED_RECORDS) for (const record of records[kind]) blocks(`${kind} ${record.portal} / ${record.slug}`, [record.body]);
  return missing;
}
