import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ImageStore } from "@/lib/images/image-store";
import { ORPHAN_MIN_AGE_MS, sweepOrphanImages } from "@/lib/images/orphan-sweep";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function freshStore() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sukusho-orphans-"));
  dirs.push(dir);
  return { dir, images: new ImageStore(dir) };
}

/** Sets a file's modification time `ageMs` before `now`. */
function age(dir: string, name: string, now: number, ageMs: number) {
  const when = new Date(now - ageMs);
  fs.utimesSync(path.join(dir, name), when, when);
}

describe("sweepOrphanImages", () => {
  it("removes old files no job holds, keeps held and young ones and files it did not write", async () => {
    const { dir, images } = freshStore();
    const now = Date.now();
    const held = await images.save(Buffer.from("clean png"));
    const heldUpload = await images.saveUpload(Buffer.from("upload still being checked"));
    const orphanUpload = await images.saveUpload(Buffer.from("upload whose job row was never written"));
    const orphanPng = await images.save(Buffer.from("png of a deleted job"));
    const youngOrphan = await images.saveUpload(Buffer.from("another instance's upload, job row coming"));
    const temporary = `.${"a".repeat(32)}.png.tmp`;
    fs.writeFileSync(path.join(dir, temporary), "cut short");
    fs.writeFileSync(path.join(dir, "notes.txt"), "not ours");
    for (const name of [held, heldUpload, orphanUpload, orphanPng, temporary, "notes.txt"]) {
      age(dir, name, now, 2 * ORPHAN_MIN_AGE_MS);
    }
    age(dir, youngOrphan, now, ORPHAN_MIN_AGE_MS / 2);
    const asked: string[][] = [];

    const removed = await sweepOrphanImages({
      images,
      now,
      heldKeys: async (keys) => {
        asked.push(keys);
        return new Set(keys.filter((key) => key === held || key === heldUpload));
      },
    });

    expect(removed).toBe(3);
    expect(fs.readdirSync(dir).sort()).toEqual([held, heldUpload, "notes.txt", youngOrphan].sort());
    // Only image keys are asked about, never the temporary file's name or a stranger's.
    expect(asked.flat().sort()).toEqual([held, heldUpload, orphanUpload, orphanPng].sort());
  });

  it("does nothing when the image directory does not exist yet", async () => {
    const images = new ImageStore(path.join(os.tmpdir(), `sukusho-never-${process.pid}-${Date.now()}`));
    const removed = await sweepOrphanImages({
      images,
      heldKeys: async () => {
        throw new Error("nothing to ask about");
      },
    });
    expect(removed).toBe(0);
  });
});
