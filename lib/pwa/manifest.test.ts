import fs from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { z } from "zod";

const root = path.resolve(import.meta.dirname, "../..");
const raw: unknown = JSON.parse(fs.readFileSync(path.join(root, "public/manifest.webmanifest"), "utf8"));

/** What installing and sharing need from the manifest (Chromium's own parse is in e2e/browser/pwa.spec.ts). */
const manifestSchema = z.object({
  name: z.literal("Sukusho"),
  short_name: z.string().min(1).max(12),
  start_url: z.literal("/"),
  scope: z.literal("/"),
  display: z.literal("standalone"),
  theme_color: z.string().regex(/^#[0-9a-f]{6}$/),
  background_color: z.string().regex(/^#[0-9a-f]{6}$/),
  icons: z.array(
    z.object({
      src: z.string().startsWith("/icons/"),
      sizes: z.string().regex(/^\d+x\d+$/),
      type: z.literal("image/png"),
      purpose: z.enum(["any", "maskable"]),
    }),
  ),
  share_target: z.object({
    action: z.literal("/share"),
    method: z.literal("POST"),
    enctype: z.literal("multipart/form-data"),
    params: z.object({
      title: z.string(),
      text: z.string(),
      files: z.array(z.object({ name: z.string(), accept: z.array(z.string()).min(1) })).length(1),
    }),
  }),
});

const manifest = manifestSchema.parse(raw);

describe("public/manifest.webmanifest", () => {
  it("offers a 192 and a 512 icon and a maskable one, each the size it says", async () => {
    const offered = manifest.icons.map((icon) => `${icon.sizes} ${icon.purpose}`);
    expect(offered).toEqual(expect.arrayContaining(["192x192 any", "512x512 any", "512x512 maskable"]));
    for (const icon of manifest.icons) {
      const file = path.join(root, "public", icon.src);
      const { width, height, format } = await sharp(file).metadata();
      expect(`${width}x${height}`, icon.src).toBe(icon.sizes);
      expect(format).toBe("png");
    }
  });

  it("gives a maskable icon with no transparent edge (launchers crop into it)", async () => {
    const maskable = manifest.icons.find((icon) => icon.purpose === "maskable");
    const { data, info } = await sharp(path.join(root, "public", maskable?.src ?? ""))
      .raw()
      .ensureAlpha()
      .toBuffer({ resolveWithObject: true });
    const alphaAt = (x: number, y: number) => data[(y * info.width + x) * info.channels + 3];
    for (const [x, y] of [
      [0, 0],
      [info.width - 1, 0],
      [0, info.height - 1],
      [info.width - 1, info.height - 1],
    ] as const) {
      expect(alphaAt(x, y)).toBe(255);
    }
  });

  it("shares images in the field the worker reads and the upload API takes", () => {
    const worker = fs.readFileSync(path.join(root, "public/sw.js"), "utf8");
    const [files] = manifest.share_target.params.files;
    expect(files?.name).toBe("file");
    expect(worker).toContain(`form.getAll("${files?.name}")`);
    expect(files?.accept).toContain("image/*");
  });

  it("takes its colours from the page's background", () => {
    const layout = fs.readFileSync(path.join(root, "app/layout.tsx"), "utf8");
    expect(layout).toContain(`color: "${manifest.theme_color}"`);
    expect(manifest.background_color).toBe(manifest.theme_color);
  });
});
