import { describe, expect, it } from "vitest";
import { prepareMessage } from "./mime-structure";

const lines = (...parts: string[]) => Buffer.from(parts.join("\r\n"));

describe("preparing a message's MIME structure", () => {
  it("leaves a message whose parts all split as it came, byte for byte", async () => {
    const raw = lines("From: a@example.org", 'Content-Type: multipart/mixed; boundary="b1"', "", "--b1", "Content-Type: text/plain", "", "Hello", "--b1--", "");
    const prepared = await prepareMessage(raw);
    expect(prepared.unsplit).toBe(0);
    expect(prepared.raw).toBe(raw);
    expect(prepared.partHeaders.get("1")).toEqual([{ key: "content-type", line: "Content-Type: text/plain" }]);
  });

  it("keeps a multipart without a boundary, or whose boundary never comes, as plain text with its charset", async () => {
    const noBoundary = await prepareMessage(lines("From: a@example.org", "Content-Type: multipart/mixed; charset=utf-8", "", "Where is my order?", ""));
    expect(noBoundary.unsplit).toBe(1);
    expect(noBoundary.raw.toString()).toContain("Content-Type: text/plain; charset=utf-8\r\n\r\nWhere is my order?");
    const lostBoundary = await prepareMessage(lines("From: a@example.org", 'Content-Type: multipart/alternative; boundary="never"', "", "Hello there", ""));
    expect(lostBoundary.unsplit).toBe(1);
    expect(lostBoundary.raw.toString()).toMatch(/Content-Type: text\/plain;\s+boundary=never\r\n\r\nHello there/);
  });

  it("relabels a nested part that cannot be split and leaves its siblings alone", async () => {
    const raw = lines("From: a@example.org", 'Content-Type: multipart/mixed; boundary="b1"', "", "--b1", "Content-Type: multipart/alternative", "", "Inner text", "--b1", "Content-Type: application/pdf", "", "%PDF", "--b1--", "");
    const prepared = await prepareMessage(raw);
    expect(prepared.unsplit).toBe(1);
    expect(prepared.raw.toString()).toContain("--b1\r\nContent-Type: text/plain\r\n\r\nInner text\r\n--b1\r\nContent-Type: application/pdf");
  });
});
