/**
 * How many lines the next part of a list's last lines takes, once OCR has ended
 * (docs/pipelining.md). The parts go out one at a time, as model calls free up, so each is sized
 * when its call starts, knowing which calls are still busy and, once a part has come back, how
 * long the model takes for a line.
 */
export interface TailPartInput {
  /** Lines not yet sent (the page's header lines not counted: they give the model no rows to write). */
  unsent: number;
  /** The fewest lines a part may have (MIN_TAIL_LINES, or more for the job's call budget). */
  least: number;
  /** The most (LLM_CHUNK_LINES). */
  most: number;
  /** Model calls free now, this one included. */
  freeNow: number;
  /** For each of the list's parts still being answered: its lines the model has yet to write, estimated. */
  busy: ReadonlyArray<{ lines: number; startedMsAgo: number }>;
  /** The model's time for one line, from this list's parts answered so far; undefined before any came back. */
  msPerLine?: number;
}

/**
 * The next part's size. Without a measured pace: the lines left split evenly over the calls that
 * will share them (those free now and those the list's parts hold), as many as keep `least` lines
 * each. With one: the size that makes every call end at about the same time — the calls free now
 * start at once, a busy one when its part is estimated to end (its lines × the pace, less the
 * time it has run) — so a call that frees late gets a short part, or none. Always between
 * `least` and `most`, and all that is left when what would remain is less than `least`.
 */
export function tailPartLines(input: TailPartInput): number {
  const { unsent, most, msPerLine } = input;
  const least = Math.max(1, Math.min(input.least, most));
  if (unsent <= least) return unsent;
  const paced = msPerLine !== undefined && msPerLine > 0;
  const share = paced ? pacedShare(input, msPerLine) : evenShare(input, least);
  const size = Math.min(most, Math.max(least, Math.round(share)));
  const rest = unsent - size;
  if (rest === 0 || rest >= least) return size;
  // What would be left is below the minimum: this part takes it too, unless (with a measured
  // pace) the call that frees first ends the few lines sooner than this one would write them.
  if (!paced || unsent > most) return Math.min(unsent, most);
  const firstFree = Math.min(...freeTimes(input, msPerLine).slice(1), Number.POSITIVE_INFINITY);
  return firstFree + rest * msPerLine < unsent * msPerLine ? size : unsent;
}

function evenShare(input: TailPartInput, least: number): number {
  const calls = Math.max(1, input.freeNow) + input.busy.length;
  return Math.ceil(input.unsent / Math.max(1, Math.min(calls, Math.floor(input.unsent / least))));
}

/**
 * Water-filling: the time T at which the calls, each starting when it is free, have written
 * every line left; this call (free now) takes the lines it writes by T.
 */
function pacedShare(input: TailPartInput, msPerLine: number): number {
  const freeAt = freeTimes(input, msPerLine).sort((a, b) => a - b);
  let work = input.unsent * msPerLine;
  let level = 0;
  for (let i = 0; i < freeAt.length; i++) {
    const start = freeAt[i] ?? 0;
    const next = freeAt[i + 1] ?? Number.POSITIVE_INFINITY;
    const calls = i + 1;
    level = start + work / calls;
    if (level <= next) break;
    work -= (next - start) * calls;
  }
  return level / msPerLine;
}

/** When each call is free, in ms from now: this one first (0), then the others free now, then the busy ones. */
function freeTimes(input: TailPartInput, msPerLine: number): number[] {
  return [
    ...Array.from({ length: Math.max(1, input.freeNow) }, () => 0),
    ...input.busy.map((part) => Math.max(0, part.lines * msPerLine - part.startedMsAgo)),
  ];
}
