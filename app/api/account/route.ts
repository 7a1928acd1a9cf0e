import { accountSchema } from "@/lib/auth/account-schema";
import { route } from "@/lib/http/route";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Who is signed in, and how (a session, an API key, the server's token), or open mode. */
export const GET = route(async ({ viewer }) =>
  Response.json(
    accountSchema.parse(
      viewer.kind === "open" ? { mode: "open", user: null } : { mode: "accounts", user: viewer.user, via: viewer.via },
    ),
    { headers: { "Cache-Control": "no-store" } },
  ),
);
