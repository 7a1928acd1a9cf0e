import {
  isExpiredShare,
  SHARE_DB_NAME,
  SHARE_DB_VERSION,
  SHARE_STORE,
  type SharedRecord,
} from "@/lib/client/shared-files";

/** The request's result once it succeeds, its error otherwise. */
function settled<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/**
 * The share database, created with its store if the page opens it before the service worker
 * ever did (the same upgrade as in public/sw.js).
 */
function openShareDb(): Promise<IDBDatabase> {
  const request = indexedDB.open(SHARE_DB_NAME, SHARE_DB_VERSION);
  request.onupgradeneeded = () => {
    if (!request.result.objectStoreNames.contains(SHARE_STORE)) {
      request.result.createObjectStore(SHARE_STORE, { keyPath: "id" });
    }
  };
  return settled(request);
}

/** Runs `work` on the share store in one transaction, closing the database afterwards. */
async function withStore<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await openShareDb();
  try {
    const transaction = db.transaction(SHARE_STORE, mode);
    // A write counts once it is committed, not when the request succeeds.
    const committed = new Promise<void>((resolve, reject) => {
      transaction.oncomplete = () => resolve();
      transaction.onerror = () => reject(transaction.error);
      transaction.onabort = () => reject(transaction.error);
    });
    const result = await settled(work(transaction.objectStore(SHARE_STORE)));
    await committed;
    return result;
  } finally {
    db.close();
  }
}

/** The share stored under `id`, or null when there is none (already uploaded, or expired). */
export async function readShare(id: string): Promise<SharedRecord | null> {
  const record = (await withStore("readonly", (store) => store.get(id))) as SharedRecord | undefined;
  return record ?? null;
}

/** Forgets a share: its files were uploaded (or are not wanted). */
export async function deleteShare(id: string): Promise<void> {
  await withStore("readwrite", (store) => store.delete(id));
}

/** Drops the shares nobody came back for within `MAX_SHARE_AGE_MS`. */
export async function deleteExpiredShares(now = Date.now()): Promise<void> {
  const records = (await withStore("readonly", (store) => store.getAll())) as SharedRecord[];
  for (const record of records) {
    if (isExpiredShare(record.savedAt, now)) await deleteShare(record.id);
  }
}
