import { exportFormatSchema, exportResponse } from "@/lib/export/export-response";
import { route } from "@/lib/http/route";
import { readStitchedList } from "@/lib/stitch/read-stitched-list";
import { stitchedSnapshot } from "@/lib/stitch/stitched-snapshot";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** The merged list as a JSON, CSV, OFX or QIF download (`?format=`), through the jobs' exports. */
export const GET = route<{ id: string }>(async ({ request, params, services, viewer }) => {
  const { format } = exportFormatSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const { list, snapshots } = await readStitchedList(services, viewer, params.id);
  return exportResponse([stitchedSnapshot(list, snapshots)], format, `sukusho-list-${list.id.slice(0, 8)}`);
});
