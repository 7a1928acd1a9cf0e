import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { testOcrPool } from "@/e2e/support/ocr-pool";

/** The nice value of every thread of this process, by thread id (Linux: /proc/self/task). */
function threadNiceness(): Map<string, number> {
  const niceness = new Map<string, number>();
  for (const tid of fs.readdirSync("/proc/self/task")) {
    const stat = fs.readFileSync(`/proc/self/task/${tid}/stat`, "utf8");
    // Fields after the command name (which may hold spaces); nice is field 19 of stat(5).
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    niceness.set(tid, Number(fields[16]));
  }
  return niceness;
}

const pool = testOcrPool({ langs: "eng" });

describe("OCR threads at a lower CPU priority", { timeout: 60_000 }, () => {
  it("reads with its worker thread niced, and leaves the rest of the process as it was", async () => {
    const before = threadNiceness();
    const page = await pool.recognize({
      image: fs.readFileSync(path.join(import.meta.dirname, "../../fixtures/screens/en-payment-small.png")),
    });
    expect(page.text).toMatch(/\d/);
    const added = [...threadNiceness()].filter(([tid]) => !before.has(tid));
    expect(added.some(([, nice]) => nice === 10)).toBe(true);
    expect(os.getPriority()).toBe(0);
    expect([...before.values()].every((nice) => nice === 0)).toBe(true);
  });
});
