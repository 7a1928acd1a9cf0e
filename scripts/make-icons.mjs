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

console.log(`icons written to ${path.relative(root, out)}`);
