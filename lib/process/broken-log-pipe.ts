/**
 * Ends the process when its log output is gone: stdout or stderr is a pipe whose reader has
 * died (the supervisor, the terminal, a test runner killed with SIGKILL), so every write fails
 * with EPIPE. Node's default would end the process at the first such error; under `next start`
 * Next's uncaught-exception handler logs it instead, that log write fails again, and the process
 * spins at full CPU for ever, serving nothing anyone started. Other errors of the two streams
 * are left to Node.
 */
export function exitOnBrokenLogPipe(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code !== "EPIPE") throw error;
      process.exit(1);
    });
  }
}
