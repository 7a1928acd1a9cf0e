/*
 * Sukusho's service worker (docs/pwa.md). Three jobs, nothing more:
 * 1. Receive screenshots shared from other apps (the manifest's share_target): the OS posts
 *    them to /share with no same-site cookie and from no page of ours, which the server's
 *    guards rightly refuse; the worker keeps them in IndexedDB and sends the page to
 *    /?shared=<id>, which uploads them through the normal, authenticated path.
 * 2. Show an offline page instead of the browser's error when a navigation finds no server.
 * 3. Keep the files that offline page needs, in a cache named after the build.
 * It never caches an /api/ answer, an image or any page but the offline one: results and
 * screenshots are private and live on the server only.
 * Plain JavaScript, served as it is: the names shared with the page are in
 * lib/client/shared-files.ts (and a test checks both spell them the same).
 */

/** The build this worker belongs to: the layout registers /sw.js?v=<build id>. */
const VERSION = new URL(self.location.href).searchParams.get("v") || "0";
const SHELL_PREFIX = "sukusho-shell-";
const SHELL_CACHE = `${SHELL_PREFIX}${VERSION}`;
const OFFLINE_URL = "/offline";
/** The offline page's styles, scripts and fonts: Next's content-hashed files. */
const STATIC_ASSET = /\/_next\/static\/[^"'\s)\\]+/g;

const SHARE_DB_NAME = "sukusho-share";
const SHARE_DB_VERSION = 1;
const SHARE_STORE = "shares";
const SHARED_PARAM = "shared";
const SHARE_STATUS_PARAM = "share";

self.addEventListener("install", (event) => {
  // A new build's worker takes over at once: its offline page matches the server now running.
  event.waitUntil(cacheShell().then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names
            .filter((name) => name.startsWith(SHELL_PREFIX) && name !== SHELL_CACHE)
            .map((name) => caches.delete(name)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("message", (event) => {
  // The language changed: the offline page is rendered in the language of its request.
  if (event.data?.type === "refresh-offline") event.waitUntil(cacheShell());
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.method === "POST" && url.pathname === "/share") {
    event.respondWith(receiveShare(request));
    return;
  }
  if (request.method !== "GET" || url.pathname.startsWith("/api/")) return;
  if (request.mode === "navigate") {
    // Network first, always: pages are per user and per request (their CSP nonce too).
    event.respondWith(fetch(request).catch(() => offlinePage()));
    return;
  }
  if (url.pathname.startsWith("/_next/static/")) {
    // Only what the shell cache holds; everything else goes to the network untouched.
    event.respondWith(caches.match(request, { cacheName: SHELL_CACHE }).then((hit) => hit || fetch(request)));
  }
});

/** The offline page and every static file it names, fetched afresh into this build's cache. */
async function cacheShell() {
  const cache = await caches.open(SHELL_CACHE);
  const page = await fetch(OFFLINE_URL, { cache: "no-store" });
  if (!page.ok) throw new Error(`${OFFLINE_URL} answered ${page.status}`);
  const html = await page.clone().text();
  const assets = [...new Set(html.match(STATIC_ASSET) || [])];
  await cache.addAll(assets);
  await cache.put(OFFLINE_URL, page);
}

async function offlinePage() {
  const cached = await caches.match(OFFLINE_URL, { cacheName: SHELL_CACHE });
  return cached || Response.error();
}

/**
 * Keeps the shared files and sends the page to them. Whatever goes wrong, the answer is a
 * redirect to a page that says so: never the browser's error screen in the middle of a share.
 */
async function receiveShare(request) {
  const home = new URL("/", self.location.origin);
  try {
    const form = await request.formData();
    const files = form.getAll("file").filter((file) => file instanceof File && file.size > 0);
    if (files.length === 0) {
      // The manifest names title and text too, so a link or a note can be shared here as well.
      home.searchParams.set(SHARE_STATUS_PARAM, "empty");
      return Response.redirect(home.href, 303);
    }
    const id = crypto.randomUUID();
    await putShare({
      id,
      savedAt: Date.now(),
      files,
      title: String(form.get("title") || ""),
      text: String(form.get("text") || ""),
    });
    home.searchParams.set(SHARED_PARAM, id);
  } catch (error) {
    console.error("Sukusho could not keep the shared files", error);
    home.searchParams.set(SHARE_STATUS_PARAM, "failed");
  }
  return Response.redirect(home.href, 303);
}

function putShare(record) {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(SHARE_DB_NAME, SHARE_DB_VERSION);
    open.onupgradeneeded = () => {
      if (!open.result.objectStoreNames.contains(SHARE_STORE)) {
        open.result.createObjectStore(SHARE_STORE, { keyPath: "id" });
      }
    };
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const transaction = db.transaction(SHARE_STORE, "readwrite");
      transaction.objectStore(SHARE_STORE).put(record);
      transaction.oncomplete = () => {
        db.close();
        resolve();
      };
      transaction.onerror = transaction.onabort = () => {
        db.close();
        reject(transaction.error);
      };
    };
  });
}
