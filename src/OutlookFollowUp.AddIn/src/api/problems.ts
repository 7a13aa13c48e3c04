import type { ProblemDetails } from "./types.js";

/** Field names in the API's validation errors, as a person would say them. */
const fieldWords: Record<string, string> = {
  notes: "Notes",
  due: "Status-check date",
  eventId: "Interview",
  recipients: "Recipients",
  role: "Role",
  company: "Company",
  added: "Interviewer",
  itemId: "Outlook item",
};

function fieldLabel(field: string): string {
  const root = field.split(/[.[]/)[0] ?? field;
  const words = fieldWords[root] ?? fieldWords[field];
  if (words) return words;
  const spaced = root.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

function sentence(text: string): string {
  const t = text.trim();
  if (!t) return t;
  const upper = t.charAt(0).toUpperCase() + t.slice(1);
  return /[.!?…]$/.test(upper) ? upper : `${upper}.`;
}

const reasonPhrases = new Set(["Bad Request", "Unauthorized", "Forbidden", "Not Found", "Method Not Allowed", "Conflict", "Payload Too Large", "Too Many Requests", "Internal Server Error", "Bad Gateway", "Service Unavailable"]);

const statusWords: Record<number, string> = {
  400: "The service could not accept that request.",
  401: "You are not signed in any more. Close and reopen the pane to sign in again.",
  403: "The service needs your permission first.",
  404: "The service does not know this request; it may be an older version of the service.",
  405: "This version of the service cannot do that yet.",
  409: "That was already done.",
  413: "That is more text than the service accepts at once.",
  429: "Too many requests in a short time. Wait a minute, then try again.",
  500: "Something went wrong on the service. Try again in a moment.",
  502: "The service could not reach your mailbox. Try again in a moment.",
  503: "The service is busy. Try again in a moment.",
};

/**
 * Turns a ProblemDetails answer into sentences a person can read: the detail (or title), then each field error
 * with the field named ("Notes: the note for Amy Chen is 812 characters; 600 at most.").
 */
export function describeProblem(status: number, problem: ProblemDetails | null | undefined): string {
  const parts: string[] = [];
  // A bare HTTP reason phrase ("Not Found") says nothing a person can act on: use our own words for the status then.
  const genericTitle = !problem?.title || problem.title === "One or more validation errors occurred." || /^[A-Z][a-z]+( [A-Z][a-z]+)*$/.test(problem.title) && reasonPhrases.has(problem.title);
  const main = problem?.detail ?? (genericTitle ? undefined : problem.title);
  if (main) parts.push(sentence(main));
  const errors = problem?.errors ?? {};
  for (const [field, messages] of Object.entries(errors)) {
    for (const message of messages) {
      const label = fieldLabel(field);
      const already = message.toLowerCase().startsWith(label.toLowerCase());
      parts.push(sentence(already ? message : `${label}: ${message}`));
    }
  }
  if (parts.length === 0) parts.push(statusWords[status] ?? (status >= 500 ? statusWords[500]! : `The service answered with an error (${status}).`));
  return parts.join(" ");
}

/** An error the API answered, with the sentence to show. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: ProblemDetails | null;
  readonly fieldErrors: Record<string, string[]>;

  constructor(status: number, problem: ProblemDetails | null) {
    super(describeProblem(status, problem));
    this.name = "ApiError";
    this.status = status;
    this.problem = problem;
    this.fieldErrors = problem?.errors ?? {};
  }
}

/** The request never got an answer (offline, the service down). */
export class NetworkError extends Error {
  constructor(cause: unknown) {
    super("The service could not be reached. Check your connection and try again.", { cause });
    this.name = "NetworkError";
  }
}
