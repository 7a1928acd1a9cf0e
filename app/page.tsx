import { AppHeader } from "@/components/app-header";
import { JobBoard } from "@/components/job-board";

/** The one page: the masthead, then the workspace where screenshots become data. */
export default function HomePage() {
  return (
    <div className="mx-auto w-full max-w-5xl px-4 pb-16 sm:px-6 lg:px-8">
      <AppHeader />
      <main>
        <JobBoard />
      </main>
    </div>
  );
}
