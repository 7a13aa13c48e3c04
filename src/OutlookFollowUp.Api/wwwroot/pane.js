// The interview follow-up pane: shown in Outlook's task pane (taskpane.html) and in the demo page.
// It only talks to our API with a bearer token; it never sees Graph tokens. All text is set with textContent.

export class FollowUpPane {
  /**
   * @param {HTMLElement} root where the pane renders
   * @param {{ getToken: () => Promise<string>, apiBase?: string }} options
   */
  constructor(root, options) {
    this.root = root;
    this.getToken = options.getToken;
    this.apiBase = options.apiBase ?? "";
    this.notes = {};
    this.edits = {};
    this.chosen = new Set();
  }

  async api(method, path, body) {
    const token = await this.getToken();
    const response = await fetch(this.apiBase + path, {
      method,
      headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    const data = text ? JSON.parse(text) : null;
    if (!response.ok) {
      const problem = data ?? {};
      const details = problem.errors ? Object.values(problem.errors).flat().join("; ") : "";
      throw new Error([problem.detail ?? problem.title ?? `HTTP ${response.status}`, details].filter(Boolean).join(" "));
    }
    return data;
  }

  /** Shows the interview behind an Outlook item. */
  async show(item) {
    this.item = item;
    this.notes = {};
    this.edits = {};
    this.render(el("p", { className: "muted" }, "Reading the invite…"));
    try {
      const [analysis, settings] = await Promise.all([
        this.api("POST", "/api/interviews/analyze", { itemId: item.itemId, itemType: item.itemType ?? "appointment" }),
        this.api("GET", "/api/settings"),
      ]);
      this.analysis = analysis;
      this.settings = settings;
      this.chosen = new Set(analysis.thankYouDrafts.map((d) => d.to));
      this.draw();
    } catch (error) {
      this.render(el("p", { className: "error" }, `Could not read this item: ${error.message}`));
    }
  }

  render(...children) {
    this.root.replaceChildren(...children);
  }

  draw() {
    const a = this.analysis;
    const parts = [];
    if (this.settings?.automation?.pausedReason) {
      parts.push(el("p", { className: "warning" }, this.settings.automation.pausedReason));
    }
    parts.push(el("h2", {}, a.role ? `${a.role}${a.company ? " at " + a.company : ""}` : a.subject));
    parts.push(el("p", { className: "muted" }, `Classified as ${a.classification}: ${a.reasons.join("; ")}.`));
    if (a.nothingToDoBecause) {
      parts.push(el("p", { className: "notice" }, a.nothingToDoBecause));
      this.render(...parts);
      return;
    }

    parts.push(el("p", {}, a.respondBy
      ? `They said they would respond by ${a.respondBy} (“${a.respondByText}”).`
      : "They did not say when they would respond."));
    if (a.statusCheck) {
      const due = el("input", { type: "date", value: a.tracked?.statusCheckDue ?? a.statusCheck.due });
      const save = button("Move status check", async () => {
        if (!a.tracked) { this.flash("Create the drafts first; the reminder is scheduled with them."); return; }
        await this.guard(async () => {
          a.tracked = await this.api("PUT", `/api/interviews/${encodeURIComponent(a.followUpId)}/status-check`, { due: due.value });
          this.flash(`Status check moved to ${a.tracked.statusCheckDue}.`);
        });
      });
      parts.push(el("div", { className: "row" }, el("span", {}, `One polite status check to ${a.statusCheck.to ?? "the recruiter"} on `), due, save));
    }

    for (const draft of a.thankYouDrafts) {
      parts.push(this.drawDraft(draft));
    }
    for (const warning of a.warnings) {
      parts.push(el("p", { className: "warning" }, warning));
    }

    parts.push(el("div", { className: "row" },
      button("Put drafts in my Drafts folder", () => this.createDrafts(), "primary"),
      this.autoToggle()));
    if (a.tracked) {
      parts.push(el("p", { className: "muted" }, `Tracked: ${a.tracked.state}, ${a.tracked.drafts.length} draft(s) placed.`));
    }
    this.status = el("p", { className: "status", role: "status" });
    parts.push(this.status);
    this.render(...parts);
  }

  drawDraft(draft) {
    const include = el("input", { type: "checkbox", checked: this.chosen.has(draft.to) });
    include.addEventListener("change", () => (include.checked ? this.chosen.add(draft.to) : this.chosen.delete(draft.to)));
    const note = el("textarea", { rows: 2, placeholder: "What did you talk about with them? (goes into this note only)" });
    note.value = this.notes[draft.to] ?? "";
    note.addEventListener("input", () => (this.notes[draft.to] = note.value));
    const body = el("textarea", { rows: 10 });
    body.value = this.edits[draft.to]?.bodyText ?? draft.bodyText;
    body.addEventListener("input", () => (this.edits[draft.to] = { subject: draft.subject, bodyText: body.value }));
    const warnings = draft.warnings.map((w) => el("li", {}, w));
    return el("section", { className: "draft" },
      el("label", { className: "row" }, include, el("strong", {}, `${draft.toName ?? draft.to}`), el("span", { className: "muted" }, ` <${draft.to}> · send by ${new Date(draft.sendBy).toLocaleString()}`)),
      note,
      el("details", {}, el("summary", {}, draft.subject), body),
      warnings.length ? el("ul", { className: "warnings" }, ...warnings) : el("span"));
  }

  autoToggle() {
    const a = this.analysis;
    const box = el("input", { type: "checkbox", checked: a.tracked?.autoMode ?? this.settings?.autoMode ?? false });
    box.addEventListener("change", () => this.guard(async () => {
      if (!this.settings.autoMode && box.checked && a.tracked?.autoMode == null) {
        this.settings = await this.api("PUT", "/api/settings", { autoMode: true });
        this.flash("Automatic follow-up is on: drafts and the reminder appear after interviews end.");
      } else {
        a.tracked = await this.api("PUT", `/api/interviews/${encodeURIComponent(a.followUpId)}/auto`, { enabled: box.checked, eventId: a.eventId });
        this.flash(box.checked ? "Automatic for this interview." : "Manual for this interview.");
      }
    }));
    return el("label", { className: "row" }, box, el("span", {}, "Automatic after the interview"));
  }

  async createDrafts() {
    const a = this.analysis;
    await this.guard(async () => {
      const result = await this.api("POST", "/api/interviews/drafts", {
        eventId: a.eventId,
        notes: this.notes,
        recipients: [...this.chosen],
        edits: Object.fromEntries(Object.entries(this.edits).filter(([to]) => this.chosen.has(to))),
      });
      a.tracked = result.tracked;
      const placed = result.drafts.filter((d) => !d.error);
      this.flash(`${placed.length} draft(s) in your Drafts folder (${placed.filter((d) => !d.created).length} were already there). Review and send them yourself.`);
      for (const failed of result.drafts.filter((d) => d.error)) {
        this.flash(`Not placed for ${failed.to}: ${failed.error}`, true);
      }
    });
  }

  async guard(action) {
    try {
      await action();
    } catch (error) {
      this.flash(error.message, true);
    }
  }

  flash(message, isError = false) {
    if (!this.status) return;
    this.status.textContent = message;
    this.status.className = isError ? "status error" : "status";
  }
}

export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (key in node) node[key] = value; else node.setAttribute(key, value);
  }
  for (const child of children) {
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function button(label, onClick, className = "") {
  const b = el("button", { type: "button", className }, label);
  b.addEventListener("click", onClick);
  return b;
}
