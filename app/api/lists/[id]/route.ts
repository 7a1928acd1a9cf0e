import { route } from "@/lib/http/route";
import { readStitchedList } from "@/lib/stitch/read-stitched-list";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** A stitched list: its screenshots and their rows merged into one, repeats counted once. */
export const GET = route<{ id: string }>(async ({ params, services, viewer }) => {
  const { list } = await readStitchedList(services, viewer, params.id);
  return Response.json(list, { headers: { "Cache-Control": "no-store" } });
});
