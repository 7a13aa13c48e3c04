import { describe, expect, it } from "vitest";
import { alertMessage, checkMessage, greetedName } from "../src/guard/check.js";

const amy = [{ displayName: "Chen, Amy", emailAddress: "amy.chen@northwindtraders.com" }];

describe("send guard check", () => {
  it("finds our bracketed placeholder", () => {
    const body = "Dear Amy,\n\nThank you.\n\n[Add one specific thing you discussed with Amy: a project, a question they asked, or something you learned.]\n\nBest regards,\nJordan";
    const findings = checkMessage(body, amy);
    expect(findings).toEqual([{ kind: "placeholder", text: "[Add one specific thing you discussed with Amy: a project, a question they asked, or something you learned.]" }]);
    expect(alertMessage(findings)).toBe("This message still holds a placeholder to fill in: “[Add one specific thing you discussed with Amy: a project, …”. Fix it, or send it anyway.");
  });

  it("passes a finished note to the right person", () => {
    expect(checkMessage("Dear Amy,\n\nThank you for the talk about accessibility.\n\nJordan", amy)).toEqual([]);
  });

  it("warns when the greeting names someone who is not a recipient", () => {
    const findings = checkMessage("Dear Raj,\n\nThanks for your time.", amy);
    expect(findings).toEqual([{ kind: "greeting", greeted: "Raj" }]);
    expect(alertMessage(findings)).toBe("It greets “Raj”, who is not one of its recipients. Fix it, or send it anyway.");
  });

  it("matches names by address, with accents and honorifics", () => {
    expect(checkMessage("Hello Dr. Mehta,\n\nThanks.", [{ displayName: "", emailAddress: "raj.mehta@x.com" }])).toEqual([]);
    expect(checkMessage("Hola José,\n\nGracias.", [{ displayName: "Jose Garcia", emailAddress: "jg@x.com" }])).toEqual([]);
    expect(checkMessage("Guten Tag Anna Weber,\n\nDanke.", [{ displayName: "Anna Weber", emailAddress: "a@x.de" }])).toEqual([]);
  });

  it("accepts team greetings and bodies without a named greeting", () => {
    expect(checkMessage("Hi team,\n\nThanks!", amy)).toEqual([]);
    expect(checkMessage("Hello,\n\nThanks!", amy)).toEqual([]);
    expect(checkMessage("Thanks for today!", amy)).toEqual([]);
  });

  it("does not judge a greeting when there are no recipients yet", () => {
    expect(checkMessage("Dear Raj,\n\nThanks.", [])).toEqual([]);
  });

  it("reads the greeted name from the first line only", () => {
    expect(greetedName("\n\nDear Priya,\nDear Sam,")).toBe("Priya");
    expect(greetedName("I met Raj today")).toBeNull();
  });

  it("ignores brackets that are not ours", () => {
    expect(checkMessage("Dear Amy,\n\nSee [1] for the link.", amy)).toEqual([]);
  });

  it("keeps the alert within Smart Alerts' 500 characters", () => {
    expect(alertMessage([{ kind: "placeholder", text: "[Add " + "x".repeat(900) + "]" }, { kind: "greeting", greeted: "y".repeat(80) }]).length).toBeLessThanOrEqual(500);
  });
});
