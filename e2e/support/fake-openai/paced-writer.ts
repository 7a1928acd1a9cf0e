import type { ServerResponse } from "node:http";

/**
 * Writes `pieces` to `res` one by one: the first at once, each next one `delayMs` later, then
 * (on a later tick) calls `done`. Returns a cancel function that clears the pending timer — call
 * it when the response closes, so a client that goes away leaves no timer behind.
 */
export function writePaced(res: ServerResponse, pieces: string[], delayMs: number, done: () => void): () => void {
  let timer: NodeJS.Timeout | undefined;
  let cancelled = false;
  let next = 0;
  const step = () => {
    timer = undefined;
    if (cancelled || res.destroyed) return;
    const piece = pieces[next++];
    if (piece === undefined) {
      done();
      return;
    }
    res.write(piece);
    timer = setTimeout(step, next < pieces.length ? delayMs : 0);
  };
  step();
  return () => {
    cancelled = true;
    if (timer) clearTimeout(timer);
    timer = undefined;
  };
}
