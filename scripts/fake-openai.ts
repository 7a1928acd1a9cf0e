/**
 * Runs the fake OpenAI-compatible server (fixture answers) by hand:
 *
 *   npx tsx scripts/fake-openai.ts --port 4010 --key test-key
 *   OPENAI_BASE_URL=http://127.0.0.1:4010/v1 OPENAI_API_KEY=test-key npm start
 *
 * Options: --port (default 4010; 0 for a free one), --key (default test-key), --quiet (no request log).
 * Ctrl-C stops it.
 */
import { parseArgs } from "node:util";
import {
  fixtureResponder,
  ocrTextOf,
  type Responder,
  requestedShape,
  startFakeOpenAI,
} from "../e2e/support/fake-openai";

const { values } = parseArgs({
  options: {
    port: { type: "string", default: "4010" },
    key: { type: "string", default: "test-key" },
    quiet: { type: "boolean", default: false },
  },
});

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  console.error(`--port must be a port number, got ${values.port}`);
  process.exit(2);
}

const logging: Responder = (request) => {
  const behaviour = fixtureResponder(request);
  if (!values.quiet) {
    const body = request.body;
    const shape = requestedShape(body).kind;
    const ocrLines = ocrTextOf(body).split("\n").filter(Boolean).length;
    console.log(
      `#${request.index} ${body?.model} ${shape} stream=${body?.stream === true} ocr_lines=${ocrLines} → ${behaviour.type}`,
    );
  }
  return behaviour;
};

const server = await startFakeOpenAI({ apiKey: values.key, port, responder: logging });
console.log(`Fake OpenAI listening on ${server.url} (key: ${server.apiKey})`);
console.log(`  OPENAI_BASE_URL=${server.url} OPENAI_API_KEY=${server.apiKey} npm start`);

let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  server.close().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
