import { createNestablePublicClientApplication, InteractionRequiredAuthError } from "@azure/msal-browser";
import { AccountManager, type AuthConfig } from "./accountManager.js";

/** The account manager wired to MSAL (bundled from npm) and Office.js; created once per pane. */
export function createAccountManager(config: AuthConfig): AccountManager {
  return new AccountManager(config, {
    createNestableApp: (c) => createNestablePublicClientApplication(c),
    isInteractionRequired: (error) => error instanceof InteractionRequiredAuthError,
    naaSupported: () => Office.context.requirements.isSetSupported("NestedAppAuth", "1.1"),
    officeSso: (options) => Office.auth.getAccessToken(options),
  });
}

/** Reads taskpane-config.json (clientId, apiScope) beside the pane; an empty config means Office SSO only. */
export async function loadAuthConfig(fetchFn: typeof fetch = fetch): Promise<AuthConfig> {
  try {
    const response = await fetchFn("taskpane-config.json", { cache: "no-cache" });
    if (!response.ok) return { clientId: "", apiScope: "" };
    const data = (await response.json()) as Partial<AuthConfig>;
    return { clientId: data.clientId ?? "", apiScope: data.apiScope ?? "", ...(data.authority ? { authority: data.authority } : {}) };
  } catch {
    return { clientId: "", apiScope: "" };
  }
}
