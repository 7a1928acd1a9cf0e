import fs from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { HASH_HEX_LENGTH, hashDistance, perceptualHash, SAME_IMAGE_MAX_DISTANCE } from "@/lib/images/perceptual-hash";

const SCREENS = "fixtures/screens";
const read = (name: string) => fs.readFileSync(path.join(SCREENS, `${name}.png`));

describe("perceptualHash", () => {
  let original: Buffer;
  let hash: string;
  let width: number;
  beforeAll(async () => {
    original = read("en-payment-light");
    hash = await perceptualHash(original);
    width = (await sharp(original).metadata()).width ?? 0;
  });

  it("is hex of the documented length, and the same for the same bytes", async () => {
    expect(hash).toMatch(new RegExp(`^[0-9a-f]{${HASH_HEX_LENGTH}}$`));
    expect(await perceptualHash(original)).toBe(hash);
  });

  it("keeps a re-encoded or resized copy within the same-image distance", async () => {
    const copies = {
      jpeg: await sharp(original).jpeg({ quality: 60 }).toBuffer(),
      webp: await sharp(original).webp({ quality: 70 }).toBuffer(),
      half: await sharp(original)
        .resize(Math.round(width / 2))
        .png()
        .toBuffer(),
      double: await sharp(original)
        .resize(width * 2)
        .jpeg({ quality: 85 })
        .toBuffer(),
    };
    for (const [name, bytes] of Object.entries(copies)) {
      expect(hashDistance(hash, await perceptualHash(bytes)), name).toBeLessThanOrEqual(SAME_IMAGE_MAX_DISTANCE);
    }
  });

  it("keeps every two different fixture screenshots apart, also those of one design", async () => {
    const names = fs
      .readdirSync(SCREENS)
      .filter((file) => file.endsWith(".png"))
      .map((file) => file.replace(/\.png$/, ""));
    const hashes = await Promise.all(names.map(async (name) => [name, await perceptualHash(read(name))] as const));
    expect(hashes.length).toBeGreaterThanOrEqual(10);
    for (const [i, [a, left]] of hashes.entries()) {
      for (const [b, right] of hashes.slice(i + 1)) {
        expect(hashDistance(left, right), `${a} vs ${b}`).toBeGreaterThan(SAME_IMAGE_MAX_DISTANCE);
      }
    }
  });

  it("tells the same payment screen in two languages apart (same layout, other text)", async () => {
    const english = await perceptualHash(read("en-payment-light"));
    const japanese = await perceptualHash(read("ja-payment-light"));
    expect(hashDistance(english, japanese)).toBeGreaterThan(SAME_IMAGE_MAX_DISTANCE);
  });
});

describe("hashDistance", () => {
  it("counts differing bits, and never matches hashes of another length", () => {
    expect(hashDistance("00", "00")).toBe(0);
    expect(hashDistance("0f", "00")).toBe(4);
    expect(hashDistance("ff", "00")).toBe(8);
    expect(hashDistance("a", "5")).toBe(4);
    expect(hashDistance("00", "000")).toBe(Number.POSITIVE_INFINITY);
  });
});
