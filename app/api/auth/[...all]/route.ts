import { publicRoute } from "@/lib/http/route";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/**
 * better-auth's endpoints: sign in and out, sessions, passkeys, API keys (docs/accounts.md).
 * It checks the Origin of state-changing requests itself, against the same trusted origins.
 */
const handler = publicRoute<{ all: string[] }>(({ request, services }) => services.auth.handler(request));

export const GET = handler;
export const POST = handler;
