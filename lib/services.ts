import { Limiter } from "@/lib/async/limiter";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import type { Extractor } from "@/lib/extract/extractor";
import { localExtractor } from "@/lib/extract/local/local-extractor";
import type { ExtractorName } from "@/lib/extract/schema";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { ImageStore } from "@/lib/images/image-store";
import { type EventBus, eventBus } from "@/lib/jobs/event-bus";
import { EventLog } from "@/lib/jobs/event-log";
import { JobStore } from "@/lib/jobs/job-store";
import { ocrPool } from "@/lib/ocr/pool";
import type { OcrPool } from "@/lib/ocr/worker-pool";

/**
 * The composition root: every long-lived object of the process, built once from the
 * validated configuration. Route handlers and the pipeline take what they need from here.
 */
export interface Services {
  db: PrismaClient;
  bus: EventBus;
  log: EventLog;
  store: JobStore;
  images: ImageStore;
  ocr: OcrPool;
  limits: {
    /** Jobs past the queue at once. */
    pipeline: Limiter;
    /** Extraction calls at once (LLM requests are the expensive ones). */
    extract: Limiter;
  };
  extractors: Partial<Record<ExtractorName, Extractor>>;
}

const globalForServices = globalThis as unknown as { sukushoServices?: Services };

export function services(): Services {
  if (globalForServices.sukushoServices) return globalForServices.sukushoServices;
  const config = env();
  const client = db();
  const bus = eventBus();
  const created: Services = {
    db: client,
    bus,
    log: new EventLog(client, bus),
    store: new JobStore(client),
    images: new ImageStore(config.imagesDir),
    ocr: ocrPool(),
    limits: {
      pipeline: new Limiter("pipeline", config.PIPELINE_CONCURRENCY),
      extract: new Limiter("extract", config.EXTRACT_CONCURRENCY),
    },
    extractors: { local: localExtractor },
  };
  globalForServices.sukushoServices = created;
  return created;
}
