-- AlterTable
ALTER TABLE "Job" ADD COLUMN     "acceptedAt" TIMESTAMP(3),
ADD COLUMN     "currency" TEXT,
ADD COLUMN     "documentDate" TEXT,
ADD COLUMN     "merchant" TEXT,
ADD COLUMN     "rowCount" INTEGER,
ADD COLUMN     "summaryKind" TEXT,
ADD COLUMN     "total" DOUBLE PRECISION;

-- CreateTable
CREATE TABLE "Correction" (
    "jobId" TEXT NOT NULL,
    "path" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "correctedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Correction_pkey" PRIMARY KEY ("jobId","path")
);

-- AddForeignKey
ALTER TABLE "Correction" ADD CONSTRAINT "Correction_jobId_fkey" FOREIGN KEY ("jobId") REFERENCES "Job"("id") ON DELETE CASCADE ON UPDATE CASCADE;
