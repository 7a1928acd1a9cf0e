import type { Behaviour, RecordedRequest, Responder } from "./types";

/**
 * A responder that answers its i-th call with the i-th step (the last step repeats), e.g.
 * `sequence({ type: "status", status: 429 }, { type: "status", status: 429 }, fixtureResponder)`.
 * A step is a behaviour or a responder (asked with the request). The count is this responder's
 * own: it starts at its first call, whatever came before.
 */
export function sequence(...steps: Array<Behaviour | Responder>): Responder {
  if (steps.length === 0) throw new Error("sequence() needs at least one step");
  let calls = 0;
  return (request: RecordedRequest) => {
    const step = steps[Math.min(calls++, steps.length - 1)]!;
    return typeof step === "function" ? step(request) : step;
  };
}
