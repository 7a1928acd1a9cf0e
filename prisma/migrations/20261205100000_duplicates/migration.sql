-- Duplicates (docs/duplicates.md). SQLite adds a column with a REFERENCES clause in place as
-- long as its default is NULL, so the table is not rebuilt.
-- AlterTable
ALTER TABLE "Job" ADD COLUMN "imageHash" TEXT;
ALTER TABLE "Job" ADD COLUMN "duplicateOfId" TEXT REFERENCES "Job" ("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Job" ADD COLUMN "duplicateReason" TEXT;
ALTER TABLE "Job" ADD COLUMN "duplicateDismissedAt" DATETIME;

-- CreateIndex
CREATE INDEX "Job_imageHash_idx" ON "Job"("imageHash");

-- CreateIndex
CREATE INDEX "Job_duplicateOfId_idx" ON "Job"("duplicateOfId");
