import { randomBytes } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { AppError } from "@/lib/errors";

/** An upload as it came, kept only until its check step has written the clean PNG. */
const UPLOAD_SUFFIX = ".upload";
const CLEAN_SUFFIX = ".png";
const IMAGE_KEY = /^[0-9a-f]{32}\.(png|upload)$/;
/** `write`'s temporary name for a key, until the rename. */
const TEMPORARY_NAME = /^\.[0-9a-f]{32}\.(png|upload)\.tmp$/;

/** A file in the image directory, as {@link ImageStore.storedFiles} lists it. */
export interface StoredFile {
  name: string;
  /** The image's key; null for a temporary file left between write and rename. */
  key: string | null;
  modifiedMs: number;
}

/**
 * Stores images outside `public/`, under generated names: nothing a user sends chooses a path,
 * and images are served only through the job image routes. Two kinds, told apart by the key:
 * an upload as received (`<hex>.upload`, may carry EXIF GPS; read only by the check step) and
 * the clean PNG the check step wrote (`<hex>.png`, the only kind `read` gives out).
 */
export class ImageStore {
  constructor(private readonly dir: string) {}

  /** Stores a checked, re-encoded PNG. */
  save(png: Buffer): Promise<string> {
    return this.write(png, CLEAN_SUFFIX);
  }

  /** Stores an upload's bytes as received, for its check step (docs/fast-upload.md). */
  saveUpload(bytes: Buffer): Promise<string> {
    return this.write(bytes, UPLOAD_SUFFIX);
  }

  /**
   * The clean PNG. An upload's key is refused with a 409, so no route can serve the bytes as
   * received (with their metadata) while the check step has not replaced them.
   */
  async read(key: string): Promise<Buffer> {
    if (!isCleanImageKey(key)) {
      throw new AppError(
        "image_not_checked",
        "The screenshot is not available: it is still being checked, or it could not be read.",
        409,
      );
    }
    return fs.readFile(this.pathOf(key));
  }

  /** An upload as received: for the check step only. */
  async readUpload(key: string): Promise<Buffer> {
    if (!key.endsWith(UPLOAD_SUFFIX)) throw new Error(`Not an upload's key: ${key}`);
    return fs.readFile(this.pathOf(key));
  }

  async remove(key: string): Promise<void> {
    await fs.rm(this.pathOf(key), { force: true });
  }

  /**
   * The files this store named: images under their keys, and temporary files a crash left
   * between write and rename (`key` null). Anything else in the directory is not listed, so
   * nothing sweeps a file the store did not write.
   */
  async storedFiles(): Promise<StoredFile[]> {
    const names = await fs.readdir(this.dir).catch((error: NodeJS.ErrnoException) => {
      if (error.code === "ENOENT") return [] as string[];
      throw error;
    });
    const files: StoredFile[] = [];
    for (const name of names) {
      const key = IMAGE_KEY.test(name) ? name : null;
      if (key === null && !TEMPORARY_NAME.test(name)) continue;
      const stat = await fs.stat(path.join(this.dir, name)).catch(() => null);
      if (stat?.isFile()) files.push({ name, key, modifiedMs: stat.mtimeMs });
    }
    return files;
  }

  /** Removes a file {@link storedFiles} listed. */
  async removeStoredFile(file: StoredFile): Promise<void> {
    if (file.key !== null) return this.remove(file.key);
    if (!TEMPORARY_NAME.test(file.name)) throw new Error(`Not a file of this store: ${file.name}`);
    await fs.rm(path.join(this.dir, file.name), { force: true });
  }

  private async write(bytes: Buffer, suffix: string): Promise<string> {
    await fs.mkdir(this.dir, { recursive: true });
    const key = `${randomBytes(16).toString("hex")}${suffix}`;
    const temporary = path.join(this.dir, `.${key}.tmp`);
    // Write then rename: a crash never leaves a half-written image under a real name.
    await fs.writeFile(temporary, bytes);
    await fs.rename(temporary, this.pathOf(key));
    return key;
  }

  private pathOf(key: string): string {
    if (!IMAGE_KEY.test(key)) throw new Error(`Invalid image key: ${key}`);
    return path.join(this.dir, key);
  }
}

/** Whether a key names a checked, clean PNG (not an upload as received). */
export function isCleanImageKey(key: string): boolean {
  return key.endsWith(CLEAN_SUFFIX);
}
