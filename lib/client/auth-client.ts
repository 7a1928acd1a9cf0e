import { apiKeyClient } from "@better-auth/api-key/client";
import { passkeyClient } from "@better-auth/passkey/client";
import { createAuthClient } from "better-auth/react";

/**
 * better-auth's browser client for the pages: email sign-in, sign-out (here and everywhere),
 * passkeys (register, list, delete, sign in) and API keys (create, list, revoke). Same origin
 * as the page, under the server's base path; accounts themselves are made by the app's own
 * endpoints (lib/client/account-requests.ts), never by better-auth's sign-up.
 */
export const authClient = createAuthClient({
  basePath: "/api/auth",
  plugins: [passkeyClient(), apiKeyClient()],
});
