// Entry of /taskpane.html. In Outlook: sign in (NAA, else Office SSO), read the item, show the pane, follow a pinned
// pane's item. Opened in a plain browser: say so and point to the demo page, never "Loading…" forever.
import "../pane/fluent.js";
import { ApiClient } from "../api/client.js";
import { createAccountManager, loadAuthConfig } from "../auth/index.js";
import { currentItem, onItemChanged, openDraftInOutlook, whereAmI } from "../office/host.js";
import { h } from "../pane/dom.js";
import { NotesStore } from "../pane/model.js";
import { FollowUpPane } from "../pane/pane.js";

function sessionStore(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

function outsideOutlook(root: HTMLElement): void {
  root.replaceChildren(
    h(
      "div",
      { className: "notice", role: "status" },
      h("strong", { text: "This page is the Outlook task pane. " }),
      "It works inside Outlook, beside an interview invite. You opened it in a browser, outside Outlook.",
    ),
    h(
      "p",
      {},
      "To try it without Outlook, run the service in demo mode (",
      h("code", { text: "dotnet run --project src/OutlookFollowUp.Api" }),
      ") and open ",
      h("fluent-link", { href: "/", role: "link", text: "the demo page" }),
      ".",
    ),
  );
}

async function start(): Promise<void> {
  const root = document.getElementById("pane");
  if (!root) return;
  if ((await whereAmI()) !== "outlook") {
    outsideOutlook(root);
    return;
  }
  const tokens = createAccountManager(await loadAuthConfig());
  const pane = new FollowUpPane(root, new ApiClient(tokens), { openDraft: (link) => openDraftInOutlook(link) }, new NotesStore(sessionStore()));
  await pane.show(currentItem());
  onItemChanged(() => void pane.show(currentItem()));
}

void start();
