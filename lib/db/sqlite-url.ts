import path from "node:path";

/** True for the embedded default (`file:` URLs); anything else is a server database. */
export function isSqliteUrl(url: string): boolean {
  return url.startsWith("file:");
}

/** The file path of a `file:` URL, resolved against the working directory like Prisma does. */
export function sqliteFilePath(url: string): string {
  const withoutScheme = url.slice("file:".length).replace(/^\/\/(?=\/)/, "");
  const withoutQuery = withoutScheme.split("?")[0] ?? withoutScheme;
  return path.resolve(withoutQuery);
}
