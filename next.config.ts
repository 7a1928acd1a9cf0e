import type { NextConfig } from "next";
import { EVERY_RESPONSE_HEADERS } from "./lib/http/response-headers";

const nextConfig: NextConfig = {
  // Native and worker-thread packages must be loaded from node_modules, not bundled:
  // tesseract.js starts worker threads from its own files; @actual-app/api reads its SQLite
  // template and migrations from beside itself.
  serverExternalPackages: [
    "tesseract.js",
    "sharp",
    "better-sqlite3",
    "@prisma/adapter-better-sqlite3",
    "@actual-app/api",
  ],
  poweredByHeader: false,
  // Several copies may build side by side in tests; keep the default dir otherwise.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  async headers() {
    return [
      {
        source: "/:path*",
        headers: Object.entries(EVERY_RESPONSE_HEADERS).map(([key, value]) => ({ key, value })),
      },
      {
        // The service worker is checked for updates on every visit, never answered from a cache.
        source: "/sw.js",
        headers: [{ key: "Cache-Control", value: "no-cache" }],
      },
    ];
  },
};

export default nextConfig;
