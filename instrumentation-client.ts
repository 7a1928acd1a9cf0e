import { z } from "zod";

/**
 * Runs in the browser before the page becomes interactive. Zod compiles object schemas with
 * `new Function` when it may, and finds out by trying one: under the pages' CSP (no
 * 'unsafe-eval', lib/http/content-security-policy.ts) that try is refused and reported as a
 * violation on every page. Jitless parsing never tries; the page's schemas are small enough
 * that the compiled fast path buys nothing visible.
 */
z.config({ jitless: true });
