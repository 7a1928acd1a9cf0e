-- Rate limits count in the process's memory in the embedded mode (docs/rate-limits.md), so
-- SQLite needs no table. This migration keeps the two histories' names alike.
SELECT 1;
