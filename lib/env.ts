import os from "node:os";
import path from "node:path";
import { z } from "zod";
import { parseAddressList } from "@/lib/http/address-list";
import { parseOriginList } from "@/lib/http/origin-list";
import { reportParseError } from "@/lib/http/report-parse-error";

/**
 * Every setting Sukusho reads from the environment, validated once at start-up. A bad value
 * stops the server with a message naming the variable, instead of failing later mid-job.
 */
const int = (fallback: number, min = 1) => z.coerce.number().int().min(min).default(fallback);

const envSchema = z.object({
  DATA_DIR: z.string().default("./data"),
  DATABASE_URL: z.string().optional(),
  /** Largest accepted file, in bytes. */
  MAX_UPLOAD_BYTES: int(10 * 1024 * 1024),
  MAX_FILES_PER_UPLOAD: int(10),
  /** Largest accepted request body; nginx's client_max_body_size is set to the same. */
  MAX_REQUEST_BYTES: int(50 * 1024 * 1024),
  /** Largest accepted image in pixels, checked from the header before any decoding. */
  MAX_IMAGE_PIXELS: int(40_000_000),
  /** Jobs past the queue at once (OCR + extraction + verification). */
  PIPELINE_CONCURRENCY: int(2),
  /** tesseract.js worker threads; one per core is the measured sweet spot. */
  OCR_WORKERS: int(Math.max(1, Math.min(os.availableParallelism(), 4))),
  /** The languages OCR may use; each image is read with those its scripts need (docs/ocr.md). */
  OCR_LANGS: z.string().default("eng+deu+fra+jpn+kor+chi_tra"),
  OCR_LANG_PATH: z.string().default("/usr/share/tesseract-ocr/5/tessdata"),
  OCR_TIMEOUT_MS: int(120_000),
  /** Strips shorter than this are not cut further (in pixels of the image OCR sees). */
  OCR_STRIP_MIN_HEIGHT: int(1000),
  /**
   * How much lower the OCR threads' CPU priority is (Linux nice, 0–19; 0 = same as the server).
   * Read by lib/ocr/niced-worker.cjs in each OCR thread; validated here so a typo stops start-up.
   */
  OCR_NICE: z.coerce.number().int().min(0).max(19).default(10),
  EXTRACT_CONCURRENCY: int(4),
  /** The whole extraction step, retries and waits included (each model call has its own limit). */
  EXTRACT_TIMEOUT_MS: int(180_000),
  VERIFY_TIMEOUT_MS: int(10_000),
  /** How often a job may be restarted after the server died under it. */
  JOB_MAX_ATTEMPTS: int(3),
  /** Whether this process takes jobs from the queue (PostgreSQL mode: false for web-only instances). */
  RUN_WORKERS: z.stringbool().default(true),
  /** PostgreSQL mode: a job active this long is taken as lost with its worker and retried elsewhere. */
  QUEUE_EXPIRE_SECONDS: int(420),
  /** PostgreSQL mode: how often the queue looks for expired jobs. */
  QUEUE_MAINTENANCE_SECONDS: int(30),
  QUEUE_POLLING_SECONDS: z.coerce.number().min(0.5).default(1),
  /**
   * The LLM extractor is on when a key is set. Any OpenAI-compatible endpoint works through
   * OPENAI_BASE_URL (Ollama, vLLM, LM Studio, llama.cpp: any non-empty key).
   */
  OPENAI_API_KEY: z.string().min(1).optional(),
  OPENAI_BASE_URL: z.url().optional(),
  LLM_MODEL: z.string().min(1).default("gpt-4o-mini"),
  /** Whether the model accepts images (the user must still allow sending theirs). */
  LLM_VISION: z.stringbool().default(false),
  /** One model call, start to last token; far below the SDK's 10-minute default. */
  LLM_TIMEOUT_MS: int(60_000),
  /** A stream that sends nothing for this long is treated as stalled and retried. */
  LLM_IDLE_TIMEOUT_MS: int(20_000),
  LLM_MAX_RETRIES: int(3, 0),
  /** Model calls at once across all jobs (separate from the OCR limits). */
  LLM_CONCURRENCY: int(4),
  LLM_MAX_CALLS_PER_JOB: int(12),
  LLM_MAX_TOKENS_PER_JOB: int(100_000),
  /** The answer's token limit per call (max_tokens). */
  LLM_MAX_OUTPUT_TOKENS: int(4_096),
  /** Lists with more OCR lines than this are extracted in chunks, in parallel. */
  LLM_CHUNK_LINES: int(45),
  /**
   * How the endpoint is asked for JSON: `json_schema` (strict structured output), `json_object`
   * (JSON mode, schema in the prompt) or `text` (schema in the prompt, JSON found in the answer).
   */
  LLM_RESPONSE_FORMAT: z.enum(["json_schema", "json_object", "text"]).default("json_schema"),
  /** Finished jobs older than this many days are removed with their images; 0 keeps everything. */
  RETENTION_DAYS: int(0, 0),
  RETENTION_SWEEP_MINUTES: int(60),
  SSE_HEARTBEAT_MS: int(15_000),
  SSE_RETRY_MS: int(2_000),
  // Accounts (docs/accounts.md).
  /** `accounts` (the default): everyone signs in. `none`: open to anyone who can reach it. */
  AUTH: z.enum(["accounts", "none"]).default("accounts"),
  /** Signs session cookies; generated once into DATA_DIR when not set. At least 32 characters. */
  AUTH_SECRET: z.string().min(32).optional(),
  /** A bearer key accepted as the owner's, for automation; the owner is created if none exists. */
  SUKUSHO_API_TOKEN: z.string().min(16).optional(),
  /** The email of the owner that SUKUSHO_API_TOKEN creates when there is none yet. */
  SUKUSHO_OWNER_EMAIL: z.email().default("owner@sukusho.local"),
  /** The public URL people open (https://…); sets the passkey domain and secure cookies. */
  APP_URL: z.url().optional(),
  // Rate limits (docs/rate-limits.md). 0 turns a limit off.
  /** Files one signed-in user may upload per upload window. */
  RATE_LIMIT_UPLOADS_PER_USER: int(30, 0),
  /** Files one client address (an IPv6 /64) may upload per upload window, whoever signed in. */
  RATE_LIMIT_UPLOADS_PER_IP: int(40, 0),
  RATE_LIMIT_UPLOADS_WINDOW_SECONDS: int(60),
  /** Sign-in attempts per account per sign-in window; a successful sign-in clears the count. */
  RATE_LIMIT_SIGNINS_PER_ACCOUNT: int(10, 0),
  /** Sign-in attempts per client address per sign-in window, successful ones included. */
  RATE_LIMIT_SIGNINS_PER_IP: int(30, 0),
  RATE_LIMIT_SIGNINS_WINDOW_SECONDS: int(15 * 60),
  // Request guards (docs/security-headers.md): whom X-Forwarded-* is believed from, and which
  // other origins may send state-changing requests.
  /** Proxies (IPs or CIDRs, comma-separated) whose X-Forwarded-For/Proto/Host are believed. */
  TRUSTED_PROXIES: z
    .string()
    .default("127.0.0.0/8,::1")
    .superRefine((value, context) => reportParseError(() => parseAddressList(value), context)),
  /** Origins besides the app's own that browsers may send POST/PUT/PATCH/DELETE from. */
  TRUSTED_ORIGINS: z
    .string()
    .default("")
    .superRefine((value, context) => reportParseError(() => parseOriginList(value), context)),
  // pg-boss 12: heartbeats tell a lost worker from a slow job.
  /**
   * PostgreSQL mode: a running job's worker confirms it is alive this often (pg-boss refreshes at
   * half the interval); a job unconfirmed this long is taken as lost and retried elsewhere, while
   * a slow job on a live worker runs on (QUEUE_EXPIRE_SECONDS stays its upper bound).
   */
  QUEUE_HEARTBEAT_SECONDS: int(30, 10),
  // Actual Budget (docs/actual-budget.md).
  /** Encrypts stored secrets (the Actual password): 32+ characters; derived from AUTH_SECRET when unset. */
  SECRET_KEY: z.string().min(32).optional(),
  /** One send or connection test to an Actual server, sign-in to sync. */
  ACTUAL_TIMEOUT_MS: int(60_000),
  // OCR and the model side by side (docs/pipelining.md).
  /**
   * With a model, extraction starts while OCR still reads (a list's chunks as their lines are
   * read; with vision and consent, the image at once). false: OCR first, then the model.
   */
  LLM_PIPELINE: z.stringbool().default(true),
  // Fast upload (docs/fast-upload.md).
  /**
   * How long a new upload's check step (the full decode) waits before it starts, so that the
   * upload's 202 and the first event of its stream are not slowed by the decode: opening the
   * stream takes about 7 ms (p50, bench/stream-latency.ts); the job's seconds barely notice 15.
   * 0: at once.
   */
  CHECK_START_DELAY_MS: int(15, 0),

  // --- A free event loop (docs/event-loop.md) ---
  /**
   * The per-pixel passes over an upload (dark-screen inversion, blank and ink rows, the
   * perceptual hash's cells) run in a worker thread; false runs them on the main thread, as
   * before (for measuring the difference, or where worker threads are not wanted).
   */
  PIXEL_THREAD: z.stringbool().default(true),
  /**
   * The local rules' extraction and the verify step of each job run in a worker thread
   * (lib/extract/local-worker); false runs them on the main thread, as before.
   */
  RULES_THREAD: z.stringbool().default(true),
  /**
   * SQLite: each statement outside a transaction waits for the next turn of the event loop, so
   * that a chain of them (a job's events) does not hold up requests; false runs a chain whole.
   */
  SQLITE_YIELD: z.stringbool().default(true),
});

export type Env = z.infer<typeof envSchema> & { DATABASE_URL: string; imagesDir: string };

let cached: Env | undefined;

/** The validated configuration. Throws with every invalid variable named. */
export function env(): Env {
  if (cached) return cached;
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid configuration:\n  ${problems.join("\n  ")}`);
  }
  const dataDir = path.resolve(parsed.data.DATA_DIR);
  cached = {
    ...parsed.data,
    DATA_DIR: dataDir,
    DATABASE_URL: parsed.data.DATABASE_URL ?? `file:${path.join(dataDir, "sukusho.db")}`,
    imagesDir: path.join(dataDir, "images"),
  };
  return cached;
}
