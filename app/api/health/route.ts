import { publicRoute } from "@/lib/http/route";
import { openStreamCount } from "@/lib/sse/stream-lifetime";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Liveness and readiness for load balancers and compose health checks. */
export const GET = publicRoute(async ({ services }) => {
  await services.db.$queryRaw`SELECT 1`;
  return Response.json(
    {
      status: "ok",
      pipeline: { running: services.limits.pipeline.active, queued: services.limits.pipeline.queued },
      streams: openStreamCount(),
    },
    { headers: { "Cache-Control": "no-store" } },
  );
});
