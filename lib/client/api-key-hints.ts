/**
 * How to use a new API key, as shown beside it once: the CLI's login (which asks for the key)
 * and a plain request with the key as a Bearer token, both aimed at this server.
 */
export function apiKeyHints(origin: string, key: string): { cli: string; curl: string } {
  return {
    cli: `npx sukusho login --url ${origin}`,
    curl: `curl -H "Authorization: Bearer ${key}" ${origin}/api/jobs`,
  };
}
