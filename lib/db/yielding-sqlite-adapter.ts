import { setImmediate as nextTurn } from "node:timers/promises";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";

type Adapter = Awaited<ReturnType<PrismaBetterSqlite3["connect"]>>;

/**
 * better-sqlite3 runs each statement synchronously and Prisma resolves it in a microtask, so a
 * chain of queries (a job's events stored one after another, a strip's worth of them at once, a
 * step's row and its event) runs to its end in one turn of the event loop: 32 event inserts held
 * the main thread 40–60 ms with no request served meanwhile (docs/event-loop.md). This adapter
 * lets each statement outside a transaction wait for the next turn (`setImmediate`), so that a
 * request or a stream write that arrived meanwhile goes first. Statements still run one at a
 * time and in the order they were asked for (immediates run first in, first out); a
 * transaction's own statements do not wait, so it holds the database no longer than before.
 */
export class YieldingSqliteAdapter extends PrismaBetterSqlite3 {
  override async connect(): Promise<Adapter> {
    return yieldingAdapter(await super.connect());
  }
}

/** The adapter, its statements outside transactions each one event-loop turn later. */
export function yieldingAdapter(adapter: Adapter): Adapter {
  return {
    provider: adapter.provider,
    adapterName: adapter.adapterName,
    async queryRaw(query) {
      await nextTurn();
      return adapter.queryRaw(query);
    },
    async executeRaw(query) {
      await nextTurn();
      return adapter.executeRaw(query);
    },
    async executeScript(script) {
      await nextTurn();
      return adapter.executeScript(script);
    },
    async startTransaction(isolationLevel) {
      await nextTurn();
      return adapter.startTransaction(isolationLevel);
    },
    ...(adapter.getConnectionInfo ? { getConnectionInfo: adapter.getConnectionInfo.bind(adapter) } : {}),
    dispose: () => adapter.dispose(),
  };
}
