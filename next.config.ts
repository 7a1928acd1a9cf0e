import type { NextConfig } from "next";
import { PERMISSIONS_POLICY } from "./lib/http/permissions-policy";

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
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "same-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          // The page's Content-Security-Policy and HSTS are per request: proxy.ts.
          { key: "Permissions-Policy", value: PERMISSIONS_POLICY },
        ],
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
