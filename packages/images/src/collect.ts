import { basename } from 'node:path';
import { FILE_KINDS, PAGED_RECORDS, type BlockNode, type Media, type Snapshot } from '@qn/content';
import type { MediaOwner, MediaUse } from './types.ts';


/**
 * Every media URL the snapshot references, once, with every record that
 * uses it. Portal emblems, article covers, leaders' portraits and images placed in rich
 * text are images; the files of documents, plans, disclosures, recruitment
 * and consultations are downloads, kept as uploaded.
 */
export function collectMedia(snapshot: Snapshot): MediaUse[] {
  const uses = new Map<string, MediaUse>();
  const add = (media: Media | null | undefined, kind: MediaUse['kind'], owner: MediaOwner) => {
    if (!media) return;
    const key = `${kind} ${media.url}`;
    const use = uses.get(key) ?? { media, kind, owners: [] };
    use.owners.push(owner);
    uses.set(key, use);
  };
  const addBlocks = (blocks: readonly BlockNode[] | null | undefined, owner: Omit<MediaOwner, 'field'>, field: string) => {
    for (const media of blockImages(blocks)) add(media, 'image', { ...owner, field });
  };
  for (const portal of snapshot.portals) {
    if (snapshot.onlyPortals && !snapshot.onlyPortals.includes(portal.code)) continue;
    add(portal.emblem, 'image', { model: 'portal', documentId: portal.documentId, portal: portal.code, field: 'emblem' });
  }
  for (const article of snapshot.articles) {
    const owner = { model: 'article', documentId: article.documentId, portal: article.portal };
    add(article.cover, 'image', { ...owner, field: 'cover' });
    addBlocks(article.body, owner, 'body');
  }
  for (const agency of snapshot.records.agencies) {
    const owner = { model: 'agencies', documentId: agency.documentId, portal: agency.portal };
    addBlocks(agency.introduction, owner, 'introduction');
    addBlocks(agency.functions, owner, 'functions');
    addBlocks(agency.profile?.history, owner, 'profile.history');
    addBlocks(agency.profile?.culture, owner, 'profile.culture');
    addBlocks(agency.profile?.sights, owner, 'profile.sights');
    for (const leader of agency.leaders) {
      add(leader.portrait, 'image', { model: 'person', documentId: leader.documentId, portal: agency.portal, field: 'portrait' });
    }
  }
  for (const kind of PAGED_RECORDS) {
    for (const record of snapshot.records[kind]) addBlocks(record.body, { model: kind, documentId: record.documentId, portal: record.portal }, 'body');
  }
  for (const kind of FILE_KINDS) {
    for (const record of snapshot.records[kind]) {
      for (const file of record.files) add(file, 'file', { model: kind, documentId: record.documentId, portal: record.portal, field: 'files' });
    }
  }
  return [...uses.values()];
}

/** Strapi's blocks editor stores the whole upload in an image node: read what a media record has. */
function blockImages(blocks: readonly BlockNode[] | null | undefined, found: Media[] = []): Media[] {
  for (const node of blocks ?? []) {
    const image = node.type === 'image' ? (node.image as (NonNullable<BlockNode['image']> & Partial<Media>) | undefined) : undefined;
    if (image?.url) {
      found.push({
        url: image.url,
        name: image.name ?? basename(image.url),
        mime: image.mime ?? 'image/unknown',
        size: image.size ?? 0,
        alternativeText: image.alternativeText ?? null,
        width: image.width ?? null,
        height: image.height ?? null,
        hash: image.hash,
      });
    }
    if (node.children) blockImages(node.children, found);
  }
  return found;
}
