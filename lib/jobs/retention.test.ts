import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ImageStore } from "@/lib/images/image-store";
import { JobStore } from "@/lib/jobs/job-store";
import { sweepOldJobs } from "@/lib/jobs/retention";
import type { Services } from "@/lib/services";
import { openTestSqlite } from "@/lib/testing/sqlite";

describe("sweepOldJobs", () => {
  it("removes finished jobs older than the retention period, with their images, and keeps the rest", async () => {
    const { db, dir, close } = openTestSqlite("retention");
    const store = new JobStore(db);
    const images = new ImageStore(path.join(dir, "images"));
    const services = { store, images } as unknown as Services;
    const make = async (id: string, status: string) => {
      const imageKey = await images.save(Buffer.from("png"));
      await store.create(
        {
          id,
          fileName: `${id}.png`,
          mimeType: "image/png",
          width: 1,
          height: 1,
          byteSize: 3,
          imageKey,
          extractor: "local",
          kind: null,
          allowImage: false,
          customFields: null,
          userId: null,
        },
        { startedAt: new Date(), finishedAt: new Date(), summary: "" },
      );
      await db.job.update({ where: { id }, data: { status } });
      return imageKey;
    };
    try {
      const oldKey = await make("old", "succeeded");
      await make("running", "running");
      const now = new Date(Date.now() + 40 * 86_400_000);
      expect(await sweepOldJobs(services, 0, now)).toBe(0);
      expect(await sweepOldJobs(services, 30, now)).toBe(1);
      expect(await store.exists("old")).toBe(false);
      expect(await store.exists("running")).toBe(true);
      expect(fs.existsSync(path.join(dir, "images", oldKey))).toBe(false);
    } finally {
      await close();
    }
  });
});
