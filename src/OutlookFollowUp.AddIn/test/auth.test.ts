import { describe, expect, it, vi } from "vitest";
import type { AccountInfo, AuthenticationResult, IPublicClientApplication } from "@azure/msal-browser";
import { AccountManager, type AuthDeps } from "../src/auth/accountManager.js";

class InteractionRequired extends Error {}

const account = { homeAccountId: "h", localAccountId: "l", environment: "e", tenantId: "t", username: "jordan@x" } as AccountInfo;
const result = (token: string): AuthenticationResult => ({ accessToken: token, account }) as AuthenticationResult;

function fakeApp(overrides: Partial<Record<"ssoSilent" | "acquireTokenSilent" | "acquireTokenPopup", (r: unknown) => Promise<AuthenticationResult>>> = {}) {
  let active: AccountInfo | null = null;
  const app = {
    getActiveAccount: vi.fn(() => active),
    getAllAccounts: vi.fn(() => (active ? [active] : [])),
    setActiveAccount: vi.fn((a: AccountInfo | null) => {
      active = a;
    }),
    ssoSilent: vi.fn(overrides.ssoSilent ?? (() => Promise.resolve(result("sso")))),
    acquireTokenSilent: vi.fn(overrides.acquireTokenSilent ?? (() => Promise.resolve(result("silent")))),
    acquireTokenPopup: vi.fn(overrides.acquireTokenPopup ?? (() => Promise.resolve(result("popup")))),
  };
  return app;
}

function deps(app: ReturnType<typeof fakeApp>, naa = true): AuthDeps & { created: number; office: ReturnType<typeof vi.fn<(o: Office.AuthOptions) => Promise<string>>> } {
  const d = {
    created: 0,
    office: vi.fn((_o: Office.AuthOptions) => Promise.resolve("office")),
    createNestableApp: () => {
      d.created += 1;
      return Promise.resolve(app as unknown as IPublicClientApplication);
    },
    isInteractionRequired: (e: unknown) => e instanceof InteractionRequired,
    naaSupported: () => naa,
    officeSso: (o: Office.AuthOptions) => d.office(o),
  };
  return d;
}

const config = { clientId: "client", apiScope: "api://host/client/access_as_user" };

describe("AccountManager", () => {
  it("creates the MSAL client once, uses ssoSilent first and then acquireTokenSilent with the signed-in account", async () => {
    const app = fakeApp();
    const d = deps(app);
    const manager = new AccountManager(config, d);
    expect(await manager.getToken()).toBe("sso");
    expect(await manager.getToken()).toBe("silent");
    expect(d.created).toBe(1);
    expect(app.acquireTokenSilent).toHaveBeenCalledWith(expect.objectContaining({ account, scopes: [config.apiScope] }));
    expect(app.acquireTokenPopup).not.toHaveBeenCalled();
  });

  it("shows a popup only when MSAL says interaction is required", async () => {
    const app = fakeApp({ ssoSilent: () => Promise.reject(new InteractionRequired()) });
    const manager = new AccountManager(config, deps(app));
    expect(await manager.getToken()).toBe("popup");
    expect(app.acquireTokenPopup).toHaveBeenCalledTimes(1);
  });

  it("falls back to Office SSO when NAA fails for another reason, or is not supported", async () => {
    const failing = fakeApp({ ssoSilent: () => Promise.reject(new Error("nested app auth unavailable")) });
    const d1 = deps(failing);
    expect(await new AccountManager(config, d1).getToken()).toBe("office");
    expect(failing.acquireTokenPopup).not.toHaveBeenCalled();

    const d2 = deps(fakeApp(), false);
    expect(await new AccountManager(config, d2).getToken()).toBe("office");
    expect(d2.created).toBe(0);
    expect(d2.office).toHaveBeenCalledWith(expect.objectContaining({ allowSignInPrompt: true, allowConsentPrompt: true }));
  });

  it("uses Office SSO when the deployment has no client id", async () => {
    const d = deps(fakeApp());
    expect(await new AccountManager({ clientId: "", apiScope: "" }, d).getToken()).toBe("office");
  });

  it("asks again with the API's claims (silent first, popup on interaction required)", async () => {
    const app = fakeApp({
      acquireTokenSilent: (r) => ((r as { claims?: string }).claims ? Promise.reject(new InteractionRequired()) : Promise.resolve(result("silent"))),
    });
    const manager = new AccountManager(config, deps(app));
    await manager.getToken();
    const token = await manager.getToken({ error: "insufficient_claims", claims: '{"a":1}', scopes: [], needsInteraction: true });
    expect(token).toBe("popup");
    expect(app.acquireTokenPopup).toHaveBeenCalledWith(expect.objectContaining({ claims: '{"a":1}' }));
  });

  it("prompts for consent when the challenge carries no claims", async () => {
    const app = fakeApp();
    const manager = new AccountManager(config, deps(app));
    await manager.getToken();
    await manager.getToken({ error: "consent_required", claims: null, scopes: [], needsInteraction: true });
    expect(app.acquireTokenPopup).toHaveBeenCalledWith(expect.objectContaining({ prompt: "consent" }));
  });

  it("passes the claims to Office SSO as authChallenge", async () => {
    const d = deps(fakeApp(), false);
    await new AccountManager(config, d).getToken({ error: "insufficient_claims", claims: "{}", scopes: [], needsInteraction: true });
    expect(d.office).toHaveBeenCalledWith(expect.objectContaining({ authChallenge: "{}" }));
  });

  it("tries to create the client again after a failed start", async () => {
    const app = fakeApp();
    let attempts = 0;
    const d = deps(app);
    d.createNestableApp = () => {
      attempts += 1;
      return attempts === 1 ? Promise.reject(new Error("not ready")) : Promise.resolve(app as unknown as IPublicClientApplication);
    };
    const manager = new AccountManager(config, d);
    expect(await manager.getToken()).toBe("office");
    expect(await manager.getToken()).toBe("sso");
  });
});
