import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  homeReturnPath,
  isExpiredShare,
  MAX_SHARE_AGE_MS,
  SHARE_DB_NAME,
  SHARE_DB_VERSION,
  SHARE_STATUS_PARAM,
  SHARE_STORE,
  SHARED_PARAM,
  shareArrivalFrom,
  sharedIdFrom,
  sharedImages,
  withoutShareParams,
} from "@/lib/client/shared-files";

const id = "0b7f4c1e-9a43-4c1d-8f7e-2d5a6b3c9e10";

describe("sharedIdFrom", () => {
  it("accepts the ids crypto.randomUUID() makes", () => {
    expect(sharedIdFrom(id)).toBe(id);
    expect(sharedIdFrom(crypto.randomUUID())).not.toBeNull();
  });

  it("refuses anything else", () => {
    for (const value of [undefined, null, "", "abc", `${id}x`, id.toUpperCase(), ["x"], 42, `${id}/../x`]) {
      expect(sharedIdFrom(value)).toBeNull();
    }
  });
});

describe("shareArrivalFrom", () => {
  it("reads a stored share's id", () => {
    expect(shareArrivalFrom(`?shared=${id}`)).toEqual({ kind: "shared", id });
  });

  it("reads the server's and the worker's failures", () => {
    expect(shareArrivalFrom("?share=unavailable")).toEqual({ kind: "unavailable" });
    expect(shareArrivalFrom("?share=failed")).toEqual({ kind: "failed" });
    expect(shareArrivalFrom("?share=empty")).toEqual({ kind: "empty" });
  });

  it("ignores unknown values and ordinary addresses", () => {
    expect(shareArrivalFrom("")).toBeNull();
    expect(shareArrivalFrom("?job=abc")).toBeNull();
    expect(shareArrivalFrom("?share=yes")).toBeNull();
    expect(shareArrivalFrom("?shared=not-an-id")).toBeNull();
  });
});

describe("withoutShareParams", () => {
  it("drops only the share parameters", () => {
    expect(withoutShareParams(`http://app.test/?shared=${id}`)).toBe("/");
    expect(withoutShareParams("http://app.test/?share=unavailable&job=j1#top")).toBe("/?job=j1#top");
  });
});

describe("sharedImages", () => {
  it("keeps non-empty images and drops other files and values", () => {
    const png = new File([new Uint8Array([1, 2, 3])], "a.png", { type: "image/png" });
    const empty = new File([], "b.png", { type: "image/png" });
    const text = new File(["hi"], "c.txt", { type: "text/plain" });
    expect(sharedImages([png, empty, text, "a string", null])).toEqual([png]);
  });
});

describe("isExpiredShare", () => {
  it("keeps a week's shares and drops older or undated ones", () => {
    const now = 1_800_000_000_000;
    expect(isExpiredShare(now - MAX_SHARE_AGE_MS, now)).toBe(false);
    expect(isExpiredShare(now - MAX_SHARE_AGE_MS - 1, now)).toBe(true);
    expect(isExpiredShare(Number.NaN, now)).toBe(true);
  });
});

describe("homeReturnPath", () => {
  it("keeps a valid share id or share status through the sign-in, and nothing else", () => {
    expect(homeReturnPath({ shared: id })).toBe(`/?shared=${id}`);
    expect(homeReturnPath({ share: "unavailable" })).toBe("/?share=unavailable");
    expect(homeReturnPath({ share: "failed", other: "x" })).toBe("/?share=failed");
    expect(homeReturnPath({ shared: "//evil.example" })).toBe("/");
    expect(homeReturnPath({ share: "https://evil.example" })).toBe("/");
    expect(homeReturnPath({ shared: [id, id] })).toBe("/");
    expect(homeReturnPath({})).toBe("/");
  });
});

describe("the contract with public/sw.js", () => {
  const worker = fs.readFileSync(path.join(import.meta.dirname, "../../public/sw.js"), "utf8");
  const constant = (name: string) => new RegExp(`const ${name} = ("[^"]*"|\\d+);`).exec(worker)?.[1];

  it("spells the database, the store and the parameters the same", () => {
    expect(constant("SHARE_DB_NAME")).toBe(JSON.stringify(SHARE_DB_NAME));
    expect(constant("SHARE_DB_VERSION")).toBe(String(SHARE_DB_VERSION));
    expect(constant("SHARE_STORE")).toBe(JSON.stringify(SHARE_STORE));
    expect(constant("SHARED_PARAM")).toBe(JSON.stringify(SHARED_PARAM));
    expect(constant("SHARE_STATUS_PARAM")).toBe(JSON.stringify(SHARE_STATUS_PARAM));
  });
});
