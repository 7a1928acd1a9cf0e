-- Rate-limit counters shared by every instance (docs/rate-limits.md). The columns are those
-- rate-limiter-flexible's RateLimiterPostgres reads and writes; it is told the table exists
-- (tableCreated), so no instance runs DDL while serving. Not a Prisma model: only the limiter
-- touches it.
-- CreateTable
CREATE TABLE IF NOT EXISTS "RateLimit" (
    "key" VARCHAR(255) NOT NULL,
    "points" INTEGER NOT NULL DEFAULT 0,
    "expire" BIGINT,

    CONSTRAINT "RateLimit_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "RateLimit_expire_idx" ON "RateLimit"("expire");
