import { z } from "zod";

/** What the first-run screen and an invitation ask for. */
export const newAccountSchema = z.object({
  name: z.string().trim().min(1, "Enter your name.").max(100),
  email: z.email("Enter an e-mail address.").max(254),
  password: z.string().min(10, "Use at least 10 characters.").max(256),
});

export type NewAccount = z.infer<typeof newAccountSchema>;
