import { z } from "zod";
import { canSee } from "@/lib/auth/viewer";
import { AppError } from "@/lib/errors";
import { exportFormatSchema, exportResponse } from "@/lib/export/export-response";
import { idListSchema } from "@/lib/http/id-list";
import { route } from "@/lib/http/route";
import type { JobSnapshot } from "@/lib/jobs/schema";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const idsSchema = z.object({ ids: idListSchema(200) });

/** Several jobs in one download (`?ids=a,b&format=csv`), in the order given. */
export const GET = route(async ({ request, services, viewer }) => {
  const query = Object.fromEntries(new URL(request.url).searchParams);
  const { ids } = idsSchema.parse(query);
  const { format } = exportFormatSchema.parse(query);
  const snapshots: JobSnapshot[] = [];
  for (const id of ids) {
    const owner = await services.store.ownerOf(id);
    const snapshot =
      owner !== undefined && canSee(viewer, { userId: owner }) ? await services.store.snapshot(id) : null;
    if (!snapshot) throw new AppError("job_not_found", `There is no job ${id}.`, 404);
    if (snapshot.result) snapshots.push(snapshot);
  }
  if (snapshots.length === 0) throw new AppError("job_has_no_result", "None of these jobs has a result yet.", 409);
  return exportResponse(snapshots, format, "sukusho-export");
});
