import { describe, expect, it } from "vitest";
import { messageHtmlForDisplay, sanitizeMessageHtml } from "./sanitize-html";

// Every way we know of that HTML makes a browser fetch something by itself, each at tracker.example.
const REMOTE_FETCHES = {
  "img src": `<img src="https://tracker.example/open.gif?r=1" width="1" height="1" alt="">`,
  "img src, entity-encoded": `<img src="&#104;ttps://tracker.example/open.gif">`,
  "img src, backslashes": `<img src="https:\\\\tracker.example\\open.gif">`,
  "img src, protocol-relative": `<img src="//tracker.example/open.gif">`,
  "img src, http": `<img src="http://tracker.example/open.gif">`,
  "img srcset": `<img srcset="https://tracker.example/a.gif 1x, https://tracker.example/b.gif 2x" alt="x">`,
  "img lowsrc/dynsrc": `<img lowsrc="https://tracker.example/l.gif" dynsrc="https://tracker.example/d.gif">`,
  "picture source": `<picture><source srcset="https://tracker.example/p.webp" type="image/webp"><img alt="x"></picture>`,
  "video poster and source": `<video poster="https://tracker.example/poster.jpg"><source src="https://tracker.example/v.mp4"></video>`,
  "audio": `<audio src="https://tracker.example/a.mp3" autoplay></audio>`,
  "background attribute": `<table background="https://tracker.example/bg.gif"><tr><td background="https://tracker.example/td.gif">x</td></tr></table>`,
  "body background": `<body background="https://tracker.example/body.gif">x</body>`,
  "style attribute url()": `<div style="background-image:url('https://tracker.example/css.gif')">x</div>`,
  "style attribute, escaped url()": `<p style="background:u\\72l(https://tracker.example/esc.gif)">x</p>`,
  "style element": `<style>@import url(https://tracker.example/i.css); p { background: url(https://tracker.example/s.gif) }</style><p>x</p>`,
  "link stylesheet and prefetch": `<link rel="stylesheet" href="https://tracker.example/l.css"><link rel="prefetch" href="https://tracker.example/pf">`,
  "input type=image": `<input type="image" src="https://tracker.example/input.gif">`,
  "object and embed": `<object data="https://tracker.example/o.swf"></object><embed src="https://tracker.example/e.swf">`,
  "iframe and frame": `<iframe src="https://tracker.example/f.html"></iframe><frameset><frame src="https://tracker.example/fr.html"></frameset>`,
  "svg image": `<svg><image href="https://tracker.example/svg.png"/><image xlink:href="https://tracker.example/x.png"/></svg>`,
  "svg use and feImage": `<svg><use href="https://tracker.example/u.svg#a"/><filter><feImage href="https://tracker.example/fe.png"/></filter></svg>`,
  "meta refresh": `<meta http-equiv="refresh" content="0;url=https://tracker.example/meta">`,
  "base href": `<base href="https://tracker.example/"><img src="pixel.gif">`,
  "script": `<script src="https://tracker.example/s.js"></script>`,
  "a ping": `<a href="https://shop.example/" ping="https://tracker.example/ping">shop</a>`,
  "form action": `<form action="https://tracker.example/form"><button>go</button></form>`,
};

describe("a customer's HTML as the ticket page shows it", () => {
  it("fetches nothing remote by itself, whichever way the HTML asks", () => {
    for (const [name, html] of Object.entries(REMOTE_FETCHES)) {
      expect(messageHtmlForDisplay(html, []).html, name).not.toContain("tracker.example");
      // Stored rows were sanitised by the same rules, and the page sanitises them again.
      expect(messageHtmlForDisplay(sanitizeMessageHtml(html), []).html, name).not.toContain("tracker.example");
    }
  });

  it("offers the sender's https images only on request, and keeps their alt text meanwhile", () => {
    const shown = messageHtmlForDisplay(`<p>Hi</p><img src="https://cdn.shop.example/banner.png" alt="Our autumn sale" width="600">`, []);
    expect(shown.html).toBe(`<p>Hi</p><img alt="Our autumn sale" width="600" />`);
    expect(shown.remoteImagesHtml).toBe(`<p>Hi</p><img alt="Our autumn sale" width="600" src="https://cdn.shop.example/banner.png" />`);
    expect(messageHtmlForDisplay(`<p>No images</p>`, []).remoteImagesHtml).toBeNull();
    // Nothing but https images comes back with "show images": the rest of the list above stays out.
    const everything = messageHtmlForDisplay(Object.values(REMOTE_FETCHES).join(""), []).remoteImagesHtml ?? "";
    expect(everything.match(/tracker\.example[^"]*/g)).toEqual(["tracker.example/open.gif?r=1", "tracker.example/open.gif", "tracker.example/open.gif"]);
  });

  it("shows inline cid: images from the message's own image attachments", () => {
    const attachments = [
      { id: "0b7f4a3e-0000-4000-8000-000000000001", contentId: "logo@shop.example", contentType: "image/png" },
      { id: "0b7f4a3e-0000-4000-8000-000000000002", contentId: "vector@shop.example", contentType: "image/svg+xml" },
    ];
    const { html, remoteImagesHtml } = messageHtmlForDisplay(`<img src="cid:logo@shop.example" alt="Logo"><img src="cid:%3Clogo@shop.example%3E"><img src="cid:vector@shop.example" alt="v"><img src="cid:someone-else@x" alt="gone">`, attachments);
    expect(html).toBe(
      `<img alt="Logo" data-frontdesk-attachment="0b7f4a3e-0000-4000-8000-000000000001" /><img data-frontdesk-attachment="0b7f4a3e-0000-4000-8000-000000000001" /><img alt="v" /><img alt="gone" />`,
    );
    expect(remoteImagesHtml).toBeNull();
    // A stored attribute cannot point an image at another attachment.
    expect(messageHtmlForDisplay(`<img data-frontdesk-attachment="0b7f4a3e-0000-4000-8000-000000000009">`, attachments).html).toBe("<img />");
  });

  it("keeps links to http(s) only, opening in a new tab without an opener or referrer", () => {
    const { html } = messageHtmlForDisplay(
      `<a href="https://shop.example/orders/1">order</a> <a href="javascript:alert(1)">x</a> <a href="java&#x09;script:alert(1)">y</a> <a href="data:text/html,hi">z</a> <a href="mailto:a@b.example">mail</a>`,
      [],
    );
    expect(html).toBe(`<a href="https://shop.example/orders/1" target="_blank" rel="noopener noreferrer nofollow">order</a> <a>x</a> <a>y</a> <a>z</a> <a>mail</a>`);
  });
});
