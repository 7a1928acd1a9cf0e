-- AlterTable
ALTER TABLE "Job" ADD COLUMN "acceptedAt" DATETIME;
ALTER TABLE "Job" ADD COLUMN "currency" TEXT;
ALTER TABLE "Job" ADD COLUMN "documentDate" TEXT;
ALTER TABLE "Job" ADD COLUMN "merchant" TEXT;
ALTER TABLE "Job" ADD COLUMN "rowCount" INTEGER;
ALTER TABLE "Job" ADD COLUMN "summaryKind" TEXT;
ALTER TABLE "Job" ADD COLUMN "total" REAL;

-- CreateTable
CREATE TABLE "Correction" (
    "jobId" TEXT NOT NULL,
    "path" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "correctedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("jobId", "path"),
    CONSTRAINT "Correction_jobId_fkey" FOREIGN KEY ("jobId") REFERENCES "Job" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
