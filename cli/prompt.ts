import { createInterface } from "node:readline";

/**
 * Asks one question on the terminal and reads the answer. `hidden` answers (a password) are
 * not echoed. Without a terminal (a pipe), the next line of stdin is the answer, so scripts can
 * log in with `printf '%s\n' "$PASSWORD" | sukusho login --email …`.
 */
export function ask(
  question: string,
  io: { stdin: NodeJS.ReadableStream & { isTTY?: boolean }; stderr: NodeJS.WritableStream },
  options: { hidden?: boolean } = {},
): Promise<string> {
  const terminal = Boolean(io.stdin.isTTY);
  return new Promise((resolve, reject) => {
    const rl = createInterface({ input: io.stdin, output: io.stderr, terminal });
    if (options.hidden && terminal) {
      // readline echoes through _writeToOutput; after the question, write nothing of the answer.
      const internals = rl as unknown as { _writeToOutput: (text: string) => void };
      let asked = false;
      internals._writeToOutput = (text: string) => {
        if (!asked) {
          io.stderr.write(text);
          asked = true;
        } else if (text.includes("\n") || text.includes("\r")) {
          io.stderr.write("\n");
        }
      };
    } else if (!terminal) {
      io.stderr.write(question);
    }
    let answered = false;
    rl.question(terminal ? question : "", (answer) => {
      answered = true;
      rl.close();
      if (!terminal) io.stderr.write("\n");
      resolve(answer.trim());
    });
    rl.once("close", () => {
      if (!answered) reject(new Error("no answer (input ended)"));
    });
  });
}
