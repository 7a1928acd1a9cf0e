import OpenAI from "openai";
import { Limiter } from "@/lib/async/limiter";
import { type Auth, createAuth } from "@/lib/auth/auth";
import { db } from "@/lib/db/client";
import { isSqliteUrl } from "@/lib/db/sqlite-url";
import { type Env, env } from "@/lib/env";
import type { Extractor } from "@/lib/extract/extractor";
import { createLlmExtractor } from "@/lib/extract/llm/llm-extractor";
import { offThreadLocalExtractor } from "@/lib/extract/local-worker/off-thread-local-extractor";
import { rulesThread } from "@/lib/extract/local-worker/rules-thread";
import type { ExtractorName } from "@/lib/extract/schema";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { ImageStore } from "@/lib/images/image-store";
import { type EventBus, eventBus } from "@/lib/jobs/event-bus";
import { EventLog, readEvents } from "@/lib/jobs/event-log";
import type { JobQueue } from "@/lib/jobs/job-queue";
import { JobStore } from "@/lib/jobs/job-store";
import { LocalJobQueue } from "@/lib/jobs/local-job-queue";
import { PgBossQueue } from "@/lib/jobs/pg-boss-queue";
import { PgEventBus } from "@/lib/jobs/pg-event-bus";
import { ocrPool } from "@/lib/ocr/pool";
import type { OcrPool } from "@/lib/ocr/worker-pool";

/**
 * The composition root: every long-lived object of the process, built once from the
 * validated configuration. Route handlers and the pipeline take what they need from here.
 */
export interface Services {
  db: PrismaClient;
  /** Accounts, sessions, passkeys and API keys (better-auth on the same database). */
  auth: Auth;
  bus: EventBus;
  log: EventLog;
  store: JobStore;
  images: ImageStore;
  ocr: OcrPool;
  limits: {
    /** Jobs past the queue at once. */
    pipeline: Limiter;
    /** Jobs extracting at once. */
    extract: Limiter;
    /** Model calls at once, across jobs and chunks (separate from OCR's limits). */
    llm: Limiter;
  };
  extractors: Partial<Record<ExtractorName, Extractor>>;
  queue: JobQueue;
  /** PostgreSQL mode's cross-process bus, to start with the process; null when embedded. */
  pgBus: PgEventBus | null;
}

const globalForServices = globalThis as unknown as { sukushoServices?: Services };

export function services(): Services {
  if (globalForServices.sukushoServices) return globalForServices.sukushoServices;
  const config = env();
  const client = db();
  const postgres = !isSqliteUrl(config.DATABASE_URL);
  const pgBus = postgres ? postgresBus(config.DATABASE_URL, client) : null;
  const bus = pgBus ?? eventBus();
  const llmLimiter = new Limiter("llm", config.LLM_CONCURRENCY);
  // The local rules and the verify step run there (docs/event-loop.md); loading them takes ~0.5 s.
  rulesThread().warm();
  const created: Services = {
    db: client,
    auth: createAuth(client, config),
    bus,
    log: new EventLog(client, bus),
    store: new JobStore(client, { insensitiveSearch: postgres }),
    images: new ImageStore(config.imagesDir),
    ocr: ocrPool(),
    limits: {
      pipeline: new Limiter("pipeline", config.PIPELINE_CONCURRENCY),
      extract: new Limiter("extract", config.EXTRACT_CONCURRENCY),
      llm: llmLimiter,
    },
    extractors: {
      local: offThreadLocalExtractor,
      ...(config.OPENAI_API_KEY ? { llm: llmExtractor(config, llmLimiter) } : {}),
    },
    queue: postgres
      ? new PgBossQueue(services, {
          url: config.DATABASE_URL,
          concurrency: config.PIPELINE_CONCURRENCY,
          expireInSeconds: config.QUEUE_EXPIRE_SECONDS,
          heartbeatSeconds: config.QUEUE_HEARTBEAT_SECONDS,
          maintenanceIntervalSeconds: config.QUEUE_MAINTENANCE_SECONDS,
          pollingIntervalSeconds: config.QUEUE_POLLING_SECONDS,
          maxAttempts: config.JOB_MAX_ATTEMPTS,
        })
      : new LocalJobQueue(services),
    pgBus,
  };
  globalForServices.sukushoServices = created;
  return created;
}

/** The LLM extractor for the configured endpoint (OpenAI or any compatible server). */
function llmExtractor(config: Env, limiter: Limiter): Extractor {
  const client = new OpenAI({
    apiKey: config.OPENAI_API_KEY,
    baseURL: config.OPENAI_BASE_URL,
    // Retries are ours, so that every wait is an event the user sees.
    maxRetries: 0,
    timeout: config.LLM_TIMEOUT_MS,
  });
  return createLlmExtractor({
    client,
    model: config.LLM_MODEL,
    vision: config.LLM_VISION,
    limiter,
    timeoutMs: config.LLM_TIMEOUT_MS,
    idleTimeoutMs: config.LLM_IDLE_TIMEOUT_MS,
    maxRetries: config.LLM_MAX_RETRIES,
    maxCallsPerJob: config.LLM_MAX_CALLS_PER_JOB,
    maxTokensPerJob: config.LLM_MAX_TOKENS_PER_JOB,
    maxOutputTokens: config.LLM_MAX_OUTPUT_TOKENS,
    chunkLines: config.LLM_CHUNK_LINES,
    responseFormat: config.LLM_RESPONSE_FORMAT,
  });
}

/** LISTEN/NOTIFY across processes: one listening connection, NOTIFY through the app's pool. */
function postgresBus(url: string, client: PrismaClient): PgEventBus {
  return new PgEventBus({
    url,
    readEvents: (jobId, afterSeq) => readEvents(client, jobId, afterSeq),
    notify: async (channel, payload) => {
      await client.$executeRaw`SELECT pg_notify(${channel}, ${payload})`;
    },
  });
}
