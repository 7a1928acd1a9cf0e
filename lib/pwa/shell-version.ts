import fs from "node:fs";
import path from "node:path";

/** Without a build (next dev, unit tests): one fixed version; the worker is not registered there. */
const UNBUILT = "dev";

let cached: string | undefined;

/**
 * The version of the service worker's cache: the id of the build being served (Next writes it
 * to `<distDir>/BUILD_ID`). The page registers `/sw.js?v=<it>`, so each deployment installs a
 * fresh worker, which caches that build's offline page and drops the previous build's cache.
 */
export function shellVersion(): string {
  if (cached === undefined) {
    const file = path.join(process.cwd(), process.env.NEXT_DIST_DIR ?? ".next", "BUILD_ID");
    try {
      cached = fs.readFileSync(file, "utf8").trim() || UNBUILT;
    } catch {
      cached = UNBUILT;
    }
  }
  return cached;
}
