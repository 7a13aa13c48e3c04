/**
 * Reads the API's consent challenge: a 403 whose WWW-Authenticate header (Microsoft.Identity.Web's
 * ReplyForbiddenWithWwwAuthenticateHeaderAsync) carries `error="insufficient_claims"` with `claims="…"`, or
 * `consent_required` / `interaction_required`. The pane asks for a token again with those claims (or a prompt).
 */
export interface Challenge {
  error: string | null;
  /** The claims JSON to pass to MSAL (decoded when the header carried it base64-encoded). */
  claims: string | null;
  scopes: string[];
  /** True when the user must be asked (consent or sign-in), not only a fresh token. */
  needsInteraction: boolean;
}

export function parseWwwAuthenticate(header: string | null | undefined): Record<string, string> {
  const values: Record<string, string> = {};
  if (!header) return values;
  const text = header.replace(/^\s*Bearer\s+/i, "");
  const pattern = /([A-Za-z_]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^,\s]*))/g;
  for (const match of text.matchAll(pattern)) {
    const key = match[1]!.toLowerCase();
    values[key] = (match[2] ?? match[3] ?? "").replace(/\\(.)/g, "$1");
  }
  return values;
}

function decodeClaims(value: string): string {
  const trimmed = value.trim();
  if (trimmed.startsWith("{")) return trimmed;
  try {
    const decoded = atob(trimmed.replace(/-/g, "+").replace(/_/g, "/"));
    return decoded.trim().startsWith("{") ? decoded : trimmed;
  } catch {
    return trimmed;
  }
}

const interactionErrors = new Set(["insufficient_claims", "consent_required", "interaction_required", "login_required", "invalid_grant"]);

/** The challenge in a 403 answer, or null when the 403 is not about consent. */
export function readChallenge(status: number, header: string | null | undefined): Challenge | null {
  if (status !== 403 && status !== 401) return null;
  const values = parseWwwAuthenticate(header);
  const error = values.error ?? null;
  const claims = values.claims ? decodeClaims(values.claims) : null;
  // Microsoft.Identity.Web writes clientId, consentUri, claims, scopes and proposedAction="consent".
  const proposed = values.proposedaction ?? null;
  if (!error && !claims && !proposed && !values.consenturi) return null;
  if (error && !interactionErrors.has(error) && !claims && !proposed) return null;
  const scopes = (values.scope ?? values.scopes ?? "").split(/[\s,]+/).filter(Boolean);
  return { error, claims, scopes, needsInteraction: true };
}
