-- Duplicates (docs/duplicates.md).
-- AlterTable
ALTER TABLE "Job" ADD COLUMN     "imageHash" TEXT,
ADD COLUMN     "duplicateOfId" TEXT,
ADD COLUMN     "duplicateReason" TEXT,
ADD COLUMN     "duplicateDismissedAt" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "Job_imageHash_idx" ON "Job"("imageHash");

-- CreateIndex
CREATE INDEX "Job_duplicateOfId_idx" ON "Job"("duplicateOfId");

-- AddForeignKey
ALTER TABLE "Job" ADD CONSTRAINT "Job_duplicateOfId_fkey" FOREIGN KEY ("duplicateOfId") REFERENCES "Job"("id") ON DELETE SET NULL ON UPDATE CASCADE;
