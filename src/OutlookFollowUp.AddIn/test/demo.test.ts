import { describe, expect, it } from "vitest";
import { demoMailboxText, htmlToParagraphs } from "../src/demo/view.js";

describe("demo page views", () => {
  it("shows a draft's HTML body as paragraphs of plain text", () => {
    expect(htmlToParagraphs("<html><body><p>Dear Amy,</p><p>Thanks &amp; regards &lt;3</p><p>Best regards,<br>Jordan</p></body></html>")).toEqual([
      "Dear Amy,",
      "Thanks & regards <3",
      "Best regards,\nJordan",
    ]);
  });

  it("decodes numeric entities (an escaped accent stays an accent)", () => {
    expect(htmlToParagraphs("<p>Dear Jos&#233;,</p><p>Caf&#xE9; &amp;amp; &#39;tea&#39;</p>")).toEqual(["Dear José,", "Café &amp; 'tea'"]);
  });

  it("puts tasks and mail in words", () => {
    const text = demoMailboxText(
      {
        events: [],
        drafts: [{ id: "M1", to: "amy@x", subject: "Thanks", bodyHtml: "<p>Hi</p>", createdAt: "2026-11-20T22:00:00Z" }],
        tasks: [{ title: "Check in", status: "notStarted", due: "2026-12-01T00:00:00.0000000", reminder: "2026-12-01T14:30:00Z" }],
        inbox: [{ from: "Raj Mehta", subject: "Next steps", receivedAt: "2026-11-24T17:00:00Z" }],
      },
      { language: "en-US", timeZone: "America/Chicago" },
    );
    expect(text.drafts[0]).toMatchObject({ id: "M1", to: "amy@x", paragraphs: ["Hi"] });
    expect(text.tasks[0]!.status).toBe("to do");
    expect(text.tasks[0]!.when).toContain("Due Tuesday, December 1");
    expect(text.tasks[0]!.when).toContain("8:30 AM");
    expect(text.inbox[0]!.when).toContain("11:00 AM");
  });
});
