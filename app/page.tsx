import { AppHeader } from "@/components/app-header";
import { JobBoard } from "@/components/job-board";
import { requirePageViewer } from "@/lib/auth/page-viewer";
import { accountView } from "@/lib/client/account-view";

/**
 * The main page: the masthead, then the workspace where screenshots become data.
 * `/?job=<id>` opens that job (from the history) and scrolls to it.
 */
export default async function HomePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { job } = await searchParams;
  const focusJobId = typeof job === "string" && job ? job : null;
  const viewer = await requirePageViewer(focusJobId ? `/?job=${encodeURIComponent(focusJobId)}` : "/");
  return (
    <div className="mx-auto w-full max-w-5xl px-4 pb-24 sm:px-6 lg:px-8">
      <AppHeader page="home" account={accountView(viewer)} />
      <main>
        <JobBoard focusJobId={focusJobId} />
      </main>
    </div>
  );
}
