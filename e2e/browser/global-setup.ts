import { startApp } from "../support/app-server";
import { startNginx } from "../support/nginx";

/** Starts the app and nginx once for all browser tests; the tests reach the app through nginx. */
export default async function globalSetup() {
  const app = await startApp({ env: { PIPELINE_CONCURRENCY: "1" } });
  const nginx = await startNginx({ upstreamPort: app.port });
  process.env.SUKUSHO_BASE_URL = nginx.url;
  process.env.SUKUSHO_DIRECT_URL = app.url;
  return async () => {
    await nginx.stop();
    await app.stop();
  };
}
