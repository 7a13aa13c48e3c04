import type { AccountInfo, AuthenticationResult, IPublicClientApplication } from "@azure/msal-browser";
import type { Challenge } from "../api/challenge.js";
import type { TokenSource } from "../api/client.js";

export interface AuthConfig {
  /** The API's app registration (client) id; empty in a deployment that has not configured it. */
  clientId: string;
  /** The API's scope, api://{host}/{clientId}/access_as_user. */
  apiScope: string;
  authority?: string;
}

/** What the account manager needs from MSAL and Office, so it can be tested with fakes. */
export interface AuthDeps {
  createNestableApp(config: { auth: { clientId: string; authority: string } }): Promise<IPublicClientApplication>;
  isInteractionRequired(error: unknown): boolean;
  /** Office.context.requirements.isSetSupported("NestedAppAuth", "1.1") */
  naaSupported(): boolean;
  /** Office.auth.getAccessToken (legacy Office SSO), used where NAA is not supported or fails. */
  officeSso(options: Office.AuthOptions): Promise<string>;
}

/**
 * The one account manager of the pane: creates the nestable MSAL client once, gets the API token silently
 * (ssoSilent the first time, then acquireTokenSilent with the signed-in account), shows a popup only when MSAL says
 * interaction is required, and falls back to Office SSO where nested app authentication is not available.
 */
export class AccountManager implements TokenSource {
  private app: Promise<IPublicClientApplication> | null = null;

  constructor(
    private readonly config: AuthConfig,
    private readonly deps: AuthDeps,
  ) {}

  /** The token for our API; with the API's challenge, asks again with its claims (or a consent prompt). */
  async getToken(challenge?: Challenge): Promise<string> {
    if (this.config.clientId && this.config.apiScope && this.deps.naaSupported()) {
      try {
        return await this.naaToken(challenge);
      } catch (error) {
        // A user who closed the popup stays signed out; anything else (NAA unavailable in this client) falls back.
        if (isUserCancelled(error)) throw new Error("Sign-in was cancelled. Open the pane again to sign in.", { cause: error });
      }
    }
    return this.officeToken(challenge);
  }

  private client(): Promise<IPublicClientApplication> {
    this.app ??= this.deps
      .createNestableApp({ auth: { clientId: this.config.clientId, authority: this.config.authority ?? "https://login.microsoftonline.com/common" } })
      .catch((error: unknown) => {
        this.app = null;
        throw error;
      });
    return this.app;
  }

  private async naaToken(challenge?: Challenge): Promise<string> {
    const app = await this.client();
    const scopes = [this.config.apiScope];
    const claims = challenge?.claims ?? undefined;
    let account: AccountInfo | null = app.getActiveAccount() ?? app.getAllAccounts()[0] ?? null;

    try {
      let result: AuthenticationResult;
      if (!account) {
        result = await app.ssoSilent({ scopes, ...(claims ? { claims } : {}) });
      } else {
        result = await app.acquireTokenSilent({ scopes, account, ...(claims ? { claims, forceRefresh: true } : {}) });
      }
      account = result.account;
      app.setActiveAccount(account);
      if (challenge?.needsInteraction && !claims) {
        // consent_required without claims: a silent token cannot carry new consent.
        throw new ConsentPromptNeeded();
      }
      return result.accessToken;
    } catch (error) {
      if (!(error instanceof ConsentPromptNeeded) && !this.deps.isInteractionRequired(error)) throw error;
      const result = await app.acquireTokenPopup({
        scopes,
        ...(claims ? { claims } : {}),
        ...(challenge && !claims ? { prompt: "consent" } : {}),
        ...(account ? { account } : {}),
      });
      app.setActiveAccount(result.account);
      return result.accessToken;
    }
  }

  private officeToken(challenge?: Challenge): Promise<string> {
    // Office SSO tokens are not cached here: Office caches them and refreshes them itself.
    return this.deps.officeSso({
      allowSignInPrompt: true,
      allowConsentPrompt: true,
      ...(challenge?.claims ? { authChallenge: challenge.claims } : {}),
    });
  }
}

class ConsentPromptNeeded extends Error {}

function isUserCancelled(error: unknown): boolean {
  const code = (error as { errorCode?: string } | null)?.errorCode;
  return code === "user_cancelled" || code === "popup_window_error";
}
