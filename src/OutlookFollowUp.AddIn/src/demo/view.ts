// The demo page's views of the simulated mailbox, as text (pure: tested in Node).
import { formatDate, formatDateTime, type Locale } from "../pane/format.js";

export interface DemoMailbox {
  today?: string;
  timeZone?: string | null;
  events: { id: string; subject: string; start: string; end: string; timeZone: string; cancelled: boolean; startUtc?: string | null }[];
  drafts: { id?: string; to: string; subject: string; bodyHtml: string; bodyText?: string | null; createdAt: string | null }[];
  tasks: { title: string; status: string; due: string | null; reminder: string | null; body?: string | null }[];
  inbox?: { from: string; subject: string; receivedAt: string }[];
}

/** Plain text of an HTML body the product wrote (escaped by it): tags dropped, entities decoded, paragraphs kept. */
export function htmlToParagraphs(html: string): string[] {
  const text = html
    .replace(/<\s*br\s*\/?>/gi, "\n")
    .replace(/<\/\s*(p|div|li|h\d)\s*>/gi, "\n\n")
    .replace(/<[^>]*>/g, "")
    .replace(/&nbsp;/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
  return text
    .split(/\n{2,}/)
    .map((p) => p.replace(/[ \t]+/g, " ").trim())
    .filter(Boolean);
}

const statusWords: Record<string, string> = { notStarted: "to do", inProgress: "in progress", completed: "done" };

export function demoMailboxText(mailbox: DemoMailbox, locale: Locale) {
  const dateOf = (value: string | null) => (value ? formatDate(value.slice(0, 10), locale) : null);
  return {
    drafts: mailbox.drafts.map((d) => ({
      id: d.id ?? "",
      to: d.to,
      subject: d.subject,
      paragraphs: d.bodyText ? d.bodyText.split(/\n{2,}/) : htmlToParagraphs(d.bodyHtml),
      created: d.createdAt ? `Placed ${formatDateTime(d.createdAt, locale)}` : null,
    })),
    tasks: mailbox.tasks.map((t) => ({
      title: t.title,
      status: statusWords[t.status] ?? t.status,
      when: [t.due ? `Due ${dateOf(t.due) ?? ""}` : null, t.reminder ? `reminder ${formatDateTime(t.reminder.endsWith("Z") ? t.reminder : `${t.reminder}Z`, locale)}` : null].filter(Boolean).join(", "),
    })),
    inbox: (mailbox.inbox ?? []).map((m) => ({ from: m.from, subject: m.subject, when: `Received ${formatDateTime(m.receivedAt, locale)}` })),
  };
}
