import { describe, expect, it } from "vitest";
import { readDeliveryFailure, type BounceInput } from "./delivery-report";

const ours = "reply-7f3a@inbox.frontdesk.localhost";
const returned = ["From: Shop <shop@inbox.frontdesk.localhost>", "To: harper@example.net", "Subject: Re: Where is my order? [#1001]", `Message-ID: <${ours}>`, "", "It left today."].join("\r\n");
const bounce = (input: Partial<BounceInput>): BounceInput => ({ subject: "Undelivered Mail Returned to Sender", text: "", replyTo: [], failedRecipients: null, returnedParts: [], ...input });

describe("reading a bounce", () => {
  it("reads an RFC 3464 report: the failed recipient's status and diagnostic, and the returned message's id", () => {
    const text = [
      "This is the mail system at host mx.example.net.",
      "Your message could not be delivered.",
      "Reporting-MTA: dns; mx.example.net",
      "",
      "Final-Recipient: rfc822; harper@example.net",
      "Original-Recipient: rfc822;harper@example.net",
      "Action: failed",
      "Status: 5.1.1",
      "Diagnostic-Code: smtp; 550 5.1.1 <harper@example.net>: Recipient address",
      "    rejected: User unknown in virtual mailbox table",
      "",
    ].join("\n");
    expect(readDeliveryFailure(bounce({ text, returnedParts: [returned] }))).toEqual({
      messageIds: [ours],
      status: "5.1.1",
      diagnostic: "550 5.1.1 <harper@example.net>: Recipient address rejected: User unknown in virtual mailbox table",
      recipient: "harper@example.net",
    });
  });

  it("finds the id in returned headers only (text/rfc822-headers), folded, or as X-Original-Message-ID", () => {
    const text = "Final-Recipient: rfc822; a@example.org\nAction: failed\nStatus: 5.2.2\n";
    expect(readDeliveryFailure(bounce({ text, returnedParts: [`Subject: hi\r\nMessage-Id:\r\n <${ours}>\r\n`] }))!.messageIds).toEqual([ours]);
    expect(readDeliveryFailure(bounce({ text: `${text}\nX-Original-Message-ID: <${ours}>\n` }))!.messageIds).toEqual([ours]);
    expect(readDeliveryFailure(bounce({ text, replyTo: [ours] }))!.messageIds).toEqual([ours]);
  });

  it("is not a failure when every recipient is only delayed, or a warning says so", () => {
    const delayed = "Final-Recipient: rfc822; harper@example.net\nAction: delayed\nStatus: 4.4.1\nDiagnostic-Code: smtp; 421 try again later\n";
    expect(readDeliveryFailure(bounce({ text: delayed, returnedParts: [returned] }))).toBeNull();
    expect(readDeliveryFailure(bounce({ subject: "Warning: message 1Abc delayed 24 hours", text: "still trying", returnedParts: [returned] }))).toBeNull();
  });

  it("reads Exim's plain-text bounce, with the message copied after the report", () => {
    const text = [
      "This message was created automatically by mail delivery software.",
      "",
      "A message that you sent could not be delivered to one or more of its",
      "recipients. This is a permanent error. The following address(es) failed:",
      "",
      "  harper@example.net",
      "    host mx.example.net [192.0.2.25]",
      "    SMTP error from remote mail server after RCPT TO:<harper@example.net>:",
      "    550 5.1.1 User unknown",
      "",
      "------ This is a copy of the message, including all the headers. ------",
      "",
      "Return-path: <shop@inbox.frontdesk.localhost>",
      "Received: from app.example (203.0.113.7) by mx.example.net",
      `Message-Id: <${ours}>`,
      "Subject: Re: Where is my order? [#1001]",
      "",
      "It left today, 550 parcels.",
    ].join("\n");
    expect(readDeliveryFailure(bounce({ subject: "Mail delivery failed: returning message to sender", text, failedRecipients: "harper@example.net" }))).toEqual({
      messageIds: [ours],
      status: "5.1.1",
      diagnostic: "550 5.1.1 User unknown",
      recipient: "harper@example.net",
    });
  });

  it("reads qmail's bounce", () => {
    const text = [
      "Hi. This is the qmail-send program at mail.example.org.",
      "I'm afraid I wasn't able to deliver your message to the following addresses.",
      "This is a permanent error; I've given up. Sorry it didn't work out.",
      "",
      "<harper@example.net>:",
      "192.0.2.25 does not like recipient.",
      "Remote host said: 554 mailbox disabled",
      "Giving up on 192.0.2.25.",
      "",
      "--- Below this line is a copy of the message.",
      "",
      `Message-ID: <${ours}>`,
    ].join("\n");
    expect(readDeliveryFailure(bounce({ subject: "failure notice", text }))).toEqual({
      messageIds: [ours],
      status: null,
      diagnostic: "Remote host said: 554 mailbox disabled",
      recipient: "harper@example.net",
    });
  });
});
