// The send guard's check, pure (no Office.js, no DOM): does a message about to go out still hold one of our
// bracketed placeholders, or greet someone who is not among its recipients?

export interface Recipient {
  displayName?: string | null;
  emailAddress?: string | null;
}

export type Finding = { kind: "placeholder"; text: string } | { kind: "greeting"; greeted: string };

/** Our composer's placeholder: "[Add one specific thing you discussed with Amy: …]" (Core DraftComposer.PlaceholderPrefix). */
const ourPlaceholder = /\[Add one specific thing you discussed with [^\]\n]{0,300}\]/i;

const greetingLine =
  /^\s*(?:dear|hi|hello|hey|good\s+(?:morning|afternoon|evening)|hola|estimad[oa]|querid[oa]|bonjour|cher|chère|guten\s+tag|hallo|liebe[rs]?|sehr\s+geehrte[rs]?\s+(?:frau|herr)|olá|ola|prezad[oa]|car[oa])\s+(?<name>[^,!:;\n]{1,80}?)\s*[,!:;]?\s*$/i;
const teamWords = /\b(?:team|all|everyone|hiring|committee|panel|there|todos|equipo|équipe|tous|zusammen|equipe|todas)\b/i;
const honorifics = new Set(["dr", "mr", "mrs", "ms", "mx", "miss", "prof", "professor", "sr", "sra", "srta", "mme", "m", "frau", "herr"]);

export function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase();
}

function words(text: string): string[] {
  return fold(text)
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length > 1);
}

/** The name a body greets on its first non-empty line, or null when it opens without a named greeting. */
export function greetedName(body: string): string | null {
  const first = body.split(/\r?\n/).find((line) => line.trim().length > 0) ?? "";
  const match = greetingLine.exec(first);
  const name = match?.groups?.name?.trim();
  return name ? name : null;
}

export function checkMessage(body: string, recipients: readonly Recipient[]): Finding[] {
  const findings: Finding[] = [];
  const placeholder = ourPlaceholder.exec(body);
  if (placeholder) findings.push({ kind: "placeholder", text: placeholder[0] });

  const greeted = greetedName(body);
  if (greeted && recipients.length && !teamWords.test(greeted)) {
    const known = new Set(recipients.flatMap((r) => [...words(r.displayName ?? ""), ...words((r.emailAddress ?? "").split("@")[0] ?? "")]));
    const greetedWords = words(greeted).filter((w) => !honorifics.has(w.replace(/\.$/, "")));
    if (greetedWords.length && !greetedWords.some((w) => known.has(w))) findings.push({ kind: "greeting", greeted });
  }
  return findings;
}

function shorten(text: string, max = 60): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** The Smart Alerts dialog text (plain, at most 500 characters). */
export function alertMessage(findings: readonly Finding[]): string {
  const parts = findings.map((f) =>
    f.kind === "placeholder"
      ? `This message still holds a placeholder to fill in: “${shorten(f.text)}”.`
      : `It greets “${f.greeted}”, who is not one of its recipients.`,
  );
  return `${parts.join(" ")} Fix it, or send it anyway.`.slice(0, 500);
}
