/** What a part of the result shares with the screenshot: which field is highlighted. */
export interface HighlightProps {
  /** The highlighted field's path (`total`, `rows.3`), or null. */
  highlight: string | null;
  onHighlight: (key: string | null) => void;
}

/** Event handlers that highlight `key` while a row is hovered or focused. */
export function highlightHandlers(key: string, onHighlight: HighlightProps["onHighlight"]) {
  const on = () => onHighlight(key);
  const off = () => onHighlight(null);
  return { onMouseEnter: on, onMouseLeave: off, onFocus: on, onBlur: off };
}
