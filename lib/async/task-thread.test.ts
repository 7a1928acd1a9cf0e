import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { TaskThread, type ThreadReply } from "./task-thread";

/** A script that echoes `{id, text}` upper-cased, and exits on "exit". */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "task-thread-"));
const script = path.join(dir, "echo.mjs");
fs.writeFileSync(
  script,
  `import { parentPort } from "node:worker_threads";
parentPort.on("message", ({ id, text }) => {
  if (text === "exit") process.exit(1);
  parentPort.postMessage({ id, text: text.toUpperCase() });
});`,
);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

type Reply = ThreadReply & { text: string };

function echoThread(exited: string[][] = []) {
  const answers: string[] = [];
  const thread: TaskThread<string, Reply> = new TaskThread<string, Reply>({
    script,
    name: "echo thread",
    onReply: (reply, request) => {
      thread.settle(reply.id);
      answers.push(`${request}→${reply.text}`);
    },
    onExit: (left) => exited.push(left),
  });
  return { thread, answers };
}

const until = async (done: () => boolean) => {
  while (!done()) await new Promise((resolve) => setTimeout(resolve, 5));
};

describe("TaskThread", () => {
  it("starts on the first request and hands each reply to its request", async () => {
    const { thread, answers } = echoThread();
    expect(thread.threadId).toBe(0);
    thread.send({ text: "a" }, "first");
    thread.send({ text: "b" }, "second");
    expect(thread.threadId).toBeGreaterThan(0);
    await until(() => answers.length === 2);
    expect(answers).toEqual(["first→A", "second→B"]);
    await thread.close(() => {});
  });

  it("gives the owner the requests a dying thread still held, and starts anew after", async () => {
    const exited: string[][] = [];
    const { thread, answers } = echoThread(exited);
    thread.send({ text: "exit" }, "killer");
    thread.send({ text: "c" }, "waiting");
    await until(() => exited.length === 1);
    expect(exited).toEqual([["killer", "waiting"]]);
    expect(thread.threadId).toBe(0);
    thread.send({ text: "d" }, "after");
    await until(() => answers.length === 1);
    expect(answers).toEqual(["after→D"]);
    await thread.close(() => {});
  });

  it("hands what is left to close's caller, not to onExit", async () => {
    const exited: string[][] = [];
    const { thread } = echoThread(exited);
    thread.send({ text: "exit" }, "held");
    const left: string[][] = [];
    await thread.close((requests) => left.push(requests));
    expect(left).toEqual([["held"]]);
    expect(exited).toEqual([]);
  });
});
