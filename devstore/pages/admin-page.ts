import { createHmac, randomBytes } from "node:crypto";
import { mintSessionToken } from "../auth.ts";
import type { DevstoreServices } from "../server.ts";
import type { ShopState } from "../state.ts";
import { escapeHtml, inlineJson } from "./html.ts";

export const ADMIN_LOCALES = ["en", "ja", "th"] as const;

export const CHROME_TEXT: Record<string, Record<string, string>> = {
  en: {
    home: "Home", orders: "Orders", products: "Products", customers: "Customers", analytics: "Analytics", apps: "Apps", search: "Search", settings: "Settings", language: "Language",
    saveBar: "Save bar", unsavedChanges: "Unsaved changes", save: "Save", discard: "Discard",
    discardTitle: "Discard all unsaved changes?", discardBody: "If you discard changes, you’ll delete any edits you made since you last saved.", discardConfirm: "Discard changes", continueEditing: "Continue editing",
    leaveTitle: "Leave page with unsaved changes?", leaveBody: "Leaving this page will delete all unsaved changes.", leave: "Leave page", stay: "Stay",
  },
  ja: {
    home: "ホーム", orders: "注文管理", products: "商品管理", customers: "顧客管理", analytics: "ストア分析", apps: "アプリ", search: "検索", settings: "設定", language: "言語",
    saveBar: "保存バー", unsavedChanges: "未保存の変更", save: "保存", discard: "破棄",
    discardTitle: "未保存の変更をすべて破棄しますか?", discardBody: "変更を破棄すると、最後に保存してからの編集内容はすべて削除されます。", discardConfirm: "変更を破棄", continueEditing: "編集を続ける",
    leaveTitle: "未保存の変更があります。ページを離れますか?", leaveBody: "このページを離れると、未保存の変更はすべて削除されます。", leave: "ページを離れる", stay: "このページにとどまる",
  },
  th: {
    home: "หน้าแรก", orders: "คำสั่งซื้อ", products: "สินค้า", customers: "ลูกค้า", analytics: "การวิเคราะห์", apps: "แอป", search: "ค้นหา", settings: "การตั้งค่า", language: "ภาษา",
    saveBar: "แถบบันทึก", unsavedChanges: "การเปลี่ยนแปลงที่ยังไม่ได้บันทึก", save: "บันทึก", discard: "ละทิ้ง",
    discardTitle: "ละทิ้งการเปลี่ยนแปลงที่ยังไม่ได้บันทึกทั้งหมดใช่ไหม", discardBody: "หากละทิ้ง การแก้ไขทั้งหมดนับจากการบันทึกครั้งล่าสุดจะถูกลบ", discardConfirm: "ละทิ้งการเปลี่ยนแปลง", continueEditing: "แก้ไขต่อ",
    leaveTitle: "ออกจากหน้านี้โดยไม่บันทึกการเปลี่ยนแปลงใช่ไหม", leaveBody: "หากออกจากหน้านี้ การเปลี่ยนแปลงที่ยังไม่ได้บันทึกทั้งหมดจะถูกลบ", leave: "ออกจากหน้า", stay: "อยู่ต่อ",
  },
};

/** Shopify's `host` parameter: base64url of the admin's host and path, without padding. */
export function encodeHostParam(handle: string): string {
  return Buffer.from(`admin.shopify.com/store/${handle}`).toString("base64url");
}

/** The query Shopify admin adds when it frames an embedded app, signed with `hmac` like OAuth redirects. */
export function buildEmbeddedQuery(options: { shop: string; handle: string; locale: string; idToken: string; apiSecret: string }): URLSearchParams {
  const params = new URLSearchParams({
    embedded: "1",
    host: encodeHostParam(options.handle),
    id_token: options.idToken,
    locale: options.locale,
    session: randomBytes(32).toString("hex"),
    shop: options.shop,
    timestamp: String(Math.floor(Date.now() / 1000)),
  });
  const message = [...params].map(([key, value]) => `${key}=${value}`).sort().join("&");
  params.set("hmac", createHmac("sha256", options.apiSecret).update(message).digest("hex"));
  return params;
}

/**
 * `GET /admin/store/:handle/apps/frontdesk/*`: Shopify admin's frame around the embedded app,
 * with the app in an iframe on its own origin. The page's script answers the App Bridge stand-in
 * (see app-bridge-script.ts): session tokens, toasts, the app's nav menu, title bar and save bar,
 * the shade around the app's modals, navigation. Its own controls carry the accessible names e2e tests click ("Save bar" region,
 * "Save" / "Discard", the title bar's "Title bar actions" group, the confirmation dialogs).
 */
export async function renderAdminPage(services: DevstoreServices, shop: ShopState, options: { deeperPath: string; locale?: string; userId?: string }): Promise<string> {
  const owner = shop.staff.find((member) => member.isShopOwner) ?? shop.staff[0]!;
  const staff = shop.staff.find((member) => member.id.endsWith(`/${options.userId}`)) ?? owner;
  const userId = staff.id.replace(/^.*\//, "");
  const locale = (ADMIN_LOCALES as readonly string[]).includes(options.locale ?? "") ? options.locale! : (ADMIN_LOCALES as readonly string[]).includes(staff.locale) ? staff.locale : "en";
  const text = CHROME_TEXT[locale]!;
  const idToken = await mintSessionToken({ state: services.state, credentials: services.credentials, shop: shop.domain, userId });
  const appPath = `/app${options.deeperPath.replace(/^\/+/, "/").replace(/^\/$/, "")}`;
  const query = buildEmbeddedQuery({ shop: shop.domain, handle: shop.handle, locale, idToken, apiSecret: services.credentials.apiSecret });
  const appBase = services.appUrl.replace(/\/$/, "");
  const frameUrl = `${appBase}${appPath}?${query}`;
  const adminBase = `/admin/store/${shop.handle}/apps/frontdesk`;
  const appName = services.config.name || "App";
  const languageLinks = ADMIN_LOCALES.map(
    (code) => `<a href="?locale=${code}&user=${userId}" ${code === locale ? 'aria-current="true"' : ""} lang="${code}">${{ en: "English", ja: "日本語", th: "ไทย" }[code]}</a>`,
  ).join("");
  const staffLinks = shop.staff
    .map((member) => `<a href="?locale=${locale}&user=${member.id.replace(/^.*\//, "")}" ${member === staff ? 'aria-current="true"' : ""}>${escapeHtml(member.name)}</a>`)
    .join("");

  return `<!doctype html>
<html lang="${locale}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <link rel="icon" href="data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16'%3E%3Crect width='16' height='16' rx='4' fill='%2395bf47'/%3E%3C/svg%3E">
  <title>${escapeHtml(appName)} · ${escapeHtml(shop.shop.name)} · Shopify</title>
  <style>
    * { box-sizing: border-box; }
    html, body { height: 100%; margin: 0; }
    body { font: 13px/1.4 -apple-system, BlinkMacSystemFont, "San Francisco", "Segoe UI", Roboto, "Noto Sans JP", "Noto Sans Thai", sans-serif; background: #1a1a1a; color: #303030; display: grid; grid-template-rows: 56px 1fr; }
    header { display: flex; align-items: center; gap: 16px; padding: 0 16px; color: #e3e3e3; }
    .logo { display: flex; align-items: center; gap: 8px; font-weight: 650; font-size: 15px; color: #fff; }
    .logo svg { width: 22px; height: 22px; }
    .search { flex: 1; max-width: 600px; margin: 0 auto; background: #303030; border: 1px solid #4a4a4a; border-radius: 10px; padding: 6px 12px; color: #b5b5b5; }
    .menu { position: relative; }
    .menu summary { list-style: none; cursor: pointer; display: flex; align-items: center; gap: 8px; padding: 4px 8px; border-radius: 8px; background: #303030; color: #fff; }
    .menu summary::-webkit-details-marker { display: none; }
    .menu .panel { position: absolute; right: 0; top: 36px; z-index: 5; background: #fff; color: #303030; border-radius: 12px; padding: 8px; min-width: 200px; box-shadow: 0 8px 24px rgba(0,0,0,.25); display: grid; }
    .menu .panel a { padding: 6px 8px; border-radius: 8px; color: inherit; text-decoration: none; }
    .menu .panel a:hover, .menu .panel a[aria-current] { background: #f1f1f1; font-weight: 600; }
    .menu .panel h3 { margin: 6px 8px 2px; font-size: 11px; color: #616161; text-transform: uppercase; letter-spacing: .04em; }
    .avatar { width: 28px; height: 28px; border-radius: 8px; background: #8fcc7e; color: #1a1a1a; display: grid; place-items: center; font-weight: 700; }
    .frame { display: grid; grid-template-columns: 240px 1fr; background: #ebebeb; border-radius: 12px 12px 0 0; overflow: hidden; min-height: 0; }
    nav { padding: 12px 8px; overflow: auto; border-right: 1px solid #e3e3e3; background: #ebebeb; }
    nav a, nav span { display: flex; align-items: center; gap: 8px; padding: 6px 8px; border-radius: 8px; color: #303030; text-decoration: none; font-weight: 550; }
    nav a:hover { background: #f7f7f7; }
    nav .section { margin-top: 16px; color: #616161; font-size: 12px; font-weight: 600; padding: 6px 8px; }
    nav .app { background: #fff; font-weight: 650; }
    nav .subnav a { padding-left: 32px; font-weight: 450; }
    nav .subnav a[aria-current="page"] { background: #fff; font-weight: 650; }
    main { display: grid; grid-template-rows: auto 1fr; min-height: 0; background: #f1f1f1; }
    .titlebar { display: flex; align-items: center; gap: 8px; padding: 10px 20px; font-size: 14px; font-weight: 650; border-bottom: 1px solid #e3e3e3; background: #f1f1f1; }
    .titlebar .app-icon { width: 20px; height: 20px; border-radius: 5px; background: linear-gradient(135deg, #2c6ecb, #5c6ac4); }
    iframe { width: 100%; height: 100%; border: 0; background: #f1f1f1; }
    .toasts { position: fixed; left: 50%; bottom: 32px; transform: translateX(-50%); display: grid; gap: 8px; z-index: 10; }
    .toast { background: #1a1a1a; color: #fff; padding: 12px 16px; border-radius: 10px; box-shadow: 0 8px 20px rgba(0,0,0,.3); font-size: 14px; font-weight: 550; min-width: 200px; text-align: center; }
    .toast[data-error="true"] { background: #8e1f0b; }
    header { position: relative; }
    .savebar { position: absolute; inset: 0; display: flex; align-items: center; gap: 8px; padding: 0 16px 0 24px; background: #1a1a1a; color: #fff; z-index: 6; }
    .savebar[hidden] { display: none; }
    .savebar .message { flex: 1; display: flex; align-items: center; gap: 8px; font-size: 14px; font-weight: 650; }
    .savebar .message::before { content: ""; width: 16px; height: 16px; border-radius: 50%; border: 2px solid #ffb800; }
    button.admin { font: inherit; font-weight: 600; border-radius: 8px; padding: 6px 12px; border: 0; cursor: pointer; background: #fff; color: #303030; box-shadow: inset 0 -1px 0 #b5b5b5, 0 0 0 1px #e3e3e3; }
    button.admin[data-variant="primary"] { background: #303030; color: #fff; box-shadow: inset 0 -1px 0 #000; }
    .savebar button.admin { background: #4a4a4a; color: #fff; box-shadow: none; }
    .savebar button.admin[data-variant="primary"] { background: #fff; color: #303030; }
    button.admin[data-tone="critical"] { color: #8e1f0b; }
    button.admin[data-variant="primary"][data-tone="critical"] { background: #c70a24; color: #fff; }
    button.admin:disabled { opacity: .5; cursor: default; }
    button.admin[aria-busy="true"] { opacity: .7; cursor: progress; }
    .titlebar [data-app-title] { flex: 1; }
    .titlebar [data-app-breadcrumbs] { display: flex; align-items: center; gap: 4px; color: #616161; padding: 0; border: 0; background: none; overflow: visible; }
    .titlebar [data-app-breadcrumbs] span { padding: 0; color: inherit; }
    .titlebar [data-app-breadcrumbs][hidden] { display: none; }
    .titlebar .crumb { font: inherit; color: inherit; background: none; border: 0; border-radius: 6px; padding: 2px 6px; cursor: pointer; }
    .titlebar .crumb:hover { background: #e3e3e3; color: #303030; }
    .titlebar .actions, .titlebar .group { display: flex; align-items: center; gap: 8px; }
    .titlebar .group { padding: 0 8px; border-left: 1px solid #d4d4d4; }
    .titlebar .group > span { font-size: 12px; font-weight: 550; color: #616161; }
    .modal-shade { position: fixed; inset: 0; background: rgba(0,0,0,.5); z-index: 7; }
    .modal-shade[hidden] { display: none; }
    body[data-app-modal] iframe { position: relative; z-index: 8; }
    dialog { border: 0; border-radius: 12px; padding: 0; width: 420px; box-shadow: 0 16px 40px rgba(0,0,0,.35); }
    dialog::backdrop { background: rgba(0,0,0,.5); }
    dialog h2 { margin: 0; padding: 14px 16px; font-size: 14px; border-bottom: 1px solid #e3e3e3; background: #f7f7f7; }
    dialog p { margin: 0; padding: 16px; }
    dialog .buttons { display: flex; justify-content: flex-end; gap: 8px; padding: 12px 16px; border-top: 1px solid #e3e3e3; }
  </style>
</head>
<body>
  <header>
    <div class="logo"><svg viewBox="0 0 24 24" aria-hidden="true"><path fill="#95bf47" d="M15.3 3.2c-.1 0-.2 0-.3.1l-.6.2c-.4-1-1-1.6-1.9-1.6h-.1C12 1.3 11.6 1 11.1 1 7.5 1 5.8 5.5 5.3 7.8l-2.5.8c-.8.2-.8.3-.9 1L0 22.1 15.8 25 24 23.2 20.5 4.5c0-.1-.2-.2-.3-.2l-4.9-1.1Z"/></svg>shopify</div>
    <div class="search">${escapeHtml(text.search)}</div>
    <div class="savebar" role="region" aria-label="${escapeHtml(text.saveBar)}" hidden>
      <span class="message">${escapeHtml(text.unsavedChanges)}</span>
      <button type="button" class="admin" data-savebar-action="discard">${escapeHtml(text.discard)}</button>
      <button type="button" class="admin" data-variant="primary" data-savebar-action="save">${escapeHtml(text.save)}</button>
    </div>
    <details class="menu">
      <summary>${escapeHtml(text.language)}</summary>
      <div class="panel"><h3>${escapeHtml(text.language)}</h3>${languageLinks}</div>
    </details>
    <details class="menu">
      <summary><span class="avatar">${escapeHtml(staff.initials.join(""))}</span><span>${escapeHtml(shop.shop.name)}</span></summary>
      <div class="panel"><h3>${escapeHtml(shop.domain)}</h3>${staffLinks}<a href="/">Devstore</a></div>
    </details>
  </header>
  <div class="frame">
    <nav aria-label="Admin">
      <span>${escapeHtml(text.home)}</span>
      <span>${escapeHtml(text.orders)}</span>
      <span>${escapeHtml(text.products)}</span>
      <span>${escapeHtml(text.customers)}</span>
      <span>${escapeHtml(text.analytics)}</span>
      <div class="section">${escapeHtml(text.apps)}</div>
      <a class="app" href="${escapeHtml(adminBase)}?locale=${locale}" data-app-home>${escapeHtml(appName)}</a>
      <div class="subnav" data-app-nav></div>
      <div class="section">${escapeHtml(text.settings)}</div>
    </nav>
    <main>
      <div class="titlebar"><span class="app-icon" aria-hidden="true"></span><nav aria-label="Breadcrumbs" data-app-breadcrumbs hidden></nav><span data-app-title>${escapeHtml(appName)}</span><div class="actions" role="group" aria-label="Title bar actions" data-app-actions></div></div>
      <iframe name="app-iframe" title="${escapeHtml(appName)}" src="${escapeHtml(frameUrl)}" allow="clipboard-read; clipboard-write"></iframe>
    </main>
  </div>
  <div class="modal-shade" data-app-modal-shade hidden></div>
  <div class="toasts" aria-live="polite"></div>
  <dialog aria-labelledby="admin-dialog-title" aria-describedby="admin-dialog-body">
    <h2 id="admin-dialog-title"></h2>
    <p id="admin-dialog-body"></p>
    <div class="buttons"><button type="button" class="admin" data-dialog="cancel"></button><button type="button" class="admin" data-variant="primary" data-tone="critical" data-dialog="confirm"></button></div>
  </dialog>
  <script>
    const config = ${inlineJson({ shop: shop.domain, userId, locale, appOrigin: new URL(appBase).origin, adminBase, storeBase: `/admin/store/${shop.handle}` })};
    const text = ${inlineJson(text)};
    const frame = document.querySelector("iframe");
    const navList = document.querySelector("[data-app-nav]");
    const title = document.querySelector("[data-app-title]");
    const toasts = document.querySelector(".toasts");

    function send(message) {
      frame.contentWindow.postMessage({ source: "devstore-admin", ...message }, config.appOrigin);
    }

    async function freshIdToken() {
      const response = await fetch("/devstore/api/session-token?shop=" + encodeURIComponent(config.shop) + "&user=" + encodeURIComponent(config.userId));
      if (!response.ok) throw new Error("session token: " + response.status);
      return (await response.json()).token;
    }

    function showToast(message, options) {
      const toast = document.createElement("div");
      toast.className = "toast";
      toast.setAttribute("data-devstore-toast", "");
      toast.setAttribute("role", "status");
      toast.dataset.error = String(Boolean(options && options.isError));
      toast.textContent = message;
      toasts.append(toast);
      setTimeout(() => toast.remove(), (options && options.duration) || 5000);
    }

    function appPathOf(href) {
      const url = new URL(href, config.appOrigin);
      return url.pathname.replace(/^\\/app/, "") + (url.hash || "");
    }

    function markCurrent(path) {
      for (const link of navList.querySelectorAll("a")) {
        link.toggleAttribute("aria-current", false);
        if (link.dataset.href === path) link.setAttribute("aria-current", "page");
      }
    }

    function renderNav(items) {
      navList.replaceChildren(
        ...items.filter((item) => !item.home).map((item) => {
          const link = document.createElement("a");
          link.textContent = item.label;
          link.dataset.href = item.href;
          link.dataset.appHref = item.href;
          link.href = config.adminBase + appPathOf(item.href) + "?locale=" + config.locale;
          return link;
        }),
      );
      const home = items.find((item) => item.home);
      if (home) document.querySelector("[data-app-home]").dataset.appHref = home.href;
    }

    // The app's title bar actions (ui-title-bar's <button> children): secondary ones first, then
    // each <section>'s group, then the primary action at the end, as Shopify admin lays them out.
    const titleActions = document.querySelector("[data-app-actions]");
    function titleButton(button) {
      const element = document.createElement("button");
      element.type = "button";
      element.className = "admin";
      element.textContent = button.label;
      if (button.variant === "primary") element.dataset.variant = "primary";
      if (button.tone === "critical") element.dataset.tone = "critical";
      element.disabled = button.disabled;
      element.setAttribute("aria-busy", String(button.loading));
      element.addEventListener("click", () => {
        if (!button.loading) send({ type: "titleBarAction", index: button.index, label: button.label });
      });
      return element;
    }
    // A variant="breadcrumb" button is the way back to the parent page: drawn before the title.
    const breadcrumbs = document.querySelector("[data-app-breadcrumbs]");
    function renderBreadcrumb(button) {
      breadcrumbs.hidden = !button;
      if (!button) return breadcrumbs.replaceChildren();
      const element = document.createElement("button");
      element.type = "button";
      element.className = "crumb";
      element.textContent = button.label;
      element.disabled = button.disabled;
      element.addEventListener("click", () => send({ type: "titleBarAction", index: button.index, label: button.label }));
      const separator = document.createElement("span");
      separator.setAttribute("aria-hidden", "true");
      separator.textContent = "›";
      breadcrumbs.replaceChildren(element, separator);
    }
    function renderTitleBar(message) {
      title.textContent = message.title || ${inlineJson(appName)};
      renderBreadcrumb((message.buttons || []).find((button) => button.variant === "breadcrumb"));
      const buttons = (message.buttons || []).filter((button) => button.variant !== "breadcrumb");
      const groups = new Map();
      for (const button of buttons) {
        if (button.group === null || button.variant === "primary") continue;
        if (!groups.has(button.group)) groups.set(button.group, []);
        groups.get(button.group).push(button);
      }
      titleActions.replaceChildren(
        ...buttons.filter((button) => button.group === null && button.variant !== "primary").map(titleButton),
        ...[...groups].map(([label, members]) => {
          const group = document.createElement("div");
          group.className = "group";
          group.setAttribute("role", "group");
          group.setAttribute("aria-label", label);
          const caption = document.createElement("span");
          caption.textContent = label;
          group.append(caption, ...members.map(titleButton));
          return group;
        }),
        ...buttons.filter((button) => button.variant === "primary").slice(0, 1).map(titleButton),
      );
    }

    // The app's save bars, by id; the admin shows the one shown last.
    const saveBarElement = document.querySelector(".savebar");
    const search = document.querySelector(".search");
    const saveBars = new Map();
    function currentSaveBar() {
      return [...saveBars.values()].at(-1) || null;
    }
    function renderSaveBar() {
      const bar = currentSaveBar();
      saveBarElement.hidden = !bar;
      search.style.visibility = bar ? "hidden" : "";
      if (!bar) return;
      for (const action of ["save", "discard"]) {
        const button = saveBarElement.querySelector('[data-savebar-action="' + action + '"]');
        button.disabled = bar[action].disabled;
        button.setAttribute("aria-busy", String(bar[action].loading));
      }
    }
    saveBarElement.addEventListener("click", async (event) => {
      const button = event.target.closest("[data-savebar-action]");
      const bar = currentSaveBar();
      if (!button || !bar || button.disabled || bar[button.dataset.savebarAction].loading) return;
      const action = button.dataset.savebarAction;
      if (action === "discard" && bar.discardConfirmation) {
        const discard = await confirmDialog({ title: text.discardTitle, body: text.discardBody, confirm: text.discardConfirm, cancel: text.continueEditing });
        if (!discard) return;
      }
      send({ type: "saveBarAction", id: bar.id, action });
    });

    // The app's modals are drawn inside its frame (see app-bridge-script.ts, ui-modal); while one
    // shows, the admin's own chrome is dimmed with the dialog's backdrop shade and takes no clicks,
    // so the modal reads as drawn over the whole admin, as Shopify draws it.
    const modalShade = document.querySelector("[data-app-modal-shade]");
    const shownModals = new Set();
    function renderModalShade() {
      modalShade.hidden = shownModals.size === 0;
      document.body.toggleAttribute("data-app-modal", shownModals.size > 0);
    }

    const dialog = document.querySelector("dialog");
    let answerDialog = null;
    /** Shopify admin's confirmation modal; resolves true when the merchant confirms. */
    function confirmDialog(options) {
      if (answerDialog) answerDialog(false);
      dialog.querySelector("h2").textContent = options.title;
      dialog.querySelector("p").textContent = options.body;
      dialog.querySelector('[data-dialog="confirm"]').textContent = options.confirm;
      dialog.querySelector('[data-dialog="cancel"]').textContent = options.cancel;
      dialog.showModal();
      return new Promise((resolve) => {
        answerDialog = (answer) => {
          answerDialog = null;
          dialog.close();
          resolve(answer);
        };
      });
    }
    dialog.addEventListener("click", (event) => {
      const button = event.target.closest("[data-dialog]");
      if (button && answerDialog) answerDialog(button.dataset.dialog === "confirm");
    });
    dialog.addEventListener("cancel", (event) => {
      event.preventDefault();
      if (answerDialog) answerDialog(false);
    });
    function confirmLeave() {
      if (!currentSaveBar()) return Promise.resolve(true);
      return confirmDialog({ title: text.leaveTitle, body: text.leaveBody, confirm: text.leave, cancel: text.stay });
    }

    // The admin's links: the app's nav items route inside the frame; any link asks first while a
    // save bar shows, as Shopify admin does (shopify.dev, save bar: leave confirmation).
    document.addEventListener("click", async (event) => {
      const link = event.target.closest && event.target.closest("a[href]");
      if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
      const appHref = link.dataset.appHref;
      if (!appHref && !currentSaveBar()) return;
      event.preventDefault();
      if (!(await confirmLeave())) return;
      if (appHref) send({ type: "navigate", href: appHref });
      else location.assign(link.href);
    });

    window.addEventListener("message", async (event) => {
      if (event.source !== frame.contentWindow || event.origin !== config.appOrigin) return;
      const message = event.data;
      if (!message || message.source !== "devstore-app-bridge") return;
      switch (message.type) {
        case "idToken":
          try {
            send({ type: "response", id: message.id, result: await freshIdToken() });
          } catch (error) {
            send({ type: "response", id: message.id, error: String(error) });
          }
          break;
        case "toast":
          showToast(message.message, message.options);
          break;
        case "navMenu":
          renderNav(message.items);
          break;
        case "titleBar":
          renderTitleBar(message);
          break;
        case "saveBar":
          saveBars.delete(message.id);
          if (message.showing) saveBars.set(message.id, message);
          renderSaveBar();
          break;
        case "modal":
          if (message.shown) shownModals.add(message.id);
          else shownModals.delete(message.id);
          renderModalShade();
          break;
        case "leaveConfirmation":
          send({ type: "response", id: message.id, result: await confirmLeave() });
          break;
        case "unload":
          saveBars.clear();
          renderSaveBar();
          shownModals.clear();
          renderModalShade();
          renderTitleBar({ title: "", buttons: [] });
          break;
        case "adminNavigate": {
          // The app's shopify://admin/… link: a page of this store's admin, never anywhere else.
          const target = new URL(config.storeBase + message.path, location.origin);
          if (target.origin !== location.origin || !target.pathname.startsWith(config.storeBase + "/")) break;
          target.searchParams.set("locale", config.locale);
          target.searchParams.set("user", config.userId);
          if (message.newContext) window.open(target.href, "_blank", "noopener");
          else if (await confirmLeave()) location.assign(target.href);
          break;
        }
        case "location": {
          const path = message.path;
          markCurrent(path.split("?")[0]);
          const adminUrl = config.adminBase + appPathOf(path) + "?locale=" + config.locale + "&user=" + config.userId;
          if (location.pathname + location.search !== adminUrl) history.replaceState(null, "", adminUrl);
          break;
        }
      }
    });
  </script>
</body>
</html>`;
}
