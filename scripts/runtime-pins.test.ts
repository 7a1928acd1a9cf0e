import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { pinnedNodeVersion } from "./pinned-node.mjs";

const root = path.resolve(import.meta.dirname, "..");
const read = (file: string) => fs.readFileSync(path.join(root, file), "utf8");
const pkg = JSON.parse(read("package.json")) as {
  engines: { node: string };
  devDependencies: Record<string, string>;
};

// Every place that names the Node version says the same one (docs/runtime.md, "How to bump").
describe("the Node version, wherever it is named", () => {
  const version = pinnedNodeVersion();
  const major = version.split(".")[0];

  it("is the Docker images' base, exactly", () => {
    const bases = [...read("Dockerfile").matchAll(/^FROM (\S+)/gm)].map((match) => match[1]);
    expect(bases.length).toBeGreaterThan(0);
    for (const base of bases) expect(base).toBe(`node:${version}-bookworm-slim`);
  });

  it("satisfies package.json's engines, whose floor is on the same LTS line", () => {
    const floor = pkg.engines.node.match(/^>=(\d+)\.(\d+)$/);
    expect(floor?.[1]).toBe(major);
    expect(Number(version.split(".")[1])).toBeGreaterThanOrEqual(Number(floor?.[2]));
  });

  it("is the line the Node type definitions describe", () => {
    expect(pkg.devDependencies["@types/node"]).toMatch(new RegExp(`^\\^${major}\\.`));
  });

  it("is the one the README and docs/runtime.md name", () => {
    expect(read("docs/runtime.md")).toContain(`Node ${version}`);
    expect(read("README.md")).toContain(`Node ${major}`);
  });
});
