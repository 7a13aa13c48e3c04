import { describe, expect, it } from "vitest";
import type { CreateDraftsResult, InterviewView, TrackedView } from "../src/api/types.js";
import { countryName, formatDate, formatDateTime, holidaysInWords, humanizeStamps, languageInWords, languageName, replyInWords, isWorkingDay, relativeDays, todayIn, workingDaysAfter, workingDaysInWords } from "../src/pane/format.js";
import { charCount, Debouncer, Exclusive, LatestOnly, looksLikeAddress, mergePreview, noteCounter, NotesStore, notesToSend, personName, placedLinks, placedSummary, takeBackSummary, type Timer } from "../src/pane/model.js";
import { firstWord } from "../src/pane/pane.js";
import { reasonsInWords, statusCheckInWords, timelineInWords, verdict, warningInWords } from "../src/pane/words.js";

const en = { language: "en-US", timeZone: "America/Chicago" };

function view(over: Partial<InterviewView> = {}): InterviewView {
  return {
    eventId: "E1",
    followUpId: "F1",
    subject: "Interview: Frontend Engineer - Northwind Traders",
    classification: "candidate-interview",
    reasons: ['subject mentions "Interview"', "names a role: Frontend Engineer"],
    role: "Frontend Engineer",
    company: "Northwind Traders",
    noContact: false,
    noContactText: null,
    noStatusInquiries: false,
    noStatusInquiriesText: null,
    cancelled: false,
    interviewEndDate: "2026-11-20",
    respondBy: "2026-11-27",
    respondByText: "We'll be in touch within a week.",
    thankYouDrafts: [
      { to: "amy.chen@northwindtraders.com", toName: "Chen, Amy", subject: "Thank you", bodyText: "Dear Amy,\n\nThanks.", createAt: "2026-11-20T21:00:00Z", sendBy: "2026-11-21T21:00:00Z", warnings: [], key: "k1" },
      { to: "raj.mehta@northwindtraders.com", toName: "Raj Mehta", subject: "Thank you", bodyText: "Hello Raj,\n\nThanks.", createAt: "2026-11-20T21:00:00Z", sendBy: "2026-11-21T21:00:00Z", warnings: [], key: "k2" },
    ],
    statusCheck: { due: "2026-12-01", remindAt: "2026-12-01T08:30:00-06:00", to: "amy.chen@northwindtraders.com", toName: "Chen, Amy", subject: "s", bodyText: "b" },
    warnings: [],
    nothingToDoBecause: null,
    tracked: null,
    ...over,
  };
}

function tracked(over: Partial<TrackedView> = {}): TrackedView {
  return {
    followUpId: "F1", eventId: "E1", role: null, company: null, state: "Scheduled", interviewEnd: "2026-11-20T21:00:00Z", respondBy: null,
    statusCheckDue: "2026-12-01", remindAt: null, statusCheckTo: null, autoMode: null, dueSetByUser: false, completedReason: null, completedAt: null,
    drafts: [], ...over,
  };
}

describe("format", () => {
  it("shows calendar dates in words without shifting the day", () => {
    expect(formatDate("2026-12-04", en, new Date("2026-11-20T12:00:00Z"))).toBe("Friday, December 4");
    expect(formatDate("2027-01-04", en, new Date("2026-11-20T12:00:00Z"))).toBe("Monday, January 4, 2027");
  });

  it("shows instants in the user's zone", () => {
    expect(formatDateTime("2026-11-21T21:00:00Z", en, new Date("2026-11-20T12:00:00Z"))).toBe("Saturday, November 21 at 3:00 PM");
  });

  it("replaces raw ISO stamps in a sentence with words", () => {
    const text = humanizeStamps("send-by already passed (2026-12-02T14:30:00.0000000 UTC), due 2026-12-08", en);
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(text).toContain("December 2");
    expect(text).toContain("8:30 AM");
    expect(text).toContain("December 8");
  });

  it("knows working days and lists the next ones", () => {
    expect(isWorkingDay("2026-11-21")).toBe(false);
    expect(isWorkingDay("2026-11-23")).toBe(true);
    expect(isWorkingDay("2026-11-22", ["sunday", "monday", "tuesday", "wednesday", "thursday"])).toBe(true);
    expect(workingDaysAfter("2026-11-20", 3)).toEqual(["2026-11-23", "2026-11-24", "2026-11-25"]);
    expect(workingDaysAfter("2026-11-20", 2, undefined, "2026-12-01")).toEqual(["2026-11-23", "2026-11-24", "2026-12-01"]);
    expect(workingDaysAfter("2026-11-20", 2, undefined, "2026-11-28")).toEqual(["2026-11-23", "2026-11-24"]);
  });

  it("offers no public holiday, not even the kept date", () => {
    expect(workingDaysAfter("2026-11-24", 3, undefined, undefined, ["2026-11-26"])).toEqual(["2026-11-25", "2026-11-27", "2026-11-30"]);
    expect(workingDaysAfter("2026-11-24", 1, undefined, "2026-11-26", ["2026-11-26"])).toEqual(["2026-11-25"]);
  });

  it("names the holidays' country in words", () => {
    expect(countryName("DE", en)).toBe("Germany");
    expect(holidaysInWords({ country: "US", source: "mailbox" }, en)).toBe(`Public holidays of ${countryName("US", en)} are skipped too (from your mailbox’s language and region).`);
    expect(holidaysInWords({ country: "FR", source: "setting" }, en)).toBe("Public holidays of France are skipped too.");
    expect(holidaysInWords({ country: null, source: "none" }, en)).toBe("No public holidays are skipped.");
    expect(holidaysInWords(undefined, en)).toBe("No public holidays are skipped.");
  });

  it("names working days in words", () => {
    expect(workingDaysInWords(null, en)).toBe("Monday to Friday");
    expect(workingDaysInWords(["monday", "wednesday", "friday"], en)).toBe("Monday, Wednesday, and Friday");
  });

  it("gives today's date in the user's zone and relative days in words", () => {
    expect(todayIn(en, new Date("2026-11-21T03:00:00Z"))).toBe("2026-11-20");
    expect(relativeDays("2026-11-21", "2026-11-20", en)).toBe("tomorrow");
    expect(relativeDays("2026-11-25", "2026-11-20", en)).toBe("in 5 days");
  });
});

describe("words", () => {
  it("says yes or no in plain words, and what the user said", () => {
    expect(verdict(view()).headline).toMatch(/^Yes/);
    expect(verdict(view({ classification: "not-interview" })).headline).toMatch(/^No, this is not a job interview/);
    expect(verdict(view({ classification: "interviewer" })).yes).toBe(false);
    expect(verdict(view(), false).headline).toMatch(/You said this is not your interview/);
    expect(verdict(view({ classification: "not-interview" }), true).yes).toBe(true);
  });

  it("turns reasons into sentences", () => {
    expect(reasonsInWords(view())).toEqual(['Subject mentions "Interview"', "Names a role: Frontend Engineer."]);
  });

  it("rewrites the linter's shorthand as plain words", () => {
    expect(warningInWords("generic: no note for Sam; add something specific you discussed", en)).toBe(
      "There is no note for Sam yet. Add one specific thing you talked about, so the note is personal.",
    );
    expect(warningInWords("send-by already passed (2026-12-02T14:30:00.0000000 UTC)", en)).not.toMatch(/\d{4}-/);
    expect(warningInWords("too long: 230 words; keep it under 200", en)).toMatch(/230 words long/);
    expect(warningInWords('placeholder left: replace "[Add one specific thing…" before sending', en)).toMatch(/^Replace “\[Add one/);
    expect(warningInWords("something new: on 2026-12-08", en)).toBe("Something new: on Tuesday, December 8.");
  });

  it("explains the timeline and the status check", () => {
    expect(timelineInWords(view(), en, "2026-12-01", new Date("2026-11-20T12:00:00Z"))[0]).toBe(
      "They said they would get back to you by Friday, November 27 (“We'll be in touch within a week.”).",
    );
    const check = statusCheckInWords(view(), view().statusCheck, "2026-12-01", en, new Date("2026-11-20T12:00:00Z"));
    expect(check).toContain("Chen, Amy on Tuesday, December 1");
    expect(check).toContain("two working days after the date they gave");
    expect(check).toContain("Monday to Friday");
  });

  it("says thank-yous yes, no status check, and why, when status inquiries are not welcome", () => {
    const text = statusCheckInWords(view({ noStatusInquiries: true, noStatusInquiriesText: "we are unable to respond to status inquiries", statusCheck: null }), null, null, en);
    expect(text).toBe("Thank-you notes: yes. Status check: no, because the employer asked candidates not to ask about the status (“we are unable to respond to status inquiries”).");
  });

  it("uses the service's reason when there is no status check", () => {
    expect(statusCheckInWords(view({ statusCheck: null, statusCheckWhyNot: "nobody can receive it" }), null, null, en)).toBe("Nobody can receive it.");
  });
});

describe("model", () => {
  it("counts characters as a person does and flags the limit", () => {
    expect(charCount("José 👋")).toBe(6);
    expect(noteCounter("a".repeat(600))).toMatchObject({ text: "600 / 600", over: false });
    expect(noteCounter("a".repeat(601)).over).toBe(true);
  });

  it("keeps notes per interview in the session store and forgets empty ones", () => {
    const map = new Map<string, string>();
    const store = new NotesStore({ getItem: (k) => map.get(k) ?? null, setItem: (k, v) => map.set(k, v), removeItem: (k) => map.delete(k) });
    store.set("E1", "amy@x", "We talked about accessibility");
    store.set("E2", "raj@x", "Other interview");
    expect(store.get("E1")).toEqual({ "amy@x": "We talked about accessibility" });
    store.set("E1", "amy@x", "  ");
    expect(store.get("E1")).toEqual({});
    expect(map.has("followup.notes.E1")).toBe(false);
    expect(new NotesStore(null).get("E1")).toEqual({});
  });

  it("sends only notes with text", () => {
    expect(notesToSend({ a: "x", b: " " })).toEqual({ a: "x" });
  });

  it("debounces typing into one call", () => {
    const pending: (() => void)[] = [];
    const timer: Timer = { set: (fn) => pending.push(fn) - 1, clear: (h) => (pending[h as number] = () => undefined) };
    let calls = 0;
    const d = new Debouncer(300, timer);
    d.schedule(() => (calls += 1));
    d.schedule(() => (calls += 1));
    d.schedule(() => (calls += 1));
    pending.forEach((fn) => fn());
    expect(calls).toBe(1);
  });

  it("runs one action at a time (a double click makes one request)", async () => {
    const exclusive = new Exclusive();
    let calls = 0;
    let release: () => void = () => undefined;
    const first = exclusive.run(() => new Promise<void>((r) => { calls += 1; release = r; }));
    const second = exclusive.run(() => {
      calls += 1;
      return Promise.resolve();
    });
    expect(await second).toBeUndefined();
    release();
    await first;
    expect(calls).toBe(1);
    await exclusive.run(() => {
      calls += 1;
      return Promise.resolve();
    });
    expect(calls).toBe(2);
  });

  it("keeps only the latest preview answer", () => {
    const latest = new LatestOnly();
    const a = latest.next();
    const b = latest.next();
    expect(latest.isLatest(a)).toBe(false);
    expect(latest.isLatest(b)).toBe(true);
  });

  it("names people as the pane shows them", () => {
    expect(personName({ to: "a@x", toName: null })).toBe("a@x");
    expect(personName({ to: "a@x", toName: "Chen, Amy" })).toBe("Chen, Amy");
    expect(firstWord("Chen, Amy")).toBe("Amy");
    expect(firstWord("José García")).toBe("José");
    expect(looksLikeAddress("sam@fabrikam.com")).toBe(true);
    expect(looksLikeAddress("sam at fabrikam")).toBe(false);
  });

  it("lists placed drafts that can be opened, with their links", () => {
    const t = tracked({
      drafts: [
        { kind: "thank-you", recipient: "amy.chen@northwindtraders.com", key: "k1", messageId: "M1", createdAt: "x", webLink: "https://w/1" },
        { kind: "thank-you", recipient: "raj.mehta@northwindtraders.com", key: "k2", messageId: "M2", createdAt: "x", state: "sent" },
        { kind: "status-check", recipient: "amy.chen@northwindtraders.com", key: "k3", messageId: "M3", createdAt: "x" },
      ],
    });
    expect(placedLinks(view(), t)).toEqual([{ to: "amy.chen@northwindtraders.com", name: "Chen, Amy", messageId: "M1", webLink: "https://w/1", state: "placed" }]);
    const fromView = view();
    fromView.thankYouDrafts[1]!.placed = { messageId: "M9", webLink: null, state: "changed" };
    expect(placedLinks(fromView, null)).toEqual([{ to: "raj.mehta@northwindtraders.com", name: "Raj Mehta", messageId: "M9", webLink: null, state: "changed" }]);
  });

  it("says what was placed, updated and left because the user edited it", () => {
    const result: CreateDraftsResult = {
      drafts: [
        { to: "a@x", key: "1", messageId: "M1", webLink: null, created: true, warnings: [], error: null },
        { to: "b@x", key: "2", messageId: "M2", webLink: null, created: false, warnings: [], error: null, updated: true },
        { to: "c@x", key: "3", messageId: "M3", webLink: null, created: false, warnings: [], error: null, updated: false, notUpdatedBecause: "You changed it in Outlook" },
        { to: "d@x", key: "4", messageId: null, webLink: null, created: false, warnings: [], error: "Graph said no" },
      ],
      tracked: tracked(),
    };
    const names: Record<string, string> = { "a@x": "Amy", "b@x": "Raj", "c@x": "José", "d@x": "Sam" };
    const summary = placedSummary(result, (a) => names[a] ?? a);
    expect(summary.message).toBe("3 drafts are in your Drafts folder. Review and send them yourself: nothing is sent for you.");
    expect(summary.details).toEqual([
      "New draft for Amy.",
      "Updated with your note: Raj.",
      "Left José’s draft as it is: you changed it in Outlook.",
      "Not placed for Sam: graph said no.",
    ]);
    expect(summary.failed).toBe(true);
  });

  it("says what was taken back and what was kept", () => {
    const lines = takeBackSummary({ removed: [{ to: "a@x", key: "1" }, { to: "b@x", key: "2" }], kept: [{ to: "c@x", key: "3", reason: "You edited it" }], tracked: tracked() }, (a) => a);
    expect(lines).toEqual(["Took back 2 drafts from your Drafts folder (a@x and b@x).", "Kept c@x’s draft: you edited it."]);
    expect(takeBackSummary({ removed: [], kept: [], tracked: tracked() }, (a) => a)).toEqual(["There were no drafts of ours to take back."]);
  });

  it("merges a preview into the view, keeping placement", () => {
    const v = view();
    v.thankYouDrafts[0]!.placed = { messageId: "M1", webLink: null, state: "placed" };
    const merged = mergePreview(v, [{ ...v.thankYouDrafts[0]!, bodyText: "new", placed: undefined }]);
    expect(merged.thankYouDrafts[0]!.bodyText).toBe("new");
    expect(merged.thankYouDrafts[0]!.placed?.messageId).toBe("M1");
    expect(merged.thankYouDrafts[1]!.bodyText).toBe("Hello Raj,\n\nThanks.");
  });
});

describe("readableName", () => {
  it("turns directory-style names around for sentences", async () => {
    const { readableName } = await import("../src/pane/model.js");
    expect(readableName("Chen, Amy")).toBe("Amy Chen");
    expect(readableName("Raj Mehta")).toBe("Raj Mehta");
    expect(readableName("a@x")).toBe("a@x");
  });
});

describe("replies and languages in words", () => {
  const en = { language: "en-US", timeZone: "America/New_York" };
  it("says who replied, on which weekday, and what it means", () => {
    expect(replyInWords({ from: "Fabrikam", receivedOn: "2026-11-17", label: "next step" }, en)).toBe("Fabrikam replied on Tue: next step.");
    expect(replyInWords({ from: "Fabrikam", receivedOn: "2026-11-13", label: "acknowledgement", movedDue: true }, en)).toBe("Fabrikam replied on Fri: acknowledgement, with a new timeline, so the status check moved.");
  });
  it("names the drafts' language and where it came from", () => {
    expect(languageName("es", en)).toBe("Spanish");
    expect(languageInWords("fr", "invite", en)).toBe("Drafts are in French, the invite’s language.");
    expect(languageInWords("de", "mailbox", en)).toBe("Drafts are in German, your mailbox’s language (the invite’s is not one we write).");
    expect(languageInWords("en", "chosen", en)).toBe("Drafts are in English, as you chose.");
  });
});
