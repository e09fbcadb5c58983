import sharp, { type Metadata, type Sharp } from 'sharp';
import type { ImageAsset, ImageVariant } from '@qn/content';
import { tooLarge } from './fetch.ts';
import { MediaError, type MediaLimits } from './types.ts';

/** Responsive widths; a source narrower than the smallest is kept at its own width, never enlarged. */
export const WIDTHS = [480, 960, 1440] as const;

/** The formats pages offer in <picture>, best first. */
const FORMATS = [
  // Effort 2 gives the same size as the default at a tenth of the time (STACK.md: 436 ms instead of 4.6 s at 1440 px).
  { format: 'avif', ext: 'avif', apply: (img: Sharp) => img.avif({ quality: 50, effort: 2 }) },
  { format: 'webp', ext: 'webp', apply: (img: Sharp) => img.webp({ quality: 75 }) },
  // JPEG for browsers without either: no alpha, so transparent areas become white.
  { format: 'jpeg', ext: 'jpg', apply: (img: Sharp) => img.flatten({ background: '#ffffff' }).jpeg({ quality: 80, progressive: true, mozjpeg: true }) },
] as const satisfies ReadonlyArray<{ format: ImageVariant['format']; ext: string; apply: (img: Sharp) => Sharp }>;

/** Changes whenever the widths, formats or settings above change, so stored variants made differently are redone. */
export const IMAGE_RECIPE = `widths=${WIDTHS.join(',')}+source;avif-q50-e2;webp-q75;jpeg-q80-mozjpeg`;

// sharp reports AVIF as HEIF with AV1 compression; other HEIF (iPhone HEIC) cannot be decoded by the prebuilt libvips.
const ACCEPTED = new Set(['jpeg', 'png', 'webp', 'heif', 'gif', 'tiff']);

/** An encoded variant before it is written: `name` is its file name in the media folder. */
export interface EncodedVariant extends ImageVariant {
  name: string;
  data: Buffer;
}

export interface EncodedImage {
  asset: ImageAsset;
  variants: EncodedVariant[];
}

/**
 * Checks an image source and encodes it into every width and format.
 * sharp reads the header first, so an oversized or disguised file is
 * refused before any pixel is decoded.
 */
export async function encodeImage(bytes: Uint8Array, hash: string, name: string, limits: MediaLimits): Promise<EncodedImage> {
  if (bytes.byteLength > limits.maxImageBytes) throw tooLarge(`"${name}"`, bytes.byteLength, limits.maxImageBytes);
  const input = sharp(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { autoOrient: true, failOn: 'error', limitInputPixels: false });
  let meta: Metadata;
  try {
    meta = await input.metadata();
  } catch (error) {
    throw new MediaError('corrupt', `"${name}" is not a readable image (${firstLine(error)}): upload it again or re-save it as JPEG or PNG.`, { cause: error });
  }
  if (!meta.format || !ACCEPTED.has(meta.format) || (meta.format === 'heif' && meta.compression !== 'av1')) {
    const what = meta.format === 'svg' ? 'an SVG drawing' : `a ${meta.format ?? 'unknown'} file`;
    throw new MediaError('type', `"${name}" is ${what}, not a photo format the portals publish: upload a JPEG, PNG, WebP or AVIF.`);
  }
  const width = meta.autoOrient.width;
  const height = meta.autoOrient.height;
  if (width * height > limits.maxImagePixels) {
    const mp = (n: number) => `${(n / 1e6).toFixed(0)} megapixels`;
    throw new MediaError('too-large', `"${name}" is ${width}×${height} (${mp(width * height)}), above the ${mp(limits.maxImagePixels)} limit: upload a smaller version.`);
  }
  const widths = variantWidths(width);
  const variants: EncodedVariant[] = [];
  try {
    for (const w of widths) {
      const resized = input.clone().resize({ width: w, withoutEnlargement: true });
      for (const f of FORMATS) {
        const { data, info } = await f.apply(resized.clone()).toBuffer({ resolveWithObject: true });
        const fileName = `${hash}-${w}w.${f.ext}`;
        variants.push({ format: f.format, width: info.width, path: fileName, name: fileName, data });
      }
    }
  } catch (error) {
    throw new MediaError('corrupt', `"${name}" is damaged (${firstLine(error)}): upload it again.`, { cause: error });
  }
  const largest = Math.max(...widths);
  return {
    asset: { kind: 'image', width: largest, height: Math.round((height * largest) / width), variants: variants.map(({ format, width: w, path }) => ({ format, width: w, path })) },
    variants,
  };
}

/**
 * The standard widths up to the source's, plus the source's own width when
 * it is well above the last of them (a 700 px photo gets 480 and 700), so
 * no variant is enlarged and little resolution is thrown away.
 */
export function variantWidths(sourceWidth: number): number[] {
  const widths: number[] = WIDTHS.filter((w) => w <= sourceWidth);
  const last = widths.at(-1) ?? 0;
  if (sourceWidth < WIDTHS.at(-1)! && sourceWidth >= last * 1.25) widths.push(sourceWidth);
  return widths;
}

function firstLine(error: unknown): string {
  return String((error as Error).message ?? error).split('\n')[0]!.trim();
}
