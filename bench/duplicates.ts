/**
 * How far apart perceptual hashes are (lib/images/perceptual-hash.ts), to choose the same-image
 * threshold (SAME_IMAGE_MAX_DISTANCE, docs/duplicates.md):
 * - same image: each screenshot against itself re-encoded (JPEG 75 and 40, WebP 70, JPEG of a
 *   JPEG), half and double the size;
 * - different images: every pair, split into pairs of one app design (same layout, other text:
 *   the hard case) and pairs of two designs.
 * The corpus (`npm run corpus`) gives the figures per part: the threshold is chosen on the tune
 * part, the report part says how it holds up; fixtures/screens is printed too. Hashes are cached
 * in tmp/duplicates-bench.json (delete it after changing the hash).
 *
 *   npx tsx bench/duplicates.ts
 */
import fs from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { hashDistance, perceptualHash, SAME_IMAGE_MAX_DISTANCE } from "@/lib/images/perceptual-hash";
import { runMain } from "./support/main";
import { loadScreenCorpus } from "./support/screen-corpus";
import { percentile } from "./support/stats";
import { formatTable } from "./support/table";

const CACHE = path.join("tmp", "duplicates-bench.json");
const VARIANTS = ["jpeg75", "jpeg40", "webp70", "jpeg-of-jpeg", "half", "double"] as const;

interface Image {
  name: string;
  group: string;
  design: string;
  pngPath: string;
}

type Hashes = Record<string, Record<string, string>>;

async function variant(png: Buffer, name: (typeof VARIANTS)[number]): Promise<Buffer> {
  const width = (await sharp(png).metadata()).width ?? 1;
  switch (name) {
    case "jpeg75":
      return sharp(png).jpeg({ quality: 75 }).toBuffer();
    case "jpeg40":
      return sharp(png).jpeg({ quality: 40 }).toBuffer();
    case "webp70":
      return sharp(png).webp({ quality: 70 }).toBuffer();
    case "jpeg-of-jpeg":
      return sharp(await sharp(png).jpeg({ quality: 80 }).toBuffer())
        .jpeg({ quality: 60 })
        .toBuffer();
    case "half":
      return sharp(png)
        .resize(Math.round(width / 2))
        .png()
        .toBuffer();
    case "double":
      return sharp(png)
        .resize(width * 2)
        .jpeg({ quality: 85 })
        .toBuffer();
  }
}

async function hashAll(images: Image[]): Promise<Hashes> {
  const cache: Hashes = fs.existsSync(CACHE) ? JSON.parse(fs.readFileSync(CACHE, "utf8")) : {};
  for (const [index, image] of images.entries()) {
    if (cache[image.name]) continue;
    const png = fs.readFileSync(image.pngPath);
    const hashes: Record<string, string> = { original: await perceptualHash(png) };
    for (const name of VARIANTS) hashes[name] = await perceptualHash(await variant(png, name));
    cache[image.name] = hashes;
    if (index % 20 === 0) {
      process.stderr.write(`hashed ${index + 1}/${images.length}\n`);
      fs.writeFileSync(CACHE, JSON.stringify(cache));
    }
  }
  fs.mkdirSync(path.dirname(CACHE), { recursive: true });
  fs.writeFileSync(CACHE, JSON.stringify(cache));
  return cache;
}

const figures = (values: number[]) =>
  values.length === 0
    ? ["–", "–", "–", "–", "–"]
    : [
        String(values.length),
        String(Math.min(...values)),
        String(Math.round(percentile(values, 1))),
        String(Math.round(percentile(values, 50))),
        String(Math.max(...values)),
      ];

function distances(group: Image[], hashes: Hashes) {
  const of = (image: Image, name: string) => hashes[image.name]?.[name] ?? "";
  const same = new Map<string, number[]>(VARIANTS.map((name) => [name, []]));
  for (const image of group) {
    for (const name of VARIANTS) same.get(name)?.push(hashDistance(of(image, "original"), of(image, name)));
  }
  const sameDesign: number[] = [];
  const otherDesign: number[] = [];
  for (const [i, a] of group.entries()) {
    for (const b of group.slice(i + 1)) {
      (a.design === b.design ? sameDesign : otherDesign).push(hashDistance(of(a, "original"), of(b, "original")));
    }
  }
  return { same, sameDesign, otherDesign };
}

async function main() {
  const fixtures: Image[] = fs
    .readdirSync("fixtures/screens")
    .filter((file) => file.endsWith(".png"))
    .map((file) => {
      const name = file.replace(/\.png$/, "");
      // en-payment-light and ja-payment-dark share a design: the name without language and theme.
      const design = name.replace(/^(en|ja)-/, "").replace(/-(light|dark|small|long)$/, "");
      return { name: `fixture:${name}`, group: "fixtures", design, pngPath: path.join("fixtures/screens", file) };
    });
  const corpus: Image[] = loadScreenCorpus().map((item) => ({
    name: item.name,
    group: item.part,
    design: item.design,
    pngPath: item.pngPath,
  }));
  const images = [...fixtures, ...corpus];
  const began = performance.now();
  const hashes = await hashAll(images);
  const perImage = await timeOne(fixtures[0]);

  const rows: string[][] = [];
  const misses: string[] = [];
  for (const group of ["tune", "report", "fixtures"]) {
    const members = images.filter((image) => image.group === group);
    const { same, sameDesign, otherDesign } = distances(members, hashes);
    const allSame = [...same.values()].flat();
    for (const [name, values] of same) rows.push([group, `same image, ${name}`, ...figures(values)]);
    rows.push([group, "same image, every variant", ...figures(allSame)]);
    rows.push([group, "different, same design", ...figures(sameDesign)]);
    rows.push([group, "different, other design", ...figures(otherDesign)]);
    const missed = allSame.filter((d) => d > SAME_IMAGE_MAX_DISTANCE).length;
    const collided = [...sameDesign, ...otherDesign].filter((d) => d <= SAME_IMAGE_MAX_DISTANCE).length;
    misses.push(
      `${group}: at distance ≤ ${SAME_IMAGE_MAX_DISTANCE}, ${missed} of ${allSame.length} re-encoded copies missed, ` +
        `${collided} of ${sameDesign.length + otherDesign.length} different pairs taken for the same image`,
    );
  }
  console.log(
    formatTable(
      [
        { header: "part" },
        { header: "pairs" },
        { header: "n", align: "right" },
        { header: "min", align: "right" },
        { header: "p1", align: "right" },
        { header: "median", align: "right" },
        { header: "max", align: "right" },
      ],
      rows,
    ),
  );
  console.log();
  for (const line of misses) console.log(line);
  console.log(
    `\nhashes: ${Object.keys(hashes).length} images in ${Math.round(performance.now() - began)} ms (cached ones free)`,
  );
  if (perImage !== null) console.log(`one hash of a ${perImage.size} screenshot: ${perImage.ms.toFixed(0)} ms`);
}

async function timeOne(image: Image | undefined): Promise<{ size: string; ms: number } | null> {
  if (!image) return null;
  const png = fs.readFileSync(image.pngPath);
  const { width, height } = await sharp(png).metadata();
  await perceptualHash(png);
  const began = performance.now();
  for (let i = 0; i < 5; i++) await perceptualHash(png);
  return { size: `${width}×${height}`, ms: (performance.now() - began) / 5 };
}

runMain(main);
