/**
 * Shares reads of the same key between callers, without ever giving a caller a result older
 * than its call: a caller joins the read that has not started yet, or the one that starts when
 * the read in flight ends. So a burst of a thousand streams opening on one job costs two
 * queries, not a thousand, and each stream still sees everything stored before it asked (the
 * replay seam depends on that: a stream subscribes, then reads; a read begun before the
 * subscription could miss an event in between).
 */
export class FreshReads<K, V> {
  private readonly inFlight = new Map<K, Promise<unknown>>();
  private readonly next = new Map<K, Promise<V>>();

  constructor(private readonly load: (key: K) => Promise<V>) {}

  read(key: K): Promise<V> {
    const waiting = this.next.get(key);
    if (waiting) return waiting;
    const before = this.inFlight.get(key) ?? Promise.resolve();
    const read = before.then(
      () => this.begin(key),
      () => this.begin(key),
    );
    this.next.set(key, read);
    return read;
  }

  private begin(key: K): Promise<V> {
    // From here on, a new caller must wait for a read that starts after it.
    this.next.delete(key);
    const read = this.load(key);
    const settled = read.then(
      () => undefined,
      () => undefined,
    );
    this.inFlight.set(key, settled);
    void settled.then(() => {
      if (this.inFlight.get(key) === settled) this.inFlight.delete(key);
    });
    return read;
  }
}
