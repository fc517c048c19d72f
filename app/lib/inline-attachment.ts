/**
 * The attribute a displayed message's `<img>` carries instead of `src` when it shows one of the
 * message's own attachments (a `cid:` image): the page fills it from the app's attachment route.
 */
export const INLINE_ATTACHMENT_ATTRIBUTE = "data-frontdesk-attachment";
