-- When the screenshot was taken (docs/time-zones.md): relative dates resolve against it.
-- AlterTable
ALTER TABLE "Job" ADD COLUMN "capturedAt" TIMESTAMP(3);
