import { describe, expect, it } from "vitest";
import { readListBesideKind } from "@/lib/extract/llm/list-beside-kind";
import type { DocumentKind } from "@/lib/extract/schema";

/** A list read that ends when its stop aborts (with the stop's reason) or when `finish` is called. */
function listRead() {
  let stop: AbortController | null = null;
  let finish: (value: string) => void = () => {};
  const readList = (controller: AbortController) => {
    stop = controller;
    return new Promise<string>((resolve, reject) => {
      finish = resolve;
      controller.signal.addEventListener("abort", () => reject(controller.signal.reason));
    });
  };
  return { readList, stopped: () => stop?.signal.aborted ?? false, finish: (value: string) => finish(value) };
}

describe("readListBesideKind", () => {
  it("starts the list at once and keeps it when the kind comes back as a list", async () => {
    const list = listRead();
    let decide: (kind: DocumentKind) => void = () => {};
    const reading = readListBesideKind({
      kind: new Promise<DocumentKind>((resolve) => {
        decide = resolve;
      }),
      readList: list.readList,
      otherwise: async () => "whole",
    });
    // The list started before the kind was known.
    expect(list.stopped()).toBe(false);
    list.finish("rows");
    decide("transaction_list");
    await expect(reading).resolves.toBe("rows");
    expect(list.stopped()).toBe(false);
  });

  it("stops the list and reads the page as the kind the model gave when it is not a list", async () => {
    const list = listRead();
    const asked: DocumentKind[] = [];
    const reading = readListBesideKind({
      kind: Promise.resolve<DocumentKind>("receipt"),
      readList: list.readList,
      otherwise: async (kind) => {
        asked.push(kind);
        return "receipt read whole";
      },
    });
    await expect(reading).resolves.toBe("receipt read whole");
    expect(list.stopped()).toBe(true);
    expect(asked).toEqual(["receipt"]);
  });

  it("fails with the kind's failure, the list stopped", async () => {
    const list = listRead();
    const reading = readListBesideKind({
      kind: Promise.reject(new Error("model down")),
      readList: list.readList,
      otherwise: async () => "never",
    });
    await expect(reading).rejects.toThrow("model down");
    expect(list.stopped()).toBe(true);
  });

  it("fails with the list's failure only when the page is a list", async () => {
    const failing = (controller: AbortController) => {
      void controller;
      return Promise.reject(new Error("part refused"));
    };
    await expect(
      readListBesideKind({ kind: Promise.resolve("transaction_list"), readList: failing, otherwise: async () => "x" }),
    ).rejects.toThrow("part refused");
    await expect(
      readListBesideKind({ kind: Promise.resolve("receipt"), readList: failing, otherwise: async () => "receipt" }),
    ).resolves.toBe("receipt");
  });
});
