import { type RefObject, useCallback, useLayoutEffect, useRef } from "react";

/** How close to the end (in pixels) still counts as "at the end". */
const SLACK_PX = 16;

/**
 * Keeps a scrolling box scrolled to its end while its content grows (`content` changes),
 * unless the reader has scrolled up to read something: then it stays where they put it
 * until they scroll back to the end. Returns the `onScroll` handler to put on the box.
 */
export function useStickToBottom(box: RefObject<HTMLElement | null>, content: unknown): () => void {
  const stuck = useRef(true);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `content` is the trigger, not read
  useLayoutEffect(() => {
    const element = box.current;
    if (element && stuck.current) element.scrollTop = element.scrollHeight;
  }, [box, content]);
  return useCallback(() => {
    const element = box.current;
    if (!element) return;
    stuck.current = element.scrollHeight - element.scrollTop - element.clientHeight <= SLACK_PX;
  }, [box]);
}
