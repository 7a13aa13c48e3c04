// The one bundler config: the task pane, the send guard (its own small bundle, no DOM) and the demo page.
// Usage: node build.mjs [--out DIR] [--demo-out DIR]   (defaults: the Api's wwwroot and Demo/site/app)
// The Api's build (OutlookFollowUp.Api.csproj, target BuildAddIn) runs this; nobody needs to by hand.
import { build } from "esbuild";
import { copyFile, mkdir, rm } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 && process.argv[i + 1] ? path.resolve(process.argv[i + 1]) : fallback;
};
const out = arg("--out", path.join(here, "../OutlookFollowUp.Api/wwwroot/addin"));
const demoOut = arg("--demo-out", path.join(here, "../OutlookFollowUp.Api/Demo/site/app"));

const common = {
  bundle: true,
  format: "esm",
  target: ["es2022", "chrome109", "edge109", "safari16"],
  minify: true,
  sourcemap: "linked",
  legalComments: "linked",
  logLevel: "warning",
  // Office.js is a global from Microsoft's CDN (store rule); it is never bundled.
  define: { "process.env.NODE_ENV": '"production"' },
};

await rm(out, { recursive: true, force: true });
await rm(demoOut, { recursive: true, force: true });
await mkdir(out, { recursive: true });
await mkdir(demoOut, { recursive: true });

await Promise.all([
  build({ ...common, entryPoints: { taskpane: path.join(here, "src/taskpane/main.ts") }, outdir: out }),
  build({ ...common, entryPoints: { pane: path.join(here, "src/styles/pane.css") }, outdir: out }),
  // Classic Outlook on Windows runs event handlers in a JavaScript-only runtime: a script, not a module, no DOM.
  build({ ...common, format: "iife", target: ["es2017"], entryPoints: { guard: path.join(here, "src/guard/handler.ts") }, outdir: out }),
  build({ ...common, entryPoints: { demo: path.join(here, "src/demo/main.ts") }, outdir: demoOut }),
  build({ ...common, entryPoints: { demo: path.join(here, "src/styles/demo.css") }, outdir: demoOut }),
]);
for (const page of ["taskpane.html", "guard.html"]) {
  await copyFile(path.join(here, "src/pages", page), path.join(out, "..", page));
}
