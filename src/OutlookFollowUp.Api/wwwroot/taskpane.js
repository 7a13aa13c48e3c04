// Outlook task pane: gets a token for our API (nested app authentication with MSAL when the host supports it,
// otherwise Office SSO), converts the item's id to a REST id and shows the interview.
import { FollowUpPane } from "./pane.js";

const config = await fetch("taskpane-config.json").then((r) => (r.ok ? r.json() : {})).catch(() => ({}));
const scope = config.apiScope; // api://{host}/{clientId}/access_as_user

async function naaToken() {
  // MSAL.js is served from /lib when the deployment bundled it (npm @azure/msal-browser); otherwise fall back.
  const msal = await import("./lib/msal-browser.js");
  const app = await msal.createNestablePublicClientApplication({ auth: { clientId: config.clientId, authority: "https://login.microsoftonline.com/common" } });
  try {
    return (await app.acquireTokenSilent({ scopes: [scope] })).accessToken;
  } catch (error) {
    if (error instanceof msal.InteractionRequiredAuthError) {
      return (await app.acquireTokenPopup({ scopes: [scope] })).accessToken;
    }
    throw error;
  }
}

async function getToken() {
  if (Office.context.requirements.isSetSupported("NestedAppAuth", "1.1") && config.clientId) {
    try {
      return await naaToken();
    } catch {
      // fall through to Office SSO
    }
  }
  return await OfficeRuntime.auth.getAccessToken({ allowSignInPrompt: true, allowConsentPrompt: true });
}

Office.onReady(async () => {
  const pane = new FollowUpPane(document.getElementById("pane"), { getToken });
  const item = Office.context.mailbox.item;
  if (!item) return;
  const isMessage = item.itemType === Office.MailboxEnums.ItemType.Message;
  const restId = Office.context.mailbox.convertToRestId(item.itemId, Office.MailboxEnums.RestVersion.v2_0);
  await pane.show({ itemId: restId, itemType: isMessage ? "message" : "appointment" });
});
