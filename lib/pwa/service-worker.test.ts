import fs from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { describe, expect, it } from "vitest";

const ORIGIN = "http://app.test";
const source = fs.readFileSync(path.join(import.meta.dirname, "../../public/sw.js"), "utf8");

/** Just enough of a request for the worker's routing: what the browser hands a fetch event. */
interface FakeRequest {
  url: string;
  method: string;
  mode: string;
}

/** A CacheStorage in memory that records every write. */
function fakeCaches(initial: Record<string, Record<string, Response>> = {}) {
  const stores = new Map(Object.entries(initial).map(([name, entries]) => [name, new Map(Object.entries(entries))]));
  const written: string[] = [];
  const keyOf = (request: string | FakeRequest) =>
    new URL(typeof request === "string" ? request : request.url, ORIGIN).pathname;
  const open = async (name: string) => {
    const store = stores.get(name) ?? new Map<string, Response>();
    stores.set(name, store);
    return {
      put: async (request: string, response: Response) => {
        written.push(keyOf(request));
        store.set(keyOf(request), response);
      },
      addAll: async (urls: string[]) => {
        for (const url of urls) {
          written.push(keyOf(url));
          store.set(keyOf(url), new Response(`asset ${url}`));
        }
      },
    };
  };
  return {
    stores,
    written,
    api: {
      open,
      keys: async () => [...stores.keys()],
      delete: async (name: string) => stores.delete(name),
      match: async (request: string | FakeRequest, options?: { cacheName?: string }) => {
        const store = options?.cacheName ? stores.get(options.cacheName) : undefined;
        return store?.get(keyOf(request))?.clone();
      },
    },
  };
}

/** Loads public/sw.js as a browser would, with `fetch` and the caches replaced. */
function loadWorker(options: {
  fetch: (request: string | FakeRequest) => Promise<Response>;
  caches: ReturnType<typeof fakeCaches>;
}) {
  const listeners = new Map<string, (event: unknown) => void>();
  const fetched: string[] = [];
  const self = {
    location: { href: `${ORIGIN}/sw.js?v=build-2`, origin: ORIGIN },
    addEventListener: (type: string, listener: (event: unknown) => void) => listeners.set(type, listener),
    skipWaiting: async () => {},
    clients: { claim: async () => {} },
  };
  vm.runInNewContext(source, {
    self,
    caches: options.caches.api,
    fetch: (request: string | FakeRequest) => {
      fetched.push(typeof request === "string" ? request : request.url);
      return options.fetch(request);
    },
    Response,
    URL,
    File,
    console,
  });
  const dispatch = async (type: string, extra: Record<string, unknown> = {}) => {
    let responded: Promise<Response> | undefined;
    const waits: Promise<unknown>[] = [];
    listeners.get(type)?.({
      ...extra,
      respondWith: (response: Promise<Response>) => {
        responded = Promise.resolve(response);
      },
      waitUntil: (promise: Promise<unknown>) => waits.push(promise),
    });
    await Promise.all(waits);
    return responded ? await responded : undefined;
  };
  const request = (pathname: string, method = "GET", mode = "cors"): FakeRequest => ({
    url: `${ORIGIN}${pathname}`,
    method,
    mode,
  });
  return { dispatch, request, fetched };
}

const OFFLINE_HTML =
  '<html><link rel="stylesheet" href="/_next/static/css/app-1.css"><script src="/_next/static/chunks/main-2.js" async></script><link rel="preload" href="/_next/static/media/geist.woff2" as="font"></html>';

describe("public/sw.js", () => {
  it("caches the offline page and the static files it names, under the build's version", async () => {
    const caches = fakeCaches();
    const worker = loadWorker({ caches, fetch: async () => new Response(OFFLINE_HTML) });
    await worker.dispatch("install");
    expect([...(caches.stores.get("sukusho-shell-build-2")?.keys() ?? [])].sort()).toEqual([
      "/_next/static/chunks/main-2.js",
      "/_next/static/css/app-1.css",
      "/_next/static/media/geist.woff2",
      "/offline",
    ]);
  });

  it("drops earlier builds' caches on activation, and leaves other caches alone", async () => {
    const caches = fakeCaches({ "sukusho-shell-build-1": {}, "sukusho-shell-build-2": {}, "someone-else": {} });
    const worker = loadWorker({ caches, fetch: async () => new Response("") });
    await worker.dispatch("activate");
    expect([...caches.stores.keys()].sort()).toEqual(["someone-else", "sukusho-shell-build-2"]);
  });

  it("never answers or caches API requests and screenshots", async () => {
    const caches = fakeCaches();
    const worker = loadWorker({ caches, fetch: async () => new Response("network") });
    for (const pathname of ["/api/jobs", "/api/jobs/j1/image", "/api/jobs/j1/events", "/api/jobs/j1/thumbnail"]) {
      expect(await worker.dispatch("fetch", { request: worker.request(pathname) })).toBeUndefined();
    }
    expect(await worker.dispatch("fetch", { request: worker.request("/api/jobs", "POST") })).toBeUndefined();
    // Even opened as a page (the OpenAPI document in a tab), an API answer is the network's.
    expect(
      await worker.dispatch("fetch", { request: worker.request("/api/openapi.json", "GET", "navigate") }),
    ).toBeUndefined();
    expect(await worker.dispatch("fetch", { request: worker.request("/icons/icon-192.png") })).toBeUndefined();
    expect(caches.written).toEqual([]);
  });

  it("fetches pages from the network first and caches none of them", async () => {
    const caches = fakeCaches({ "sukusho-shell-build-2": { "/offline": new Response("offline page") } });
    const worker = loadWorker({ caches, fetch: async () => new Response("the live page") });
    const response = await worker.dispatch("fetch", { request: worker.request("/history", "GET", "navigate") });
    expect(await response?.text()).toBe("the live page");
    expect(caches.written).toEqual([]);
  });

  it("shows the cached offline page when a page cannot be reached", async () => {
    const caches = fakeCaches({ "sukusho-shell-build-2": { "/offline": new Response("offline page") } });
    const worker = loadWorker({ caches, fetch: () => Promise.reject(new TypeError("Failed to fetch")) });
    const response = await worker.dispatch("fetch", { request: worker.request("/", "GET", "navigate") });
    expect(await response?.text()).toBe("offline page");
  });

  it("answers static files from the shell cache, and fetches the rest", async () => {
    const caches = fakeCaches({
      "sukusho-shell-build-2": { "/_next/static/css/app-1.css": new Response("cached css") },
    });
    const worker = loadWorker({ caches, fetch: async () => new Response("network") });
    const hit = await worker.dispatch("fetch", { request: worker.request("/_next/static/css/app-1.css") });
    expect(await hit?.text()).toBe("cached css");
    const miss = await worker.dispatch("fetch", { request: worker.request("/_next/static/chunks/other.js") });
    expect(await miss?.text()).toBe("network");
    expect(caches.written).toEqual([]);
  });

  it("answers a share without files (a link, a note) with a redirect home that says so, storing nothing", async () => {
    const caches = fakeCaches();
    const worker = loadWorker({ caches, fetch: async () => new Response("") });
    const form = new FormData();
    form.append("text", "https://example.com/an-article");
    form.append("file", new File([], "empty.png", { type: "image/png" }));
    const linkOnly = { ...worker.request("/share", "POST", "navigate"), formData: async () => form };
    const response = await worker.dispatch("fetch", { request: linkOnly });
    expect(response?.status).toBe(303);
    expect(response?.headers.get("location")).toBe(`${ORIGIN}/?share=empty`);
  });

  it("answers a share it cannot read with a redirect home that says so", async () => {
    const caches = fakeCaches();
    const worker = loadWorker({ caches, fetch: async () => new Response("") });
    const broken = {
      ...worker.request("/share", "POST", "navigate"),
      formData: () => Promise.reject(new TypeError("bad body")),
    };
    const original = console.error;
    console.error = () => {};
    try {
      const response = await worker.dispatch("fetch", { request: broken });
      expect(response?.status).toBe(303);
      expect(response?.headers.get("location")).toBe(`${ORIGIN}/?share=failed`);
    } finally {
      console.error = original;
    }
  });
});
