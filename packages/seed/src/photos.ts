/**
 * Sample photographs for the demo content, drawn here rather than shipped:
 * bays with limestone islands, a city on the water, hills and fields, and
 * portrait silhouettes for leaders. Deterministic, so the seed stays
 * idempotent; encoded as JPEG by sharp, the library the CMS and the image
 * pipeline already use, so `npm start` shows responsive images at once.
 */
import sharp from 'sharp';
import { createRandom, type Random } from './random.ts';

export interface SamplePhoto {
  /** The file name in the media library; the seed finds its own uploads by it. */
  name: string;
  alternativeText: string;
  kind: 'cover' | 'portrait';
  width: number;
  height: number;
  svg: string;
}

const COVERS = 12;
const PORTRAITS = 6;
export const PHOTO_PREFIX = 'anh-minh-hoa-';

const SKIES = [
  ['#9cc9e8', '#f4e3c3'],
  ['#f7b267', '#f4845f'],
  ['#7fb3d5', '#d6eaf8'],
  ['#c3aed6', '#f6d6ad'],
] as const;

function islands(rnd: Random, width: number, horizon: number, layers: number): string {
  const shapes: string[] = [];
  for (let layer = 0; layer < layers; layer += 1) {
    const shade = 55 + layer * 12;
    const colour = `hsl(${150 + rnd.int(-15, 15)} 22% ${shade}%)`;
    for (let i = 0; i < rnd.int(2, 4); i += 1) {
      const x = rnd.int(-100, width);
      const w = rnd.int(120, 320) / (layer + 1);
      const h = rnd.int(120, 300) / (layer * 0.6 + 1);
      // A karst tower: steep sides, a rounded top.
      shapes.push(
        `<path fill="${colour}" d="M${x} ${horizon} C${x + w * 0.1} ${horizon - h * 0.9} ${x + w * 0.25} ${horizon - h} ${x + w * 0.5} ${horizon - h} S${x + w * 0.9} ${horizon - h * 0.8} ${x + w} ${horizon} Z"/>`,
      );
    }
  }
  // Nearer layers last, so they stand in front: reverse the drawing order of the lightness.
  return shapes.reverse().join('');
}

function city(rnd: Random, width: number, horizon: number): string {
  const blocks: string[] = [];
  for (let x = rnd.int(-20, 20); x < width; x += rnd.int(50, 110)) {
    const w = rnd.int(40, 90);
    const h = rnd.int(60, 260);
    blocks.push(`<rect x="${x}" y="${horizon - h}" width="${w}" height="${h}" fill="hsl(210 ${rnd.int(8, 20)}% ${rnd.int(45, 70)}%)"/>`);
    for (let y = horizon - h + 14; y < horizon - 12; y += 22) blocks.push(`<rect x="${x + 8}" y="${y}" width="${w - 16}" height="6" fill="#fdf6d8" opacity="0.55"/>`);
  }
  return blocks.join('');
}

function hills(rnd: Random, width: number, height: number, horizon: number): string {
  const layers: string[] = [];
  for (let layer = 0; layer < 3; layer += 1) {
    const y = horizon + layer * 70;
    const colour = `hsl(${95 + layer * 10} ${40 + layer * 8}% ${58 - layer * 12}%)`;
    const bump = rnd.int(40, 110);
    layers.push(`<path fill="${colour}" d="M0 ${y} Q${width * 0.25} ${y - bump} ${width * 0.5} ${y} T${width} ${y} V${height} H0 Z"/>`);
  }
  return layers.join('');
}

function boat(rnd: Random, width: number, horizon: number): string {
  const x = rnd.int(width * 0.2, width * 0.8);
  const y = horizon + rnd.int(40, 140);
  return `<path fill="#6b3e26" d="M${x - 60} ${y} L${x + 60} ${y} L${x + 40} ${y + 18} L${x - 40} ${y + 18} Z"/><path fill="#c0392b" d="M${x} ${y - 80} L${x} ${y - 4} L${x - 45} ${y - 4} Z"/>`;
}

function cover(index: number): SamplePhoto {
  const rnd = createRandom(0x5eed + index * 7919);
  const width = 1600;
  const height = 900;
  const horizon = rnd.int(480, 560);
  const [top, bottom] = SKIES[index % SKIES.length]!;
  const scene = (['bay', 'city', 'fields'] as const)[index % 3]!;
  const ground =
    scene === 'fields'
      ? hills(rnd, width, height, horizon)
      : `<rect y="${horizon}" width="${width}" height="${height - horizon}" fill="url(#sea)"/>${scene === 'bay' ? islands(rnd, width, horizon, 3) + boat(rnd, width, horizon) : city(rnd, width, horizon)}`;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${top}"/><stop offset="1" stop-color="${bottom}"/></linearGradient>
<linearGradient id="sea" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#3f8fb5"/><stop offset="1" stop-color="#1f4e6b"/></linearGradient></defs>
<rect width="${width}" height="${height}" fill="url(#sky)"/>
<circle cx="${rnd.int(200, 1400)}" cy="${rnd.int(120, 300)}" r="${rnd.int(40, 80)}" fill="#fff6d5" opacity="0.9"/>
${ground}
</svg>`;
  const words = { bay: 'Vịnh biển và các đảo đá vôi', city: 'Phố ven biển nhìn từ mặt nước', fields: 'Đồi và ruộng vùng nông thôn' }[scene];
  return { name: `${PHOTO_PREFIX}${String(index + 1).padStart(2, '0')}.jpg`, alternativeText: `Ảnh minh họa: ${words}`, kind: 'cover', width, height, svg };
}

function portrait(index: number): SamplePhoto {
  const rnd = createRandom(0xface + index * 104_729);
  const width = 600;
  const height = 800;
  const hue = rnd.int(190, 230);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
<rect width="${width}" height="${height}" fill="hsl(${hue} 30% 86%)"/>
<circle cx="300" cy="300" r="${rnd.int(118, 132)}" fill="hsl(28 ${rnd.int(25, 40)}% ${rnd.int(55, 70)}%)"/>
<path d="M300 ${rnd.int(165, 180)} q-130 0 -128 ${rnd.int(95, 115)} q60 -40 128 -40 q68 0 128 40 q2 -${rnd.int(95, 115)} -128 -${rnd.int(95, 115)} Z" fill="#1d1d1d"/>
<path d="M60 800 q0 -260 240 -270 q240 10 240 270 Z" fill="hsl(${hue} 25% ${rnd.int(18, 30)}%)"/>
<path d="M255 530 l45 80 l45 -80 Z" fill="#f4f4f4"/>
</svg>`;
  return { name: `${PHOTO_PREFIX}chan-dung-${index + 1}.jpg`, alternativeText: 'Ảnh chân dung minh họa', kind: 'portrait', width, height, svg };
}

/** Every sample photo, covers first. */
export function samplePhotos(): SamplePhoto[] {
  return [...Array.from({ length: COVERS }, (_, i) => cover(i)), ...Array.from({ length: PORTRAITS }, (_, i) => portrait(i))];
}

/** The photo as a JPEG, as a camera or a newsroom would hand it in. */
export function photoJpeg(photo: SamplePhoto): Promise<Buffer> {
  return sharp(Buffer.from(photo.svg)).jpeg({ quality: 82, mozjpeg: true }).toBuffer();
}
