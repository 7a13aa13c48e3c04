// Dates and times in the user's zone and words (Intl), never raw ISO stamps.

export interface Locale {
  /** BCP 47 language tag for Intl ("en-US"); undefined = the browser's. */
  language: string | undefined;
  /** IANA zone of the user ("America/New_York"); undefined = the browser's. */
  timeZone: string | undefined;
}

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date (yyyy-MM-dd) as a UTC-noon instant, so formatting never shifts it by a day. */
export function dateOnly(text: string): Date {
  const m = isoDate.exec(text);
  if (!m) throw new RangeError(`not a date: ${text}`);
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12));
}

export function toIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function safeZone(zone: string | undefined): string | undefined {
  if (!zone) return undefined;
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return zone;
  } catch {
    return undefined;
  }
}

/** "Friday, December 4" (with the year when it is not this year). */
export function formatDate(text: string, locale: Locale, today: Date = new Date()): string {
  const date = dateOnly(text);
  const sameYear = date.getUTCFullYear() === today.getUTCFullYear();
  return new Intl.DateTimeFormat(locale.language, {
    weekday: "long",
    month: "long",
    day: "numeric",
    ...(sameYear ? {} : { year: "numeric" }),
    timeZone: "UTC",
  }).format(date);
}

/** "Wednesday, December 2 at 4:30 PM" in the user's zone. */
export function formatDateTime(iso: string, locale: Locale, today: Date = new Date()): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const timeZone = safeZone(locale.timeZone);
  const sameYear = date.getFullYear() === today.getFullYear();
  return new Intl.DateTimeFormat(locale.language, {
    weekday: "long",
    month: "long",
    day: "numeric",
    ...(sameYear ? {} : { year: "numeric" }),
    hour: "numeric",
    minute: "2-digit",
    ...(timeZone ? { timeZone } : {}),
  }).format(date);
}

/** "4:30 PM" in the user's zone. */
export function formatTime(iso: string, locale: Locale): string {
  const timeZone = safeZone(locale.timeZone);
  return new Intl.DateTimeFormat(locale.language, { hour: "numeric", minute: "2-digit", ...(timeZone ? { timeZone } : {}) }).format(new Date(iso));
}

/** "today", "tomorrow", "in 3 days", "2 days ago" between two calendar dates. */
export function relativeDays(target: string, today: string, locale: Locale): string {
  const days = Math.round((dateOnly(target).getTime() - dateOnly(today).getTime()) / 86_400_000);
  return new Intl.RelativeTimeFormat(locale.language, { numeric: "auto" }).format(days, "day");
}

/** Today's calendar date in the user's zone. */
export function todayIn(locale: Locale, now: Date = new Date()): string {
  const timeZone = safeZone(locale.timeZone);
  const parts = new Intl.DateTimeFormat("en-CA", { year: "numeric", month: "2-digit", day: "2-digit", ...(timeZone ? { timeZone } : {}) }).formatToParts(now);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${get("year")}-${get("month")}-${get("day")}`;
}

const weekdays = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
export const defaultWorkingDays = ["monday", "tuesday", "wednesday", "thursday", "friday"];

export function isWorkingDay(text: string, workingDays: readonly string[] = defaultWorkingDays): boolean {
  const day = weekdays[dateOnly(text).getUTCDay()] ?? "";
  const set = (workingDays.length ? workingDays : defaultWorkingDays).map((d) => d.toLowerCase());
  return set.includes(day);
}

/**
 * The next `count` working days after `from` (exclusive), skipping public holidays, always including `keep` when it
 * is a working day.
 */
export function workingDaysAfter(from: string, count: number, workingDays: readonly string[] = defaultWorkingDays, keep?: string, holidays: readonly string[] = []): string[] {
  const result: string[] = [];
  const off = new Set(holidays);
  const open = (text: string) => isWorkingDay(text, workingDays) && !off.has(text);
  let cursor = dateOnly(from);
  for (let guard = 0; result.length < count && guard < count * 7 + 14; guard++) {
    cursor = new Date(cursor.getTime() + 86_400_000);
    const text = toIsoDate(cursor);
    if (open(text)) result.push(text);
  }
  if (keep && open(keep) && !result.includes(keep)) {
    result.push(keep);
    result.sort();
  }
  return result;
}

/** A country's name in the pane's language ("United States"), or its code when the browser has no name for it. */
export function countryName(code: string, locale: Locale): string {
  try {
    return new Intl.DisplayNames(locale.language, { type: "region" }).of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

/** Which public holidays the dates skip, as a sentence: "Public holidays of Germany are skipped too." */
export function holidaysInWords(holidays: { country: string | null; source: string } | null | undefined, locale: Locale): string {
  if (!holidays?.country) return "No public holidays are skipped.";
  const name = countryName(holidays.country, locale);
  return holidays.source === "mailbox"
    ? `Public holidays of ${name} are skipped too (from your mailbox’s language and region).`
    : `Public holidays of ${name} are skipped too.`;
}

/** The employer's reply in words: "Fabrikam replied on Tue: next step". */
export function replyInWords(reply: { from: string; receivedOn: string; label: string; movedDue?: boolean }, locale: Locale): string {
  const day = new Intl.DateTimeFormat(locale.language, { weekday: "short", timeZone: "UTC" }).format(dateOnly(reply.receivedOn));
  const said = `${reply.from} replied on ${day}: ${reply.label}`;
  return reply.movedDue ? `${said}, with a new timeline, so the status check moved.` : `${said}.`;
}

/** A draft language's name in the user's language ("Spanish", "español" for es-*), the code when Intl cannot name it. */
export function languageName(code: string, locale: Locale): string {
  try {
    return new Intl.DisplayNames(locale.language ? [locale.language] : undefined, { type: "language" }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** Where the drafts' language came from, in words. */
export function languageInWords(language: string, source: string | undefined, locale: Locale): string {
  const name = languageName(language, locale);
  switch (source) {
    case "invite":
      return `Drafts are in ${name}, the invite’s language.`;
    case "mailbox":
      return `Drafts are in ${name}, your mailbox’s language (the invite’s is not one we write).`;
    case "chosen":
      return `Drafts are in ${name}, as you chose.`;
    default:
      return `Drafts are in ${name}.`;
  }
}

/** Names of the working days in words: "Monday to Friday", or "Sunday, Monday and Tuesday". */
export function workingDaysInWords(workingDays: readonly string[] | null | undefined, locale: Locale): string {
  const days = (workingDays?.length ? workingDays : defaultWorkingDays).map((d) => d.toLowerCase());
  const indexes = days.map((d) => weekdays.indexOf(d)).filter((i) => i >= 0).sort((a, b) => a - b);
  const name = (i: number) => new Intl.DateTimeFormat(locale.language, { weekday: "long", timeZone: "UTC" }).format(new Date(Date.UTC(2026, 10, 1 + i, 12)));
  const contiguous = indexes.every((v, i) => i === 0 || v === indexes[i - 1]! + 1);
  if (indexes.length >= 3 && contiguous) return `${name(indexes[0]!)} to ${name(indexes[indexes.length - 1]!)}`;
  return new Intl.ListFormat(locale.language, { type: "conjunction" }).format(indexes.map(name));
}

/** Replaces ISO dates and timestamps inside a sentence from the service with words. */
export function humanizeStamps(text: string, locale: Locale): string {
  return text
    .replace(/\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?(?:\s*UTC)?/g, (stamp) => {
      const clean = stamp.replace(/\s*UTC$/, "");
      const zoned = /Z|[+-]\d{2}:\d{2}$/.test(clean) ? clean : `${clean}Z`;
      return formatDateTime(zoned, locale);
    })
    .replace(/\b\d{4}-\d{2}-\d{2}\b/g, (date) => formatDate(date, locale));
}
