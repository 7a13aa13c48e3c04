// The interview follow-up pane: rendering and events. The logic it calls lives in model.ts / words.ts / format.ts.
// It talks only to our API; Office.js reaches it through PaneHost. Text is set with textContent only.
import type { ApiClient } from "../api/client.js";
import { ApiError } from "../api/problems.js";
import type { ActivityEntry, DraftLanguage, InterviewView, Settings, ThankYouDraft, TrackedView } from "../api/types.js";
import { h, uid } from "./dom.js";
import { countryName, formatDate, formatDateTime, holidaysInWords, isWorkingDay, languageInWords, languageName, replyInWords, todayIn, workingDaysAfter, workingDaysInWords, type Locale } from "./format.js";
import {
  Debouncer,
  Exclusive,
  LatestOnly,
  mergePreview,
  NOTE_LIMIT,
  charCount,
  noteCounter,
  NotesStore,
  notesToSend,
  personName,
  placedLinks,
  placedSummary,
  takeBackSummary,
  looksLikeAddress,
  type PlacedLink,
} from "./model.js";
import { reasonsInWords, reminderInWords, sentence, statusCheckInWords, timelineInWords, verdict, warningInWords } from "./words.js";

export interface OutlookItemRef {
  itemId: string;
  itemType: "appointment" | "message";
}

/** What the pane needs from where it runs (Outlook, or the demo page). */
export interface PaneHost {
  /** Opens a placed draft: Outlook's own form in Outlook, its web link elsewhere. */
  openDraft(link: PlacedLink): void;
  /** Called after the pane changed something in the mailbox (the demo page refreshes its views). */
  changed?(): void;
}

interface PersonRefs {
  subject: HTMLElement;
  body: HTMLElement;
  warnings: HTMLElement;
  counter: HTMLElement;
  note: HTMLElement & { value: string };
}

const PREVIEW_DELAY_MS = 350;

export class FollowUpPane {
  private view: InterviewView | null = null;
  private settings: Settings | null = null;
  private item: OutlookItemRef | null = null;
  private notes: Record<string, string> = {};
  private role: string | null = null;
  private company: string | null = null;
  /** The drafts' language the user chose for this interview (null: the invite's, else the mailbox's). */
  private language: DraftLanguage | null = null;
  private people = new Map<string, PersonRefs>();
  private readonly preview = new Debouncer(PREVIEW_DELAY_MS);
  private readonly latest = new LatestOnly();
  private readonly placing = new Exclusive();
  private readonly working = new Exclusive();
  private previewUnavailable = false;
  private status: HTMLElement | null = null;
  private links: Record<string, string | null> = {};
  private lastResult: string[] = [];
  private activity: ActivityEntry[] | null = null;

  constructor(
    private readonly root: HTMLElement,
    private readonly api: ApiClient,
    private readonly host: PaneHost,
    private readonly notesStore: NotesStore,
    private localeOverride: Partial<Locale> = {},
  ) {}

  /** The user's zone when the host knows it better than the browser (the demo mailbox's zone). */
  useTimeZone(timeZone: string | undefined): void {
    this.localeOverride = { ...this.localeOverride, timeZone };
  }

  private get locale(): Locale {
    return {
      language: this.localeOverride.language ?? (typeof navigator === "undefined" ? undefined : navigator.language),
      timeZone: this.view?.timeZone ?? this.localeOverride.timeZone ?? undefined,
    };
  }

  /** Shows the interview behind an Outlook item (the pane calls it again when a pinned pane's item changes). */
  async show(item: OutlookItemRef | null): Promise<void> {
    this.preview.cancel();
    // A language chosen for this item stays while the pane shows it again (after an action); another item starts over.
    if (item?.itemId !== this.item?.itemId) this.language = null;
    this.item = item;
    this.view = null;
    this.lastResult = [];
    this.links = {};
    this.activity = null;
    if (!item) {
      this.root.replaceChildren(h("p", { className: "muted", text: "Select an invite or an appointment to see its follow-up." }));
      return;
    }
    this.root.replaceChildren(h("p", { className: "muted", role: "status", text: "Reading the invite…" }));
    try {
      const [view, settings] = await Promise.all([this.api.analyze({ itemId: item.itemId, itemType: item.itemType, language: this.language }), this.api.settings().catch(() => null)]);
      if (this.item !== item) return;
      this.settings = settings;
      this.notes = this.notesStore.get(view.eventId);
      this.view = view;
      this.role = view.tracked?.roleOverride ?? view.role;
      this.company = view.tracked?.companyOverride ?? view.company;
      this.render();
      if (Object.keys(notesToSend(this.notes)).length) this.refreshPreview();
    } catch (error) {
      this.root.replaceChildren(h("div", { className: "notice error", role: "alert" }, `Could not read this item. ${message(error)}`));
    }
  }

  private async reload(): Promise<void> {
    const item = this.item;
    const keep = this.lastResult;
    await this.show(item);
    this.lastResult = keep;
    if (this.view) this.render();
  }

  // ---------- rendering ----------

  private render(): void {
    const view = this.view;
    if (!view) return;
    this.people.clear();
    const tracked = view.tracked;
    const parts: Node[] = [];

    if (this.settings?.automation.pausedReason) {
      parts.push(h("div", { className: "notice warning", role: "status" }, sentence(this.settings.automation.pausedReason)));
    }
    parts.push(this.header(view));
    if (tracked?.reply) parts.push(this.replyNotice(tracked));
    parts.push(this.verdictSection(view, tracked));

    const ended = tracked?.endedBecause ?? null;
    if (view.noContact) {
      parts.push(
        h(
          "div",
          { className: "notice no-contact", role: "alert" },
          h("strong", { text: "No follow-up for this one." }),
          " ",
          view.nothingToDoBecause ?? `The employer asked candidates not to contact them${view.noContactText ? ` (“${view.noContactText}”)` : ""}, so there are no drafts and no reminder.`,
        ),
      );
    } else if (view.nothingToDoBecause && tracked?.isMyInterview !== true) {
      parts.push(h("p", { className: "notice", role: "status", text: view.nothingToDoBecause }));
    } else if (ended) {
      parts.push(h("div", { className: "notice", role: "status", text: ended === "answered" ? "Follow-up ended: you told us they already answered you. No status check will be drafted." : "Follow-up ended: you withdrew. No status check will be drafted." }));
    }

    const active = !view.noContact && (!view.nothingToDoBecause || tracked?.isMyInterview === true);
    if (active) {
      parts.push(this.factsSection());
      parts.push(this.peopleSection(view));
      parts.push(this.addInterviewerSection(tracked));
      parts.push(this.timelineSection(view, tracked));
      parts.push(this.placeSection(view, tracked));
      if (!ended) parts.push(this.endSection(view));
      parts.push(this.autoSection(view, tracked));
    }
    parts.push(this.activitySection());
    this.root.replaceChildren(...parts);
  }

  /** What the employer answered, and the drafts to look at before sending because of it. */
  private replyNotice(tracked: TrackedView): HTMLElement {
    const reply = tracked.reply!;
    const notice = h("div", { className: reply.outcome === "rejection" ? "notice warning" : "notice", role: "status" }, h("strong", { text: replyInWords(reply, this.locale) }));
    const flags = tracked.flags ?? [];
    if (flags.length) {
      notice.append(
        h("p", { text: "Look before you send:" }),
        h("ul", { className: "flags" }, ...flags.map((f) => h("li", { text: `${f.kind === "status-check" ? "Status check" : "Thank-you"} to ${this.nameOf(f.to)}: ${f.reason}` }))),
      );
    }
    return notice;
  }

  /** The drafts' language, and a switch to English or the mailbox's language when they differ. */
  private languageControl(view: InterviewView): HTMLElement[] {
    if (!view.language) return [];
    const locale = this.locale;
    const line = h("p", { className: "muted", text: languageInWords(view.language, view.languageSource, locale) });
    const choices = [...new Set([view.language, view.inviteLanguage, "en", view.mailboxLanguage].filter((c): c is DraftLanguage => !!c))];
    if (choices.length < 2) return [line];
    const labelId = uid("lang-label");
    const dropdown = document.createElement("fluent-dropdown") as HTMLElement & { value: string };
    dropdown.setAttribute("aria-labelledby", labelId);
    const listbox = h("fluent-listbox", { id: uid("lang-list") });
    for (const code of choices) {
      const option = h("fluent-option", { value: code, role: "option", text: languageName(code, locale) });
      if (code === view.language) option.setAttribute("selected", "");
      listbox.append(option);
    }
    dropdown.append(listbox);
    labelDropdownControl(dropdown, labelId);
    dropdown.addEventListener("change", () => {
      const chosen = dropdown.value;
      if (chosen && chosen !== view.language) void this.switchLanguage(chosen as DraftLanguage);
    });
    return [line, h("label", { id: labelId, className: "field-label", text: "Write the drafts in" }), dropdown];
  }

  private async switchLanguage(language: DraftLanguage): Promise<void> {
    const item = this.item;
    if (!item) return;
    this.language = language;
    this.preview.cancel();
    await this.act(async () => {
      const view = await this.api.analyze({ itemId: item.itemId, itemType: item.itemType, notes: notesToSend(this.notes), language });
      if (this.item !== item) return;
      this.view = view;
      this.render();
      this.say(`The drafts are now in ${languageName(language, this.locale)}.`);
    });
  }

  private header(view: InterviewView): HTMLElement {
    const title = this.role ? `${this.role}${this.company ? ` at ${this.company}` : ""}` : view.subject;
    return h(
      "header",
      { className: "head" },
      h("h2", { text: title }),
      h("p", { className: "muted", text: `${view.subject} · ${formatDate(view.interviewEndDate, this.locale)}` }),
    );
  }

  private verdictSection(view: InterviewView, tracked: TrackedView | null): HTMLElement {
    const v = verdict(view, tracked?.isMyInterview);
    const reasons = reasonsInWords(view);
    const correction = v.yes
      ? this.button("This is not my interview", () => void this.classify(false), "secondary")
      : this.button("This is my interview", () => void this.classify(true), "secondary");
    return h(
      "section",
      { className: "card verdict", "aria-label": "Is this an interview?" },
      h("p", { className: v.yes ? "yes" : "no" }, h("strong", { text: v.headline })),
      reasons.length ? h("ul", { className: "reasons", "aria-label": "Why" }, ...reasons.map((r) => h("li", { text: r }))) : null,
      view.noContact ? null : h("div", { className: "row" }, correction),
    );
  }

  private factsSection(): HTMLElement {
    const role = this.textInput("Role", this.role ?? "", "the role");
    const company = this.textInput("Company", this.company ?? "", "the company");
    const save = () => {
      void this.saveFacts(role.value, company.value);
    };
    role.addEventListener("change", save);
    company.addEventListener("change", save);
    return h(
      "section",
      { className: "card", "aria-labelledby": "facts-h" },
      h("h3", { id: "facts-h", text: "Role and company" }),
      h("p", { className: "muted", text: "Used in every draft. Change them if the invite got them wrong." }),
      role,
      company,
    );
  }

  private peopleSection(view: InterviewView): HTMLElement {
    const section = h("section", { className: "people", "aria-labelledby": "people-h" }, h("h3", { id: "people-h", text: view.thankYouDrafts.length === 1 ? "Your interviewer" : "Your interviewers" }));
    if (!view.thankYouDrafts.length) {
      section.append(h("p", { className: "muted", text: "Nobody in the invite to thank. Add the interviewers below." }));
    }
    for (const draft of view.thankYouDrafts) section.append(this.person(view, draft));
    for (const w of view.warnings) section.append(h("p", { className: "notice warning", text: warningInWords(w, this.locale) }));
    return section;
  }

  private person(view: InterviewView, draft: ThankYouDraft): HTMLElement {
    const name = personName(draft);
    const noteId = uid("note");
    const note = document.createElement("fluent-textarea") as HTMLElement & { value: string };
    note.id = noteId;
    note.setAttribute("resize", "vertical");
    note.setAttribute("auto-resize", "");
    note.setAttribute("placeholder", `What did you talk about with ${firstWord(name)}?`);
    note.append(h("span", { slot: "label", text: `Note for ${name}` }));
    note.value = this.notes[draft.to] ?? "";
    const counter = h("span", { className: "counter" });
    const subject = h("p", { className: "preview-subject" });
    const body = h("div", { className: "preview-body" });
    const warnings = h("ul", { className: "warnings" });
    const refs: PersonRefs = { subject, body, warnings, counter, note };
    this.people.set(draft.to.toLowerCase(), refs);
    note.addEventListener("input", () => {
      this.notes = this.notesStore.set(view.eventId, draft.to, note.value);
      this.updateCounter(refs);
      this.preview.schedule(() => this.refreshPreview());
    });
    this.updateCounter(refs);
    this.fillPreview(refs, draft);

    const placed = draft.placed ?? null;
    return h(
      "article",
      { className: "card person", "aria-label": name },
      h("h4", {}, name, h("span", { className: "muted address", text: ` ${draft.to}` })),
      placed ? h("p", { className: "muted", text: placedWords(placed.state) }) : null,
      note,
      h("div", { className: "counter-row" }, counter),
      h(
        "div",
        { className: "preview", role: "region", "aria-label": `Preview for ${name}` },
        h("p", { className: "preview-label muted", "aria-hidden": "true", text: "What lands in Drafts" }),
        subject,
        body,
      ),
      warnings,
      h("p", { className: "muted", text: `Best sent by ${formatDateTime(draft.sendBy, this.locale)}.` }),
    );
  }

  private updateCounter(refs: PersonRefs): void {
    const c = noteCounter(refs.note.value);
    refs.counter.textContent = c.over ? `${c.text}: ${charCount(refs.note.value) - NOTE_LIMIT} over the limit` : c.text;
    refs.counter.setAttribute("aria-label", c.label);
    refs.counter.classList.toggle("over", c.over);
  }

  private fillPreview(refs: PersonRefs, draft: ThankYouDraft): void {
    refs.subject.textContent = `Subject: ${draft.subject}`;
    refs.body.replaceChildren(...draft.bodyText.split(/\n{2,}/).map((p) => h("p", { text: p })));
    refs.warnings.replaceChildren(...draft.warnings.map((w) => h("li", { text: warningInWords(w, this.locale) })));
  }

  private addInterviewerSection(tracked: TrackedView | null): HTMLElement {
    const name = this.textInput("Name", "", "Their name");
    const address = this.textInput("Email address", "", "name@company.com", "email");
    const add = this.button("Add interviewer", () => void this.addInterviewer(name.value, address.value), "secondary");
    const added = tracked?.addedInterviewers ?? [];
    return h(
      "section",
      { className: "card", "aria-labelledby": "add-h" },
      h("h3", { id: "add-h", text: "Someone missing?" }),
      h("p", { className: "muted", text: "Add an interviewer who was not on the invite; they get their own draft." }),
      added.length ? h("p", { className: "muted", text: `You added: ${added.map((a) => `${a.name} (${a.address})`).join(", ")}.` }) : null,
      name,
      address,
      h("div", { className: "row" }, add),
    );
  }

  private timelineSection(view: InterviewView, tracked: TrackedView | null): HTMLElement {
    const locale = this.locale;
    const due = tracked?.statusCheckDue ?? view.statusCheck?.due ?? null;
    const section = h("section", { className: "card", "aria-labelledby": "time-h" }, h("h3", { id: "time-h", text: "When to check in" }));
    for (const line of timelineInWords(view, locale, due)) section.append(h("p", { text: line }));
    section.append(h("p", { className: view.noStatusInquiries ? "notice" : "", role: view.noStatusInquiries ? "status" : null, text: statusCheckInWords(view, view.statusCheck, due, locale) }));
    if (view.statusCheck && due && !view.noStatusInquiries) {
      const today = todayIn(locale);
      const from = today > view.interviewEndDate ? today : view.interviewEndDate;
      const options = workingDaysAfter(from, 20, view.workingDays ?? undefined, due, view.holidays?.dates ?? []);
      const labelId = uid("due-label");
      const dropdown = document.createElement("fluent-dropdown") as HTMLElement & { value: string };
      dropdown.setAttribute("aria-labelledby", labelId);
      const listbox = h("fluent-listbox", { id: uid("due-days") });
      for (const day of options) {
        const option = h("fluent-option", { value: day, role: "option", text: formatDate(day, locale) });
        if (day === due) option.setAttribute("selected", "");
        listbox.append(option);
      }
      dropdown.append(listbox);
      labelDropdownControl(dropdown, labelId);
      dropdown.addEventListener("change", () => {
        const chosen = dropdown.value;
        if (chosen && chosen !== due) void this.moveStatusCheck(chosen);
      });
      if (!tracked) {
        // The reminder is scheduled with the drafts: until then there is nothing to move.
        dropdown.setAttribute("disabled", "");
      }
      section.append(
        h("label", { id: labelId, className: "field-label", text: "Status-check date" }),
        dropdown,
        ...(tracked ? [] : [h("p", { className: "muted", text: "You can move it once the drafts are in your Drafts folder: the reminder is scheduled with them." })]),
        h("p", { className: "muted", text: `Only working days (${workingDaysInWords(view.workingDays, locale)}) are offered: a status check on a day off is easy to miss. ${holidaysInWords(view.holidays, locale)}` }),
      );
      const reminder = reminderInWords(tracked?.remindAt ?? view.statusCheck.remindAt, locale);
      if (reminder) section.append(h("p", { className: "muted", text: reminder }));
    }
    if (this.settings?.holidayCountries?.length) section.append(...this.holidaySetting(view));
    return section;
  }

  /** "Public holidays": the mailbox's country (default), none, or a country the user picks; a setting for every interview. */
  private holidaySetting(view: InterviewView): Node[] {
    const locale = this.locale;
    const settings = this.settings!;
    const current = settings.holidayCountry ?? "auto";
    const fromMailbox = view.holidays?.source === "mailbox" && view.holidays.country ? ` (${countryName(view.holidays.country, locale)})` : "";
    const choices: [string, string][] = [
      ["auto", `From my mailbox’s language and region${current === "auto" ? fromMailbox : ""}`],
      ["none", "None"],
      ...(settings.holidayCountries ?? [])
        .map((code): [string, string] => [code, countryName(code, locale)])
        .sort((a, b) => a[1].localeCompare(b[1], locale.language)),
    ];
    const labelId = uid("holidays-label");
    const dropdown = document.createElement("fluent-dropdown") as HTMLElement & { value: string };
    dropdown.setAttribute("aria-labelledby", labelId);
    const listbox = h("fluent-listbox", { id: uid("holiday-countries") });
    for (const [value, label] of choices) {
      const option = h("fluent-option", { value, role: "option", text: label });
      if (value === current) option.setAttribute("selected", "");
      listbox.append(option);
    }
    dropdown.append(listbox);
    labelDropdownControl(dropdown, labelId);
    dropdown.addEventListener("change", () => {
      const chosen = dropdown.value;
      if (chosen && chosen !== current) void this.setHolidayCountry(chosen);
    });
    return [
      h("label", { id: labelId, className: "field-label", text: "Public holidays to skip" }),
      dropdown,
      h("p", { className: "muted", text: "For all your interviews. Dates already set keep their day." }),
    ];
  }

  private placeSection(view: InterviewView, tracked: TrackedView | null): HTMLElement {
    const button = this.button("Put drafts in my Drafts folder", () => void this.placeDrafts(button), "primary");
    if (!view.thankYouDrafts.length) {
      button.setAttribute("disabled", "");
      button.setAttribute("aria-disabled", "true");
    }
    this.status = h("p", { className: "status", role: "status", "aria-live": "polite" });
    const result = h("ul", { className: "result" }, ...this.lastResult.map((line) => h("li", { text: line })));
    const links = placedLinks(view, tracked, this.links);
    const section = h(
      "section",
      { className: "card place", "aria-labelledby": "place-h" },
      h("h3", { id: "place-h", text: "Thank-you drafts" }),
      h("p", { className: "muted", text: links.length ? "Added a note? Putting the drafts again updates the ones you have not changed." : "One draft per interviewer, in your Drafts folder. Nothing is sent: you review and send." }),
      ...this.languageControl(view),
      button,
      this.status,
      result,
    );
    if (links.length) {
      section.append(
        h("h4", { text: "In your Drafts folder" }),
        h(
          "ul",
          { className: "links" },
          ...links.map((link) => {
            const a = h("fluent-link", { href: link.webLink ?? "#", target: "_blank", rel: "noopener", role: "link" }, `Open the draft for ${link.name}`);
            a.addEventListener("click", (event) => {
              // Registered before Fluent's own handler: Outlook opens its own form instead of following the link.
              event.preventDefault();
              event.stopImmediatePropagation();
              this.host.openDraft(link);
            });
            return h("li", {}, a, link.state === "changed" ? h("span", { className: "muted", text: " (you changed it)" }) : null);
          }),
        ),
      );
      if (tracked?.sendThanks === "waiting") {
        section.append(h("p", { className: "muted", text: "A “Send your thank-you notes” reminder is in your To Do list; it completes itself once you have sent them." }));
      }
      const takeBack = this.button("Take back these drafts", () => void this.takeBack(takeBack), "secondary");
      section.append(h("div", { className: "row" }, takeBack), h("p", { className: "muted", text: "Removes the drafts we placed that you have not changed. Drafts you edited stay." }));
    }
    return section;
  }

  private endSection(view: InterviewView): HTMLElement {
    return h(
      "section",
      { className: "card", "aria-labelledby": "end-h" },
      h("h3", { id: "end-h", text: "Already settled?" }),
      h("p", { className: "muted", text: "Ends this follow-up: no status check is drafted." }),
      h("div", { className: "row" }, this.button("They already answered me", () => void this.end(view, "answered"), "secondary"), this.button("I withdrew", () => void this.end(view, "withdrew"), "secondary")),
    );
  }

  private autoSection(view: InterviewView, tracked: TrackedView | null): HTMLElement {
    const id = uid("auto");
    const on = tracked?.autoMode ?? this.settings?.autoMode ?? false;
    const toggle = h("fluent-switch", { id, slot: "input", role: "switch", "aria-checked": String(on) }) as HTMLElement & { checked: boolean };
    toggle.checked = on;
    toggle.addEventListener("change", () => {
      toggle.setAttribute("aria-checked", String(toggle.checked));
      void this.setAuto(view, toggle.checked);
    });
    return h(
      "section",
      { className: "card", "aria-labelledby": "auto-h" },
      h("h3", { id: "auto-h", text: "Automatic mode" }),
      h("fluent-field", { "label-position": "after" }, h("label", { slot: "label", for: id, text: "Follow up automatically after this interview" }), toggle),
      h("p", { className: "muted", text: "When on, the drafts and the reminder appear by themselves after the interview ends." }),
    );
  }

  private activitySection(): HTMLElement {
    const list = h("div", { className: "activity-list" });
    const show = this.button(this.activity ? "Refresh activity" : "Show activity", () => void this.loadActivity(list), "secondary");
    if (this.activity) this.fillActivity(list);
    return h(
      "section",
      { className: "card", "aria-labelledby": "activity-h" },
      h("h3", { id: "activity-h", text: "Activity" }),
      h("p", { className: "muted", text: "Every read and write the service made in your mailbox." }),
      h("div", { className: "row" }, show),
      list,
    );
  }

  private fillActivity(list: HTMLElement): void {
    const entries = this.activity ?? [];
    if (!entries.length) {
      list.replaceChildren(h("p", { className: "empty", text: "Nothing yet. When the service reads your calendar or writes a draft for you, it is listed here." }));
      return;
    }
    list.replaceChildren(
      h(
        "ul",
        { className: "activity" },
        ...entries.map((e) => h("li", {}, h("span", { className: "muted", text: `${formatDateTime(e.at, this.locale)}: ` }), `${sentence(e.operation)}${e.status >= 400 ? ` (failed: ${e.status})` : ""}`)),
      ),
    );
  }

  // ---------- actions ----------

  private refreshPreview(): void {
    const view = this.view;
    if (!view) return;
    const notes = notesToSend(this.notes);
    if (Object.values(notes).some((n) => charCount(n) > NOTE_LIMIT)) return;
    const ticket = this.latest.next();
    const request = this.previewUnavailable
      ? this.api.analyze({ itemId: this.item!.itemId, itemType: this.item!.itemType, notes, language: this.language }).then((v) => ({ thankYouDrafts: v.thankYouDrafts, warnings: v.warnings }))
      : this.api.preview({ eventId: view.eventId, notes, role: this.role, company: this.company, language: this.language });
    request
      .then((result) => {
        if (!this.latest.isLatest(ticket) || this.view?.eventId !== view.eventId) return;
        this.view = mergePreview(this.view, result.thankYouDrafts);
        for (const draft of this.view.thankYouDrafts) {
          const refs = this.people.get(draft.to.toLowerCase());
          if (refs) this.fillPreview(refs, draft);
        }
      })
      .catch((error: unknown) => {
        if (error instanceof ApiError && (error.status === 404 || error.status === 405) && !this.previewUnavailable) {
          // An API without the preview endpoint: compose through analyze, which takes the same notes.
          this.previewUnavailable = true;
          this.refreshPreview();
          return;
        }
        if (this.latest.isLatest(ticket)) this.say(message(error), true);
      });
  }

  private async placeDrafts(button: HTMLElement): Promise<void> {
    const view = this.view;
    if (!view) return;
    const tooLong = view.thankYouDrafts.filter((d) => charCount(this.notes[d.to] ?? "") > NOTE_LIMIT);
    if (tooLong.length) {
      this.say(
        tooLong.map((d) => `The note for ${personName(d)} is ${charCount(this.notes[d.to] ?? "")} characters; ${NOTE_LIMIT} at most.`).join(" ") + " Shorten it before putting the drafts in your Drafts folder.",
        true,
      );
      return;
    }
    await this.placing.run(async () => {
      setBusy(button, true);
      this.say("Putting the drafts in your Drafts folder…");
      try {
        this.preview.cancel();
        const notes = notesToSend(this.notes);
        const result = await this.api.createDrafts({ eventId: view.eventId, notes, recipients: view.thankYouDrafts.map((d) => d.to), edits: {}, language: this.language });
        for (const d of result.drafts) if (d.webLink) this.links[d.to.toLowerCase()] = d.webLink;
        const summary = placedSummary(result, (a) => this.nameOf(a));
        this.lastResult = summary.details;
        this.view = { ...view, tracked: result.tracked };
        this.render();
        this.say(summary.message, summary.failed);
        this.host.changed?.();
      } catch (error) {
        this.showFieldErrors(error);
        this.say(message(error), true);
      } finally {
        setBusy(button, false);
      }
    });
  }

  private async takeBack(button: HTMLElement): Promise<void> {
    const view = this.view;
    if (!view) return;
    await this.placing.run(async () => {
      setBusy(button, true);
      try {
        const result = await this.api.takeBack(view.followUpId);
        const lines = takeBackSummary(result, (a) => this.nameOf(a));
        this.lastResult = lines.slice(1);
        this.view = { ...view, tracked: result.tracked, thankYouDrafts: view.thankYouDrafts.map((d) => ({ ...d, placed: null })) };
        this.links = {};
        this.render();
        this.say(lines[0] ?? "");
        this.host.changed?.();
      } catch (error) {
        this.say(message(error), true);
      } finally {
        setBusy(button, false);
      }
    });
  }

  private async act(action: () => Promise<void>): Promise<void> {
    await this.working.run(async () => {
      try {
        await action();
      } catch (error) {
        this.say(message(error), true);
      }
    });
  }

  private classify(isMine: boolean): Promise<void> {
    const view = this.view!;
    return this.act(async () => {
      await this.api.setClassification(view.followUpId, view.eventId, isMine);
      await this.reload();
      this.say(isMine ? "Noted: this is your interview." : "Noted: this is not your interview. Nothing will be drafted for it.");
    });
  }

  private saveFacts(role: string, company: string): Promise<void> {
    const view = this.view!;
    this.role = role.trim() || null;
    this.company = company.trim() || null;
    this.refreshPreview();
    return this.act(async () => {
      const tracked = await this.api.setFacts(view.followUpId, view.eventId, this.role, this.company);
      this.view = { ...this.view!, tracked };
      this.say("Role and company saved. The drafts use them.");
    });
  }

  private addInterviewer(name: string, address: string): Promise<void> {
    const view = this.view!;
    if (!name.trim() || !looksLikeAddress(address)) {
      this.say("Enter the interviewer’s name and a full email address (name@company.com).", true);
      return Promise.resolve();
    }
    const added = [...(view.tracked?.addedInterviewers ?? []), { name: name.trim(), address: address.trim() }];
    return this.act(async () => {
      await this.api.setInterviewers(view.followUpId, view.eventId, added);
      await this.reload();
      this.say(`Added ${name.trim()}. Their draft is below.`);
    });
  }

  private setHolidayCountry(holidayCountry: string): Promise<void> {
    return this.act(async () => {
      this.settings = await this.api.updateSettings({ holidayCountry });
      await this.reload();
      this.say(holidayCountry === "none" ? "Public holidays are no longer skipped." : "Saved: new dates skip these public holidays.");
    });
  }

  private moveStatusCheck(due: string): Promise<void> {
    const view = this.view!;
    if (!isWorkingDay(due, view.workingDays ?? undefined) || view.holidays?.dates.includes(due)) {
      this.say("Pick a working day for the status check.", true);
      return Promise.resolve();
    }
    return this.act(async () => {
      const tracked = await this.api.setStatusCheck(view.followUpId, due);
      this.view = { ...view, tracked };
      this.render();
      this.say(`Status check moved to ${formatDate(due, this.locale)}.`);
    });
  }

  private end(view: InterviewView, reason: "answered" | "withdrew"): Promise<void> {
    return this.act(async () => {
      const tracked = await this.api.end(view.followUpId, reason);
      this.view = { ...view, tracked };
      this.render();
      this.say(reason === "answered" ? "Follow-up ended: they already answered you." : "Follow-up ended: you withdrew.");
      this.host.changed?.();
    });
  }

  private setAuto(view: InterviewView, enabled: boolean): Promise<void> {
    return this.act(async () => {
      const tracked = await this.api.setAuto(view.followUpId, view.eventId, enabled);
      this.view = { ...this.view!, tracked };
      this.say(enabled ? "Automatic mode is on for this interview." : "Automatic mode is off for this interview.");
    });
  }

  private async loadActivity(list: HTMLElement): Promise<void> {
    await this.act(async () => {
      this.activity = await this.api.activity(20);
      this.fillActivity(list);
    });
  }

  // ---------- helpers ----------

  private nameOf(address: string): string {
    const d = this.view?.thankYouDrafts.find((x) => x.to.toLowerCase() === address.toLowerCase());
    return d ? personName(d) : address;
  }

  private showFieldErrors(error: unknown): void {
    if (!(error instanceof ApiError)) return;
    for (const messages of Object.values(error.fieldErrors)) {
      for (const m of messages) {
        for (const [address, refs] of this.people) {
          const draft = this.view?.thankYouDrafts.find((d) => d.to.toLowerCase() === address);
          if (draft && (m.includes(draft.to) || m.includes(personName(draft)))) refs.counter.classList.add("over");
        }
      }
    }
  }

  private say(text: string, isError = false): void {
    if (!this.status) return;
    this.status.textContent = text;
    this.status.classList.toggle("error", isError);
  }

  private button(label: string, onClick: () => void, appearance: "primary" | "secondary"): HTMLElement {
    // The role is also set as an attribute: Fluent sets it through ElementInternals, which screen readers see but
    // DOM-based tools (axe, Playwright's role queries) do not.
    const b = h("fluent-button", { appearance: appearance === "primary" ? "primary" : null, type: "button", role: "button" }, label);
    b.addEventListener("click", onClick);
    return b;
  }

  private textInput(label: string, value: string, placeholder: string, type = "text"): HTMLElement & { value: string } {
    const input = document.createElement("fluent-text-input") as HTMLElement & { value: string };
    input.setAttribute("type", type);
    input.setAttribute("placeholder", placeholder);
    input.append(h("span", { text: label }));
    input.value = value;
    return input;
  }
}

/**
 * Fluent's dropdown renders its own combobox button into the light DOM once it is defined and connected; it does not
 * pass the label to it, so the button gets the label (and its expanded state) here.
 */
function labelDropdownControl(dropdown: HTMLElement, labelId: string): void {
  const apply = () => {
    const control = dropdown.querySelector<HTMLElement>('[slot="control"]');
    if (!control) return false;
    // Only when different: an unchanged write would still wake the observer below.
    if (control.getAttribute("aria-labelledby") !== labelId) control.setAttribute("aria-labelledby", labelId);
    if (!control.hasAttribute("aria-expanded")) control.setAttribute("aria-expanded", "false");
    return true;
  };
  void customElements.whenDefined("fluent-dropdown").then(() => {
    const observer = new MutationObserver(() => {
      apply();
    });
    observer.observe(dropdown, { childList: true, subtree: true, attributes: true, attributeFilter: ["aria-expanded", "aria-labelledby"] });
    requestAnimationFrame(() => apply());
  });
}

function setBusy(button: HTMLElement, busy: boolean): void {
  if (busy) {
    button.setAttribute("disabled", "");
    button.setAttribute("aria-disabled", "true");
    button.setAttribute("aria-busy", "true");
    button.prepend(h("fluent-spinner", { slot: "start", size: "tiny", "aria-hidden": "true" }));
  } else {
    button.removeAttribute("disabled");
    button.removeAttribute("aria-disabled");
    button.removeAttribute("aria-busy");
    button.querySelector("fluent-spinner")?.remove();
  }
}

function placedWords(state: string): string {
  switch (state) {
    case "changed":
      return "Their draft is in your Drafts folder, and you changed it: it is left as you wrote it.";
    case "sent":
      return "You sent their thank-you.";
    case "removed":
      return "You deleted their draft.";
    case "taken-back":
      return "The draft was taken back.";
    default:
      return "Their draft is in your Drafts folder.";
  }
}

/** "Amy" for "Amy Chen" and for "Chen, Amy"; the address itself when there is no name. */
export function firstWord(name: string): string {
  if (name.includes("@")) return name;
  const comma = name.indexOf(",");
  const given = comma > 0 ? name.slice(comma + 1).trim() : name.trim();
  return given.split(/\s+/)[0] ?? given;
}

export function message(error: unknown): string {
  return error instanceof Error ? error.message : "Something went wrong.";
}
