import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { cropRows } from "@/lib/ocr/reread-spans";

describe("cropRows", () => {
  it("copies exactly the pixels sharp's extract gives for the same box", async () => {
    const width = 97;
    const height = 61;
    const gray = Uint8Array.from({ length: width * height }, (_, i) => (i * 31 + (i % 7) * 13) % 256);
    const image = { gray, width, height, scale: 1, inverted: false };
    const box = { left: 9, top: 17, width: 40, height: 23 };
    const extracted = await sharp(Buffer.from(gray), { raw: { width, height, channels: 1 } })
      .extract(box)
      .toColourspace("b-w")
      .raw()
      .toBuffer();
    const cropped = await sharp(cropRows(image, box), { raw: { width: box.width, height: box.height, channels: 1 } })
      .toColourspace("b-w")
      .raw()
      .toBuffer();
    expect(cropRows(image, box)).toEqual(extracted);
    expect(cropped).toEqual(extracted);
  });
});
