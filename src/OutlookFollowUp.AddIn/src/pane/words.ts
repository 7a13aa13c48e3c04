// The service's findings in plain words for the pane.
import type { InterviewView, StatusCheck } from "../api/types.js";
import { formatDate, formatDateTime, humanizeStamps, workingDaysInWords, type Locale } from "./format.js";

export function sentence(text: string): string {
  const t = text.trim();
  if (!t) return t;
  const upper = t.charAt(0).toUpperCase() + t.slice(1);
  return /[.!?…"”)]$/.test(upper) ? upper : `${upper}.`;
}

/** Yes/no and the gist, as the pane's first line. */
export function verdict(view: InterviewView, isMyInterview?: boolean | null): { yes: boolean; headline: string } {
  if (isMyInterview === false) return { yes: false, headline: "You said this is not your interview, so nothing is drafted for it." };
  if (isMyInterview === true && view.classification !== "candidate-interview") {
    return { yes: true, headline: "You said this is your interview, so it is followed up like one." };
  }
  switch (view.classification) {
    case "candidate-interview":
      return { yes: true, headline: "Yes, this is one of your job interviews." };
    case "interviewer":
      return { yes: false, headline: "No: you are on the hiring side of this interview, so there is nothing to follow up." };
    default:
      return { yes: false, headline: "No, this is not a job interview, so there is nothing to follow up." };
  }
}

/** Why, in plain words: the service's reasons as sentences. */
export function reasonsInWords(view: InterviewView): string[] {
  return view.reasons.map((r) => sentence(r.replace(/^classified as [a-z-]+:?\s*/i, "")));
}

const rules: [RegExp, (m: RegExpMatchArray) => string][] = [
  [/^generic: no note for (.+?)(?:;.*)?$/i, (m) => `There is no note for ${m[1] ?? "them"} yet. Add one specific thing you talked about, so the note is personal.`],
  [/^placeholder left: replace "(.+)" before sending$/i, (m) => `Replace “${m[1] ?? ""}” with your own words before you send it.`],
  [/^too long: (\d+) words; keep it under (\d+)$/i, (m) => `This note is ${m[1] ?? ""} words long. Notes under ${m[2] ?? "200"} words are more likely to be read.`],
  [/^role missing: the draft does not name the (.+) role$/i, (m) => `The draft does not name the ${m[1] ?? ""} role.`],
  [/^send-by already passed \((.+)\)$/i, () => `The usual 24 hours for a thank-you have passed. It is still worth sending soon.`],
  [/^no first name to greet by.*$/i, () => `No first name was found for this person, so the draft opens with “Hello,”. Add their name if you know it.`],
  [/^no notes for (\d+) interviewers.*$/i, (m) => `${m[1] ?? "Several"} interviewers have no note yet. Each draft is worded differently, but add something personal to each before you send them.`],
  [/^the status-check date \((.+)\) has already passed$/i, () => `The status-check date has already passed. Pick a new one below.`],
  [/^the interview has not ended yet.*$/i, () => `The interview has not ended yet. These drafts are for afterwards.`],
  [/^your name is unknown.*$/i, () => `Your name is not known to the service. Add it below the sign-off.`],
  [/^nobody in the invite can receive the status check.*$/i, () => `Nobody in the invite can receive the status check.`],
  [/^no interviewer addresses in the invite.*$/i, () => `The invite lists no interviewer addresses (hidden attendees, or only a hiring system). Add the interviewers yourself below.`],
];

/** A lint warning from the service in plain words (dates in the user's zone, no developer shorthand). */
export function warningInWords(warning: string, locale: Locale): string {
  for (const [pattern, words] of rules) {
    const m = warning.match(pattern);
    if (m) return humanizeStamps(words(m), locale);
  }
  // Unknown wording: keep it, but as a sentence and with dates in words.
  return sentence(humanizeStamps(warning.replace(/^([a-z -]+): /i, (_, head: string) => `${head.charAt(0).toUpperCase()}${head.slice(1)}: `), locale));
}

/** What the pane says about the employer's timeline and the status check. */
export function timelineInWords(view: InterviewView, locale: Locale, due: string | null, today?: Date): string[] {
  const lines: string[] = [];
  if (view.respondBy) {
    const quote = view.respondByText ? ` (“${view.respondByText.trim()}”)` : "";
    lines.push(`They said they would get back to you by ${formatDate(view.respondBy, locale, today)}${quote}.`);
  } else {
    lines.push("They did not say when they would get back to you.");
  }
  return lines;
}

export function statusCheckInWords(view: InterviewView, check: StatusCheck | null, due: string | null, locale: Locale, today?: Date): string {
  if (view.noStatusInquiries) {
    const quote = view.noStatusInquiriesText ? ` (“${view.noStatusInquiriesText.trim()}”)` : "";
    return `Thank-you notes: yes. Status check: no, because the employer asked candidates not to ask about the status${quote}.`;
  }
  if (!check || !due) {
    return sentence(view.statusCheckWhyNot ?? "There is no status check for this interview: nobody in the invite can receive one.");
  }
  const who = check.toName ?? check.to ?? "the recruiter";
  const rule = view.respondBy ? "two working days after the date they gave" : "five working days after the interview, since they gave no date";
  const days = workingDaysInWords(view.workingDays, locale);
  return `One polite status check to ${who} on ${formatDate(due, locale, today)}, ${rule}. If they answer first, it is cancelled. You can move it to another working day (${days}).`;
}

export function reminderInWords(remindAt: string | null | undefined, locale: Locale): string | null {
  return remindAt ? `A reminder in Microsoft To Do comes up ${formatDateTime(remindAt, locale)}.` : null;
}
