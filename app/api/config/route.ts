import type { PublicConfig } from "@/lib/config-schema";
import { env } from "@/lib/env";
import { route } from "@/lib/http/route";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** The server's capabilities: whether an LLM is configured, which model, the upload limits. */
export const GET = route(async ({ services }) => {
  const config = env();
  const llm = Boolean(services.extractors.llm);
  const body: PublicConfig = {
    extractors: {
      local: { available: true },
      llm: { available: llm, model: llm ? config.LLM_MODEL : null, vision: llm && config.LLM_VISION },
    },
    defaultExtractor: llm ? "llm" : "local",
    limits: {
      maxUploadBytes: config.MAX_UPLOAD_BYTES,
      maxRequestBytes: config.MAX_REQUEST_BYTES,
      maxFilesPerUpload: config.MAX_FILES_PER_UPLOAD,
      maxImagePixels: config.MAX_IMAGE_PIXELS,
    },
  };
  return Response.json(body, { headers: { "Cache-Control": "no-store" } });
});
