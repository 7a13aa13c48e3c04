// Pane logic with no DOM and no Office.js, so it is tested in Node.
import type { CreateDraftsResult, InterviewView, TakeBackResult, ThankYouDraft, TrackedDraft, TrackedView } from "../api/types.js";

export const NOTE_LIMIT = 600;

/** Characters as a person counts them (code points, so an emoji or an accented letter is one). */
export function charCount(text: string): number {
  return Array.from(text).length;
}

export function noteCounter(text: string): { text: string; over: boolean; label: string } {
  const n = charCount(text);
  return { text: `${n} / ${NOTE_LIMIT}`, over: n > NOTE_LIMIT, label: `${n} of ${NOTE_LIMIT} characters used` };
}

/** The name the pane shows for an interviewer (and so the one in "Note for {name}"). */
export function personName(draft: Pick<ThankYouDraft, "to" | "toName">): string {
  return draft.toName?.trim() || draft.to;
}

/** "Amy Chen" for a directory-style "Chen, Amy", for sentences that list several people. */
export function readableName(name: string): string {
  const m = /^([^,]+),\s*([^,]+)$/.exec(name.trim());
  return m && !name.includes("@") ? `${m[2]!.trim()} ${m[1]!.trim()}` : name;
}

/** Minimal Storage (sessionStorage in the browser, a Map in tests). */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/**
 * The user's notes, kept per interview while the pane is open (sessionStorage keyed by event id): reopening an
 * event brings them back; they reach the service only inside a request.
 */
export class NotesStore {
  constructor(private readonly store: KeyValueStore | null) {}

  private key(eventId: string) {
    return `followup.notes.${eventId}`;
  }

  get(eventId: string): Record<string, string> {
    try {
      const raw = this.store?.getItem(this.key(eventId));
      const data: unknown = raw ? JSON.parse(raw) : {};
      return data && typeof data === "object" ? { ...(data as Record<string, string>) } : {};
    } catch {
      return {};
    }
  }

  set(eventId: string, address: string, note: string): Record<string, string> {
    const notes = Object.fromEntries(Object.entries(this.get(eventId)).filter(([to]) => to !== address));
    if (note.trim()) notes[address] = note;
    try {
      if (Object.keys(notes).length) this.store?.setItem(this.key(eventId), JSON.stringify(notes));
      else this.store?.removeItem(this.key(eventId));
    } catch {
      // Storage full or blocked: the notes still live in the open pane.
    }
    return notes;
  }
}

/** Only notes with text, trimmed of nothing (the user's words are theirs), within the limit. */
export function notesToSend(notes: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(notes).filter(([, text]) => text.trim().length > 0));
}

export interface Timer {
  set(fn: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export const realTimer: Timer = {
  set: (fn, ms) => setTimeout(fn, ms),
  clear: (handle) => {
    clearTimeout(handle as ReturnType<typeof setTimeout>);
  },
};

/** Calls `fn` once typing pauses for `ms`. */
export class Debouncer {
  private handle: unknown = null;
  constructor(
    private readonly ms: number,
    private readonly timer: Timer = realTimer,
  ) {}

  schedule(fn: () => void): void {
    if (this.handle !== null) this.timer.clear(this.handle);
    this.handle = this.timer.set(() => {
      this.handle = null;
      fn();
    }, this.ms);
  }

  cancel(): void {
    if (this.handle !== null) this.timer.clear(this.handle);
    this.handle = null;
  }

  get pending(): boolean {
    return this.handle !== null;
  }
}

/** Runs one action at a time: a second click while the first request is in flight does nothing. */
export class Exclusive {
  private running = false;

  get busy(): boolean {
    return this.running;
  }

  async run<T>(action: () => Promise<T>): Promise<T | undefined> {
    if (this.running) return undefined;
    this.running = true;
    try {
      return await action();
    } finally {
      this.running = false;
    }
  }
}

/** Ignores answers that arrive after a newer request was sent (typing fast). */
export class LatestOnly {
  private sequence = 0;
  next(): number {
    return ++this.sequence;
  }
  isLatest(ticket: number): boolean {
    return ticket === this.sequence;
  }
}

export interface PlacedLink {
  to: string;
  name: string;
  messageId: string;
  webLink: string | null;
  state: string;
}

/** The placed drafts that can still be opened (not sent, removed or taken back). */
export function placedLinks(view: InterviewView, tracked: TrackedView | null, extraLinks: Record<string, string | null> = {}): PlacedLink[] {
  const names = new Map(view.thankYouDrafts.map((d) => [d.to.toLowerCase(), personName(d)]));
  const gone = new Set(["sent", "removed", "taken-back"]);
  const fromTracked = (tracked?.drafts ?? [])
    .filter((d: TrackedDraft) => d.kind.toLowerCase().includes("thank") && !gone.has(d.state ?? "placed"))
    .map((d) => ({
      to: d.recipient,
      name: names.get(d.recipient.toLowerCase()) ?? d.recipient,
      messageId: d.messageId,
      webLink: d.webLink ?? extraLinks[d.recipient.toLowerCase()] ?? null,
      state: d.state ?? "placed",
    }));
  if (fromTracked.length) return fromTracked;
  return view.thankYouDrafts
    .filter((d) => d.placed && !gone.has(d.placed.state))
    .map((d) => ({ to: d.to, name: personName(d), messageId: d.placed!.messageId, webLink: d.placed!.webLink, state: d.placed!.state }));
}

/** What the pane says after "Put drafts in my Drafts folder". */
export function placedSummary(result: CreateDraftsResult, nameOf: (address: string) => string): { message: string; details: string[]; failed: boolean } {
  const ok = result.drafts.filter((d) => !d.error);
  const created = ok.filter((d) => d.created);
  const updated = ok.filter((d) => !d.created && d.updated);
  const left = ok.filter((d) => !d.created && !d.updated && d.notUpdatedBecause);
  const same = ok.filter((d) => !d.created && !d.updated && !d.notUpdatedBecause);
  const failed = result.drafts.filter((d) => d.error);
  const list = (items: { to: string }[]) => new Intl.ListFormat("en", { type: "conjunction" }).format(items.map((d) => readableName(nameOf(d.to))));
  const details: string[] = [];
  if (created.length) details.push(`New draft${created.length > 1 ? "s" : ""} for ${list(created)}.`);
  if (updated.length) details.push(`Updated with your note: ${list(updated)}.`);
  if (same.length) details.push(`Already there, unchanged: ${list(same)}.`);
  for (const d of left) details.push(`Left ${readableName(nameOf(d.to))}’s draft as it is: ${lower(d.notUpdatedBecause ?? "you changed it in Outlook")}`);
  for (const d of failed) details.push(`Not placed for ${readableName(nameOf(d.to))}: ${lower(d.error ?? "")}`);
  const message = ok.length
    ? `${ok.length} draft${ok.length > 1 ? "s are" : " is"} in your Drafts folder. Review and send ${ok.length > 1 ? "them" : "it"} yourself: nothing is sent for you.`
    : "No draft was placed.";
  return { message, details, failed: failed.length > 0 };
}

/** What the pane says after "Take back these drafts". */
export function takeBackSummary(result: TakeBackResult, nameOf: (address: string) => string): string[] {
  const lines: string[] = [];
  if (result.removed.length) {
    lines.push(`Took back ${result.removed.length} draft${result.removed.length > 1 ? "s" : ""} from your Drafts folder (${new Intl.ListFormat("en", { type: "conjunction" }).format(result.removed.map((r) => readableName(nameOf(r.to))))}).`);
  }
  for (const k of result.kept) lines.push(`Kept ${readableName(nameOf(k.to))}’s draft: ${lower(k.reason)}`);
  if (!lines.length) lines.push("There were no drafts of ours to take back.");
  return lines;
}

function lower(text: string): string {
  const t = text.trim();
  const s = t ? t.charAt(0).toLowerCase() + t.slice(1) : t;
  return /[.!?]$/.test(s) ? s : `${s}.`;
}

/** A quick check of an address the user types for an added interviewer. */
export function looksLikeAddress(text: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text.trim());
}

/** Replaces the drafts of a view with a fresh preview (same people), keeping what the service said about placement. */
export function mergePreview(view: InterviewView, drafts: ThankYouDraft[]): InterviewView {
  const byAddress = new Map(drafts.map((d) => [d.to.toLowerCase(), d]));
  const merged = view.thankYouDrafts.map((d) => {
    const fresh = byAddress.get(d.to.toLowerCase());
    return fresh ? { ...fresh, placed: fresh.placed ?? d.placed ?? null } : d;
  });
  for (const d of drafts) if (!view.thankYouDrafts.some((v) => v.to.toLowerCase() === d.to.toLowerCase())) merged.push(d);
  return { ...view, thankYouDrafts: merged };
}
