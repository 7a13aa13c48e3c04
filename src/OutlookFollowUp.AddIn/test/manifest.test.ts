// The unified manifest passes office-addin-manifest's own `validate`, offline: the JSON schema it checks against ships
// in its dependency @microsoft/app-manifest (build/json-schemas/teams/v1.22/MicrosoftTeams.schema.json).
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..");
const manifest = path.resolve(root, "../../manifest/manifest.json");
const cli = path.join(root, "node_modules/office-addin-manifest/cli.js");

function validate(file: string) {
  return spawnSync(process.execPath, [cli, "validate", file], { encoding: "utf8", timeout: 60_000 });
}

describe("manifest.json", () => {
  it("passes office-addin-manifest validate", () => {
    const result = validate(manifest);
    expect(result.stderr + result.stdout).not.toMatch(/error/i);
    expect(result.status).toBe(0);
  });

  it("fails validate when the send guard's mode is not one the schema knows", () => {
    const data = JSON.parse(readFileSync(manifest, "utf8")) as { extensions: { autoRunEvents: { events: { options: { sendMode: string } }[] }[] }[] };
    data.extensions[0]!.autoRunEvents[0]!.events[0]!.options.sendMode = "sometimes";
    const file = path.join(mkdtempSync(path.join(tmpdir(), "manifest-")), "manifest.json");
    writeFileSync(file, JSON.stringify(data));
    expect(validate(file).status).not.toBe(0);
  });
});
