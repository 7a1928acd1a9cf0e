import { afterEach, describe, expect, it, vi } from "vitest";
import { ApiError, errorText, uploadScreenshots } from "@/lib/client/api";
import type { RateLimitWait } from "@/lib/client/rate-limit-retry";
import { createSukushoClient, SukushoApiError } from "@/lib/client/sukusho-client";
import { translator } from "@/lib/i18n";

/** The uploads of the page (lib/client/api.ts) and of the typed client (the CLI) meet a 429. */

const created = {
  jobs: [
    {
      id: "j1",
      status: "queued",
      fileName: "a.png",
      extractor: "local",
      links: {
        self: "/api/jobs/j1",
        events: "/api/jobs/j1/events",
        image: "/api/jobs/j1/image",
        thumbnail: "/api/jobs/j1/thumbnail",
      },
    },
  ],
};

const tooMany = (seconds: number) =>
  Response.json(
    {
      error: {
        code: "rate_limited",
        message: `Too many uploads: try again in ${seconds} s.`,
        details: { retryAfterSeconds: seconds },
      },
    },
    { status: 429, headers: { "Retry-After": String(seconds) } },
  );

/** Answers from the list in turn, recording each request's method and URL. */
function scripted(answers: (() => Response)[]) {
  const requests: string[] = [];
  const fetchImpl = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    requests.push(`${init?.method ?? "GET"} ${String(input)}`);
    const next = answers.shift();
    if (!next) throw new Error("no more answers");
    return next();
  });
  return { fetchImpl, requests };
}

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe("the page's upload", () => {
  it("waits the Retry-After of a 429, telling the page, then sends the same files again", async () => {
    vi.useFakeTimers();
    const { fetchImpl, requests } = scripted([() => tooMany(12), () => Response.json(created, { status: 202 })]);
    vi.stubGlobal("fetch", fetchImpl);
    const waits: (RateLimitWait | null)[] = [];
    const upload = uploadScreenshots([new File([new Uint8Array([1])], "a.png")], {
      onRateLimitWait: (wait) => waits.push(wait),
    });
    await vi.advanceTimersByTimeAsync(11_900);
    expect(requests).toHaveLength(1);
    expect(waits).toEqual([expect.objectContaining({ seconds: 12, attempt: 1 })]);
    await vi.advanceTimersByTimeAsync(200);
    const jobs = await upload;
    expect(jobs.map((job) => job.id)).toEqual(["j1"]);
    expect(requests).toEqual(["POST /api/jobs", "POST /api/jobs"]);
    expect(waits.at(-1)).toBeNull();
  });

  it("reads the wait from the header alone (a proxy's bare 429) and names it in the reader's language", async () => {
    vi.useFakeTimers();
    const bare = () => new Response("slow down", { status: 429, headers: { "Retry-After": "3" } });
    const { fetchImpl } = scripted([bare, bare, bare, bare, bare, bare]);
    vi.stubGlobal("fetch", fetchImpl);
    const waits: (RateLimitWait | null)[] = [];
    const upload = uploadScreenshots([new File([new Uint8Array([1])], "a.png")], {
      onRateLimitWait: (wait) => waits.push(wait),
    });
    const failure = upload.catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(5 * 3_000);
    const error = await failure;
    expect(fetchImpl).toHaveBeenCalledTimes(6);
    expect(waits.filter((wait) => wait !== null).map((wait) => wait.seconds)).toEqual([3, 3, 3, 3, 3]);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: "rate_limited", status: 429, details: { retryAfterSeconds: 3 } });
    expect(errorText(error, translator("ja"))).toBe(
      "リクエストが多すぎます。1分ほど待ってから、もう一度お試しください。",
    );
  });
});

describe("the typed client's upload (the CLI's)", () => {
  it("waits out a 429 and carries on, calling onRateLimited", async () => {
    vi.useFakeTimers();
    const { fetchImpl, requests } = scripted([() => tooMany(2), () => Response.json(created, { status: 202 })]);
    const client = createSukushoClient({ baseUrl: "http://sukusho.test", fetch: fetchImpl });
    const waits: RateLimitWait[] = [];
    const upload = client.upload([{ name: "a.png", bytes: new Uint8Array([1]) }], {
      onRateLimited: (wait) => waits.push(wait),
    });
    await vi.advanceTimersByTimeAsync(2_000);
    expect((await upload)[0]?.id).toBe("j1");
    expect(requests).toEqual(["POST http://sukusho.test/api/jobs", "POST http://sukusho.test/api/jobs"]);
    expect(waits.map((wait) => wait.seconds)).toEqual([2]);
  });

  it("fails at once with maxRateLimitWaits 0, the wait in the error's details", async () => {
    const { fetchImpl } = scripted([() => tooMany(40)]);
    const client = createSukushoClient({ baseUrl: "http://sukusho.test", fetch: fetchImpl });
    const error = await client
      .upload([{ name: "a.png", bytes: new Uint8Array([1]) }], { maxRateLimitWaits: 0 })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SukushoApiError);
    expect(error).toMatchObject({ status: 429, code: "rate_limited", details: { retryAfterSeconds: 40 } });
  });
});
