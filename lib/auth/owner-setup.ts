import { randomUUID } from "node:crypto";
import type { NewAccount } from "@/lib/auth/account-input";
import { fromBetterAuthError } from "@/lib/auth/better-auth-error";
import { adoptUnownedJobs, findOwner, needsOwnerSetup } from "@/lib/auth/owner";
import { AppError } from "@/lib/errors";
import type { Services } from "@/lib/services";

/** The cookies of a sign-in, to pass on to the browser. */
export type SignInCookies = string[];

/**
 * The first-run screen's "create the owner account": allowed only while nobody can sign in.
 * An owner that SUKUSHO_API_TOKEN already made gets the name, e-mail and password typed here;
 * otherwise the owner is created. Either way the unowned jobs become theirs, and they are signed in.
 */
export async function createOwner(services: Pick<Services, "auth" | "db">, input: NewAccount, headers: Headers) {
  const { auth, db } = services;
  if (!(await needsOwnerSetup(db))) {
    throw new AppError("owner_exists", "This server already has an owner: sign in instead.", 409);
  }
  try {
    const existing = await findOwner(db);
    if (existing) {
      const context = await auth.$context;
      const hash = await context.password.hash(input.password);
      await db.user.update({ where: { id: existing.id }, data: { name: input.name, email: input.email } });
      await db.account.create({
        data: {
          id: randomUUID(),
          accountId: existing.id,
          providerId: "credential",
          userId: existing.id,
          password: hash,
        },
      });
      const signedIn = await auth.api.signInEmail({
        body: { email: input.email, password: input.password },
        headers,
        returnHeaders: true,
      });
      await adoptUnownedJobs(db, existing.id);
      return { userId: existing.id, cookies: signedIn.headers.getSetCookie() };
    }
    const signedUp = await auth.api.signUpEmail({ body: input, headers, returnHeaders: true });
    const userId = signedUp.response.user.id;
    await db.user.update({ where: { id: userId }, data: { role: "owner" } });
    await adoptUnownedJobs(db, userId);
    return { userId, cookies: signedUp.headers.getSetCookie() };
  } catch (error) {
    throw fromBetterAuthError(error);
  }
}
