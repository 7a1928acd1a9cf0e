/**
 * Runs a benchmark's main function: exit code 0 when it finished, 1 with the error printed when
 * something actually failed (the benchmarks never fail on how fast or accurate things are).
 */
export function runMain(main: () => Promise<void>): void {
  main().then(
    () => {
      process.exitCode = 0;
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
