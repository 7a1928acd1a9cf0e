import sharp from "sharp";
import { jobNotFound } from "@/lib/errors";
import { route } from "@/lib/http/route";
import { assertVisibleJob } from "@/lib/jobs/visible-job";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Thumbnails are narrow and short: the top of a screenshot is what identifies it. */
const THUMB_WIDTH = 160;
const THUMB_HEIGHT = 240;

/** A small WebP of the screenshot's top, for the history list. */
export const GET = route<{ id: string }>(async ({ params, services, viewer }) => {
  await assertVisibleJob(services, viewer, params.id);
  const job = await services.store.find(params.id);
  if (!job) throw jobNotFound(params.id);
  const png = await services.images.read(job.imageKey);
  const webp = await sharp(png)
    .resize({ width: THUMB_WIDTH, height: THUMB_HEIGHT, fit: "cover", position: "top" })
    .webp({ quality: 70 })
    .toBuffer();
  return new Response(new Uint8Array(webp), {
    headers: {
      "Content-Type": "image/webp",
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, max-age=31536000, immutable",
    },
  });
});
