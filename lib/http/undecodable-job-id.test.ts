import { describe, expect, it } from "vitest";
import { undecodableJobIdResponse } from "@/lib/http/undecodable-job-id";

describe("undecodableJobIdResponse", () => {
  it("answers a JSON 404 job_not_found for an id that is not valid percent-encoding", async () => {
    for (const path of [
      "/api/jobs/%ff",
      "/api/jobs/%ff/events",
      "/api/jobs/%E0%A4%A/image",
      "/api/jobs/a%/corrections",
    ]) {
      const response = undecodableJobIdResponse(path);
      if (!response) throw new Error(`${path} was let through`);
      expect(response.status, path).toBe(404);
      expect(response.headers.get("content-type"), path).toContain("application/json");
      expect((await response.json()).error.code, path).toBe("job_not_found");
    }
  });

  it("lets every other path through", () => {
    for (const path of ["/api/jobs", "/api/jobs/", "/api/jobs/3f2c-11", "/api/jobs/%41bc/events", "/api/health", "/"]) {
      expect(undecodableJobIdResponse(path), path).toBeNull();
    }
  });
});
