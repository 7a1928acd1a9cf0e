import { execFileSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

const root = path.resolve(import.meta.dirname, "..", "..");

/** The file as docker-compose resolves it (anchors, defaults), validated by docker-compose itself. */
function resolved(...files: string[]) {
  const args = files.flatMap((file) => ["-f", path.join(root, file)]);
  return parse(execFileSync("docker-compose", [...args, "config"], { encoding: "utf8" }));
}

describe("docker-compose.yml (scaled out)", () => {
  it("runs nginx, two app instances, a worker and PostgreSQL with a health check and volumes", () => {
    const config = resolved("docker-compose.yml");
    expect(Object.keys(config.services).sort()).toEqual(["app", "nginx", "postgres", "worker"]);
    const { app, worker, postgres, nginx } = config.services;
    expect(app.scale).toBe(2);
    expect(app.environment.DATABASE_URL).toMatch(/^postgresql:\/\/.*@postgres:5432\//);
    expect(worker.environment.DATABASE_URL).toBe(app.environment.DATABASE_URL);
    expect(worker.command.join(" ")).toContain("scripts/worker.ts");
    // Every process that reads or writes images mounts the same volume.
    const images = (service: { volumes: string[] }) =>
      service.volumes.find((volume) => volume.split(":")[1] === "/data")?.split(":")[0];
    expect(images(app)).toBe("sukusho-images");
    expect(images(worker)).toBe("sukusho-images");
    expect(postgres.healthcheck.test.join(" ")).toContain("pg_isready");
    expect(JSON.stringify(postgres.volumes)).toContain("/var/lib/postgresql/data");
    expect(app.depends_on.postgres.condition).toBe("service_healthy");
    expect(nginx.depends_on.app.condition).toBe("service_healthy");
    expect(JSON.stringify(nginx.volumes)).toContain("nginx/nginx.conf");
  });
});

describe("docker-compose.embedded.yml", () => {
  it("runs nginx in front of one app on SQLite with a data volume", () => {
    const config = resolved("docker-compose.embedded.yml");
    expect(Object.keys(config.services).sort()).toEqual(["app", "nginx"]);
    const { app, nginx } = config.services;
    expect(app.environment.DATABASE_URL).toBeUndefined();
    expect(app.environment.DATA_DIR).toBe("/data");
    expect(config.volumes).toHaveProperty("sukusho-data");
    expect(app.healthcheck.test.join(" ")).toContain("/api/health");
    expect(JSON.stringify(nginx.volumes)).toContain("nginx/nginx.conf");
    expect(nginx.depends_on.app.condition).toBe("service_healthy");
  });
});

describe("docker-compose.tls.yml", () => {
  it("adds HTTPS to either file: nginx/tls.conf in enabled/, the operator's certificates, port 443", () => {
    for (const base of ["docker-compose.yml", "docker-compose.embedded.yml"]) {
      const { nginx } = resolved(base, "docker-compose.tls.yml").services;
      const volumes = JSON.stringify(nginx.volumes);
      expect(volumes).toContain("nginx/tls.conf:/etc/nginx/enabled/tls.conf:ro");
      expect(volumes).toContain("/etc/nginx/certs:ro");
      expect(volumes).toContain("nginx/nginx.conf");
      expect(nginx.ports.map((port: { target: number }) => port.target)).toContain(443);
    }
  });
});
