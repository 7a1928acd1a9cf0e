/** The check step's one line: what the image is, and what was done to it. */
export function checkSummary(image: { mimeType: string; width: number; height: number }): string {
  return `${image.mimeType.replace("image/", "").toUpperCase()} ${image.width}×${image.height}, orientation applied, metadata removed`;
}
