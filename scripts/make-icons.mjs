// Renders the installed app's icons from app/icon.svg (the favicon), so the home screen and the
// tab show the same mark. Run after changing the icon: `node scripts/make-icons.mjs`; the PNGs
// are committed, so builds and fresh machines need neither this script nor a CJK font.
import fs from "node:fs";
import path from "node:path";
import sharp from "sharp";

const root = path.resolve(import.meta.dirname, "..");
const svg = fs.readFileSync(path.join(root, "app/icon.svg"));
const out = path.join(root, "public/icons");

/** The indigo of the icon's gradient end: a maskable icon's bleed must be opaque. */
const MASKABLE_BACKGROUND = "#4f46e5";
/**
 * A maskable icon may be cropped to a circle of 80 % of its width (the "safe zone"); the mark
 * drawn at 70 % keeps its rounded corners inside it whatever mask the launcher applies.
 */
const MASKABLE_MARK = 0.7;

/** The mark at `size`, rendered at a density that keeps the glyph sharp. */
function mark(size) {
  return sharp(svg, { density: Math.ceil((72 * size) / 64) })
    .resize(size, size)
    .png();
}

fs.mkdirSync(out, { recursive: true });
for (const size of [192, 512]) {
  await mark(size).toFile(path.join(out, `icon-${size}.png`));
}
// iOS ignores the manifest's icons and rounds the corners itself: a full-bleed square.
const appleSize = 180;
await sharp({ create: { width: appleSize, height: appleSize, channels: 4, background: MASKABLE_BACKGROUND } })
  .composite([{ input: await mark(appleSize).toBuffer() }])
  .png()
  .toFile(path.join(out, "apple-touch-icon.png"));

const maskableSize = 512;
const inner = Math.round(maskableSize * MASKABLE_MARK);
await sharp({ create: { width: maskableSize, height: maskableSize, channels: 4, background: MASKABLE_BACKGROUND } })
  .composite([{ input: await mark(inner).toBuffer(), gravity: "center" }])
  .png()
  .toFile(path.join(out, "icon-maskable-512.png"));

// Browsers still ask for /favicon.ico on their own (Chromium does when it checks whether the
// app can be installed). An ICO file may hold a PNG: a 6-byte header, one 16-byte entry, the PNG.
const faviconSize = 48;
const faviconPng = await mark(faviconSize).toBuffer();
const header = Buffer.alloc(22);
header.writeUInt16LE(0, 0); // reserved
header.writeUInt16LE(1, 2); // type: icon
header.writeUInt16LE(1, 4); // one image
header.writeUInt8(faviconSize, 6);
header.writeUInt8(faviconSize, 7);
header.writeUInt16LE(1, 10); // colour planes
header.writeUInt16LE(32, 12); // bits per pixel
header.writeUInt32LE(faviconPng.length, 14);
header.writeUInt32LE(header.length, 18); // where the image starts
fs.writeFileSync(path.join(root, "public/favicon.ico"), Buffer.concat([header, faviconPng]));

console.log(`icons written to ${path.relative(root, out)}`);
