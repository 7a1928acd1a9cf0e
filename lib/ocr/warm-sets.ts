import { splitLangs } from "@/lib/ocr/worker-pool";

/**
 * Started at boot: the sample set (every allowed language, for the choice), and the sets most
 * screenshots end up with here, English and Japanese; others start on first use.
 */
export function warmSets(langs: string): string[] {
  const allowed = splitLangs(langs);
  const sets = [allowed.join("+")];
  if (allowed.length > 1 && allowed.includes("eng")) sets.push("eng");
  if (allowed.length > 2 && allowed.includes("jpn") && allowed.includes("eng")) sets.push("jpn+eng");
  return sets;
}
