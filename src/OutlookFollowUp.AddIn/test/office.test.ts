import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { currentItem, officeLoaded, onItemChanged, openDraftInOutlook, whereAmI } from "../src/office/host.js";

// A small stand-in for the Office.js global: only what the seams use.
function stubOffice(host: string | null, hostName = "Outlook") {
  const mailbox = {
    item: { itemId: "EWS+id/1==", itemType: "appointment" } as { itemId: string; itemType: string } | null,
    diagnostics: { hostName },
    convertToRestId: vi.fn((id: string) => `rest(${id})`),
    convertToEwsId: vi.fn((id: string) => `ews(${id})`),
    displayMessageForm: vi.fn(),
    addHandlerAsync: vi.fn(),
  };
  const office = {
    onReady: () => Promise.resolve({ host, platform: "PC" }),
    HostType: { Outlook: "Outlook" },
    MailboxEnums: { ItemType: { Message: "message", Appointment: "appointment" }, RestVersion: { v2_0: "v2.0" } },
    EventType: { ItemChanged: "olkItemSelectedChanged" },
    context: { mailbox, requirements: { isSetSupported: () => true } },
  };
  vi.stubGlobal("Office", office);
  return mailbox;
}

describe("Office seams", () => {
  beforeEach(() => vi.unstubAllGlobals());
  afterEach(() => vi.unstubAllGlobals());

  it("knows when Office.js is missing (a plain browser, or the CDN unreachable)", async () => {
    expect(officeLoaded()).toBe(false);
    expect(await whereAmI(10)).toBe("elsewhere");
  });

  it("tells Outlook from Office.js loaded in a plain browser", async () => {
    stubOffice("Outlook");
    expect(await whereAmI(1000)).toBe("outlook");
    stubOffice(null);
    expect(await whereAmI(1000)).toBe("elsewhere");
  });

  it("converts the item's EWS id to a REST id on desktop and web, not on mobile", () => {
    const mailbox = stubOffice("Outlook");
    expect(currentItem(mailbox as unknown as Office.Mailbox)).toEqual({ itemId: "rest(EWS+id/1==)", itemType: "appointment" });
    mailbox.item = { itemId: "m1", itemType: "message" };
    expect(currentItem(mailbox as unknown as Office.Mailbox)?.itemType).toBe("message");
    const mobile = stubOffice("Outlook", "OutlookAndroid");
    expect(currentItem(mobile as unknown as Office.Mailbox)?.itemId).toBe("EWS+id/1==");
    mobile.item = null;
    expect(currentItem(mobile as unknown as Office.Mailbox)).toBeNull();
  });

  it("follows the selected item in a pinned pane", () => {
    const mailbox = stubOffice("Outlook");
    const handler = () => undefined;
    onItemChanged(handler, mailbox as unknown as Office.Mailbox);
    expect(mailbox.addHandlerAsync).toHaveBeenCalledWith("olkItemSelectedChanged", handler);
  });

  it("opens a placed draft in Outlook's form with its id converted back to EWS", () => {
    const mailbox = stubOffice("Outlook");
    const open = vi.fn();
    openDraftInOutlook({ to: "a@x", name: "A", messageId: "AAMk/rest=", webLink: "https://outlook/x", state: "placed" }, mailbox as unknown as Office.Mailbox, open);
    expect(mailbox.convertToEwsId).toHaveBeenCalledWith("AAMk/rest=", "v2.0");
    expect(mailbox.displayMessageForm).toHaveBeenCalledWith("ews(AAMk/rest=)");
    expect(open).not.toHaveBeenCalled();
  });

  it("falls back to the draft's web link when Outlook cannot open the form", () => {
    const mailbox = stubOffice("Outlook");
    mailbox.displayMessageForm.mockImplementation(() => {
      throw new Error("not supported");
    });
    const open = vi.fn();
    openDraftInOutlook({ to: "a@x", name: "A", messageId: "M", webLink: "https://outlook/x", state: "placed" }, mailbox as unknown as Office.Mailbox, open);
    expect(open).toHaveBeenCalledWith("https://outlook/x");
  });
});
