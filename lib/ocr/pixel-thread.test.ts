import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { threadId } from "node:worker_threads";
import { afterAll, describe, expect, it } from "vitest";
import { cellMeans } from "@/lib/images/cell-means";
import { scanPixels } from "@/lib/ocr/pixel-scan";
import { PixelThread, pixelWorkerScript } from "@/lib/ocr/pixel-thread";

/** A dark 300×200 page with noise, so both passes have work. */
function darkPage(): Uint8Array {
  const gray = new Uint8Array(300 * 200);
  let seed = 7;
  for (let i = 0; i < gray.length; i++) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    gray[i] = (i / 300) % 20 < 8 && seed % 3 === 0 ? 220 : 20;
  }
  return gray;
}

const thread = new PixelThread();
afterAll(() => thread.close());

describe("the pixel thread", () => {
  it("finds its script in the project", () => {
    expect(pixelWorkerScript()).toMatch(/lib\/ocr\/pixel-worker\.mjs$/);
  });

  it("scans in another thread, with the same result as in this one, and leaves the caller's pixels alone", async () => {
    const gray = darkPage();
    const before = gray.slice();
    const scanned = await thread.scan(gray, 300, 200);
    expect(thread.threadId).toBeGreaterThan(threadId);
    expect(gray).toEqual(before);
    const here = before.slice();
    const rows = scanPixels(here, 300, 200);
    expect(scanned.rows).toEqual(rows);
    expect(scanned.rows.inverted).toBe(true);
    expect(scanned.gray).toEqual(here);
  });

  it("answers scans sent at once each with its own image", async () => {
    const light = new Uint8Array(300 * 200).fill(250);
    const [dark, bright] = await Promise.all([thread.scan(darkPage(), 300, 200), thread.scan(light, 300, 200)]);
    expect(dark.rows.inverted).toBe(true);
    expect(bright.rows.inverted).toBe(false);
    expect(bright.rows.blank.every(Boolean)).toBe(true);
  });

  it("finds a perceptual hash's cell means as the calling thread would, from a copy", async () => {
    const data = darkPage();
    const before = data.slice();
    // A Buffer, as sharp gives: its memory cannot be handed to another thread.
    const means = await thread.cellMeans(Buffer.from(data), 150, 200, 2);
    expect(data).toEqual(before);
    expect(means).toEqual(cellMeans(before, 150, 200, 2));
    expect(means.length).toBe(16 * 32);
  });

  it("fails the scans of a thread that dies, and starts a new one for the next", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pixel-thread-"));
    const script = path.join(dir, "dies.mjs");
    fs.writeFileSync(
      script,
      'import { parentPort } from "node:worker_threads";\nparentPort.on("message", () => process.exit(3));\n',
    );
    const dying = new PixelThread(script);
    try {
      await expect(dying.scan(darkPage(), 300, 200)).rejects.toMatchObject({ code: "ocr_unavailable" });
      await expect(dying.scan(darkPage(), 300, 200)).rejects.toMatchObject({ code: "ocr_unavailable" });
    } finally {
      await dying.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("runs the passes in the calling thread when its script is missing", async () => {
    const inline = new PixelThread(null);
    const scanned = await inline.scan(darkPage(), 300, 200);
    expect(inline.threadId).toBe(0);
    expect(scanned.rows.inverted).toBe(true);
  });
});

describe("warming the pixel thread", () => {
  it("starts the thread before any scan", async () => {
    const warmed = new PixelThread();
    try {
      expect(warmed.threadId).toBe(0);
      warmed.warm();
      expect(warmed.threadId).toBeGreaterThan(threadId);
    } finally {
      await warmed.close();
    }
  });
});
