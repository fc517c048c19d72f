import sanitizeHtml from "sanitize-html";
import { INLINE_ATTACHMENT_ATTRIBUTE } from "~/lib/inline-attachment";
import { safeHttpUrl } from "~/lib/safe-url";

// What a customer's mail may keep of its HTML when an agent reads it inside the admin: text
// formatting, links, lists, tables and images by `cid:` or https. No scripts, styles, forms,
// frames, media, event handlers or `javascript:` URLs; links open in a new tab without an opener.
// Nothing here fetches anything by itself except `<img src>`: no `style` (CSS `url()`), `<style>`,
// `srcset`, `background`, `<picture>`/`<source>`, `<video poster>`, `<link>`, `<input type=image>`,
// `<object>`/`<embed>` or SVG `<image href>` survive.
const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    "p", "br", "div", "span", "blockquote", "pre", "code", "hr",
    "b", "strong", "i", "em", "u", "s", "small", "sub", "sup",
    "h1", "h2", "h3", "h4", "h5", "h6",
    "ul", "ol", "li", "dl", "dt", "dd",
    "table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption",
    "a", "img",
  ],
  allowedAttributes: {
    a: ["href", "title", "target", "rel"],
    img: ["src", "alt", "width", "height"],
    td: ["colspan", "rowspan"],
    th: ["colspan", "rowspan"],
  },
  allowedSchemes: ["https", "http", "mailto", "tel"],
  allowedSchemesByTag: { img: ["https", "cid"] },
  allowProtocolRelative: false,
  disallowedTagsMode: "discard",
  transformTags: {
    a: sanitizeHtml.simpleTransform("a", { target: "_blank", rel: "noopener noreferrer nofollow" }),
  },
};

/** A message's HTML made safe to store: see OPTIONS. Remote images stay, for "show images". */
export function sanitizeMessageHtml(html: string): string {
  return sanitizeHtml(html, OPTIONS);
}

/** An attachment a message's HTML may show inline, by its Content-ID (`<img src="cid:…">`). */
export interface InlineImageAttachment {
  id: string;
  contentId: string | null;
  contentType: string;
}

export interface MessageHtmlForDisplay {
  /** Remote images removed (their `alt` stays); inline images carry INLINE_ATTACHMENT_ATTRIBUTE for the page to fill. */
  html: string;
  /** The same with the sender's https images, when there were any: what "show images" shows. */
  remoteImagesHtml: string | null;
}

/** Raster types a browser shows in `<img>`; SVG and anything else stay downloads. */
const INLINE_IMAGE_TYPE = /^image\/(png|jpe?g|gif|webp|avif|bmp)$/i;

function contentIdOf(src: string): string {
  const value = src.slice("cid:".length);
  try {
    return decodeURIComponent(value).replace(/^<|>$/g, "");
  } catch {
    return value;
  }
}

/**
 * A stored message's HTML as the ticket page shows it. Stored HTML is sanitised again (rows
 * stored by older code or another channel are held to today's rules) and, since a remote image
 * tells its sender when and from where the mail was read (a tracking pixel), remote images do
 * not load until the agent asks for them. Inline `cid:` images point at the message's own
 * attachments, which the app serves itself. Links are kept only to http(s) URLs.
 */
export function messageHtmlForDisplay(html: string, attachments: InlineImageAttachment[]): MessageHtmlForDisplay {
  const inline = new Map<string, string>();
  for (const attachment of attachments) {
    if (attachment.contentId && INLINE_IMAGE_TYPE.test(attachment.contentType)) inline.set(attachment.contentId.toLowerCase(), attachment.id);
  }
  const render = (showRemoteImages: boolean) => {
    let remoteImages = 0;
    const result = sanitizeHtml(html, {
      ...OPTIONS,
      allowedAttributes: { ...OPTIONS.allowedAttributes, img: ["src", "alt", "width", "height", INLINE_ATTACHMENT_ATTRIBUTE] },
      allowedSchemesByTag: { img: ["https"] },
      transformTags: {
        a: (tagName, attribs) => {
          const href = safeHttpUrl(attribs.href);
          return { tagName, attribs: { ...(href ? { href, target: "_blank", rel: "noopener noreferrer nofollow" } : {}), ...(attribs.title ? { title: attribs.title } : {}) } };
        },
        img: (tagName, attribs) => {
          const kept: Record<string, string> = {};
          for (const name of ["alt", "width", "height"]) if (attribs[name] !== undefined) kept[name] = attribs[name]!;
          const src = attribs.src?.trim() ?? "";
          if (/^cid:/i.test(src)) {
            const id = inline.get(contentIdOf(src).toLowerCase());
            if (id) kept[INLINE_ATTACHMENT_ATTRIBUTE] = id;
          } else {
            const url = safeHttpUrl(src);
            if (url?.startsWith("https:")) {
              remoteImages += 1;
              if (showRemoteImages) kept.src = url;
            }
          }
          return { tagName, attribs: kept };
        },
      },
    });
    return { result, remoteImages };
  };
  const blocked = render(false);
  return { html: blocked.result, remoteImagesHtml: blocked.remoteImages > 0 ? render(true).result : null };
}
