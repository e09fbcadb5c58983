/**
 * Processed media the sites use. Every upload is processed once, named by its
 * content hash and stored in one shared media folder (MEDIA_URL) that all
 * portals link to, so an image shared by 193 sites is stored once.
 * Keys of `Assets` are the Strapi media URLs found in the snapshot.
 */
export interface ImageVariant {
  format: 'avif' | 'webp' | 'jpeg';
  width: number;
  /** Relative to the media base URL. */
  path: string;
}

export interface ImageAsset {
  kind: 'image';
  /** Intrinsic size of the largest variant, for width/height attributes. */
  width: number;
  height: number;
  variants: ImageVariant[];
}

export interface FileAsset {
  kind: 'file';
  /** Relative to the media base URL. */
  path: string;
  name: string;
  mime: string;
  size: number;
}

export type Asset = ImageAsset | FileAsset;
export type Assets = Record<string, Asset>;
