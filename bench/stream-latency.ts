/**
 * Stream latency benchmark: how soon a client hears about its upload, straight to the app and
 * through nginx (nginx/nginx.conf), and whether nginx passes a job's events on as they happen.
 *
 *   npx tsx bench/stream-latency.ts
 *
 * Starts the production build (`next start`, needs .next from `next build`) on a free port with a
 * temporary data directory, and the real nginx in front of it; all traffic stays on 127.0.0.1.
 *
 * 1. Upload latency, N uploads of a small screenshot per route (direct and via nginx, alternating
 *    which goes first), each followed to its end before the next:
 *    - POST: the POST /api/jobs round trip, from sending the request to the parsed 202 body;
 *    - first event: from sending the POST to the first SSE event arriving, the client having
 *      opened the job's events URL right after the 202 (what a browser does).
 *    Percentiles interpolate between samples (with N = 40, p99 lies between the 39th and 40th).
 * 2. Delivery spread, a tall screenshot whose OCR takes a second or more: the span the client
 *    saw between the ocr step's start and job.done, against the span the server recorded
 *    between the same two moments (the job's stored step and finish times), and in how many
 *    bursts the events came (arrivals more than 10 ms apart). A ratio near 1 and many bursts mean
 *    events arrived as they were emitted; a proxy that buffers delivers them in one batch at the
 *    end (ratio near 0, one burst), as the contrast row shows with proxy buffering switched on.
 *
 * STREAM_LATENCY_UPLOADS sets N (default 40); STREAM_LATENCY_SPREAD=0 skips part 2; NEXT_DIST_DIR
 * picks the build. It prints figures and asserts nothing about them.
 */
import fs from "node:fs";
import path from "node:path";
import { type AppServer, startApp } from "@/e2e/support/app-server";
import { type NginxServer, startNginx } from "@/e2e/support/nginx";
import { fixture, upload } from "@/e2e/support/upload";
import { jobSnapshotSchema } from "@/lib/jobs/schema";
import { recordBoard } from "@/lib/testing/board-recorder";
import { type ReceivedEvent, recordStream, type StreamRecording } from "@/lib/testing/sse-recorder";
import { root } from "./support/fixtures";
import { describeMachine } from "./support/machine";
import { runMain } from "./support/main";
import { ms, percentile, summarise, times } from "./support/stats";
import { type Column, formatTable } from "./support/table";

/** Enough for a p99 that is more than the maximum of a handful: set STREAM_LATENCY_UPLOADS to change. */
const UPLOADS = Number(process.env.STREAM_LATENCY_UPLOADS ?? 40);
const SMALL = "en-payment-small";
const TALL = "ja-bank-statement-long";
const SPREAD_RUNS = 3;
/** Arrivals further apart than this start a new burst. */
const BURST_GAP_MS = 10;

interface Route {
  label: string;
  url: string;
}

interface Followed {
  /** POST round trip, ms. */
  postMs: number;
  /** POST sent → first SSE event received, ms. */
  firstEventMs: number;
  recording: StreamRecording;
  jobUrl: string;
}

/** Uploads one screenshot and follows its events to the end. Throws if the job does not finish. */
async function uploadAndFollow(baseUrl: string, name: string): Promise<Followed> {
  const bytes = fixture(name);
  const sent = performance.now();
  const response = await upload(baseUrl, [{ name: `${name}.png`, bytes }]);
  const postMs = performance.now() - sent;
  const job = response.body?.jobs?.[0];
  if (response.status !== 202 || !job) {
    throw new Error(`POST ${baseUrl}/api/jobs answered ${response.status}: ${JSON.stringify(response.body)}`);
  }
  const recording = await recordStream(baseUrl + job.links.events, { timeoutMs: 120_000 });
  const first = recording.events[0];
  const done = recording.events.find((event) => event.type === "job.done");
  if (!first || !done) throw new Error(`the stream of ${job.id} via ${baseUrl} ended without job.done`);
  const status = (done.data as { status?: string }).status;
  if (status !== "succeeded") throw new Error(`job ${job.id} (${name}) ${status}: ${JSON.stringify(done.data)}`);
  return { postMs, firstEventMs: first.receivedAt - sent, recording, jobUrl: baseUrl + job.links.self };
}

/**
 * As the page does it: the board stream (GET /api/events) is already open when the upload is
 * sent, so the job's first event comes over it, with no second request. Returns, per upload,
 * POST sent → the job's first event on the board, each job followed to its end before the next.
 */
async function boardFirstEvents(baseUrl: string, name: string, uploads: number): Promise<number[]> {
  const arrivals = new Map<string, { first?: number; ended?: boolean; done?: () => void }>();
  let finished = false;
  let opened: () => void = () => {};
  const open = new Promise<void>((resolve) => {
    opened = resolve;
  });
  const board = recordBoard(`${baseUrl}/api/events`, {
    timeoutMs: 600_000,
    onOpen: () => opened(),
    onEvent: (event) => {
      const entry = arrivals.get(event.jobId) ?? {};
      entry.first ??= performance.now();
      arrivals.set(event.jobId, entry);
      if (event.type === "job.done") {
        entry.ended = true;
        entry.done?.();
      }
    },
    until: () => finished,
  });
  await open;
  const firstEvents: number[] = [];
  for (let i = 0; i < uploads; i++) {
    const sent = performance.now();
    const response = await upload(baseUrl, [{ name: `${name}.png`, bytes: fixture(name) }]);
    const job = response.body?.jobs?.[0];
    if (response.status !== 202 || !job) throw new Error(`POST ${baseUrl}/api/jobs answered ${response.status}`);
    const entry = arrivals.get(job.id) ?? {};
    arrivals.set(job.id, entry);
    await new Promise<void>((resolve) => {
      entry.done = resolve;
      if (entry.ended) resolve();
    });
    if (entry.first !== undefined) firstEvents.push(entry.first - sent);
  }
  finished = true;
  // The board closes at its next event (none may come); the app's stop ends it otherwise.
  void board.catch(() => {});
  return firstEvents;
}

interface Spread {
  events: number;
  serverMs: number;
  clientMs: number;
  bursts: number;
  spanEvents: number;
  largestGapMs: number;
}

/** How the events between the ocr step's start and job.done were spread out on arrival. */
async function deliverySpread(followed: Followed): Promise<Spread> {
  const snapshot = jobSnapshotSchema.parse(await (await fetch(followed.jobUrl)).json());
  const ocrStep = snapshot.steps.find((step) => step.name === "ocr");
  const serverMs = Date.parse(snapshot.finishedAt ?? "") - Date.parse(ocrStep?.startedAt ?? "");
  const { events } = followed.recording;
  const isOcrStart = (event: ReceivedEvent) =>
    event.type === "step.started" && (event.data as { step?: string }).step === "ocr";
  const start = events.findIndex(isOcrStart);
  const end = events.findIndex((event) => event.type === "job.done");
  const span = start >= 0 && end >= start ? events.slice(start, end + 1) : [];
  const startAt = span[0]?.receivedAt ?? Number.NaN;
  const doneAt = span.at(-1)?.receivedAt ?? Number.NaN;
  let largestGapMs = 0;
  let bursts = span.length > 0 ? 1 : 0;
  for (let i = 1; i < span.length; i++) {
    const gap = (span[i]?.receivedAt ?? 0) - (span[i - 1]?.receivedAt ?? 0);
    largestGapMs = Math.max(largestGapMs, gap);
    if (gap > BURST_GAP_MS) bursts++;
  }
  return {
    events: events.length,
    serverMs,
    clientMs: doneAt - startAt,
    spanEvents: span.length,
    bursts,
    largestGapMs,
  };
}

async function main(): Promise<void> {
  const distDir = process.env.NEXT_DIST_DIR ?? ".next";
  if (!fs.existsSync(path.join(root, distDir, "BUILD_ID"))) {
    throw new Error(`No production build in ${distDir} (BUILD_ID missing): build the app first (\`npm run build\`).`);
  }
  console.log("## Stream latency: upload to first event, direct and through nginx\n");
  console.log(`Machine: ${describeMachine()}\n`);

  let app: AppServer | undefined;
  let nginx: NginxServer | undefined;
  let buffering: NginxServer | undefined;
  try {
    app = await startApp();
    nginx = await startNginx({ upstreamPort: app.port });
    const routes: Route[] = [
      { label: "direct", url: app.url },
      { label: "via nginx", url: nginx.url },
    ];

    // Untimed: the first request to each route loads the API routes and starts the OCR workers.
    for (const route of routes) await uploadAndFollow(route.url, SMALL);

    const samples = new Map(
      routes.map((route) => [route.label, { post: [] as number[], first: [] as number[], floor: [] as number[] }]),
    );
    for (let i = 0; i < UPLOADS; i++) {
      const order = i % 2 === 0 ? routes : [...routes].reverse();
      for (const route of order) {
        const followed = await uploadAndFollow(route.url, SMALL);
        samples.get(route.label)?.post.push(followed.postMs);
        samples.get(route.label)?.first.push(followed.firstEventMs);
        // The floor: a route that does next to nothing (GET /api/config), in the same moment's load.
        const sent = performance.now();
        await (await fetch(`${route.url}/api/config`)).json();
        samples.get(route.label)?.floor.push(performance.now() - sent);
      }
      process.stderr.write(`  upload ${i + 1}/${UPLOADS} done on both routes\n`);
    }

    const latencyColumns: Column[] = [
      { header: "route" },
      { header: "n", align: "right" },
      { header: "POST p50", align: "right" },
      { header: "POST p95", align: "right" },
      { header: "POST p99", align: "right" },
      { header: "first event p50", align: "right" },
      { header: "first event p95", align: "right" },
      { header: "first event p99", align: "right" },
      { header: "stream part p50", align: "right" },
      { header: "trivial GET p50", align: "right" },
    ];
    const latencyRows = routes.map((route) => {
      const sample = samples.get(route.label) ?? { post: [], first: [], floor: [] };
      const post = summarise(sample.post);
      const first = summarise(sample.first);
      return [
        route.label,
        String(post.n),
        ms(post.p50),
        ms(post.p95),
        ms(percentile(sample.post, 99)),
        ms(first.p50),
        ms(first.p95),
        ms(percentile(sample.first, 99)),
        ms(
          percentile(
            sample.first.map((first, i) => first - (sample.post[i] ?? 0)),
            50,
          ),
        ),
        ms(percentile(sample.floor, 50)),
      ];
    });
    console.log(`### Upload → first event (${SMALL}, ${fixture(SMALL).length.toLocaleString("en-US")} bytes), ms\n`);
    console.log(formatTable(latencyColumns, latencyRows));
    console.log(
      "\nPOST = the POST /api/jobs round trip (request sent → 202 body parsed); first event = request sent →" +
        "\nfirst SSE event received, the events URL opened right after the 202; stream part = first event − POST" +
        "\nof each upload (opening the events URL → its first event); trivial GET = GET /api/config round trip," +
        "\ntimed after each upload: what any request costs at the moment's load.\n",
    );

    // The page's own path: its board stream is open before the upload is sent.
    const boardRows: string[][] = [];
    for (const route of routes) {
      const first = await boardFirstEvents(route.url, SMALL, UPLOADS);
      boardRows.push([
        route.label,
        String(first.length),
        ms(percentile(first, 50)),
        ms(percentile(first, 95)),
        ms(percentile(first, 99)),
      ]);
      process.stderr.write(`  board: ${UPLOADS} uploads done ${route.label}\n`);
    }
    console.log(`### Upload → first event on the page's open board stream (${SMALL}), ms\n`);
    console.log(
      formatTable(
        [
          { header: "route" },
          { header: "n", align: "right" },
          { header: "first event p50", align: "right" },
          { header: "first event p95", align: "right" },
          { header: "first event p99", align: "right" },
        ],
        boardRows,
      ),
    );
    console.log(
      "\nThe board stream (GET /api/events) opened before the uploads, as the page opens it at load; first" +
        "\nevent = POST sent → the new job's first event arriving on it (the job joins through the bus).\n",
    );

    // The latency table alone (STREAM_LATENCY_SPREAD=0) spares a busy machine three tall OCR runs per route.
    if (process.env.STREAM_LATENCY_SPREAD === "0") return;

    // A misconfigured proxy, for contrast: buffering on, and HTTP/1.0 upstream (as in e2e/api/nginx.test.ts).
    buffering = await startNginx({
      upstreamPort: app.port,
      transform: (conf) =>
        conf
          .replace("proxy_buffering off;", "proxy_buffering on; proxy_ignore_headers X-Accel-Buffering;")
          .replace("proxy_http_version 1.1;", "proxy_http_version 1.0;"),
    });
    const spreadRuns: Array<{ label: string; run: number; spread: Spread }> = [];
    for (let run = 1; run <= SPREAD_RUNS; run++) {
      for (const route of routes) {
        spreadRuns.push({
          label: route.label,
          run,
          spread: await deliverySpread(await uploadAndFollow(route.url, TALL)),
        });
      }
      process.stderr.write(`  ${TALL} run ${run}/${SPREAD_RUNS} done on both routes\n`);
    }
    spreadRuns.push({
      label: "nginx, buffering on (contrast)",
      run: 1,
      spread: await deliverySpread(await uploadAndFollow(buffering.url, TALL)),
    });

    const spreadColumns: Column[] = [
      { header: "route" },
      { header: "run", align: "right" },
      { header: "events", align: "right" },
      { header: "server span ms", align: "right" },
      { header: "client span ms", align: "right" },
      { header: "client/server", align: "right" },
      { header: "events in span", align: "right" },
      { header: "bursts", align: "right" },
      { header: "largest gap ms", align: "right" },
    ];
    const spreadRows = spreadRuns.map(({ label, run, spread }) => [
      label,
      String(run),
      String(spread.events),
      ms(spread.serverMs),
      ms(spread.clientMs),
      times(spread.clientMs / spread.serverMs),
      String(spread.spanEvents),
      String(spread.bursts),
      ms(spread.largestGapMs),
    ]);
    console.log(`### Delivery spread of one job's events (${TALL}, OCR start → job.done)\n`);
    console.log(formatTable(spreadColumns, spreadRows));
    console.log(
      "\nserver span = the job's finishedAt − the ocr step's startedAt (stored, ms resolution); client span =" +
        "\narrival of job.done − arrival of step.started(ocr); events = all events of the stream, events in" +
        `\nspan = those from step.started(ocr) to job.done; bursts = groups of them arriving ≤ ${BURST_GAP_MS} ms apart.`,
    );
  } finally {
    await buffering?.stop();
    await nginx?.stop();
    await app?.stop();
    // The app's temporary data directory (database and uploaded images).
    if (app) fs.rmSync(app.dataDir, { recursive: true, force: true });
  }
}

runMain(main);
