-- The uploader's time zone (docs/time-zones.md): relative dates resolve on their calendar.
-- AlterTable
ALTER TABLE "Job" ADD COLUMN "timeZone" TEXT;
