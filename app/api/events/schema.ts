import { z } from "zod";
import { idListSchema } from "@/lib/http/id-list";
import { BOARD_MAX_JOBS } from "@/lib/jobs/board-jobs";

/** `GET /api/events`: the jobs to follow (none: the whole board), and where a first connection starts. */
export const boardQuerySchema = z.object({
  /** Job ids separated by commas; without it, the viewer's whole board. */
  jobs: idListSchema(BOARD_MAX_JOBS).optional(),
  /** A board cursor, for a first connection that resumes (an EventSource sends Last-Event-ID). */
  lastEventId: z.string().max(20_000).optional(),
});
