import { jobNotFound } from "@/lib/errors";
import { route } from "@/lib/http/route";
import { assertVisibleJob } from "@/lib/jobs/visible-job";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** The normalised screenshot. Always PNG (it was re-encoded), never sniffed by the browser. */
export const GET = route<{ id: string }>(async ({ params, services, viewer }) => {
  await assertVisibleJob(services, viewer, params.id);
  const job = await services.store.find(params.id);
  if (!job) throw jobNotFound(params.id);
  const png = await services.images.read(job.imageKey);
  return new Response(new Uint8Array(png), {
    headers: {
      "Content-Type": "image/png",
      "Content-Length": String(png.length),
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; sandbox",
      "Content-Disposition": "inline",
      "Cache-Control": "private, max-age=31536000, immutable",
    },
  });
});
