import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { checkImage } from "@/lib/images/check-image";
import { readImageHeader } from "@/lib/images/read-header";

const LIMITS = { maxPixels: 40_000_000 };

const picture = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: "#3366cc" } })
    .png()
    .toBuffer();

describe("readImageHeader", () => {
  it("answers from the header alone: a body cut short still passes, and fails only the full check", async () => {
    const png = await picture(600, 900);
    const cut = png.subarray(0, Math.floor(png.length / 2));
    expect(await readImageHeader(cut, "cut.png", LIMITS)).toEqual({ mimeType: "image/png", width: 600, height: 900 });
    await expect(checkImage(cut, "cut.png", LIMITS)).rejects.toMatchObject({ code: "corrupt_image", status: 422 });
  });

  it("gives the sides as shown: an EXIF orientation of 6 swaps them", async () => {
    const jpeg = await sharp(await picture(600, 900))
      .jpeg()
      .withMetadata({ orientation: 6 })
      .toBuffer();
    expect(await readImageHeader(jpeg, "photo.jpg", LIMITS)).toEqual({
      mimeType: "image/jpeg",
      width: 900,
      height: 600,
    });
  });

  it("refuses by content, size and shape with the upload's errors", async () => {
    await expect(readImageHeader(Buffer.alloc(0), "empty.png", LIMITS)).rejects.toMatchObject({ code: "empty_file" });
    await expect(readImageHeader(Buffer.from("<svg/>"), "x.png", LIMITS)).rejects.toMatchObject({
      code: "unsupported_type",
      status: 415,
    });
    await expect(readImageHeader(await picture(600, 900), "big.png", { maxPixels: 500_000 })).rejects.toMatchObject({
      code: "image_too_large",
      status: 422,
    });
    await expect(readImageHeader(await picture(2000, 10), "line.png", LIMITS)).rejects.toMatchObject({
      code: "image_shape",
    });
    // A PNG whose header says it is 0×0 pixels: not even the size can be read.
    const damaged = Buffer.from(await picture(600, 900));
    damaged.fill(0, 16, 24);
    await expect(readImageHeader(damaged, "bad.png", LIMITS)).rejects.toMatchObject({ code: "corrupt_image" });
  });
});
