import { hasBrand } from "@/lib/errors";

const RETRYABLE = Symbol.for("sukusho.RetryableError");

/** A failed model call that a later attempt may fix, with what the endpoint said about waiting. */
export class RetryableError extends Error {
  readonly [RETRYABLE] = true;

  /** By brand: see `hasBrand` in lib/errors.ts. */
  static [Symbol.hasInstance](value: unknown): boolean {
    return hasBrand(value, RETRYABLE);
  }

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
