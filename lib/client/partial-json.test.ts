import { describe, expect, it } from "vitest";
import { parsePartialJson } from "@/lib/client/partial-json";

describe("parsePartialJson", () => {
  it("reads complete JSON like JSON.parse", () => {
    const complete = '{"kind":"receipt","merchant":"Blue Bottle","total":12.45,"items":[{"a":1},{"a":-2e3}],"x":null}';
    expect(parsePartialJson(complete)).toEqual(JSON.parse(complete));
    expect(parsePartialJson('[true, false, null, "a\\"b"]')).toEqual([true, false, null, 'a"b']);
  });

  it("returns undefined before any value starts", () => {
    expect(parsePartialJson("")).toBeUndefined();
    expect(parsePartialJson("   ")).toBeUndefined();
    expect(parsePartialJson("```json\n")).toBeUndefined();
  });

  it("closes open objects and arrays", () => {
    expect(parsePartialJson("{")).toEqual({});
    expect(parsePartialJson("[")).toEqual([]);
    expect(parsePartialJson('{"a":{"b":[1,')).toEqual({ a: { b: [1] } });
    expect(parsePartialJson('{"a":"x",')).toEqual({ a: "x" });
  });

  it("keeps the received part of a string cut anywhere", () => {
    expect(parsePartialJson('{"merchant":"')).toEqual({ merchant: "" });
    expect(parsePartialJson('{"merchant":"Blue Bo')).toEqual({ merchant: "Blue Bo" });
    expect(parsePartialJson('{"merchant":"ブルーボトル')).toEqual({ merchant: "ブルーボトル" });
    expect(parsePartialJson('["ab')).toEqual(["ab"]);
  });

  it("drops a half-received escape but decodes complete ones", () => {
    expect(parsePartialJson('{"a":"line\\')).toEqual({ a: "line" });
    expect(parsePartialJson('{"a":"caf\\u00')).toEqual({ a: "caf" });
    expect(parsePartialJson('{"a":"caf\\u00e9')).toEqual({ a: "café" });
    expect(parsePartialJson('{"a":"say \\"hi\\" \\n')).toEqual({ a: 'say "hi" \n' });
    expect(parsePartialJson('{"a":"back\\\\')).toEqual({ a: "back\\" });
  });

  it("drops a dangling key", () => {
    expect(parsePartialJson('{"merchant":"Blue Bottle","tot')).toEqual({ merchant: "Blue Bottle" });
    expect(parsePartialJson('{"merchant":"Blue Bottle","total"')).toEqual({ merchant: "Blue Bottle" });
    expect(parsePartialJson('{"merchant":"Blue Bottle","total":')).toEqual({ merchant: "Blue Bottle" });
    expect(parsePartialJson('{"merchant":"Blue Bottle","total": ')).toEqual({ merchant: "Blue Bottle" });
    expect(parsePartialJson('{"a\\')).toEqual({});
  });

  it("waits for a number until something follows it", () => {
    expect(parsePartialJson('{"total":12')).toEqual({});
    expect(parsePartialJson('{"total":12.')).toEqual({});
    expect(parsePartialJson('{"total":12.4')).toEqual({});
    expect(parsePartialJson('{"total":-')).toEqual({});
    expect(parsePartialJson('{"total":1e')).toEqual({});
    expect(parsePartialJson('{"total":1e+')).toEqual({});
    expect(parsePartialJson('{"total":12.45,')).toEqual({ total: 12.45 });
    expect(parsePartialJson('{"total":12.45}')).toEqual({ total: 12.45 });
    expect(parsePartialJson('{"total":1280 ')).toEqual({ total: 1280 });
    expect(parsePartialJson("[1, 2, 3")).toEqual([1, 2]);
  });

  it("waits for literals to complete", () => {
    expect(parsePartialJson('{"a":"x","b":tr')).toEqual({ a: "x" });
    expect(parsePartialJson('{"a":"x","b":n')).toEqual({ a: "x" });
    expect(parsePartialJson('{"a":"x","b":false')).toEqual({ a: "x", b: false });
    expect(parsePartialJson('{"a":"x","b":null')).toEqual({ a: "x", b: null });
  });

  it("reads nested arrays of objects cut mid-row", () => {
    const text =
      '{"kind":"transaction_list","currency":"JPY","rows":[{"date":"2026-10-01","description":"Lawson","amount":580,"direction":"out"},{"date":"2026-10-02","description":"Fami';
    expect(parsePartialJson(text)).toEqual({
      kind: "transaction_list",
      currency: "JPY",
      rows: [
        { date: "2026-10-01", description: "Lawson", amount: 580, direction: "out" },
        { date: "2026-10-02", description: "Fami" },
      ],
    });
    expect(parsePartialJson('{"rows":[[1,[2,[3')).toEqual({ rows: [[1, [2, []]]] });
    expect(parsePartialJson('{"rows":[{"a":1},{')).toEqual({ rows: [{ a: 1 }, {}] });
  });

  it("gives the same as JSON.parse for every prefix's closed values", () => {
    const complete = '{"merchant":"A\\u00e9 \\"B\\"","total":1.5e2,"items":[{"d":"x","n":-3},[true,null]],"z":false}';
    const parsed = JSON.parse(complete) as unknown;
    for (let cut = 0; cut <= complete.length; cut++) {
      // Never throws, whatever the cut.
      expect(() => parsePartialJson(complete.slice(0, cut))).not.toThrow();
    }
    expect(parsePartialJson(complete)).toEqual(parsed);
  });

  it("skips text before the JSON and stops at malformed input, keeping what came before", () => {
    expect(parsePartialJson('```json\n{"a":"b"')).toEqual({ a: "b" });
    expect(parsePartialJson('Here it is: {"a":1,"b":oops,"c":2}')).toEqual({ a: 1 });
    expect(parsePartialJson('{"a":1 "b":2}')).toEqual({ a: 1 });
    expect(parsePartialJson('{"a":01}')).toEqual({});
  });
});
