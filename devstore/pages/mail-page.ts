import type { CaughtMail } from "../mail-catcher.ts";
import { escapeHtml } from "./html.ts";

/** `GET /mail`: every mail the app sent, newest first; `?id=N` opens one with its headers. */
export function renderMailPage(messages: CaughtMail[], openId: string | undefined, compose: { canSend: boolean; addresses: string[]; sent?: string }): string {
  const open = messages.find((mail) => String(mail.id) === openId) ?? messages.at(-1);
  const rows = [...messages]
    .reverse()
    .map(
      (mail) => `<li ${mail === open ? 'aria-current="true"' : ""}><a href="/mail?id=${mail.id}">
        <strong>${escapeHtml(mail.subject || "(no subject)")}</strong>
        <span>${escapeHtml(mail.from)} → ${escapeHtml(mail.to.join(", "))}</span>
        <time>${escapeHtml(mail.receivedAt.replace("T", " ").slice(0, 19))}</time></a></li>`,
    )
    .join("");
  const detail = open
    ? `<article>
        <h2>${escapeHtml(open.subject)}</h2>
        <dl>${["From", "To", "Message-ID", "In-Reply-To", "References", "Auto-Submitted"]
          .map((name) => [name, open.headers[name.toLowerCase()]] as const)
          .filter(([, value]) => value)
          .map(([name, value]) => `<dt>${escapeHtml(name)}</dt><dd>${escapeHtml(value)}</dd>`)
          .join("")}</dl>
        <pre>${escapeHtml(open.text)}</pre>
      </article>`
    : `<p class="empty">No mail yet. Replies agents send from the inbox arrive here.</p>`;
  const form = compose.canSend
    ? `<form method="post" action="/mail/send">
        <h2>Write as a shopper</h2>
        ${compose.sent ? `<p class="sent">Sent ${escapeHtml(compose.sent)}</p>` : ""}
        <label for="mail-from">From</label><input id="mail-from" name="from" required value="harper@example.net">
        <label for="mail-to">To</label><select id="mail-to" name="to">${compose.addresses.map((address) => `<option>${escapeHtml(address)}</option>`).join("")}</select>
        <label for="mail-subject">Subject</label><input id="mail-subject" name="subject" required value="Where is my order?">
        <label for="mail-reply">Answering (Message-ID)</label><input id="mail-reply" name="inReplyTo" value="${escapeHtml(open?.messageId ?? "")}">
        <label for="mail-text">Message</label><textarea id="mail-text" name="text" rows="4" required>Hello, my parcel has not arrived yet.</textarea>
        <button>Send</button>
      </form>`
    : "";
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Mail · Devstore</title>
  <style>
    body { margin: 0; font: 14px/1.5 system-ui, -apple-system, "Segoe UI", "Noto Sans JP", "Noto Sans Thai", sans-serif; color: #303030; background: #f1f1f1; }
    header { padding: 16px 24px; background: #1a1a1a; color: #fff; display: flex; gap: 16px; align-items: baseline; }
    header a { color: #b5b5b5; }
    main { display: grid; grid-template-columns: minmax(0, 380px) 1fr; gap: 16px; padding: 16px 24px; align-items: start; }
    ul { list-style: none; margin: 0; padding: 0; background: #fff; border-radius: 12px; overflow: hidden; }
    li a { display: grid; padding: 10px 14px; color: inherit; text-decoration: none; border-bottom: 1px solid #ebebeb; }
    li[aria-current] a { background: #f7f7f7; }
    li span, li time { color: #616161; font-size: 12px; }
    article, .empty { background: #fff; border-radius: 12px; padding: 16px 20px; margin: 0; }
    dl { display: grid; grid-template-columns: max-content 1fr; gap: 4px 12px; font-size: 12px; }
    dt { color: #616161; } dd { margin: 0; word-break: break-all; }
    pre { white-space: pre-wrap; font: inherit; border-top: 1px solid #ebebeb; padding-top: 12px; }
    form { grid-column: 1 / -1; background: #fff; border-radius: 12px; padding: 16px 20px; display: grid; gap: 8px; max-width: 640px; }
    form h2 { margin: 0; font-size: 16px; }
    label { font-size: 12px; color: #616161; margin-bottom: -6px; }
    input, select, textarea { font: inherit; padding: 6px 8px; border: 1px solid #c9c9c9; border-radius: 8px; color: #303030; }
    button { justify-self: start; font: inherit; font-weight: 600; padding: 6px 14px; border: 0; border-radius: 8px; background: #303030; color: #fff; cursor: pointer; }
    .sent { color: #0c5132; margin: 0; }
  </style>
</head>
<body>
  <header><strong>Devstore mail</strong><span>${messages.length} caught</span><a href="/">Devstore</a></header>
  <main>${rows ? `<ul>${rows}</ul>` : ""}${detail}${form}</main>
</body>
</html>`;
}
