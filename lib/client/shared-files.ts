/**
 * Screenshots shared to Sukusho from another app (the manifest's `share_target`). The service
 * worker (public/sw.js) receives the OS's POST /share, keeps the files in IndexedDB under a
 * fresh id and sends the page to `/?shared=<id>`; the page uploads them and deletes them.
 * The names below are the contract between the two: public/sw.js spells them the same (its
 * test checks that).
 */

/** The IndexedDB database, its version and its one object store (records keyed by `id`). */
export const SHARE_DB_NAME = "sukusho-share";
export const SHARE_DB_VERSION = 1;
export const SHARE_STORE = "shares";

/** `/?shared=<id>`: files are waiting under that id. */
export const SHARED_PARAM = "shared";
/**
 * `/?share=unavailable`: the OS posted to the server, with no service worker to catch it;
 * `/?share=failed`: the service worker could not keep the files (storage full, say);
 * `/?share=empty`: what was shared held no file (a link, a note).
 */
export const SHARE_STATUS_PARAM = "share";

/**
 * Files nobody came back for (the tab closed before the upload, a sign-in never finished) are
 * dropped after a week: long enough for "I'll sign in later", short enough not to hoard images.
 */
export const MAX_SHARE_AGE_MS = 7 * 24 * 60 * 60 * 1000;

/** One share as the service worker stores it. */
export interface SharedRecord {
  id: string;
  /** `Date.now()` when the service worker stored it. */
  savedAt: number;
  files: File[];
  title: string;
  text: string;
}

/** The outcomes the service worker or the server report in `?share=`. */
export const SHARE_STATUSES = ["unavailable", "failed", "empty"] as const;
export type ShareStatus = (typeof SHARE_STATUSES)[number];

/** What the address says arrived with this page load. */
export type ShareArrival = { kind: "shared"; id: string } | { kind: ShareStatus } | null;

function isShareStatus(value: unknown): value is ShareStatus {
  return typeof value === "string" && (SHARE_STATUSES as readonly string[]).includes(value);
}

/** The service worker names shares with `crypto.randomUUID()`; anything else is not ours. */
const SHARE_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A share id from a query value, or null when it is missing or not one the worker makes. */
export function sharedIdFrom(value: unknown): string | null {
  return typeof value === "string" && SHARE_ID.test(value) ? value : null;
}

/** What a page's query string (`?shared=…`, `?share=unavailable`) announces. */
export function shareArrivalFrom(search: string): ShareArrival {
  const params = new URLSearchParams(search);
  const id = sharedIdFrom(params.get(SHARED_PARAM));
  if (id) return { kind: "shared", id };
  const status = params.get(SHARE_STATUS_PARAM);
  if (isShareStatus(status)) return { kind: status };
  return null;
}

/** The address without the share parameters, so a reload does not act on them again. */
export function withoutShareParams(href: string): string {
  const url = new URL(href);
  url.searchParams.delete(SHARED_PARAM);
  url.searchParams.delete(SHARE_STATUS_PARAM);
  return `${url.pathname}${url.search}${url.hash}`;
}

/**
 * The images of a stored share. The OS may send other files despite the manifest's `accept`
 * (or a zero-byte part when the user shared only text); the server would refuse them anyway.
 */
export function sharedImages(files: readonly unknown[]): File[] {
  return files.filter((file): file is File => file instanceof File && file.size > 0 && file.type.startsWith("image/"));
}

/** Whether a share stored at `savedAt` is too old to upload unasked. */
export function isExpiredShare(savedAt: number, now: number): boolean {
  return !Number.isFinite(savedAt) || now - savedAt > MAX_SHARE_AGE_MS;
}

/**
 * The page to come back to after signing in: the home page, still holding the share's id (or
 * the news that a share did not arrive). Only values the app itself makes pass.
 */
export function homeReturnPath(query: Readonly<Record<string, unknown>>): string {
  const id = sharedIdFrom(query[SHARED_PARAM]);
  if (id) return `/?${SHARED_PARAM}=${id}`;
  const status = query[SHARE_STATUS_PARAM];
  if (isShareStatus(status)) return `/?${SHARE_STATUS_PARAM}=${status}`;
  return "/";
}
