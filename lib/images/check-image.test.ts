import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { checkImage } from "@/lib/images/check-image";

const LIMITS = { maxPixels: 40_000_000 };

const blank = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: "#ffffff" } })
    .png()
    .toBuffer();

describe("checkImage shapes", () => {
  it("refuses shapes the OCR cannot read with 422 image_shape, from the header", async () => {
    for (const [width, height] of [
      [40_000, 1],
      [1, 40_000],
      [600, 15],
      [2000, 19],
      [33_000, 400],
    ] as const) {
      await expect(checkImage(await blank(width, height), "x.png", LIMITS), `${width}×${height}`).rejects.toMatchObject(
        {
          code: "image_shape",
          status: 422,
          message: expect.stringContaining(`${width}×${height}`),
        },
      );
    }
  });

  it("reads the shapes screenshots have, scrolling ones included", async () => {
    for (const [width, height] of [
      [1170, 2532],
      [750, 53_000],
      [16, 16],
      [1600, 16],
      [32_767, 400],
    ] as const) {
      const checked = await checkImage(await blank(width, height), "ok.png", LIMITS);
      expect({ width: checked.width, height: checked.height }).toEqual({ width, height });
    }
  });
});
