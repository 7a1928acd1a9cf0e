/**
 * `npm run worker`: a process that only runs jobs, taking them from the PostgreSQL queue
 * (DATABASE_URL=postgresql://…). Start as many as the OCR load needs, on any machine that
 * reaches the database and the shared image directory. Stops on SIGTERM/SIGINT; a worker that
 * dies instead has its job taken over by another after QUEUE_EXPIRE_SECONDS.
 */
import { isSqliteUrl } from "@/lib/db/sqlite-url";
import { env } from "@/lib/env";
import { startRetention } from "@/lib/jobs/retention";
import { services } from "@/lib/services";

async function main(): Promise<void> {
  const config = env();
  if (isSqliteUrl(config.DATABASE_URL)) {
    throw new Error("A separate worker needs the PostgreSQL queue: set DATABASE_URL=postgresql://…");
  }
  const app = services();
  await app.ocr.start();
  await app.queue.start({ workers: true });
  startRetention(app);
  console.log(`[worker] ${process.pid} taking jobs (${config.PIPELINE_CONCURRENCY} at once)`);
  const stop = async (signal: string) => {
    console.log(`[worker] ${signal}: stopping`);
    await app.queue.stop();
    await app.ocr.close();
    await app.db.$disconnect();
    process.exit(0);
  };
  process.once("SIGTERM", () => void stop("SIGTERM"));
  process.once("SIGINT", () => void stop("SIGINT"));
}

main().catch((error) => {
  console.error(`[worker] ${(error as Error).message}`);
  process.exit(1);
});
