import { signedInSchema } from "@/lib/auth/account-schema";

/** The answer to a request that made an account and signed it in: the session cookies passed on. */
export function signedInResponse(created: { userId: string; cookies: string[] }, status: number): Response {
  const headers = new Headers({ "Cache-Control": "no-store" });
  for (const cookie of created.cookies) headers.append("Set-Cookie", cookie);
  return Response.json(signedInSchema.parse({ userId: created.userId }), { status, headers });
}
