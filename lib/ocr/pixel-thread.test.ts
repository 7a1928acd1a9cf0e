import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { threadId } from "node:worker_threads";
import sharp from "sharp";
import { afterAll, describe, expect, it } from "vitest";
import { imageCellMeans } from "@/lib/images/cell-means";
import { decodeGray } from "@/lib/ocr/decode-gray";
import { scanPixels } from "@/lib/ocr/pixel-scan";
import { PixelThread, pixelWorkerScript } from "@/lib/ocr/pixel-thread";

const screen = (name: string) => fs.readFileSync(path.join(import.meta.dirname, `../../fixtures/screens/${name}.png`));

/** A dark 300×200 PNG with light "text" stripes, so that every pass has work. */
async function darkPng(): Promise<Buffer> {
  const gray = new Uint8Array(300 * 200).fill(20);
  for (let y = 0; y < 200; y++) if (y % 20 < 8) for (let x = 30; x < 270; x += 4) gray[y * 300 + x] = 220;
  return sharp(Buffer.from(gray), { raw: { width: 300, height: 200, channels: 1 } })
    .png()
    .toBuffer();
}

const thread = new PixelThread();
afterAll(() => thread.close());

describe("the pixel thread", () => {
  it("finds its script in the project", () => {
    expect(pixelWorkerScript()).toMatch(/lib\/ocr\/pixel-worker\.mjs$/);
  });

  it("prepares a screenshot in another thread exactly as this thread would", async () => {
    const png = screen("en-payment-small");
    const prepared = await thread.prepare(png);
    expect(thread.threadId).toBeGreaterThan(threadId);
    const here = await decodeGray(png);
    const rows = scanPixels(here.gray, here.width, here.height);
    expect({ width: prepared.width, height: prepared.height, scale: prepared.scale }).toEqual({
      width: here.width,
      height: here.height,
      scale: here.scale,
    });
    expect(prepared.rows).toEqual(rows);
    expect(Buffer.from(prepared.gray).equals(Buffer.from(here.gray))).toBe(true);
  });

  it("answers passes sent at once each with its own image, a dark one inverted", async () => {
    const [dark, light] = await Promise.all([
      thread.prepare(await darkPng()),
      thread.prepare(screen("en-payment-small")),
    ]);
    expect(dark.rows.inverted).toBe(true);
    expect(dark.gray[0]).toBe(235);
    expect(dark.scale).toBe(2);
    expect(light.rows.inverted).toBe(false);
  });

  it("finds a perceptual hash's cell means as this thread would", async () => {
    const png = screen("en-payment-small");
    const means = await thread.imageCellMeans(png);
    expect(means).toEqual(await imageCellMeans(png));
    expect(means.length).toBe(16 * 32);
  });

  it("fails the passes of a thread that dies, and starts a new one for the next", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pixel-thread-"));
    const script = path.join(dir, "dies.mjs");
    fs.writeFileSync(
      script,
      'import { parentPort } from "node:worker_threads";\nparentPort.on("message", () => process.exit(3));\n',
    );
    const dying = new PixelThread(script);
    try {
      await expect(dying.prepare(await darkPng())).rejects.toMatchObject({ code: "ocr_unavailable" });
      await expect(dying.imageCellMeans(await darkPng())).rejects.toMatchObject({ code: "ocr_unavailable" });
    } finally {
      await dying.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("fails a pass the thread cannot do (bytes that are no image) without stopping", async () => {
    await expect(thread.prepare(Buffer.from("not an image"))).rejects.toMatchObject({ code: "ocr_unavailable" });
    expect((await thread.prepare(screen("en-payment-small"))).width).toBeGreaterThan(0);
  });

  it("runs the passes in the calling thread when its script is missing", async () => {
    const inline = new PixelThread(null);
    const prepared = await inline.prepare(await darkPng());
    expect(inline.threadId).toBe(0);
    expect(prepared.rows.inverted).toBe(true);
  });
});

/** The nice value of every thread of this process, by thread id (Linux: /proc/self/task). */
function threadNiceness(): Map<string, number> {
  const niceness = new Map<string, number>();
  for (const tid of fs.readdirSync("/proc/self/task")) {
    const stat = fs.readFileSync(`/proc/self/task/${tid}/stat`, "utf8");
    niceness.set(tid, Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[16]));
  }
  return niceness;
}

describe("warming the pixel thread", () => {
  it("starts the thread before any pass, niced like the OCR threads", async () => {
    const before = threadNiceness();
    const warmed = new PixelThread();
    try {
      expect(warmed.threadId).toBe(0);
      warmed.warm();
      expect(warmed.threadId).toBeGreaterThan(threadId);
      await warmed.prepare(await darkPng());
      const added = [...threadNiceness()].filter(([tid]) => !before.has(tid));
      expect(added.some(([, nice]) => nice === 10)).toBe(true);
      expect(os.getPriority()).toBe(0);
    } finally {
      await warmed.close();
    }
  });
});
