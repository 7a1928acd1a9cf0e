import { sampleLanguages } from "@/lib/ocr/recognize";
import { splitLangs } from "@/lib/ocr/worker-pool";

/**
 * Started at boot: the sample set (jpn+kor, for the choice), and the sets most
 * screenshots end up with here, English and Japanese; others start on first use.
 */
export function warmSets(langs: string): string[] {
  const allowed = splitLangs(langs);
  const sets = [sampleLanguages(allowed)];
  if (allowed.length > 1 && allowed.includes("eng")) sets.push("eng");
  if (allowed.length > 2 && allowed.includes("jpn") && allowed.includes("eng")) sets.push("jpn+eng");
  return sets;
}
