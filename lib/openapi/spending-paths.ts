import { jsonResponse, type Operation, queryParameters } from "@/lib/openapi/helpers";
import { spendingQuerySchema } from "@/lib/spending/schema";
import { SPENDING_JOB_LIMIT } from "@/lib/spending/spending-of";

/** The history page's spending chart (docs/spending.md). Listed in `paths.ts` after the exports. */
export const spendingOperations: Operation[] = [
  {
    method: "get",
    path: "/api/spending",
    operationId: "getSpending",
    tags: ["review"],
    summary: "Spending over time",
    description:
      "Money in and out per week or month, per currency, and the payees that took the most, from the viewer's " +
      `results with corrections applied (a receipt is one payment out, a list one transaction per row). The newest ` +
      `${SPENDING_JOB_LIMIT} jobs are read.`,
    parameters: queryParameters(spendingQuerySchema, {
      period: "Bars per `week` (from Monday) or per `month`.",
      q: "The history search: only the jobs it finds are counted.",
    }),
    errors: { 422: { invalid_request: "`period` is neither `week` nor `month`, or `q` is over 200 characters." } },
    responses: {
      "200": jsonResponse("The chart's figures.", "SpendingSummary"),
    },
  },
];
