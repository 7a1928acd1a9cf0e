import { useEffect, useRef } from "react";

/** The image files of a clipboard or drop: `files` first, else the items of kind file. */
export function imageFilesFrom(data: DataTransfer | null): File[] {
  if (!data) return [];
  const files = Array.from(data.files).filter((file) => file.type.startsWith("image/"));
  if (files.length > 0) return files;
  const fromItems: File[] = [];
  for (const item of Array.from(data.items ?? [])) {
    if (item.kind !== "file" || !item.type.startsWith("image/")) continue;
    const file = item.getAsFile();
    if (file) fromItems.push(file);
  }
  return fromItems;
}

/** Browsers call every pasted image `image.png`; give it a name that tells pastes apart. */
function namePasted(file: File, index: number): File {
  if (file.name && file.name !== "image.png") return file;
  const stamp = new Date().toISOString().slice(0, 19).replace("T", " ").replaceAll(":", ".");
  const extension = file.type.split("/")[1]?.replace("jpeg", "jpg") ?? "png";
  const suffix = index > 0 ? ` (${index + 1})` : "";
  return new File([file], `Pasted screenshot ${stamp}${suffix}.${extension}`, { type: file.type });
}

/**
 * Calls `onFiles` with the images pasted anywhere on the page (Ctrl/Cmd+V). Pastes without an
 * image are left alone, so text still pastes into fields as usual.
 */
export function usePasteFiles(onFiles: (files: File[]) => void): void {
  const latest = useRef(onFiles);
  useEffect(() => {
    latest.current = onFiles;
  });
  useEffect(() => {
    const onPaste = (event: ClipboardEvent) => {
      const files = imageFilesFrom(event.clipboardData);
      if (files.length === 0) return;
      event.preventDefault();
      latest.current(files.map(namePasted));
    };
    window.addEventListener("paste", onPaste);
    return () => window.removeEventListener("paste", onPaste);
  }, []);
}
