import { FollowUpPane, el } from "/pane.js";

let token = null;
async function getToken() {
  if (!token) {
    token = (await fetch("/demo/token", { method: "POST" }).then((r) => r.json())).accessToken;
  }
  return token;
}

const pane = new FollowUpPane(document.getElementById("pane"), { getToken });

async function refresh() {
  const mailbox = await fetch("/demo/mailbox").then((r) => r.json());
  document.getElementById("events").replaceChildren(...mailbox.events.map((e) => {
    const b = el("button", { type: "button" }, `${e.start.slice(0, 16).replace("T", " ")} (${e.timeZone}) — ${e.subject}${e.cancelled ? " [cancelled]" : ""}`);
    b.addEventListener("click", () => pane.show({ itemId: e.id, itemType: "appointment" }));
    return b;
  }));
  document.getElementById("drafts").replaceChildren(...(mailbox.drafts.length ? mailbox.drafts.map((d) => {
    // Drafts are HTML the product escaped; show them as text here anyway.
    const text = new DOMParser().parseFromString(d.bodyHtml, "text/html").body.innerText;
    return el("div", { className: "mail" }, el("strong", {}, `To ${d.to}: ${d.subject}`), el("pre", {}, text));
  }) : [el("p", { className: "muted" }, "No drafts yet.")]));
  document.getElementById("tasks").replaceChildren(...(mailbox.tasks.length ? mailbox.tasks.map((t) =>
    el("div", { className: "mail" }, el("strong", {}, `${t.title} — ${t.status}`), el("div", { className: "muted" }, `due ${t.due?.slice(0, 10)}, reminder ${t.reminder} UTC`))) : [el("p", { className: "muted" }, "No reminders yet.")]));
  const activity = await fetch("/api/activity?limit=15", { headers: { Authorization: `Bearer ${await getToken()}` } }).then((r) => (r.ok ? r.json() : []));
  document.getElementById("activity").replaceChildren(...activity.map((a) => el("div", { className: "muted" }, `${a.at.slice(0, 19)} ${a.operation} (${a.method} ${a.resource} → ${a.status})`)));
}

document.getElementById("run").addEventListener("click", async () => {
  await fetch("/demo/run", { method: "POST" });
  await refresh();
// /demo/index.html?event={id} opens that event in the pane straight away (links, screenshots).
const linked = new URLSearchParams(location.search).get("event");
if (linked) {
  await pane.show({ itemId: linked, itemType: "appointment" });
}
});
document.getElementById("pane").addEventListener("click", () => setTimeout(refresh, 1500));
await refresh();
// /demo/index.html?event={id} opens that event in the pane straight away (links, screenshots).
const linked = new URLSearchParams(location.search).get("event");
if (linked) {
  await pane.show({ itemId: linked, itemType: "appointment" });
}
