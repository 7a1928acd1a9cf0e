/**
 * Everything `npm start` and `npm test` need on a fresh clone, each step skipped when already
 * done: npm dependencies, Debian packages (OCR language data, and for tests a browser, nginx,
 * CJK fonts), the Prisma client, the database migrations, the production build.
 * Plain JavaScript on purpose: it runs before node_modules exists.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { writePostgresSchema } from "./postgres-schema.mjs";

export const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");

const log = (message) => console.log(`[setup] ${message}`);

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", ...options });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(" ")} failed (exit ${result.status ?? result.signal})`);
  }
}

function hashFiles(paths) {
  const hash = createHash("sha256");
  const walk = (target) => {
    if (!fs.existsSync(target)) return;
    const stat = fs.statSync(target);
    if (stat.isDirectory()) {
      for (const entry of fs.readdirSync(target).sort()) walk(path.join(target, entry));
    } else {
      hash.update(path.relative(root, target));
      hash.update(fs.readFileSync(target));
    }
  };
  for (const p of paths) walk(path.join(root, p));
  return hash.digest("hex");
}

/**
 * Installs npm dependencies when node_modules is missing or was installed from another
 * lockfile. `npm install` rather than `npm ci`: the registry mirror reachable here resolves
 * only this platform's optional packages, so the lockfile lacks the other platforms' entries
 * (biome, tailwind's oxide) and `npm ci` refuses it as out of sync; `npm install` installs the
 * locked versions all the same.
 */
export function ensureNodeModules() {
  const marker = path.join(root, "node_modules", ".sukusho-lock-hash");
  const want = hashFiles(["package-lock.json"]);
  if (fs.existsSync(marker) && fs.readFileSync(marker, "utf8") === want) return;
  log("installing npm dependencies…");
  run("npm", ["install", "--no-audit", "--no-fund"]);
  fs.writeFileSync(marker, want);
}

/** Debian packages, each named with a file that proves it is installed. */
export const RUNTIME_PACKAGES = {
  "tesseract-ocr-eng": "/usr/share/tesseract-ocr/5/tessdata/eng.traineddata",
  "tesseract-ocr-deu": "/usr/share/tesseract-ocr/5/tessdata/deu.traineddata",
  "tesseract-ocr-fra": "/usr/share/tesseract-ocr/5/tessdata/fra.traineddata",
  "tesseract-ocr-jpn": "/usr/share/tesseract-ocr/5/tessdata/jpn.traineddata",
  "tesseract-ocr-kor": "/usr/share/tesseract-ocr/5/tessdata/kor.traineddata",
  "tesseract-ocr-chi-tra": "/usr/share/tesseract-ocr/5/tessdata/chi_tra.traineddata",
};

export const TEST_PACKAGES = {
  ...RUNTIME_PACKAGES,
  chromium: "/usr/bin/chromium",
  "fonts-noto-cjk": "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
  nginx: "/usr/sbin/nginx",
  "tesseract-ocr": "/usr/bin/tesseract",
  "docker-compose": "/usr/bin/docker-compose",
  postgresql: "/usr/lib/postgresql",
  // Self-signed certificates for the HTTPS/HTTP2 nginx test (nginx/tls.conf).
  openssl: "/usr/bin/openssl",
};

/** Installs missing Debian packages with apt-get (as root), or says exactly what is missing. */
export function ensureSystemPackages(packages) {
  const langPath = process.env.OCR_LANG_PATH;
  const missing = Object.entries(packages)
    .filter(([name, file]) => {
      // A custom OCR_LANG_PATH replaces Debian's language packages.
      if (langPath && name.startsWith("tesseract-ocr-")) {
        // The file's name, not the package's: tesseract-ocr-chi-tra installs chi_tra.traineddata.
        return !fs.existsSync(path.join(langPath, path.basename(file)));
      }
      return !fs.existsSync(file);
    })
    .map(([name]) => name);
  if (missing.length === 0) return;
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  const hasApt = fs.existsSync("/usr/bin/apt-get");
  if (!isRoot || !hasApt) {
    throw new Error(
      `Missing system packages: ${missing.join(" ")}. Install them (sudo apt-get install ${missing.join(" ")}) and run again.`,
    );
  }
  log(`installing Debian packages: ${missing.join(" ")}…`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  run("apt-get", ["update", "-qq"], { env });
  run("apt-get", ["install", "-y", "-qq", "--no-install-recommends", ...missing], { env });
}

/**
 * `prisma generate`. Prisma 7's CLI insists on locating its native schema engine even for
 * generate, which needs none; any existing file satisfies the check (docs/migrations.md).
 */
export function ensurePrismaClient() {
  writePostgresSchema();
  const marker = path.join(root, "lib", "generated", ".schema-hash");
  const want = hashFiles(["prisma/schema.prisma", "package-lock.json"]);
  if (fs.existsSync(marker) && fs.readFileSync(marker, "utf8") === want) return;
  log("generating the Prisma clients (SQLite and PostgreSQL)…");
  for (const schema of ["prisma/schema.prisma", "prisma/postgresql/schema.prisma"]) {
    run(path.join(root, "node_modules", ".bin", "prisma"), ["generate", "--schema", schema], {
      env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.execPath, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
    });
  }
  fs.writeFileSync(marker, want);
}

export function migrate(env = process.env) {
  run(path.join(root, "node_modules", ".bin", "tsx"), ["scripts/migrate.ts"], { env });
}

const BUILD_INPUTS = [
  "app",
  "components",
  "lib",
  "public",
  "instrumentation.ts",
  "next.config.ts",
  "postcss.config.mjs",
  "tsconfig.json",
  "package-lock.json",
  "prisma/schema.prisma",
];

/** `next build` unless the build in `distDir` was made from the same sources. */
export function ensureBuild(distDir = ".next") {
  const marker = path.join(root, distDir, "sukusho-source-hash");
  const want = hashFiles(BUILD_INPUTS.filter((p) => !p.startsWith("lib/generated")));
  if (
    fs.existsSync(path.join(root, distDir, "BUILD_ID")) &&
    fs.existsSync(marker) &&
    fs.readFileSync(marker, "utf8") === want
  ) {
    return;
  }
  log("building the app (next build)…");
  run(process.execPath, [path.join(root, "node_modules", "next", "dist", "bin", "next"), "build"], {
    env: { ...process.env, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1" },
  });
  fs.writeFileSync(marker, want);
}

export function commandExists(command) {
  try {
    execFileSync("sh", ["-c", `command -v ${command}`], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

/**
 * A running PostgreSQL for the tests of the scaled-out mode: Debian's server, its default
 * cluster started, and a `sukusho` role the tests use (TEST_DATABASE_URL overrides all this).
 */
export function ensurePostgres() {
  if (process.env.TEST_DATABASE_URL) return;
  const versions = fs.existsSync("/usr/lib/postgresql") ? fs.readdirSync("/usr/lib/postgresql").sort() : [];
  const version = versions.at(-1);
  if (!version) throw new Error("PostgreSQL is not installed (apt-get install postgresql).");
  const clusters = execFileSync("pg_lsclusters", ["--no-header"], { encoding: "utf8" });
  if (!clusters.split("\n").some((line) => line.startsWith(`${version} main`))) {
    run("pg_createcluster", [version, "main"]);
  }
  if (!/\bonline\b/.test(execFileSync("pg_lsclusters", ["--no-header"], { encoding: "utf8" }))) {
    log(`starting PostgreSQL ${version}…`);
    run("pg_ctlcluster", [version, "main", "start"]);
  }
  const createRole =
    "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'sukusho') THEN " +
    "CREATE ROLE sukusho LOGIN SUPERUSER PASSWORD 'sukusho'; END IF; END $$;";
  run("su", ["postgres", "-c", `psql -q -v ON_ERROR_STOP=1 -c "${createRole.replace(/\$/g, "\\$")}"`]);
}
