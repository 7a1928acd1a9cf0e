/**
 * How this project runs Chromium: Debian's build (Playwright cannot download its own here),
 * with the flags a root, GPU-less, offline machine needs. Without the background-networking
 * flags Chromium keeps trying to reach Google's hosts.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];
