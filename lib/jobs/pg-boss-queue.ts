import { PgBoss } from "pg-boss";
import { beginRun } from "@/lib/jobs/begin-run";
import type { JobQueue } from "@/lib/jobs/job-queue";
import { failIfGivenUp } from "@/lib/jobs/recover-jobs";
import { retirePgBoss10 } from "@/lib/jobs/retire-pg-boss-10";
import { runJob } from "@/lib/pipeline/run-job";
import type { Services } from "@/lib/services";

/**
 * The durable queue of the scaled-out mode: pg-boss on the app's PostgreSQL (docs/queue.md).
 * Any process with workers takes jobs from it; a job whose worker dies stays "active" until its
 * expiry, then pg-boss hands it to another worker, which tells the stream it runs again; a job
 * interrupted too often fails with a reason, and one pg-boss gives up on lands in a dead-letter
 * queue whose handler fails it with a reason too. Nothing stays "running" forever.
 */

export const JOBS_QUEUE = "sukusho-jobs";
export const GIVEN_UP_QUEUE = "sukusho-jobs-given-up";
const WORKER_LOST_REASON = "The worker running this job stopped; another worker took it over and runs it again.";

export interface PgBossQueueOptions {
  url: string;
  /** Runs at once in this process (one pg-boss worker each). */
  concurrency: number;
  /** How long a job may stay active at most before it is taken as lost and retried. */
  expireInSeconds: number;
  /** How long a running job may go without its worker's heartbeat before it is taken as lost. */
  heartbeatSeconds: number;
  /** How often pg-boss looks for lost jobs (expired, or without a heartbeat). */
  maintenanceIntervalSeconds: number;
  pollingIntervalSeconds: number;
  maxAttempts: number;
}

interface JobData {
  jobId: string;
}

export class PgBossQueue implements JobQueue {
  private readonly boss: PgBoss;
  private started: Promise<void> | null = null;

  constructor(
    private readonly services: () => Services,
    private readonly options: PgBossQueueOptions,
  ) {
    this.boss = new PgBoss({
      connectionString: options.url,
      // Since pg-boss 11, lost (expired) jobs are found by the supervisor's monitor pass, which runs
      // every superviseIntervalSeconds and looks at each queue at most every monitorIntervalSeconds;
      // "maintenance" now only deletes old jobs. Both are set so a lost job is found this often.
      superviseIntervalSeconds: options.maintenanceIntervalSeconds,
      monitorIntervalSeconds: options.maintenanceIntervalSeconds,
      // A small pool: pg-boss's own queries are few and short.
      max: 4,
    });
    this.boss.on("error", (error) => console.error("[sukusho] queue error:", error.message));
  }

  async enqueue(jobId: string, options: { resumedReason?: string } = {}): Promise<void> {
    await this.connect();
    const services = this.services();
    await beginRun(jobId, services, options.resumedReason);
    // Every event of this process is stored before the job can reach a worker elsewhere.
    await this.reportPosition(jobId, services);
    await this.boss.send(JOBS_QUEUE, { jobId } satisfies JobData);
  }

  start(options: { workers: boolean }): Promise<void> {
    this.started ??= this.connect().then(async () => {
      if (!options.workers) return;
      const work = { batchSize: 1, pollingIntervalSeconds: this.options.pollingIntervalSeconds };
      // One pg-boss worker per slot, each polling on its own (pg-boss 11's localConcurrency).
      await this.boss.work<JobData>(
        JOBS_QUEUE,
        { ...work, localConcurrency: this.options.concurrency },
        async ([job]) => (job ? this.run(job.data.jobId) : undefined),
      );
      await this.boss.work<JobData>(GIVEN_UP_QUEUE, work, async ([job]) =>
        job ? this.giveUp(job.data.jobId) : undefined,
      );
    });
    return this.started;
  }

  async stop(): Promise<void> {
    // Not graceful: jobs still running here are failed at once, so pg-boss retries them elsewhere.
    await this.boss.stop({ graceful: false }).catch(() => {});
  }

  private connecting: Promise<void> | null = null;

  private connect(): Promise<void> {
    this.connecting ??= (async () => {
      const carried = await retirePgBoss10(this.options.url, [JOBS_QUEUE, GIVEN_UP_QUEUE]);
      await this.boss.start();
      const settings = {
        name: JOBS_QUEUE,
        retryLimit: this.options.maxAttempts,
        retryDelay: 1,
        expireInSeconds: this.options.expireInSeconds,
        // A worker that dies stops beating: its job is retried elsewhere within this, however
        // long the job may run on a live worker.
        heartbeatSeconds: this.options.heartbeatSeconds,
        deadLetter: GIVEN_UP_QUEUE,
      };
      await this.boss.createQueue(GIVEN_UP_QUEUE);
      await this.boss.createQueue(JOBS_QUEUE, settings);
      // An existing queue keeps its old settings otherwise.
      await this.boss.updateQueue(JOBS_QUEUE, settings);
      for (const { queue, jobId } of carried) await this.boss.send(queue, { jobId } satisfies JobData);
      if (carried.length > 0) console.log(`[sukusho] queue: ${carried.length} jobs carried over from pg-boss 10`);
    })();
    return this.connecting;
  }

  /** One delivery of a job to this worker. */
  private async run(jobId: string): Promise<void> {
    const services = this.services();
    const job = await services.store.find(jobId);
    // Deleted, or finished by an earlier delivery: nothing to do.
    if (!job || job.status === "succeeded" || job.status === "failed") return;
    if (job.status === "running") {
      // A previous worker took it and vanished (pg-boss retried it after its expiry).
      if (await failIfGivenUp(jobId, job.attempts, services)) return;
      await beginRun(jobId, services, WORKER_LOST_REASON);
    }
    await runJob(jobId, services);
  }

  /** pg-boss gave up on the job: make sure it ends with a reason. */
  private async giveUp(jobId: string): Promise<void> {
    const services = this.services();
    const job = await services.store.find(jobId);
    if (!job || job.status === "succeeded" || job.status === "failed") return;
    const error = {
      code: "interrupted",
      message: `The job could not be completed after ${job.attempts} attempts (its workers stopped); it was given up.`,
    };
    await services.store.fail(jobId, error);
    await services.log.append(jobId, { type: "job.done", data: { status: "failed", error } });
  }

  /** Where the job stands among the jobs waiting now (one event; workers elsewhere move the line). */
  private async reportPosition(jobId: string, services: Services): Promise<void> {
    const job = await services.store.find(jobId);
    if (!job) return;
    const [ahead, running] = await Promise.all([
      services.db.job.count({ where: { status: "queued", createdAt: { lt: job.createdAt } } }),
      services.db.job.count({ where: { status: "running" } }),
    ]);
    if (running >= this.options.concurrency) {
      await services.log.append(jobId, { type: "queue.position", data: { position: ahead + 1, running } });
    }
  }
}
