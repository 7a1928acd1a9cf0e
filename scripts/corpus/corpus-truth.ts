import { z } from "zod";
import { themeSchema, truthDocumentSchema } from "../fixtures/truth-schema";
import { LOCALE_IDS } from "./locales";

/**
 * Ground truth of one corpus sample (`corpus/screens/<name>.truth.json`): the fixture truth's
 * document (what a careful reader concludes from the image: values as written on screen, dates
 * ISO and resolved against `capturedAt`, amounts in major units, ISO currency codes; list rows
 * top to bottom, balances and totals are not rows) plus how and when the screenshot was taken.
 */

export const partSchema = z.enum(["tune", "report"]);
export type Part = z.infer<typeof partSchema>;

export const corpusTruthSchema = z.strictObject({
  name: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "expected a kebab-case name"),
  /** The app design (scripts/corpus/designs/<design>.ts). */
  design: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  locale: z.enum(LOCALE_IDS),
  theme: themeSchema,
  /** Device pixel ratio: the PNG is `width`×`height` device pixels. */
  scale: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  /** PNG size in device pixels. */
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  /** The phone's viewport in CSS pixels (a full-page capture can be taller). */
  viewport: z.strictObject({ width: z.number().int().positive(), height: z.number().int().positive() }),
  /**
   * When the screenshot was taken, in the locale's wall clock with its UTC offset: the upload time
   * the bench hands the extractor. Relative ("Yesterday") and year-less dates resolve against it.
   */
  capturedAt: z.iso.datetime({ offset: true }),
  part: partSchema,
  /** The corpus seed this sample came from. */
  seed: z.number().int().nonnegative(),
  document: truthDocumentSchema,
});
export type CorpusTruth = z.infer<typeof corpusTruthSchema>;

export const manifestSchema = z.strictObject({
  seed: z.number().int().nonnegative(),
  count: z.number().int().positive(),
  /** Designs whose samples are all in the report part (never tuned on). */
  heldOutDesigns: z.array(z.string()),
  samples: z.array(
    corpusTruthSchema.pick({
      name: true,
      design: true,
      locale: true,
      theme: true,
      scale: true,
      width: true,
      height: true,
      capturedAt: true,
      part: true,
    }),
  ),
});
export type Manifest = z.infer<typeof manifestSchema>;
