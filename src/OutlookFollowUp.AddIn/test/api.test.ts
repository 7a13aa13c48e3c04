import { describe, expect, it } from "vitest";
import { readChallenge, parseWwwAuthenticate } from "../src/api/challenge.js";
import { ApiClient } from "../src/api/client.js";
import { ApiError, describeProblem, NetworkError } from "../src/api/problems.js";
import type { Challenge } from "../src/api/challenge.js";

describe("describeProblem", () => {
  it("names the field and keeps the person in a note error", () => {
    const text = describeProblem(400, {
      title: "One or more validation errors occurred.",
      errors: { notes: ["The note for Amy Chen is 812 characters; 600 at most."] },
    });
    expect(text).toBe("Notes: The note for Amy Chen is 812 characters; 600 at most.");
  });

  it("puts the detail first, then each field error as a sentence", () => {
    const text = describeProblem(400, { detail: "That date cannot be used", errors: { due: ["pick a working day"] } });
    expect(text).toBe("That date cannot be used. Status-check date: pick a working day.");
  });

  it("says something a person can act on when the answer has no body", () => {
    expect(describeProblem(429, null)).toMatch(/wait a minute/i);
    expect(describeProblem(503, undefined)).toMatch(/busy/i);
    expect(describeProblem(418, null)).toMatch(/418/);
  });

  it("replaces a bare reason phrase with words", () => {
    expect(describeProblem(404, { title: "Not Found", status: 404 })).toMatch(/older version/);
    expect(describeProblem(409, { title: "Nothing to do", detail: "The drafts were already taken back." })).toBe("The drafts were already taken back.");
    expect(describeProblem(409, { title: "Nothing to do" })).toBe("Nothing to do.");
  });

  it("does not repeat a field name the message already starts with", () => {
    expect(describeProblem(400, { errors: { notes: ["Notes may be 600 characters long"] } })).toBe("Notes may be 600 characters long.");
  });
});

describe("readChallenge", () => {
  it("reads insufficient_claims with base64 claims", () => {
    const claims = '{"access_token":{"xms_cc":{"values":["cp1"]}}}';
    const header = `Bearer realm="", error="insufficient_claims", claims="${btoa(claims)}"`;
    const challenge = readChallenge(403, header);
    expect(challenge?.error).toBe("insufficient_claims");
    expect(challenge?.claims).toBe(claims);
  });

  it("reads Identity.Web's consent challenge (proposedAction, scopes)", () => {
    const header = 'Bearer clientId="abc", consentUri="https://login/x", claims="{\\"a\\":1}", scopes="Mail.ReadWrite Tasks.ReadWrite", proposedAction="consent"';
    const challenge = readChallenge(403, header);
    expect(challenge?.claims).toBe('{"a":1}');
    expect(challenge?.scopes).toEqual(["Mail.ReadWrite", "Tasks.ReadWrite"]);
    expect(challenge?.needsInteraction).toBe(true);
  });

  it("reads consent_required without claims", () => {
    expect(readChallenge(403, 'Bearer error="consent_required"')?.claims).toBeNull();
  });

  it("is null for a 403 that is not about consent, and for other statuses", () => {
    expect(readChallenge(403, null)).toBeNull();
    expect(readChallenge(403, 'Bearer error="invalid_token"')).toBeNull();
    expect(readChallenge(400, 'Bearer error="consent_required"')).toBeNull();
  });

  it("parses quoted and bare values", () => {
    expect(parseWwwAuthenticate('Bearer a="x, y", b=z')).toEqual({ a: "x, y", b: "z" });
  });
});

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(body === null ? null : JSON.stringify(body), { status, headers: { "Content-Type": "application/json", ...headers } });
}

describe("ApiClient", () => {
  it("sends the bearer token and JSON body, and returns the parsed answer", async () => {
    const seen: { url: string; init: RequestInit }[] = [];
    const api = new ApiClient({ getToken: () => Promise.resolve("t1") }, (url, init) => {
      seen.push({ url, init });
      return Promise.resolve(json(200, { ok: true }));
    });
    const result = await api.request<{ ok: boolean }>("POST", "/api/x", { a: 1 });
    expect(result.ok).toBe(true);
    expect((seen[0]!.init.headers as Record<string, string>).Authorization).toBe("Bearer t1");
    expect(seen[0]!.init.body).toBe('{"a":1}');
  });

  it("asks for a token again with the claims of a consent challenge and retries once", async () => {
    const asked: (Challenge | undefined)[] = [];
    let call = 0;
    const api = new ApiClient(
      {
        getToken: (challenge) => {
          asked.push(challenge);
          return Promise.resolve(challenge ? "fresh" : "stale");
        },
      },
      (_url, init) => {
        call += 1;
        const auth = (init.headers as Record<string, string>).Authorization;
        if (auth === "Bearer stale") return Promise.resolve(json(403, { title: "Consent needed" }, { "WWW-Authenticate": 'Bearer error="insufficient_claims", claims="{\\"x\\":1}"' }));
        return Promise.resolve(json(200, { drafts: [] }));
      },
    );
    await api.request("POST", "/api/interviews/drafts", {});
    expect(call).toBe(2);
    expect(asked[1]?.claims).toBe('{"x":1}');
  });

  it("turns a ProblemDetails answer into an ApiError with field errors", async () => {
    const api = new ApiClient({ getToken: () => Promise.resolve("t") }, () => Promise.resolve(json(400, { errors: { notes: ["too long for Raj Mehta"] } })));
    const error = await api.request("POST", "/x", {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).fieldErrors.notes).toEqual(["too long for Raj Mehta"]);
    expect((error as ApiError).message).toBe("Notes: too long for Raj Mehta.");
  });

  it("says the service could not be reached when fetch fails", async () => {
    const api = new ApiClient({ getToken: () => Promise.resolve("t") }, () => Promise.reject(new TypeError("Failed to fetch")));
    await expect(api.request("GET", "/x")).rejects.toBeInstanceOf(NetworkError);
  });

  it("encodes ids with slashes and equals signs in paths", async () => {
    const urls: string[] = [];
    const api = new ApiClient({ getToken: () => Promise.resolve("t") }, (url) => {
      urls.push(url);
      return Promise.resolve(json(200, {}));
    });
    await api.takeBack("AAMk/abc=");
    expect(urls[0]).toBe("/api/interviews/AAMk%2Fabc%3D/take-back");
  });
});
