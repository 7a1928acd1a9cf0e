import { deleteActualSettings, readActualSettings, saveActualSettings } from "@/lib/actual/actual-settings";
import { actualOwnerKey } from "@/lib/actual/owner-key";
import { actualSettingsInputSchema } from "@/lib/actual/schema";
import { storedSecretKey } from "@/lib/actual/secret-key";
import { env } from "@/lib/env";
import { readJsonBody } from "@/lib/http/read-json-body";
import { route } from "@/lib/http/route";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const noStore = { headers: { "Cache-Control": "no-store" } };

/** The viewer's Actual Budget connection; the password only as `passwordSet`. */
export const GET = route(async ({ services, viewer }) =>
  Response.json(await readActualSettings(services.db, actualOwnerKey(viewer)), noStore),
);

/** Stores the connection (the password sealed; left out or empty keeps the stored one). */
export const PUT = route(async ({ request, services, viewer }) => {
  const input = actualSettingsInputSchema.parse(await readJsonBody(request));
  const saved = await saveActualSettings(services.db, actualOwnerKey(viewer), input, storedSecretKey(env()));
  return Response.json(saved, noStore);
});

/** Forgets the connection, password included. */
export const DELETE = route(async ({ services, viewer }) => {
  await deleteActualSettings(services.db, actualOwnerKey(viewer));
  return new Response(null, { status: 204 });
});
