import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { freePort, waitFor } from "./free-port";

export interface NginxServer {
  url: string;
  /** With `tls`: the HTTPS (HTTP/2) address, and the self-signed certificate it presents. */
  httpsUrl?: string;
  certificate?: string;
  stop: () => Promise<void>;
}

const root = path.resolve(import.meta.dirname, "..", "..");

/**
 * Runs the real nginx with the repository's nginx/nginx.conf, changing only what a test
 * machine needs: where the app is, the listen address, the temp/pid paths, and optionally
 * extra lines (to show that a buffering config is caught by the stream test). The app is
 * named by a local upstream group (the config's `$sukusho_app` variable may name one), or by
 * a host name that the given resolver answers, as Docker's DNS does in compose.
 */
export async function startNginx(options: {
  /** One app instance, or several (`upstreamPorts`) to balance across. */
  upstreamPort?: number;
  upstreamPorts?: number[];
  /** Instead of ports: `host:port` looked up through `resolver` (`127.0.0.1:5353`). */
  upstreamName?: string;
  resolver?: string;
  /** A fixed port, e.g. to bring the same address back after a simulated outage. */
  port?: number;
  /** Also serve HTTPS with HTTP/2 (nginx/tls.conf) with a fresh self-signed certificate. */
  tls?: boolean;
  transform?: (conf: string) => string;
}): Promise<NginxServer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sukusho-nginx-"));
  const port = options.port ?? (await freePort());
  const upstream = options.upstreamName
    ? { set: options.upstreamName, group: "" }
    : {
        set: "sukusho_local",
        group: `upstream sukusho_local {\n    ${(options.upstreamPorts ?? [options.upstreamPort ?? 0])
          .map((p) => `server 127.0.0.1:${p};`)
          .join("\n    ")}\n    keepalive 32;\n  }\n\n  server {`,
      };
  let conf = fs
    .readFileSync(path.join(root, "nginx/nginx.conf"), "utf8")
    .replace("set $sukusho_app app:3000;", `set $sukusho_app ${upstream.set};`)
    .replace("resolver 127.0.0.11 ", `resolver ${options.resolver ?? "127.0.0.11"} `)
    .replace("listen 80;", `listen 127.0.0.1:${port};`)
    .replaceAll("/tmp/nginx/", `${dir}/`)
    .replace("access_log /dev/stdout;", `access_log ${dir}/access.log;`);
  if (upstream.group) conf = conf.replace("  server {", upstream.group);
  if (options.transform) conf = options.transform(conf);
  const tls = options.tls ? await enableTls(dir) : null;
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
    ...(tls ? { httpsUrl: `https://127.0.0.1:${tls.port}`, certificate: tls.certificate } : {}),
    stop: async () => {
      // Fast shutdown: open streams are cut, as in an outage (a graceful quit would wait for them).
      child.kill("SIGTERM");
      await exited;
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** nginx/tls.conf in `enabled/` on a free port, with a self-signed certificate for 127.0.0.1. */
async function enableTls(dir: string): Promise<{ port: number; certificate: string }> {
  const port = await freePort();
  fs.mkdirSync(path.join(dir, "enabled"));
  fs.mkdirSync(path.join(dir, "certs"));
  execFileSync(
    "openssl",
    [
      "req",
      "-x509",
      "-newkey",
      "ec",
      "-pkeyopt",
      "ec_paramgen_curve:prime256v1",
      "-nodes",
      "-days",
      "1",
      "-subj",
      "/CN=127.0.0.1",
      "-addext",
      "subjectAltName=IP:127.0.0.1,DNS:localhost",
      "-keyout",
      path.join(dir, "certs/privkey.pem"),
      "-out",
      path.join(dir, "certs/fullchain.pem"),
    ],
    { stdio: "ignore" },
  );
  const tls = fs
    .readFileSync(path.join(root, "nginx/tls.conf"), "utf8")
    .replace("listen 443 ssl http2;", `listen 127.0.0.1:${port} ssl http2;`)
    // The test's HTTPS port is not 443: plain HTTP is sent to it.
    .replace("return 308 https://$host$request_uri;", `return 308 https://$host:${port}$request_uri;`);
  fs.writeFileSync(path.join(dir, "enabled/tls.conf"), tls);
  return { port, certificate: fs.readFileSync(path.join(dir, "certs/fullchain.pem"), "utf8") };
}
