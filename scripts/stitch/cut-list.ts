/**
 * Scrolled-list cases for stitching (docs/stitching.md): a tall list capture from the screenshot
 * corpus (rendered by its list designs, docs/corpus.md), cut into overlapping phone screenshots
 * the way a person scrolling it would take them, with the whole list's rows as the merged truth.
 */
import sharp from "sharp";
import type { ScreenCorpusItem } from "@/bench/support/screen-corpus";
import { type PageWindow, pageWindows } from "@/lib/stitch/page-windows";
import type { TruthRow } from "@/lib/stitch/score-stitch";
import { hash32, Rng } from "@/scripts/corpus/prng";

/** Designs whose captures are long enough to need scrolling. */
export const SCROLLED_DESIGNS = ["long-scroll"] as const;

export interface StitchCase {
  name: string;
  part: ScreenCorpusItem["part"];
  capturedAt: Date;
  windows: PageWindow[];
  /** The pages' PNGs, top to bottom. */
  pages: Buffer[];
  truth: { currency: string; rows: TruthRow[] };
}

/** The pages of one capture: 3 windows sharing 15–35 % (seeded by the sample's name). */
export async function cutCase(item: ScreenCorpusItem, pages = 3): Promise<StitchCase> {
  const document = item.truth;
  if (document.kind !== "transaction_list") throw new Error(`${item.name} is not a list`);
  const { height, width } = await sharp(item.png).metadata();
  if (!height || !width) throw new Error(`${item.name}: no size`);
  const overlap = new Rng(hash32(`stitch:${item.name}`)).float() * 0.2 + 0.15;
  const windows = pageWindows(height, pages, overlap);
  const cut = await Promise.all(
    windows.map((window) =>
      sharp(item.png).extract({ left: 0, top: window.top, width, height: window.height }).png().toBuffer(),
    ),
  );
  return {
    name: item.name,
    part: item.part,
    capturedAt: item.capturedAt,
    windows,
    pages: cut,
    truth: {
      currency: document.currency,
      rows: document.rows.map(({ date, description, amount, direction }) => ({ date, description, amount, direction })),
    },
  };
}
