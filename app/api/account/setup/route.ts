import { newAccountSchema } from "@/lib/auth/account-input";
import { setupStatusSchema } from "@/lib/auth/account-schema";
import { needsOwnerSetup } from "@/lib/auth/owner";
import { createOwner } from "@/lib/auth/owner-setup";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { readJsonBody } from "@/lib/http/read-json-body";
import { publicRoute } from "@/lib/http/route";
import { signedInResponse } from "@/lib/http/signed-in-response";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Whether this server still needs its owner (the first-run screen shows then). */
export const GET = publicRoute(async ({ services }) =>
  Response.json(
    setupStatusSchema.parse({
      mode: env().AUTH,
      needsOwner: env().AUTH === "accounts" && (await needsOwnerSetup(services.db)),
    }),
    { headers: { "Cache-Control": "no-store" } },
  ),
);

/** Creates the owner account on a fresh install and signs it in; 409 once there is one. */
export const POST = publicRoute(async ({ request, services }) => {
  if (env().AUTH !== "accounts") {
    throw new AppError("accounts_off", "This server runs without accounts (AUTH=none).", 409);
  }
  const input = newAccountSchema.parse(await readJsonBody(request));
  const created = await createOwner(services, input, request.headers);
  return signedInResponse(created, 201);
});
