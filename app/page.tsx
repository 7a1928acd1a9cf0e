import { AppHeader } from "@/components/app-header";
import { JobBoard } from "@/components/job-board";
import { requirePageViewer } from "@/lib/auth/page-viewer";
import { accountView } from "@/lib/client/account-view";
import { homeReturnPath } from "@/lib/client/shared-files";

/**
 * The main page: the masthead, then the workspace where screenshots become data.
 * `/?job=<id>` opens that job (from the history) and scrolls to it.
 */
export default async function HomePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const query = await searchParams;
  const { job } = query;
  const focusJobId = typeof job === "string" && job ? job : null;
  // Screenshots shared from another app wait in the browser: the sign-in brings them back here.
  const viewer = await requirePageViewer(
    focusJobId ? `/?job=${encodeURIComponent(focusJobId)}` : homeReturnPath(query),
  );
  return (
    <div className="mx-auto w-full max-w-5xl px-4 pb-24 sm:px-6 lg:px-8">
      <AppHeader page="home" account={accountView(viewer)} />
      <main>
        <JobBoard focusJobId={focusJobId} />
      </main>
    </div>
  );
}
