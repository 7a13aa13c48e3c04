// The demo page (/ in demo mode): a simulated calendar, the same pane Outlook shows (320 px), the simulated Drafts
// and To Do, and a demo clock ("Let time pass"). Everything runs against the local service in demo mode.
import "../pane/fluent.js";
import { ApiClient, type TokenSource } from "../api/client.js";
import { h } from "../pane/dom.js";
import { formatDate, formatDateTime, type Locale } from "../pane/format.js";
import { NotesStore } from "../pane/model.js";
import { FollowUpPane, message } from "../pane/pane.js";
import { demoMailboxText, type DemoMailbox } from "./view.js";

class DemoTokens implements TokenSource {
  private token: Promise<string> | null = null;
  getToken(): Promise<string> {
    this.token ??= fetch("/demo/token", { method: "POST" })
      .then((r) => r.json() as Promise<{ accessToken: string }>)
      .then((r) => r.accessToken)
      .catch((error: unknown) => {
        this.token = null;
        throw error;
      });
    return this.token;
  }
}

const byId = (id: string) => document.getElementById(id)!;
const locale: Locale = { language: navigator.language, timeZone: undefined };
let mailbox: DemoMailbox | null = null;

const pane = new FollowUpPane(
  byId("pane"),
  new ApiClient(new DemoTokens()),
  {
    openDraft: (link) => {
      // The simulated Drafts folder is on this page: bring that draft into view instead of a web link.
      const target = document.querySelector<HTMLElement>(`[data-message-id="${CSS.escape(link.messageId)}"]`);
      if (target) {
        target.scrollIntoView({ behavior: "smooth", block: "center" });
        target.classList.add("highlight");
        target.focus();
        setTimeout(() => target.classList.remove("highlight"), 2000);
      } else if (link.webLink) window.open(link.webLink, "_blank", "noopener");
    },
    changed: () => void refresh(),
  },
  new NotesStore(window.sessionStorage),
  { timeZone: undefined },
);

async function refresh(): Promise<void> {
  try {
    const response = await fetch("/demo/mailbox");
    mailbox = (await response.json()) as DemoMailbox;
  } catch (error) {
    byId("clock").textContent = `The demo service did not answer: ${message(error)}`;
    return;
  }
  const mb = mailbox;
  const zone = mb.timeZone ?? undefined;
  const here: Locale = { ...locale, timeZone: zone };
  pane.useTimeZone(zone);
  byId("clock").textContent = mb.today ? `Demo today: ${formatDate(mb.today, here, new Date(`${mb.today}T12:00:00Z`))}` : "";

  byId("events").replaceChildren(
    ...mb.events.map((e) => {
      const when = e.startUtc ? formatDateTime(e.startUtc, here) : "";
      const b = h("fluent-button", { className: "event", appearance: "subtle", role: "button" }, h("span", { className: "subject", text: e.subject }), h("span", { className: "when", text: ` · ${when}${e.cancelled ? " · cancelled" : ""}` }));
      b.addEventListener("click", () => {
        history.replaceState(null, "", `?event=${encodeURIComponent(e.id)}`);
        void pane.show({ itemId: e.id, itemType: "appointment" });
      });
      return h("li", {}, b);
    }),
  );

  const text = demoMailboxText(mb, here);
  byId("drafts").replaceChildren(
    ...(text.drafts.length
      ? text.drafts.map((d) =>
          h(
            "article",
            { className: "mail", tabindex: "-1", "data-message-id": d.id, "aria-label": `Draft to ${d.to}` },
            h("p", { className: "mail-to" }, h("strong", { text: "To: " }), d.to),
            h("p", { className: "mail-subject" }, h("strong", { text: "Subject: " }), d.subject),
            h("div", { className: "mail-body" }, ...d.paragraphs.map((p) => h("p", { text: p }))),
            d.created ? h("p", { className: "muted", text: d.created }) : null,
          ),
        )
      : [h("p", { className: "muted", text: "No drafts yet." })]),
  );
  byId("tasks").replaceChildren(
    ...(text.tasks.length
      ? text.tasks.map((t) => h("article", { className: "mail" }, h("p", {}, h("strong", { text: t.title }), ` · ${t.status}`), h("p", { className: "muted", text: t.when })))
      : [h("p", { className: "muted", text: "No reminders yet." })]),
  );
  byId("inbox").replaceChildren(
    ...(text.inbox.length
      ? text.inbox.map((m) => h("article", { className: "mail" }, h("p", {}, h("strong", { text: `From ${m.from}: ` }), m.subject), h("p", { className: "muted", text: m.when })))
      : [h("p", { className: "muted", text: "Nothing from employers yet." })]),
  );
}

async function advance(days: number, button: HTMLElement): Promise<void> {
  button.setAttribute("disabled", "");
  try {
    const r = await fetch("/demo/advance", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ days }) });
    const result = (await r.json()) as { today: string; workItemsProcessed: number };
    byId("clock-note").textContent = `${days === 1 ? "A day" : "A week"} passed; the background automation ran (${result.workItemsProcessed} job${result.workItemsProcessed === 1 ? "" : "s"}).`;
  } finally {
    button.removeAttribute("disabled");
  }
  await refresh();
  const current = new URLSearchParams(location.search).get("event");
  if (current) await pane.show({ itemId: current, itemType: "appointment" });
}

async function reset(button: HTMLElement): Promise<void> {
  button.setAttribute("disabled", "");
  try {
    await fetch("/demo/reset", { method: "POST" });
    window.sessionStorage.clear();
    byId("clock-note").textContent = "The demo is back at its start: a fresh mailbox, no drafts, no reminders.";
  } finally {
    button.removeAttribute("disabled");
  }
  history.replaceState(null, "", location.pathname);
  await pane.show(null);
  await refresh();
}

byId("day").addEventListener("click", (e) => void advance(1, e.currentTarget as HTMLElement));
byId("week").addEventListener("click", (e) => void advance(7, e.currentTarget as HTMLElement));
byId("reset").addEventListener("click", (e) => void reset(e.currentTarget as HTMLElement));

await refresh();
// /demo/index.html?event={id} opens that event in the pane straight away (links, screenshots).
const linked = new URLSearchParams(location.search).get("event");
if (linked) await pane.show({ itemId: linked, itemType: "appointment" });
else await pane.show(null);
