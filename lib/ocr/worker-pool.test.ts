import { describe, expect, it } from "vitest";
import { toPgm } from "@/lib/ocr/prepare-image";
import { handOver } from "@/lib/ocr/worker-pool";

describe("handOver (an image as tesseract.js gets it)", () => {
  it("gives a strip that fills its memory as that memory, the same bytes without a copy", () => {
    // Larger than Node's small-buffer pool, as every strip worth reading is.
    const gray = Uint8Array.from({ length: 1000 * 200 }, (_, i) => i % 251);
    const strip = toPgm({ gray, width: 1000, height: 200, scale: 1, inverted: false }, 10, 190);
    const given = handOver(strip) as unknown;
    expect(given).toBeInstanceOf(ArrayBuffer);
    expect(given).toBe(strip.buffer);
    expect(Buffer.from(given as ArrayBuffer).equals(strip)).toBe(true);
  });

  it("gives a Buffer that shares its memory (a small pooled one) as it is", () => {
    const small = Buffer.from("P5\n1 1\n255\n\u0000");
    expect(small.buffer.byteLength).toBeGreaterThan(small.byteLength);
    expect(handOver(small)).toBe(small);
  });
});
