/** A failed model call that a later attempt may fix, with what the endpoint said about waiting. */
export class RetryableError extends Error {
  constructor(
    message: string,
    readonly status?: number,
    /** The endpoint's retry-after, in ms. */
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = "RetryableError";
  }
}
