import { describe, expect, it } from "vitest";
import { parseInboundEmail } from "~/email/inbound.server";
import { inboundAddressFor } from "~/models/shop.server";
import { loader as appLoader } from "~/routes/app";
import { loader as attachmentLoader } from "~/routes/app.attachments.$id";
import { loader as ticketLoader } from "~/routes/app.tickets.$id";
import { receiveInboundEmail } from "~/channels/email/receive-inbound-email.server";
import { bearerRequest, callRoute, embeddedRequest, useDevstore } from "./devstore";

const devstore = useDevstore();

// A 1×1 PNG.
const PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==";

/** A newsletter-style HTML mail (no text part): a tracking pixel, remote CSS and media, an inline logo. */
function htmlMail(shop: string, subject: string): string {
  const html = [
    `<html><head><style>body{background:url(https://tracker.example/style.gif)}</style><link rel="stylesheet" href="https://tracker.example/l.css"></head>`,
    `<body background="https://tracker.example/body.gif">`,
    `<p style="background-image:url(https://tracker.example/inline-style.gif)">Where is my order?</p>`,
    `<img src="cid:logo@shop.example" alt="Logo">`,
    `<img src="https://tracker.example/open.gif?u=42" width="1" height="1" alt="">`,
    `<picture><source srcset="https://tracker.example/p.webp"><img srcset="https://tracker.example/s.gif 2x" alt="banner"></picture>`,
    `<video poster="https://tracker.example/poster.jpg"></video><input type="image" src="https://tracker.example/in.gif">`,
    `<svg><image href="https://tracker.example/svg.png"/></svg><object data="https://tracker.example/o"></object>`,
    `<a href="javascript:alert(document.cookie)">track</a> <a href="https://shop.example/track/1001">track 1001</a>`,
    `</body></html>`,
  ].join("");
  return [
    `From: Owen Miller <owen@example.net>`,
    `To: ${inboundAddressFor(shop)}`,
    `Subject: ${subject}`,
    `MIME-Version: 1.0`,
    `Content-Type: multipart/related; boundary="rel"`,
    ``,
    `--rel`,
    `Content-Type: text/html; charset=utf-8`,
    ``,
    html,
    `--rel`,
    `Content-Type: image/png; name="logo.png"`,
    `Content-Transfer-Encoding: base64`,
    `Content-ID: <logo@shop.example>`,
    `Content-Disposition: inline; filename="logo.png"`,
    ``,
    PNG,
    `--rel--`,
    ``,
  ].join("\r\n");
}

describe("a customer's HTML mail on the ticket page", () => {
  it("loads nothing from the sender until the agent asks, and shows inline images from the app", async () => {
    const shop = devstore.current.shops[0]!;
    await callRoute(appLoader, embeddedRequest("/app", shop, await devstore.current.mintSessionToken(shop)));
    const received = await receiveInboundEmail(await parseInboundEmail(htmlMail(shop, "HTML with a pixel")));
    if (received.outcome !== "created") throw new Error(JSON.stringify(received));
    const token = await devstore.current.mintSessionToken(shop);

    const { data } = await callRoute((args) => ticketLoader({ ...args, params: { id: received.ticketId } }), bearerRequest(`/app/tickets/${received.ticketId}`, token));
    const [message] = data!.messages;
    expect(message!.text).toBe("");
    expect(message!.html).toContain("Where is my order?");
    expect(message!.html).not.toContain("tracker.example");
    expect(message!.html).not.toContain("javascript:");
    expect(message!.html).toContain(`<a href="https://shop.example/track/1001"`);

    // "Show images" shows the sender's https image, and nothing else of theirs.
    expect(message!.remoteImagesHtml?.match(/https:\/\/tracker\.example[^"]*/g)).toEqual(["https://tracker.example/open.gif?u=42"]);

    // The inline logo is the message's own attachment, served by the app to this shop's agents.
    const logo = message!.attachments.find((attachment) => attachment.filename === "logo.png")!;
    expect(message!.html).toContain(`<img alt="Logo" data-frontdesk-attachment="${logo.id}" />`);
    const served = await callRoute((args) => attachmentLoader({ ...args, params: { id: logo.id } }), bearerRequest(`/app/attachments/${logo.id}`, token));
    expect(Buffer.from(await (served.data as Response).arrayBuffer())).toEqual(Buffer.from(PNG, "base64"));
  });
});
