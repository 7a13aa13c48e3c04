// The send guard as Outlook loads it: the bundled script alone, in a context with only the Office global (classic
// Outlook on Windows runs it in a JavaScript-only runtime: no DOM, no modules).
import { build } from "esbuild";
import path from "node:path";
import vm from "node:vm";
import { beforeAll, describe, expect, it } from "vitest";

let code = "";

beforeAll(async () => {
  const result = await build({
    entryPoints: [path.resolve(import.meta.dirname, "../src/guard/handler.ts")],
    bundle: true,
    format: "iife",
    target: ["es2017"],
    write: false,
  });
  code = result.outputFiles[0]!.text;
});

interface Completed {
  allowEvent: boolean;
  errorMessage?: string;
  sendModeOverride?: string;
}

async function send(body: string, to: { displayName: string; emailAddress: string }[], supports114 = true): Promise<Completed> {
  const handlers: Record<string, (event: unknown) => void> = {};
  const ok = <T>(value: T) => (callback: (r: { status: string; value: T }) => void) => {
    callback({ status: "succeeded", value });
  };
  const Office = {
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    CoercionType: { Text: "text" },
    MailboxEnums: { SendModeOverride: { PromptUser: "promptUser" } },
    actions: { associate: (name: string, fn: (event: unknown) => void) => (handlers[name] = fn) },
    context: {
      requirements: { isSetSupported: (_set: string, version: string) => supports114 || version !== "1.14" },
      mailbox: {
        item: {
          body: { getAsync: (_type: string, cb: (r: { status: string; value: string }) => void) => ok(body)(cb) },
          to: { getAsync: ok(to) },
          cc: { getAsync: ok([]) },
          bcc: { getAsync: ok([]) },
        },
      },
    },
  };
  vm.runInNewContext(code, { Office });
  expect(Object.keys(handlers)).toEqual(["onMessageSendHandler"]);
  return new Promise<Completed>((resolve) => {
    handlers.onMessageSendHandler!({ completed: resolve });
  });
}

describe("send guard bundle", () => {
  it("uses no DOM", () => {
    expect(code).not.toMatch(/\b(document|window|localStorage|sessionStorage)\b/);
  });

  it("lets a finished note go", async () => {
    expect(await send("Dear Amy,\n\nThanks for the talk about accessibility.", [{ displayName: "Amy Chen", emailAddress: "amy@x.com" }])).toEqual({ allowEvent: true });
  });

  it("stops a note that still holds our placeholder, and lets the user send anyway", async () => {
    const result = await send("Dear Amy,\n\n[Add one specific thing you discussed with Amy: a project.]", [{ displayName: "Amy Chen", emailAddress: "amy@x.com" }]);
    expect(result.allowEvent).toBe(false);
    expect(result.errorMessage).toMatch(/placeholder/);
    expect(result.sendModeOverride).toBe("promptUser");
  });

  it("warns about a greeting to someone else, without the override where Mailbox 1.14 is missing", async () => {
    const result = await send("Dear Raj,\n\nThanks.", [{ displayName: "Amy Chen", emailAddress: "amy@x.com" }], false);
    expect(result).toEqual({ allowEvent: false, errorMessage: "It greets “Raj”, who is not one of its recipients. Fix it, or send it anyway." });
  });
});
