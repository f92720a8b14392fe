// Draws the site's icons into public/ (run once after changing the mark, then commit the files):
//   node_modules/.bin/tsx scripts/generate-icons.tsx
// The mark is an SVG written here; the PNGs are that SVG rendered by next/og (satori + resvg, shipped with Next),
// so no browser, native module or network is needed. favicon.ico holds 16, 32 and 48 px PNGs.
import { writeFileSync } from "node:fs";
import path from "node:path";

import { ImageResponse } from "next/og";

const BRAND = "#5446d5"; // --color-brand-600 (oklch(0.5 0.21 280)) in sRGB
const PUBLIC = path.resolve("public");

/** A "Q": a ring and its tail, white on the brand colour; `inset` shrinks it into a maskable icon's safe zone. */
function markSvg({ rounded, inset = 0 }: { rounded: boolean; inset?: number }): string {
  const scale = 1 - inset * 2;
  const glyph = `<g transform="translate(${32 * inset * 2} ${32 * inset * 2}) scale(${scale})" fill="none" stroke="#fff" stroke-width="7" stroke-linecap="round">
    <circle cx="31" cy="30" r="14"/><path d="M41 40l8 8"/></g>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" rx="${rounded ? 14 : 0}" fill="${BRAND}"/>${glyph}</svg>\n`;
}

async function renderPng(svg: string, size: number): Promise<Buffer> {
  const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`;
  // eslint-disable-next-line @next/next/no-img-element -- satori draws <img>; this is not a page
  const image = new ImageResponse(<img src={src} width={size} height={size} alt="" />, { width: size, height: size });
  return Buffer.from(await image.arrayBuffer());
}

/**
 * An .ico whose entries are PNGs (allowed since Windows Vista, read by every browser). The container is a
 * 6-byte header and a 16-byte entry per image: written here rather than through an npm package that every
 * install would fetch for a script run once.
 */
function icoOf(pngs: Array<{ size: number; png: Buffer }>): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(pngs.length, 4);
  let offset = 6 + 16 * pngs.length;
  const entries = pngs.map(({ size, png }) => {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0); // width (0 means 256)
    entry.writeUInt8(size >= 256 ? 0 : size, 1); // height
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += png.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...pngs.map((p) => p.png)]);
}

const rounded = markSvg({ rounded: true });
// Maskable and Apple icons are full-bleed squares (the platform cuts its own shape); a maskable icon's mark
// stays inside the middle 80% circle, which every mask keeps.
const fullBleed = markSvg({ rounded: false, inset: 0.12 });

writeFileSync(path.join(PUBLIC, "icon.svg"), rounded);
const outputs: Array<[string, string, number]> = [
  ["icon-192.png", rounded, 192],
  ["icon-512.png", rounded, 512],
  ["icon-maskable-192.png", fullBleed, 192],
  ["icon-maskable-512.png", fullBleed, 512],
  ["apple-touch-icon.png", fullBleed, 180],
];
for (const [name, svg, size] of outputs) writeFileSync(path.join(PUBLIC, name), await renderPng(svg, size));
const favicon = await Promise.all([16, 32, 48].map(async (size) => ({ size, png: await renderPng(rounded, size) })));
writeFileSync(path.join(PUBLIC, "favicon.ico"), icoOf(favicon));
console.log(`wrote icon.svg, ${outputs.map(([name]) => name).join(", ")} and favicon.ico to ${PUBLIC}`);
