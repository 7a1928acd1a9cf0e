import { env } from "@/lib/env";
import { AppError, toProblem } from "@/lib/errors";
import type { ExtractProgress } from "@/lib/extract/extractor";
import { rulesThread } from "@/lib/extract/local-worker/rules-thread";
import {
  type Check,
  customFieldListSchema,
  type DocumentKind,
  type ExtractedDocument,
  type ExtractorName,
  type JobResult,
} from "@/lib/extract/schema";
import type { OcrFeed } from "@/lib/ocr/ocr-feed";
import { recognizeScreenshot } from "@/lib/ocr/recognize";
import type { OcrResult } from "@/lib/ocr/types";
import { ensureChecked } from "@/lib/pipeline/check-step";
import { JobReporter } from "@/lib/pipeline/job-reporter";
import { readAndExtractTogether } from "@/lib/pipeline/read-and-extract";
import { runStep, StepFailure } from "@/lib/pipeline/run-step";
import type { Services } from "@/lib/services";
import { serverTimeZone, wallClockAt } from "@/lib/time/wall-clock";

/**
 * One run of a job's pipeline: check → queue → OCR → extract → verify → done. Never throws: every way
 * it can end, including a bug, becomes a stored `job.done` event and a final job status.
 */
export async function runJob(jobId: string, services: Services): Promise<void> {
  const reporter = new JobReporter(jobId, services.store, services.log);
  try {
    // The check step first, outside the pipeline limiter; a failed check has ended the job itself.
    if (!(await ensureChecked(jobId, services))) return;
    const result = await runPipeline(jobId, services, reporter);
    await services.store.succeed(jobId, result);
    await reporter.emit({ type: "job.done", data: { status: "succeeded", result } });
  } catch (error) {
    const problem = error instanceof StepFailure ? error.problem : toProblem(error);
    if (!(error instanceof StepFailure)) console.error(`[sukusho] job ${jobId} failed:`, error);
    try {
      await services.store.fail(jobId, problem);
      await reporter.emit({ type: "job.done", data: { status: "failed", error: problem } });
    } catch (storeError) {
      // The database itself is failing; recovery at the next start will settle this job.
      console.error(`[sukusho] could not record the failure of ${jobId}:`, storeError);
    }
  } finally {
    services.log.forget(jobId);
  }
}

async function runPipeline(jobId: string, services: Services, reporter: JobReporter): Promise<JobResult> {
  const config = env();
  const job = await services.store.find(jobId);
  if (!job) throw new AppError("not_found", "The job no longer exists.", 404);
  const image = await services.images.read(job.imageKey);

  // The queue step was started where the run began (beginRun); it ends when a slot is free.
  return services.limits.pipeline.run(
    async () => {
      await reporter.stepCompleted("queue");
      await services.store.setStatus(jobId, "running");

      // Relative dates are read, and future dates judged, against the moment the screenshot was
      // taken (the file's time the page sent), else of the upload, as the uploader's clock showed
      // it (lib/time/wall-clock.ts, docs/time-zones.md).
      const takenAt = wallClockAt(job.capturedAt ?? new Date(job.createdAt), job.timeZone ?? serverTimeZone());
      const extractorName = job.extractor as ExtractorName;
      const extractor = services.extractors[extractorName];
      if (!extractor)
        throw new AppError("extractor_unavailable", `The ${extractorName} extractor is not configured.`, 503);
      const extractChecks: Check[] = [];

      /** The OCR step; `feed` gets each strip's lines as it is read, `stop` ends it early. */
      const readText = (stop?: AbortSignal, feed?: OcrFeed) =>
        runStep<OcrResult>({
          reporter,
          step: "ocr",
          timeoutMs: config.OCR_TIMEOUT_MS,
          work: async (signal) => {
            const result = await recognizeScreenshot({
              pool: services.ocr,
              image,
              stripMinHeight: config.OCR_STRIP_MIN_HEIGHT,
              signal: stop ? AbortSignal.any([signal, stop]) : signal,
              onProgress: (progress) => reporter.stepProgress("ocr", progress),
              onLayout: (layout) => {
                if (feed) feed.layout = layout;
              },
              onRegion: ({ index, count, top, height, lines, text, confidence }) => {
                feed?.addStrip(index, lines);
                reporter.emitQuietly({ type: "ocr.region", data: { index, count, top, height, text, confidence } });
              },
            });
            if (result.lines.length === 0) {
              throw new AppError(
                "no_text",
                "No text was found in this image. Is it a screenshot of a payment or a list?",
                422,
              );
            }
            await services.store.saveOcr(jobId, result);
            return result;
          },
          summarise: (ocr) => `${ocr.lines.length} lines, confidence ${Math.round(ocr.confidence)}%`,
        });

      const extractInput = (signal: AbortSignal) => ({
        signal,
        now: takenAt,
        kind: (job.kind as DocumentKind | null) ?? undefined,
        customFields: job.customFields ? customFieldListSchema.parse(JSON.parse(job.customFields)) : undefined,
        image: job.allowImage ? image : undefined,
        onProgress: (progress: ExtractProgress) => reporter.extractProgress(progress),
        onCheck: (check: Check) => extractChecks.push(check),
      });
      const extractStep = (extract: (signal: AbortSignal) => Promise<ExtractedDocument>) =>
        runStep({
          reporter,
          step: "extract",
          timeoutMs: config.EXTRACT_TIMEOUT_MS,
          work: (signal) => services.limits.extract.run(() => extract(signal)),
          summarise: (doc) =>
            doc.kind === "receipt"
              ? "a single payment"
              : doc.kind === "transaction_list"
                ? `a list of ${doc.rows.length} transactions`
                : `${doc.fields.length} custom fields`,
        });

      // With a model, extraction starts on OCR's first lines (docs/pipelining.md); the local
      // rules are fast enough to wait for the whole page, and LLM_PIPELINE=false keeps the old order.
      const extractAsRead = config.LLM_PIPELINE ? extractor.extractAsRead?.bind(extractor) : undefined;
      const { ocr, document } = extractAsRead
        ? await readAndExtractTogether({
            read: readText,
            extract: (stop, feed) =>
              extractStep((signal) =>
                extractAsRead({ ...extractInput(AbortSignal.any([signal, stop])), feed }).catch((error: unknown) => {
                  // Stopped because OCR failed: say so, not whatever the interrupted call threw.
                  throw stop.aborted ? stop.reason : error;
                }),
              ),
          })
        : await (async () => {
            const ocr = await readText();
            const document = await extractStep((signal) => extractor.extract({ ...extractInput(signal), ocr }));
            return { ocr, document };
          })();

      const verified = await runStep({
        reporter,
        step: "verify",
        timeoutMs: config.VERIFY_TIMEOUT_MS,
        // In the rules thread: tens of ms of synchronous work per job (docs/event-loop.md).
        work: () => rulesThread().verify({ document, ocr, extractor: extractorName, now: takenAt }),
        summarise: ({ checks }) => {
          const flagged = checks.filter((check) => check.status !== "pass").length;
          return flagged === 0 ? "all checks passed" : `${flagged} finding(s) to review`;
        },
      });
      return {
        extractor: extractorName,
        model: extractor.model ?? null,
        document: verified.document,
        checks: [...extractChecks, ...verified.checks],
      };
    },
    {
      onPosition: (position, running) => reporter.emitQuietly({ type: "queue.position", data: { position, running } }),
    },
  );
}
