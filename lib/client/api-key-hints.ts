/**
 * How to use a new API key, as shown beside it once: the CLI with the key in its environment,
 * an upload with the key as a Bearer token, and (needing no key at all) the CLI's own login,
 * which signs in and keeps a key of its own. All aimed at this server.
 */
export function apiKeyHints(origin: string, key: string): { cli: string; curl: string; login: string } {
  return {
    cli: `SUKUSHO_API_KEY=${key} npx sukusho extract shot.png --url ${origin}`,
    curl: `curl -H "Authorization: Bearer ${key}" -F file=@shot.png ${origin}/api/jobs`,
    login: `npx sukusho login --url ${origin}`,
  };
}
