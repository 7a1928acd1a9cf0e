import { type FieldBox, isHighlighted } from "@/lib/client/field-boxes";
import { useI18n } from "@/lib/i18n/provider";

/**
 * The screenshot, with a translucent box over every extracted field once the job is done.
 * The SVG overlay's viewBox is the image's pixel size, so boxes in image pixels scale with
 * the rendered image. Tall screenshots scroll inside their frame.
 */
export function ScreenshotView({
  src,
  alt,
  width,
  height,
  boxes,
  highlight,
}: {
  /** Null while the image is not there yet: its frame holds the place, at its size when known. */
  src: string | null;
  alt: string;
  width: number | null;
  height: number | null;
  boxes: FieldBox[];
  /** The highlighted field's path (`total`, `rows.3`), or null. */
  highlight: string | null;
}) {
  const { t, tn } = useI18n();
  const sized = width !== null && height !== null && width > 0 && height > 0;
  return (
    <figure
      className="min-w-0 max-h-[26rem] overflow-y-auto rounded-xl border border-slate-200 bg-slate-100 shadow-inner md:max-h-[40rem] dark:border-slate-800 dark:bg-slate-950"
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable frame must scroll by keyboard too
      tabIndex={0}
      aria-label={boxes.length > 0 ? t("screenshot.labelMarked") : t("screenshot.label")}
    >
      <div className="relative">
        {src === null ? (
          <div
            role="img"
            aria-label={alt}
            className="w-full"
            style={{ aspectRatio: sized ? `${width} / ${height}` : "9 / 16" }}
          />
        ) : (
          // biome-ignore lint/performance/noImgElement: served by the API at its own size, no optimisation wanted
          <img
            src={src}
            alt={alt}
            width={sized ? width : undefined}
            height={sized ? height : undefined}
            decoding="async"
            className="block h-auto w-full"
          />
        )}
        {sized && boxes.length > 0 && (
          <svg
            viewBox={`0 0 ${width} ${height}`}
            preserveAspectRatio="none"
            className="absolute inset-0 size-full"
            role="img"
            aria-label={tn("screenshot.boxes", boxes.length)}
          >
            {boxes.map((field) => {
              const active = isHighlighted(field.key, highlight);
              const pad = 4;
              return (
                <rect
                  key={field.key}
                  data-testid="field-box"
                  data-field={field.key}
                  data-active={active || undefined}
                  x={field.box.x0 - pad}
                  y={field.box.y0 - pad}
                  width={field.box.x1 - field.box.x0 + pad * 2}
                  height={field.box.y1 - field.box.y0 + pad * 2}
                  rx={6}
                  vectorEffect="non-scaling-stroke"
                  className={`transition-[fill,stroke,stroke-width] duration-150 ${
                    active
                      ? "fill-amber-400/40 stroke-amber-500 [stroke-width:3px]"
                      : "fill-indigo-500/15 stroke-indigo-500/80 [stroke-width:1.5px]"
                  }`}
                >
                  <title>{field.label}</title>
                </rect>
              );
            })}
          </svg>
        )}
      </div>
    </figure>
  );
}
