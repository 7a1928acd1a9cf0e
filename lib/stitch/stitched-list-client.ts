import { ApiError } from "@/lib/client/api";
import { type StitchedList, stitchedListSchema } from "@/lib/stitch/schema";

/** A stitched list as the server merges it now (`GET /api/lists/:id`). */
export async function fetchStitchedList(id: string, signal?: AbortSignal): Promise<StitchedList> {
  const response = await fetch(`/api/lists/${encodeURIComponent(id)}`, { signal, cache: "no-store" });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { error?: { code?: string; message?: string } } | null;
    throw new ApiError(body?.error?.code ?? "http_error", body?.error?.message ?? response.statusText, response.status);
  }
  return stitchedListSchema.parse(await response.json());
}

/** Where to download the merged rows. */
export function stitchedListExportUrl(id: string, format: "json" | "csv" | "ofx" | "qif"): string {
  return `/api/lists/${encodeURIComponent(id)}/export?format=${format}`;
}
