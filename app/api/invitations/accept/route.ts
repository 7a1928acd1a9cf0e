import { acceptInvitationInputSchema } from "@/lib/auth/account-schema";
import { acceptInvitation } from "@/lib/auth/invitations";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { readJsonBody } from "@/lib/http/read-json-body";
import { publicRoute } from "@/lib/http/route";
import { signedInResponse } from "@/lib/http/signed-in-response";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Creates the invited person's account with the link's token and signs them in. */
export const POST = publicRoute(async ({ request, services }) => {
  if (env().AUTH !== "accounts") {
    throw new AppError("accounts_off", "This server runs without accounts (AUTH=none).", 409);
  }
  const { token, ...input } = acceptInvitationInputSchema.parse(await readJsonBody(request));
  const created = await acceptInvitation(services, token, input, request.headers);
  return signedInResponse(created, 201);
});
