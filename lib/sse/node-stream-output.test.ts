import { describe, expect, it } from "vitest";
import { nodeStreamOutput } from "@/lib/sse/node-stream-output";

/** A response that records what happened to it, in order, across several responses. */
function recordingResponse(name: string, log: string[]) {
  return {
    write: (bytes: Uint8Array | string) => {
      log.push(`${name} write ${Buffer.from(bytes).toString()}`);
      return true;
    },
    end: () => {
      log.push(`${name} end`);
      return undefined as never;
    },
  };
}

describe("nodeStreamOutput", () => {
  it("writes the last event to every stream of a turn before it ends any of them", async () => {
    const log: string[] = [];
    const first = nodeStreamOutput(recordingResponse("a", log));
    const second = nodeStreamOutput(recordingResponse("b", log));
    // What the fan-out of job.done does: each stream writes the event, then ends.
    first.write(Buffer.from("done"));
    first.end();
    second.write(Buffer.from("done"));
    second.end();
    expect(log).toEqual(["a write done", "b write done"]);
    await new Promise((resolve) => setImmediate(resolve));
    expect(log).toEqual(["a write done", "b write done", "a end", "b end"]);
  });
});
