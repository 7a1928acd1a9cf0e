"use client";

import { createContext, useContext } from "react";
import type { FieldValue, Review } from "@/lib/client/review";
import { useI18n } from "@/lib/i18n/provider";

/** What the fields of a result need to be corrected in place. */
export interface ReviewControls {
  /** The corrections on the document, and the values read. */
  review: Review;
  /** Whether values can be corrected now (the job has a result and nothing else is saving). */
  editable: boolean;
  /** Saves a correction; rejects with a message for people (the server's, when it refused). */
  correct: (path: string, value: FieldValue) => Promise<void>;
  /** Drops a correction; rejects with a message for people. */
  revert: (path: string) => Promise<void>;
}

export const ReviewContext = createContext<ReviewControls | null>(null);

/** The review of the result around this component, or null outside a job card's result. */
export function useReview(): ReviewControls | null {
  return useContext(ReviewContext);
}

/**
 * The value a check is about, as the reader's language writes it (`2026年10月3日`), for
 * checks put in words on this page; undefined when unknown.
 */
export function useCheckValue(): (path: string) => string | number | undefined {
  const i18n = useI18n();
  const review = useReview()?.review;
  return (path) => {
    const read = review?.original(path);
    if (!read || read.value === null) return undefined;
    if (read.type === "date" && typeof read.value === "string") return i18n.date(read.value);
    if (typeof read.value === "number") return i18n.number(read.value, 6);
    return read.value;
  };
}
