// Runs one command while holding this project's build lock, so two builds of the Api started at once (parallel
// MSBuild nodes, two worktrees' IDEs) never run `npm ci` or the bundler over each other.
// Usage: node scripts/locked.mjs <command> [args...]
import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const lock = path.join(root, ".build-lock");
const staleMs = 10 * 60 * 1000;
const started = Date.now();

for (;;) {
  try {
    mkdirSync(lock);
    break;
  } catch (error) {
    if (error.code !== "EEXIST") throw error;
    try {
      if (Date.now() - statSync(lock).mtimeMs > staleMs) rmSync(lock, { recursive: true, force: true });
    } catch {
      // gone meanwhile
    }
    if (Date.now() - started > staleMs) {
      console.error(`OutlookFollowUp.AddIn: waited too long for ${lock}; delete it if no build is running.`);
      process.exit(1);
    }
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 250);
  }
}

let status = 1;
try {
  const [command, ...args] = process.argv.slice(2);
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", shell: process.platform === "win32" });
  status = result.status ?? 1;
  if (result.error) console.error(result.error.message);
} finally {
  rmSync(lock, { recursive: true, force: true });
}
process.exit(status);
