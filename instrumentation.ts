/** Next.js calls this once when the server starts. */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    // A server whose log reader died must end, not spin on its own failed log writes.
    const { exitOnBrokenLogPipe } = await import("@/lib/process/broken-log-pipe");
    exitOnBrokenLogPipe();
    // First, so every request after start-up knows its TCP peer (lib/http/peer-address.ts).
    const { watchPeerAddresses } = await import("@/lib/http/peer-address");
    watchPeerAddresses();
    // The event streams are served beside Next, on Node's own request (docs/streaming.md).
    const { installEventsServer } = await import("@/lib/sse/install-events-server");
    installEventsServer();
    const { ensureBooted } = await import("@/lib/boot");
    await ensureBooted();
  }
}
