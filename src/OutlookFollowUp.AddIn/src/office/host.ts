// Office.js seams: everything the pane needs from Outlook, behind small functions (Office is a CDN global).
import type { OutlookItemRef } from "../pane/pane.js";
import type { PlacedLink } from "../pane/model.js";

/** True when Office.js is on the page (loaded from Microsoft's CDN). */
export function officeLoaded(): boolean {
  return typeof Office !== "undefined" && typeof Office.onReady === "function";
}

/**
 * Waits for Office.js: "outlook" inside Outlook; "elsewhere" when the page was opened in a plain browser (Office.js
 * missing, or ready without a host, or never ready in time).
 */
export async function whereAmI(timeoutMs = 4000): Promise<"outlook" | "elsewhere"> {
  if (!officeLoaded()) return "elsewhere";
  const ready = Office.onReady().then((info): "outlook" | "elsewhere" => (info.host === Office.HostType.Outlook ? "outlook" : "elsewhere"));
  const timeout = new Promise<"elsewhere">((resolve) => setTimeout(() => resolve("elsewhere"), timeoutMs));
  return Promise.race([ready, timeout]);
}

/** Mobile Outlook hands out REST ids already; desktop and web hand out EWS ids. */
function isMobile(mailbox: Office.Mailbox): boolean {
  const host = (mailbox.diagnostics as { hostName?: string } | undefined)?.hostName ?? "";
  return /ios|android/i.test(host);
}

/** The item the pane shows, its id converted to a REST id for the service (Graph). */
export function currentItem(mailbox: Office.Mailbox = Office.context.mailbox): OutlookItemRef | null {
  const item = mailbox.item;
  if (!item?.itemId) return null;
  const itemType = item.itemType === Office.MailboxEnums.ItemType.Message.toString() ? "message" : "appointment";
  const itemId = isMobile(mailbox) ? item.itemId : mailbox.convertToRestId(item.itemId, Office.MailboxEnums.RestVersion.v2_0);
  return { itemId, itemType };
}

/** A pinned pane on messages follows the selected item (the handler gets the new item, or null). */
export function onItemChanged(handler: () => void, mailbox: Office.Mailbox = Office.context.mailbox): void {
  if (!Office.context.requirements.isSetSupported("Mailbox", "1.5")) return;
  mailbox.addHandlerAsync(Office.EventType.ItemChanged, handler);
}

/** Opens a placed draft in Outlook's own form (the REST id converted back to an EWS id), else its web link. */
export function openDraftInOutlook(link: PlacedLink, mailbox: Office.Mailbox = Office.context.mailbox, open: (url: string) => void = (url) => window.open(url, "_blank", "noopener")): void {
  try {
    const ewsId = isMobile(mailbox) ? link.messageId : mailbox.convertToEwsId(link.messageId, Office.MailboxEnums.RestVersion.v2_0);
    mailbox.displayMessageForm(ewsId);
  } catch {
    if (link.webLink) open(link.webLink);
  }
}
