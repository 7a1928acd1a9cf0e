import { z } from "zod";
import { newAccountSchema } from "@/lib/auth/account-input";
import { acceptInvitation } from "@/lib/auth/invitations";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { readJsonBody } from "@/lib/http/read-json-body";
import { publicRoute } from "@/lib/http/route";
import { signedInResponse } from "@/lib/http/signed-in-response";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const acceptSchema = newAccountSchema.extend({ token: z.string().min(16).max(200) });

/** Creates the invited person's account with the link's token and signs them in. */
export const POST = publicRoute(async ({ request, services }) => {
  if (env().AUTH !== "accounts") {
    throw new AppError("accounts_off", "This server runs without accounts (AUTH=none).", 409);
  }
  const { token, ...input } = acceptSchema.parse(await readJsonBody(request));
  const created = await acceptInvitation(services, token, input, request.headers);
  return signedInResponse(created, 201);
});
