/**
 * Where to cut a tall list capture into the screenshots a person scrolling it would take: `pages`
 * windows of equal height from top to bottom, each sharing `overlap` (a fraction of a window) with
 * the next. The cuts fall wherever they fall, so rows are cut off at the edges as on a phone.
 */
export interface PageWindow {
  top: number;
  height: number;
}

export function pageWindows(totalHeight: number, pages: number, overlap: number): PageWindow[] {
  if (pages < 1 || overlap < 0 || overlap >= 1) throw new Error(`pageWindows: ${pages} pages, overlap ${overlap}`);
  // pages × height − (pages − 1) × overlap × height = totalHeight
  const height = Math.ceil(totalHeight / (pages - (pages - 1) * overlap));
  const step = height * (1 - overlap);
  return Array.from({ length: pages }, (_, page) => {
    const top = Math.min(Math.round(page * step), Math.max(0, totalHeight - height));
    return { top, height: Math.min(height, totalHeight - top) };
  });
}
