import type { Media } from '@qn/content';

/** The record a piece of media belongs to, so a problem can be traced to what an editor can fix. */
export interface MediaOwner {
  /** 'article', 'person' (a leader's portrait) or a record kind such as 'legalDocuments'. */
  model: string;
  documentId: string;
  portal: string | null;
  /** The field that holds the media: 'cover', 'portrait', 'files'. */
  field: string;
}

/** One media URL of the snapshot, how it is used and by which records. */
export interface MediaUse {
  media: Media;
  /** Images are shown (processed into responsive variants); files are offered for download as they are. */
  kind: 'image' | 'file';
  owners: MediaOwner[];
}

export type MediaReason = 'unreachable' | 'too-large' | 'corrupt' | 'type';

/** Media left out of the sites: reported once per record that uses it. */
export interface MediaProblem extends MediaOwner {
  url: string;
  name: string;
  reason: MediaReason;
  message: string;
}

/** Why a piece of media was refused; `message` is written for the editor who uploaded it. */
export class MediaError extends Error {
  override name = 'MediaError';
  readonly reason: MediaReason;
  constructor(reason: MediaReason, message: string, options?: ErrorOptions) {
    super(message, options);
    this.reason = reason;
  }
}

export interface MediaLimits {
  /** Largest image source accepted, in bytes. */
  maxImageBytes: number;
  /** Largest image accepted, in pixels (width × height): decoding cost grows with it, not with the file size. */
  maxImagePixels: number;
  /** Largest downloadable file accepted, in bytes. */
  maxFileBytes: number;
}

export const DEFAULT_LIMITS: MediaLimits = {
  maxImageBytes: 25 * 1024 * 1024,
  maxImagePixels: 50_000_000,
  maxFileBytes: 100 * 1024 * 1024,
};

/** Reads the bytes of one media URL as the snapshot names it; throws MediaError('unreachable' | 'too-large'). */
export type FetchMedia = (url: string, options: { maxBytes: number }) => Promise<Uint8Array>;
