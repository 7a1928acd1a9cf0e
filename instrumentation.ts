/** Next.js calls this once when the server starts. */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { ensureBooted } = await import("@/lib/boot");
    await ensureBooted();
  }
}
