import { env } from "@/lib/env";
import { type AddressList, parseAddressList } from "@/lib/http/address-list";
import { parseOriginList } from "@/lib/http/origin-list";

let proxies: { source: string; list: AddressList } | undefined;
let origins: { source: string; list: ReadonlySet<string> } | undefined;

/** TRUSTED_PROXIES, parsed once per value (every request asks). */
export function trustedProxies(): AddressList {
  const source = env().TRUSTED_PROXIES;
  if (proxies?.source !== source) proxies = { source, list: parseAddressList(source) };
  return proxies.list;
}

/** TRUSTED_ORIGINS, parsed once per value. */
export function trustedOrigins(): ReadonlySet<string> {
  const source = env().TRUSTED_ORIGINS;
  if (origins?.source !== source) origins = { source, list: new Set(parseOriginList(source)) };
  return origins.list;
}
