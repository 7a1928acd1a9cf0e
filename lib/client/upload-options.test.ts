import { describe, expect, it } from "vitest";
import {
  defaultUploadOptions,
  effectiveExtractor,
  extractionChoice,
  readUploadOptions,
  UPLOAD_OPTIONS_KEY,
  type UploadOptions,
  writeUploadOptions,
} from "@/lib/client/upload-options";
import type { PublicConfig } from "@/lib/config-schema";

function config(llm: { available: boolean; vision?: boolean }): PublicConfig {
  return {
    extractors: {
      local: { available: true },
      llm: { available: llm.available, model: llm.available ? "gpt-4o-mini" : null, vision: llm.vision ?? false },
    },
    defaultExtractor: llm.available ? "llm" : "local",
    limits: { maxUploadBytes: 1, maxRequestBytes: 1, maxFilesPerUpload: 1, maxImagePixels: 1 },
  };
}

function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => items.set(key, value),
  };
}

describe("remembered upload options", () => {
  it("round-trips through storage", () => {
    const storage = memoryStorage();
    const options: UploadOptions = { extractor: "local", kind: "transaction_list", allowImage: true, stitch: true };
    writeUploadOptions(storage, options);
    expect(readUploadOptions(storage)).toEqual(options);
  });

  it("falls back to the defaults for missing, broken or outdated values", () => {
    expect(readUploadOptions(null)).toEqual(defaultUploadOptions);
    expect(readUploadOptions(memoryStorage())).toEqual(defaultUploadOptions);
    expect(readUploadOptions(memoryStorage({ [UPLOAD_OPTIONS_KEY]: "{not json" }))).toEqual(defaultUploadOptions);
    expect(
      readUploadOptions(
        memoryStorage({ [UPLOAD_OPTIONS_KEY]: '{"extractor":"gpt","kind":"receipt","allowImage":"yes"}' }),
      ),
    ).toEqual({ extractor: null, kind: "receipt", allowImage: false, stitch: false });
  });

  it("survives a storage that refuses to write", () => {
    const full = {
      setItem: () => {
        throw new DOMException("full", "QuotaExceededError");
      },
    };
    expect(() => writeUploadOptions(full, defaultUploadOptions)).not.toThrow();
  });
});

describe("extractionChoice", () => {
  it("uses the server's default until the person picks, and never asks for a missing LLM", () => {
    expect(effectiveExtractor(defaultUploadOptions, config({ available: true }))).toBe("llm");
    expect(effectiveExtractor({ ...defaultUploadOptions, extractor: "local" }, config({ available: true }))).toBe(
      "local",
    );
    expect(effectiveExtractor({ ...defaultUploadOptions, extractor: "llm" }, config({ available: false }))).toBe(
      "local",
    );
    expect(effectiveExtractor({ ...defaultUploadOptions, extractor: "llm" }, null)).toBeNull();
  });

  it("sends the image only to a model with vision, when allowed", () => {
    const allowed: UploadOptions = { extractor: "llm", kind: "receipt", allowImage: true, stitch: false };
    expect(extractionChoice(allowed, config({ available: true, vision: true }))).toEqual({
      extractor: "llm",
      kind: "receipt",
      allowImage: true,
    });
    expect(extractionChoice(allowed, config({ available: true, vision: false }))).toEqual({
      extractor: "llm",
      kind: "receipt",
      allowImage: false,
    });
    expect(extractionChoice({ ...allowed, extractor: "local" }, config({ available: true, vision: true }))).toEqual({
      extractor: "local",
      kind: "receipt",
    });
    expect(extractionChoice(allowed, null)).toEqual({ kind: "receipt" });
    expect(extractionChoice({ ...allowed, stitch: true }, null)).toEqual({ kind: "receipt", stitch: true });
  });
});
