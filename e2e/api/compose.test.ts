import { execFileSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

const root = path.resolve(import.meta.dirname, "..", "..");

describe("docker-compose.yml", () => {
  it("is valid for docker-compose and wires nginx in front of the app with a data volume", () => {
    const resolved = execFileSync("docker-compose", ["-f", path.join(root, "docker-compose.yml"), "config"], {
      encoding: "utf8",
    });
    const config = parse(resolved);
    expect(Object.keys(config.services).sort()).toEqual(["app", "nginx"]);
    const { app, nginx } = config.services;
    expect(app.build.context).toBe(root);
    expect(app.environment.DATA_DIR).toBe("/data");
    expect(JSON.stringify(app.volumes)).toContain("/data");
    expect(config.volumes).toHaveProperty("sukusho-data");
    expect(app.healthcheck.test.join(" ")).toContain("/api/health");
    expect(JSON.stringify(nginx.volumes)).toContain("nginx/nginx.conf");
    expect(nginx.depends_on.app.condition).toBe("service_healthy");
    expect(JSON.stringify(nginx.ports)).toContain("80");
  });
});
