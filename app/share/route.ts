/**
 * POST /share, as the OS sends it when someone shares screenshots to the installed app and no
 * service worker caught it (the first share after installing, before the worker started, or a
 * browser without one). Normally public/sw.js answers this request and the server never sees
 * it (docs/pwa.md).
 *
 * The body is not read and nothing is stored: the request carries no same-site cookie and
 * comes from no page of ours, so accepting it would mean uploading for nobody or trusting a
 * cross-site form post. The person is sent home, where the page explains that sharing works
 * from the next time on (the worker is installed by then).
 */
export function POST(): Response {
  return new Response(null, { status: 303, headers: { Location: "/?share=unavailable" } });
}

/** Someone opened the share address itself: nothing to receive, so the home page. */
export function GET(): Response {
  return new Response(null, { status: 303, headers: { Location: "/" } });
}
