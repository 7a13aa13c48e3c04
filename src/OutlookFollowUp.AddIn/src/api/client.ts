import { readChallenge, type Challenge } from "./challenge.js";
import { ApiError, NetworkError } from "./problems.js";
import type {
  ActivityEntry,
  AnalyzeRequest,
  CreateDraftsRequest,
  CreateDraftsResult,
  Interviewer,
  InterviewView,
  PreviewRequest,
  PreviewResult,
  ProblemDetails,
  Settings,
  TakeBackResult,
  TrackedView,
} from "./types.js";

/** Where the pane gets a bearer token for our API; asked again with the API's challenge when consent is missing. */
export interface TokenSource {
  getToken(challenge?: Challenge): Promise<string>;
}

export type Fetch = (input: string, init: RequestInit) => Promise<Response>;

const id = (value: string) => encodeURIComponent(value);

/** Typed calls to our API. Every failure becomes an ApiError (or NetworkError) with a sentence to show. */
export class ApiClient {
  constructor(
    private readonly tokens: TokenSource,
    private readonly fetchFn: Fetch = (input, init) => fetch(input, init),
    private readonly base = "",
  ) {}

  async request<T>(method: string, path: string, body?: unknown, signal?: AbortSignal): Promise<T> {
    let response = await this.send(method, path, body, await this.tokens.getToken(), signal);
    const challenge = readChallenge(response.status, response.headers.get("WWW-Authenticate"));
    if (challenge) {
      // Consent or a fresh sign-in is needed: ask for a token again with the claims / a prompt, then retry once.
      response = await this.send(method, path, body, await this.tokens.getToken(challenge), signal);
    }

    const text = await response.text();
    let data: ProblemDetails | null = null;
    if (text) {
      try {
        data = JSON.parse(text) as ProblemDetails;
      } catch {
        data = null;
      }
    }
    if (!response.ok) throw new ApiError(response.status, data);
    return data as T;
  }

  private async send(method: string, path: string, body: unknown, token: string, signal?: AbortSignal): Promise<Response> {
    const headers: Record<string, string> = { Authorization: `Bearer ${token}`, Accept: "application/json" };
    const init: RequestInit = { method, headers };
    if (body !== undefined) {
      headers["Content-Type"] = "application/json";
      init.body = JSON.stringify(body);
    }
    if (signal) init.signal = signal;
    try {
      return await this.fetchFn(this.base + path, init);
    } catch (error) {
      if (error instanceof DOMException && error.name === "AbortError") throw error;
      throw new NetworkError(error);
    }
  }

  analyze(request: AnalyzeRequest) {
    return this.request<InterviewView>("POST", "/api/interviews/analyze", request);
  }

  preview(request: PreviewRequest, signal?: AbortSignal) {
    return this.request<PreviewResult>("POST", "/api/interviews/preview", request, signal);
  }

  createDrafts(request: CreateDraftsRequest) {
    return this.request<CreateDraftsResult>("POST", "/api/interviews/drafts", request);
  }

  takeBack(followUpId: string) {
    return this.request<TakeBackResult>("POST", `/api/interviews/${id(followUpId)}/take-back`, {});
  }

  setAuto(followUpId: string, eventId: string, enabled: boolean | null) {
    return this.request<TrackedView>("PUT", `/api/interviews/${id(followUpId)}/auto`, { enabled, eventId });
  }

  setStatusCheck(followUpId: string, due: string) {
    return this.request<TrackedView>("PUT", `/api/interviews/${id(followUpId)}/status-check`, { due });
  }

  setFacts(followUpId: string, eventId: string, role: string | null, company: string | null) {
    return this.request<TrackedView>("PUT", `/api/interviews/${id(followUpId)}/facts`, { eventId, role, company });
  }

  setClassification(followUpId: string, eventId: string, isMyInterview: boolean | null) {
    return this.request<TrackedView>("PUT", `/api/interviews/${id(followUpId)}/classification`, { eventId, isMyInterview });
  }

  setInterviewers(followUpId: string, eventId: string, added: Interviewer[]) {
    return this.request<TrackedView>("PUT", `/api/interviews/${id(followUpId)}/interviewers`, { eventId, added });
  }

  end(followUpId: string, reason: "answered" | "withdrew") {
    return this.request<TrackedView>("POST", `/api/interviews/${id(followUpId)}/end`, { reason });
  }

  settings() {
    return this.request<Settings>("GET", "/api/settings");
  }

  updateSettings(update: Partial<Pick<Settings, "autoMode" | "defaultBusinessDays" | "graceDays" | "signature" | "holidayCountry">>) {
    return this.request<Settings>("PUT", "/api/settings", update);
  }

  activity(limit = 20) {
    return this.request<ActivityEntry[]>("GET", `/api/activity?limit=${limit}`);
  }
}
