import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { freePort, waitFor } from "./free-port";

export interface NginxServer {
  url: string;
  stop: () => Promise<void>;
}

const root = path.resolve(import.meta.dirname, "..", "..");

/**
 * Runs the real nginx with the repository's nginx/nginx.conf, changing only what a test
 * machine needs: the upstream address, the listen address, the temp/pid paths, and
 * optionally extra lines (to show that a buffering config is caught by the stream test).
 */
export async function startNginx(options: {
  /** One app instance, or several (`upstreamPorts`) to balance across. */
  upstreamPort?: number;
  upstreamPorts?: number[];
  /** A fixed port, e.g. to bring the same address back after a simulated outage. */
  port?: number;
  transform?: (conf: string) => string;
}): Promise<NginxServer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sukusho-nginx-"));
  const port = options.port ?? (await freePort());
  let conf = fs
    .readFileSync(path.join(root, "nginx/nginx.conf"), "utf8")
    .replace(
      "server app:3000;",
      (options.upstreamPorts ?? [options.upstreamPort ?? 0]).map((p) => `server 127.0.0.1:${p};`).join("\n    "),
    )
    .replace("listen 80;", `listen 127.0.0.1:${port};`)
    .replaceAll("/tmp/nginx/", `${dir}/`)
    .replace("access_log /dev/stdout;", `access_log ${dir}/access.log;`);
  if (options.transform) conf = options.transform(conf);
  const confPath = path.join(dir, "nginx.conf");
  fs.writeFileSync(confPath, conf);
  let output = "";
  const child: ChildProcess = spawn("nginx", ["-p", dir, "-c", confPath, "-g", "daemon off;"], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stderr?.on("data", (chunk) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  await waitFor(
    () =>
      new Promise<boolean>((resolve) => {
        const socket = net.connect(port, "127.0.0.1", () => {
          socket.end();
          resolve(true);
        });
        socket.on("error", () => resolve(false));
      }),
    10_000,
    `nginx on ${port}: ${output}`,
  );
  return {
    url: `http://127.0.0.1:${port}`,
    stop: async () => {
      // Fast shutdown: open streams are cut, as in an outage (a graceful quit would wait for them).
      child.kill("SIGTERM");
      await exited;
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
