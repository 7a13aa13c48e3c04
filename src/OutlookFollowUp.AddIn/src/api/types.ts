// The API's contract as the pane sees it (JSON, camelCase). Fields marked "newer" come from the API's next version;
// the pane works without them.

export type Classification = "candidate-interview" | "interviewer" | "not-interview";
export type PlacedState = "placed" | "changed" | "sent" | "removed" | "taken-back";

export interface PlacedRef {
  messageId: string;
  webLink: string | null;
  state: PlacedState;
}

export interface ThankYouDraft {
  to: string;
  toName: string | null;
  subject: string;
  bodyText: string;
  createAt: string;
  sendBy: string;
  warnings: string[];
  key: string;
  /** newer */
  placed?: PlacedRef | null;
}

export interface StatusCheck {
  due: string;
  remindAt: string;
  to: string | null;
  toName: string | null;
  subject: string;
  bodyText: string;
}

export interface TrackedDraft {
  kind: string;
  recipient: string;
  key: string;
  messageId: string;
  createdAt: string;
  /** newer */
  state?: PlacedState;
  /** newer */
  webLink?: string | null;
}

export interface Interviewer {
  address: string;
  name: string;
}

export interface TrackedView {
  followUpId: string;
  eventId: string;
  role: string | null;
  company: string | null;
  state: string;
  interviewEnd: string;
  respondBy: string | null;
  statusCheckDue: string | null;
  remindAt: string | null;
  statusCheckTo: string | null;
  autoMode: boolean | null;
  dueSetByUser: boolean;
  completedReason: string | null;
  completedAt: string | null;
  drafts: TrackedDraft[];
  /** newer */
  roleOverride?: string | null;
  /** newer */
  companyOverride?: string | null;
  /** newer */
  isMyInterview?: boolean | null;
  /** newer */
  addedInterviewers?: Interviewer[];
  /** newer */
  endedBecause?: "answered" | "withdrew" | null;
  /** newer: the employer's reply that ended or moved the follow-up */
  reply?: ReplyView | null;
  /** newer: the "Send your thank-you notes" reminder (automatic drafts only) */
  sendThanks?: "waiting" | "done" | null;
  /** newer: drafts to look at before sending */
  flags?: FlagView[];
}

export type ReplyOutcome = "rejection" | "next-step" | "offer" | "request" | "acknowledgement" | "other";

export interface ReplyView {
  outcome: ReplyOutcome;
  /** the outcome in words: "next step", "reply" for other */
  label: string;
  /** the company, else "The employer" */
  from: string;
  receivedAt: string;
  /** yyyy-MM-dd in the mailbox's zone */
  receivedOn: string;
  /** true when it moved the status check (a new timeline) instead of ending it */
  movedDue: boolean;
}

export interface FlagView {
  kind: "thank-you" | "status-check";
  to: string;
  key: string;
  reason: string;
}

export type DraftLanguage = "en" | "es" | "fr" | "de" | "pt";

export interface InterviewView {
  eventId: string;
  followUpId: string;
  subject: string;
  classification: Classification;
  reasons: string[];
  role: string | null;
  company: string | null;
  noContact: boolean;
  noContactText: string | null;
  noStatusInquiries: boolean;
  noStatusInquiriesText: string | null;
  cancelled: boolean;
  interviewEndDate: string;
  respondBy: string | null;
  respondByText: string | null;
  thankYouDrafts: ThankYouDraft[];
  statusCheck: StatusCheck | null;
  warnings: string[];
  nothingToDoBecause: string | null;
  tracked: TrackedView | null;
  /** newer: IANA id of the user's zone */
  timeZone?: string | null;
  /** newer: ["monday", …] */
  workingDays?: string[] | null;
  /** newer */
  statusCheckWhyNot?: string | null;
  /** newer: whose public holidays business days skip, and those from the interview on */
  holidays?: Holidays | null;
  /** newer: the drafts' language, and where it came from */
  language?: DraftLanguage;
  languageSource?: "invite" | "mailbox" | "default" | "chosen";
  inviteLanguage?: DraftLanguage | null;
  mailboxLanguage?: DraftLanguage | null;
}

export interface Holidays {
  /** ISO 3166 code, or null when none are skipped */
  country: string | null;
  source: "mailbox" | "setting" | "none";
  /** yyyy-MM-dd, from the interview's day to 120 days later */
  dates: string[];
}

export interface AnalyzeRequest {
  itemId: string;
  itemType: "appointment" | "message";
  notes?: Record<string, string>;
  language?: DraftLanguage | null;
}

export interface DraftEdit {
  subject: string;
  bodyText: string;
}

export interface CreateDraftsRequest {
  eventId: string;
  notes: Record<string, string>;
  recipients: string[];
  edits: Record<string, DraftEdit>;
  language?: DraftLanguage | null;
}

export interface CreatedDraft {
  to: string;
  key: string;
  messageId: string | null;
  webLink: string | null;
  created: boolean;
  warnings: string[];
  error: string | null;
  /** newer */
  updated?: boolean;
  /** newer */
  notUpdatedBecause?: string | null;
}

export interface CreateDraftsResult {
  drafts: CreatedDraft[];
  tracked: TrackedView;
}

export interface PreviewRequest {
  eventId: string;
  notes: Record<string, string>;
  role?: string | null;
  company?: string | null;
  language?: DraftLanguage | null;
}

export interface PreviewResult {
  thankYouDrafts: ThankYouDraft[];
  warnings: string[];
}

export interface TakeBackResult {
  removed: { to: string; key: string }[];
  kept: { to: string; key: string; reason: string }[];
  tracked: TrackedView;
}

export interface Settings {
  autoMode: boolean;
  defaultBusinessDays: number;
  graceDays: number;
  signature: string | null;
  automation: { subscribed: boolean; subscriptionExpiresAt: string | null; pausedReason: string | null };
  /** newer: "auto" (the mailbox's locale), "none", or an ISO 3166 code */
  holidayCountry?: string;
  /** newer: the codes holidayCountry may name */
  holidayCountries?: string[];
}

export interface ActivityEntry {
  id: number | string;
  at: string;
  operation: string;
  method: string;
  resource: string;
  status: number;
}

export interface ProblemDetails {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  errors?: Record<string, string[]>;
}
