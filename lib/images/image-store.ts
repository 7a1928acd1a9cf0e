import { randomBytes } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";

/**
 * Stores normalised images outside `public/`, under generated names: nothing a user sends
 * chooses a path, and images are served only through the job image route.
 */
export class ImageStore {
  constructor(private readonly dir: string) {}

  async save(png: Buffer): Promise<string> {
    await fs.mkdir(this.dir, { recursive: true });
    const key = `${randomBytes(16).toString("hex")}.png`;
    const temporary = path.join(this.dir, `.${key}.tmp`);
    // Write then rename: a crash never leaves a half-written image under a real name.
    await fs.writeFile(temporary, png);
    await fs.rename(temporary, this.pathOf(key));
    return key;
  }

  async read(key: string): Promise<Buffer> {
    return fs.readFile(this.pathOf(key));
  }

  async remove(key: string): Promise<void> {
    await fs.rm(this.pathOf(key), { force: true });
  }

  private pathOf(key: string): string {
    if (!/^[0-9a-f]{32}\.png$/.test(key)) throw new Error(`Invalid image key: ${key}`);
    return path.join(this.dir, key);
  }
}
