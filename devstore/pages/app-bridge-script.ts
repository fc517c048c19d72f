// The devstore's stand-in for https://cdn.shopify.com/shopifycloud/app-bridge.js, served at
// /cdn/app-bridge.js. It gives the framed app the parts of `window.shopify` Frontdesk uses and
// talks to the admin page (admin-page.ts) with postMessage, as the real one talks to Shopify admin:
//   app → admin  {source: "devstore-app-bridge", type: "idToken" | "toast" | "navMenu" | "titleBar" | "saveBar" |
//                 "modal" | "leaveConfirmation" | "location" | "unload" | "adminNavigate", …}
//   admin → app  {source: "devstore-admin", type: "response" | "navigate" | "titleBarAction" | "saveBarAction", …}
// Behaviour follows shopify.dev's App Bridge reference; where the docs are silent, the code says "Guess:".
export const APP_BRIDGE_SCRIPT = String.raw`(function () {
  "use strict";
  if (window.shopify && window.shopify.__devstore) return;
  var script = document.currentScript;
  var query = new URLSearchParams(location.search);
  var stored = {};
  try { stored = JSON.parse(sessionStorage.getItem("devstore-app-bridge") || "{}"); } catch (error) { stored = {}; }
  var config = {
    apiKey: (script && script.getAttribute("data-api-key")) || stored.apiKey || "",
    shop: query.get("shop") || stored.shop || "",
    host: query.get("host") || stored.host || "",
    locale: query.get("locale") || stored.locale || document.documentElement.lang || "en",
  };
  try { sessionStorage.setItem("devstore-app-bridge", JSON.stringify(config)); } catch (error) { /* storage may be blocked in a third-party frame */ }

  var parentWindow = window.parent !== window ? window.parent : null;
  var pending = new Map();
  var sequence = 0;

  function post(message) {
    if (!parentWindow) return;
    message.source = "devstore-app-bridge";
    parentWindow.postMessage(message, "*");
  }

  function ask(type, payload) {
    return new Promise(function (resolve, reject) {
      if (!parentWindow) return reject(new Error("App Bridge: the app is not framed by Shopify admin"));
      var id = ++sequence;
      pending.set(id, { resolve: resolve, reject: reject });
      post(Object.assign({ type: type, id: id }, payload || {}));
      setTimeout(function () {
        if (pending.delete(id)) reject(new Error("App Bridge: the admin did not answer " + type));
      }, 10000);
    });
  }

  function expiryOf(token) {
    try {
      var payload = JSON.parse(atob(token.split(".")[1].replace(/-/g, "+").replace(/_/g, "/")));
      return payload.exp * 1000;
    } catch (error) {
      return 0;
    }
  }

  var cachedToken = query.get("id_token");
  function idToken() {
    if (cachedToken && expiryOf(cachedToken) - Date.now() > 10000) return Promise.resolve(cachedToken);
    return ask("idToken").then(function (token) {
      cachedToken = token;
      return token;
    });
  }

  // Like App Bridge: same-origin fetches carry the session token, and a request the server
  // rejected for an expired session is retried once with a fresh token.
  var originalFetch = window.fetch.bind(window);
  function isSameOrigin(input) {
    var url = typeof input === "string" ? input : input instanceof URL ? input.href : input && input.url;
    try { return new URL(url, location.href).origin === location.origin; } catch (error) { return false; }
  }
  function withToken(input, init, token) {
    var headers = new Headers((init && init.headers) || (input instanceof Request ? input.headers : undefined));
    if (!headers.has("Authorization")) headers.set("Authorization", "Bearer " + token);
    return [input, Object.assign({}, init, { headers: headers })];
  }
  window.fetch = function (input, init) {
    if (!isSameOrigin(input)) return originalFetch(input, init);
    var retryable = !(input instanceof Request) || !input.bodyUsed;
    return idToken().then(function (token) {
      var args = withToken(input, init, token);
      return originalFetch(args[0], args[1]).then(function (response) {
        if (!retryable || response.headers.get("X-Shopify-Retry-Invalid-Session-Request") !== "1") return response;
        cachedToken = null;
        return idToken().then(function (fresh) {
          var again = withToken(input, init, fresh);
          return originalFetch(again[0], again[1]);
        });
      });
    });
  };

  function navigate(href) {
    var link = document.querySelector('ui-nav-menu a[href="' + CSS.escape(href) + '"]');
    var temporary = null;
    if (!link) {
      temporary = link = document.createElement("a");
      link.setAttribute("href", href);
      link.hidden = true;
      document.body.append(link);
    }
    var before = location.pathname + location.search;
    // shopify-app-remix's AppProvider listens for this event and routes with Remix's navigate().
    link.dispatchEvent(new CustomEvent("shopify:navigate", { bubbles: true }));
    if (temporary) temporary.remove();
    setTimeout(function () {
      if (location.pathname + location.search !== before) return;
      if (new URL(href, location.href).pathname === location.pathname) return;
      idToken().then(function (token) {
        var target = new URL(href, location.href);
        target.searchParams.set("embedded", "1");
        target.searchParams.set("shop", config.shop);
        target.searchParams.set("host", config.host);
        target.searchParams.set("locale", config.locale);
        target.searchParams.set("id_token", token);
        location.assign(target.href);
      });
    }, 400);
  }

  // https://shopify.dev/docs/api/app-bridge-library/apis/navigation: a shopify://admin/… URL opens
  // that page of Shopify admin, from an <a href> (the docs' form: target="_top") or from
  // open(url, target). The admin page navigates itself, or opens a new tab for target _blank.
  // Guess: shopify:admin/… (no slashes, the UI extensions' spelling) is read the same, and a
  // modified click (Cmd, Ctrl, Shift) opens a new tab as it would for any link.
  var ADMIN_URL = /^shopify:(?:\/\/)?admin(\/\S*)?$/i;
  function adminPathOf(href) {
    var match = ADMIN_URL.exec(String(href || "").trim());
    return match ? match[1] || "/" : null;
  }
  function openAdminPage(path, target) {
    post({ type: "adminNavigate", path: path, newContext: target === "_blank" });
  }
  document.addEventListener("click", function (event) {
    var link = event.target && event.target.closest ? event.target.closest("a[href]") : null;
    if (!link || event.defaultPrevented || event.button !== 0) return;
    var path = adminPathOf(link.getAttribute("href"));
    if (path === null) return;
    event.preventDefault();
    openAdminPage(path, event.metaKey || event.ctrlKey || event.shiftKey ? "_blank" : link.getAttribute("target"));
  });
  var originalOpen = window.open.bind(window);
  window.open = function (url, target, features) {
    var path = adminPathOf(url);
    if (path === null) return originalOpen(url, target, features);
    openAdminPage(path, target);
    return null;
  };

  window.addEventListener("message", function (event) {
    if (event.source !== parentWindow) return;
    var message = event.data;
    if (!message || message.source !== "devstore-admin") return;
    if (message.type === "response") {
      var entry = pending.get(message.id);
      if (!entry) return;
      pending.delete(message.id);
      if (message.error) entry.reject(new Error(message.error));
      else entry.resolve(message.result);
    } else if (message.type === "navigate") {
      navigate(message.href);
    } else if (message.type === "titleBarAction") {
      clickTitleBarButton(message.index, message.label);
    } else if (message.type === "saveBarAction") {
      clickSaveBarButton(message.id, message.action);
    }
  });

  var AUTH_PARAMS = ["embedded", "shop", "host", "locale", "id_token", "session", "timestamp", "hmac"];
  function reportLocation() {
    var url = new URL(location.href);
    AUTH_PARAMS.forEach(function (name) { url.searchParams.delete(name); });
    post({ type: "location", path: url.pathname + url.search });
  }
  ["pushState", "replaceState"].forEach(function (name) {
    var original = history[name];
    history[name] = function () {
      var result = original.apply(this, arguments);
      reportLocation();
      return result;
    };
  });
  window.addEventListener("popstate", reportLocation);
  reportLocation();
  // The admin forgets this document's title bar actions and save bars when it goes away.
  window.addEventListener("pagehide", function () { post({ type: "unload" }); });

  var toastTimers = new Map();
  window.shopify = {
    __devstore: true,
    config: config,
    origin: "https://admin.shopify.com",
    environment: { embedded: Boolean(parentWindow), mobile: false, pos: false },
    idToken: idToken,
    toast: {
      show: function (message, options) {
        var id = "toast-" + (++sequence);
        post({ type: "toast", id: id, message: String(message), options: { isError: Boolean(options && options.isError), duration: (options && options.duration) || 5000 } });
        toastTimers.set(id, true);
        return id;
      },
      hide: function (id) { toastTimers.delete(id); },
    },
    loading: function () {},
    // https://shopify.dev/docs/api/app-bridge-library/apis/save-bar: show/hide/toggle by the
    // ui-save-bar's id, and leaveConfirmation(), "resolved when there is no visible save bar or
    // user confirms to leave".
    saveBar: {
      show: function (id) { return saveBarById(id).then(function (bar) { return bar.show(); }); },
      hide: function (id) { return saveBarById(id).then(function (bar) { return bar.hide(); }); },
      toggle: function (id) { return saveBarById(id).then(function (bar) { return bar.toggle(); }); },
      leaveConfirmation: leaveConfirmation,
    },
    // https://shopify.dev/docs/api/app-bridge-library/apis/modal: show/hide/toggle by the ui-modal's id.
    modal: {
      show: function (id) { return modalById(id).then(function (modal) { return modal.show(); }); },
      hide: function (id) { return modalById(id).then(function (modal) { return modal.hide(); }); },
      toggle: function (id) { return modalById(id).then(function (modal) { return modal.toggle(); }); },
    },
    user: function () { return idToken().then(function () { return {}; }); },
  };

  function navItems(menu) {
    return Array.prototype.map.call(menu.querySelectorAll("a"), function (link) {
      return { label: (link.textContent || "").trim(), href: link.getAttribute("href"), home: link.getAttribute("rel") === "home" };
    });
  }

  if (!customElements.get("ui-nav-menu")) {
    customElements.define("ui-nav-menu", class extends HTMLElement {
      connectedCallback() {
        this.style.display = "none";
        var menu = this;
        var send = function () { post({ type: "navMenu", items: navItems(menu) }); };
        this._observer = new MutationObserver(send);
        this._observer.observe(this, { subtree: true, childList: true, characterData: true, attributes: true });
        queueMicrotask(send);
      }
      disconnectedCallback() {
        if (this._observer) this._observer.disconnect();
        post({ type: "navMenu", items: [] });
      }
    });
  }

  // https://shopify.dev/docs/api/app-bridge-library/web-components/ui-title-bar: the title, and
  // <button> children as actions: variant="primary" is the primary action, the others secondary;
  // tone="critical", disabled and loading are honoured; a <section label> groups secondary buttons
  // (the admin page draws the group as a labelled row of buttons, not a menu); a
  // variant="breadcrumb" button is the link back to the parent page, drawn before the title.
  // <a> children are not drawn here. A ui-title-bar inside a ui-modal is that modal's header, not
  // the page's title bar.
  function isPageTitleBar(bar) {
    return !bar.closest("ui-modal");
  }
  // Guess: with more than one on the page, the admin shows the one added last.
  var pageTitleBars = [];
  function pageTitleBar() {
    return pageTitleBars[pageTitleBars.length - 1] || null;
  }
  function titleBarButtons(bar) {
    return Array.prototype.slice.call(bar.querySelectorAll("button"));
  }
  function titleBarState(bar) {
    return {
      type: "titleBar",
      title: bar.getAttribute("title") || "",
      buttons: titleBarButtons(bar).map(function (button, index) {
        var section = button.closest("section");
        return {
          index: index,
          label: (button.textContent || "").trim(),
          variant: button.getAttribute("variant") || "",
          tone: button.getAttribute("tone") || "",
          disabled: button.disabled || button.hasAttribute("disabled"),
          loading: isOn(button, "loading"),
          group: section && bar.contains(section) ? section.getAttribute("label") || "" : null,
        };
      }),
    };
  }
  function clickTitleBarButton(index, label) {
    var bar = pageTitleBar();
    var button = bar && titleBarButtons(bar)[index];
    // The app may have re-rendered since the admin drew the button: only the same button is clicked.
    if (!button || (button.textContent || "").trim() !== label || button.disabled) return;
    button.click();
  }

  if (!customElements.get("ui-title-bar")) {
    customElements.define("ui-title-bar", class extends HTMLElement {
      connectedCallback() {
        this.style.display = "none";
        var bar = this;
        if (!isPageTitleBar(this)) return;
        pageTitleBars.push(this);
        var send = function () { if (bar.isConnected && pageTitleBar() === bar) post(titleBarState(bar)); };
        this._observer = new MutationObserver(send);
        this._observer.observe(this, { subtree: true, childList: true, characterData: true, attributes: true });
        queueMicrotask(send);
      }
      disconnectedCallback() {
        if (!this._observer) return;
        this._observer.disconnect();
        this._observer = null;
        var self = this;
        pageTitleBars = pageTitleBars.filter(function (bar) { return bar !== self; });
        var shown = pageTitleBar();
        post(shown ? titleBarState(shown) : { type: "titleBar", title: "", buttons: [] });
      }
    });
  }

  // A boolean attribute as React 18 writes it on custom elements and their children: present,
  // and not "false".
  function isOn(element, name) {
    var value = element.getAttribute(name);
    return value !== null && value !== "false";
  }

  // https://shopify.dev/docs/api/app-bridge-library/web-components/ui-save-bar: "The button with
  // variant primary is the Save button and the button without a variant is the Discard button";
  // their disabled and loading attributes are honoured. The bar's own labels are the admin's
  // (Guess: Shopify ignores the buttons' text, as its examples leave them empty).
  var saveBarSequence = 0;
  function saveBarButtons(bar) {
    var buttons = Array.prototype.slice.call(bar.querySelectorAll("button"));
    return {
      save: buttons.find(function (button) { return button.getAttribute("variant") === "primary"; }) || null,
      discard: buttons.find(function (button) { return !button.hasAttribute("variant"); }) || null,
    };
  }
  function buttonState(button) {
    return button ? { disabled: button.disabled || button.hasAttribute("disabled"), loading: isOn(button, "loading") } : { disabled: false, loading: false };
  }
  function allSaveBars() {
    return Array.prototype.slice.call(document.querySelectorAll("ui-save-bar"));
  }
  function saveBarById(id) {
    var bar = allSaveBars().find(function (element) { return element.id === id; });
    // Guess: the docs do not say what an unknown id does; a rejected promise says it loudly.
    return bar ? Promise.resolve(bar) : Promise.reject(new Error("App Bridge: no ui-save-bar with id " + id));
  }
  function clickSaveBarButton(id, action) {
    var bar = allSaveBars().find(function (element) { return element.barId === id; });
    if (!bar || !bar.showing) return;
    var button = saveBarButtons(bar)[action === "save" ? "save" : "discard"];
    var state = buttonState(button);
    if (!button || state.disabled || state.loading) return;
    button.click();
  }
  function leaveConfirmation() {
    if (!allSaveBars().some(function (bar) { return bar.showing; })) return Promise.resolve();
    return new Promise(function (resolve) {
      if (!parentWindow) return resolve();
      var id = ++sequence;
      // No time limit: the merchant answers when they answer. Guess: when they choose to stay the
      // promise never settles, so the caller's navigation simply does not happen.
      pending.set(id, { resolve: function (leave) { if (leave) resolve(); }, reject: function () {} });
      post({ type: "leaveConfirmation", id: id });
    });
  }

  if (!customElements.get("ui-save-bar")) {
    customElements.define("ui-save-bar", class extends HTMLElement {
      constructor() {
        super();
        this._showing = false;
        this._autoId = "devstore-save-bar-" + (++saveBarSequence);
      }
      get barId() { return this.id || this._autoId; }
      get showing() { return this._showing; }
      get discardConfirmation() { return isOn(this, "discardconfirmation"); }
      set discardConfirmation(value) { this.toggleAttribute("discardconfirmation", Boolean(value)); }
      connectedCallback() {
        this.style.display = "none";
        var bar = this;
        this._observer = new MutationObserver(function () { bar._send(); });
        this._observer.observe(this, { subtree: true, childList: true, characterData: true, attributes: true });
      }
      disconnectedCallback() {
        if (this._observer) this._observer.disconnect();
        // Guess: a save bar removed from the page is no longer shown, and says so with no event.
        if (this._showing) {
          this._showing = false;
          post({ type: "saveBar", id: this.barId, showing: false });
        }
      }
      _state() {
        var buttons = saveBarButtons(this);
        return { type: "saveBar", id: this.barId, showing: this._showing, discardConfirmation: this.discardConfirmation, save: buttonState(buttons.save), discard: buttonState(buttons.discard) };
      }
      _send() {
        // While shown, the admin's bar follows the buttons' disabled and loading attributes.
        if (this._showing) post(this._state());
      }
      _set(showing) {
        if (this._showing === showing) return Promise.resolve();
        this._showing = showing;
        post(this._state());
        this.dispatchEvent(new Event(showing ? "show" : "hide"));
        // Guess: the promise settles once the admin has been told, not when it has drawn the bar.
        return Promise.resolve();
      }
      show() { return this._set(true); }
      hide() { return this._set(false); }
      toggle() { return this._set(!this._showing); }
    });
  }

  // https://shopify.dev/docs/api/app-bridge-library/web-components/ui-modal: the modal's content is
  // the element's children (the React Modal portals them into the element's 'content'), its
  // ui-title-bar child gives the title and the footer's buttons (variant="primary" is the primary
  // action, the others secondary; tone="critical", disabled and loading are honoured), 'variant'
  // is small | base | large | max, show() / hide() / toggle() return promises and fire "show" /
  // "hide", and the X or Escape closes it, firing "hide".
  // Shopify draws the modal over the whole admin, in a frame of its own, with the app's stylesheets
  // (so Polaris popovers and tooltips, which portal to the app's own body, do not show in it:
  // Shopify/shopify-app-bridge#301). Content cannot leave this cross-origin iframe, so the stand-in
  // draws the modal as a <dialog> in the top layer of the app's document, over the iframe's viewport,
  // and the admin page dims its own chrome around the iframe (the "modal" message) with the same
  // shade as the dialog's backdrop: the merchant sees one overlay over everything. The content lives
  // in the app's document here, so whatever works in it here may still fail in Shopify's frame.
  // Not drawn: 'src' modals (Frontdesk does not use them) and ui-save-bar inside a modal.
  // Guess: the sizes are Polaris's modal widths (380, 620 and 980 px; max fills the viewport); the
  // body has no padding of its own (the app pads its content); a click on the backdrop does not
  // close the modal; hide() of a hidden modal fires no event; the 'shown' getter (true while
  // shown) is not in shopify.dev's reference.
  var MODAL_TEXT = { en: { close: "Close" }, ja: { close: "閉じる" }, th: { close: "ปิด" } };
  var modalText = MODAL_TEXT[String(config.locale).split("-")[0]] || MODAL_TEXT.en;
  var modalSequence = 0;
  var MODAL_STYLE = [
    "dialog.devstore-modal { border: 0; padding: 0; border-radius: 12px; width: min(620px, calc(100vw - 32px)); max-height: calc(100vh - 64px); box-shadow: 0 16px 40px rgba(0,0,0,.35); display: none; flex-direction: column; overflow: hidden; color: inherit; background: #fff; }",
    // The admin's own parts of the modal; the body is the app's, styled by the app's stylesheets.
    ".devstore-modal-chrome { font: 13px/1.4 -apple-system, BlinkMacSystemFont, 'San Francisco', 'Segoe UI', Roboto, 'Noto Sans JP', 'Noto Sans Thai', sans-serif; color: #303030; }",
    "dialog.devstore-modal[open] { display: flex; }",
    "dialog.devstore-modal::backdrop { background: rgba(0,0,0,.5); }",
    "dialog.devstore-modal[data-variant='small'] { width: min(380px, calc(100vw - 32px)); }",
    "dialog.devstore-modal[data-variant='large'] { width: min(980px, calc(100vw - 32px)); }",
    "dialog.devstore-modal[data-variant='max'] { width: 100vw; max-width: 100vw; height: 100vh; max-height: 100vh; border-radius: 0; }",
    ".devstore-modal-header { display: flex; align-items: center; gap: 8px; padding: 12px 12px 12px 16px; background: #f3f3f3; border-bottom: 1px solid #e3e3e3; }",
    ".devstore-modal-header h2 { flex: 1; margin: 0; font-size: 14px; font-weight: 650; }",
    ".devstore-modal-body { flex: 1; overflow: auto; }",
    ".devstore-modal-footer { display: flex; justify-content: flex-end; gap: 8px; padding: 12px 16px; border-top: 1px solid #e3e3e3; }",
    ".devstore-modal-footer:empty { display: none; }",
    ".devstore-modal-chrome button { font: inherit; font-weight: 600; border-radius: 8px; padding: 6px 12px; border: 0; cursor: pointer; background: #fff; color: #303030; box-shadow: inset 0 -1px 0 #b5b5b5, 0 0 0 1px #e3e3e3; }",
    ".devstore-modal-chrome button[data-variant='primary'] { background: #303030; color: #fff; box-shadow: inset 0 -1px 0 #000; }",
    ".devstore-modal-chrome button[data-tone='critical'] { color: #8e1f0b; }",
    ".devstore-modal-chrome button[data-variant='primary'][data-tone='critical'] { background: #c70a24; color: #fff; }",
    ".devstore-modal-chrome button:disabled { opacity: .5; cursor: default; }",
    ".devstore-modal-chrome button[aria-busy='true'] { opacity: .7; cursor: progress; }",
    ".devstore-modal-chrome button.devstore-modal-close { box-shadow: none; background: none; padding: 2px 8px; font-size: 18px; line-height: 1; }",
  ].join("\n");
  function ensureModalStyle() {
    if (document.getElementById("devstore-modal-style")) return;
    var style = document.createElement("style");
    style.id = "devstore-modal-style";
    style.textContent = MODAL_STYLE;
    document.head.append(style);
  }
  function allModals() {
    return Array.prototype.slice.call(document.querySelectorAll("ui-modal"));
  }
  function modalById(id) {
    var modal = allModals().find(function (element) { return element.id === id; });
    // Guess: as for save bars, an unknown id rejects.
    return modal ? Promise.resolve(modal) : Promise.reject(new Error("App Bridge: no ui-modal with id " + id));
  }
  function modalTitleBar(modal) {
    return Array.prototype.slice.call(modal.children).find(function (child) { return child.localName === "ui-title-bar"; }) || null;
  }

  if (!customElements.get("ui-modal")) {
    customElements.define("ui-modal", class extends HTMLElement {
      static get observedAttributes() { return ["variant"]; }
      constructor() {
        super();
        this._shown = false;
        this._modalId = "devstore-modal-" + (++modalSequence);
        this._content = document.createElement("div");
        this._dialog = document.createElement("dialog");
        this._dialog.className = "devstore-modal";
        var header = document.createElement("div");
        header.className = "devstore-modal-header devstore-modal-chrome";
        this._title = document.createElement("h2");
        this._title.id = this._modalId + "-title";
        var close = document.createElement("button");
        close.type = "button";
        close.className = "devstore-modal-close";
        close.setAttribute("aria-label", modalText.close);
        close.textContent = "×";
        var modal = this;
        close.addEventListener("click", function () { modal.hide(); });
        header.append(this._title, close);
        var body = document.createElement("div");
        body.className = "devstore-modal-body";
        body.append(this._content);
        this._footer = document.createElement("div");
        this._footer.className = "devstore-modal-footer devstore-modal-chrome";
        this._dialog.append(header, body, this._footer);
        this._dialog.setAttribute("aria-labelledby", this._title.id);
        // Escape closes the modal as the X does; the dialog itself is closed by hide().
        this._dialog.addEventListener("cancel", function (event) {
          event.preventDefault();
          modal.hide();
        });
      }
      get content() { return this._content; }
      get shown() { return this._shown; }
      get variant() { return this.getAttribute("variant") || "base"; }
      set variant(value) { this.setAttribute("variant", value); }
      attributeChangedCallback() { this._dialog.dataset.variant = this.variant; }
      connectedCallback() {
        this.style.display = "none";
        this._dialog.dataset.variant = this.variant;
        var modal = this;
        this._observer = new MutationObserver(function () { modal._render(); });
        this._observer.observe(this, { subtree: true, childList: true, characterData: true, attributes: true });
        this._render();
      }
      disconnectedCallback() {
        if (this._observer) this._observer.disconnect();
        this._dialog.remove();
        // Guess: a modal removed from the page is no longer shown, and says so with no event.
        if (this._shown) {
          this._shown = false;
          post({ type: "modal", id: this._modalId, shown: false });
        }
      }
      // The title bar's title and buttons, drawn again whenever the app changes them.
      _render() {
        var bar = modalTitleBar(this);
        this._title.textContent = bar ? bar.getAttribute("title") || "" : "";
        var buttons = bar ? Array.prototype.slice.call(bar.querySelectorAll("button")) : [];
        var ordered = buttons.filter(function (button) { return button.getAttribute("variant") !== "primary"; })
          .concat(buttons.filter(function (button) { return button.getAttribute("variant") === "primary"; }).slice(0, 1));
        this._footer.replaceChildren.apply(this._footer, ordered.map(function (button) {
          var drawn = document.createElement("button");
          drawn.type = "button";
          drawn.textContent = (button.textContent || "").trim();
          if (button.getAttribute("variant") === "primary") drawn.dataset.variant = "primary";
          if (button.getAttribute("tone") === "critical") drawn.dataset.tone = "critical";
          var loading = isOn(button, "loading");
          drawn.disabled = button.disabled || button.hasAttribute("disabled");
          drawn.setAttribute("aria-busy", String(loading));
          drawn.addEventListener("click", function () {
            if (!loading && !button.disabled) button.click();
          });
          return drawn;
        }));
      }
      _set(shown) {
        if (this._shown === shown || !this.isConnected) return Promise.resolve();
        this._shown = shown;
        // The dialog joins the document only when first shown: nodes added while React hydrates
        // the page would not match the server's HTML.
        if (shown && !this._dialog.isConnected) {
          ensureModalStyle();
          document.body.append(this._dialog);
        }
        if (shown) this._dialog.showModal();
        else this._dialog.close();
        post({ type: "modal", id: this._modalId, shown: shown });
        this.dispatchEvent(new Event(shown ? "show" : "hide"));
        return Promise.resolve();
      }
      show() { return this._set(true); }
      hide() { return this._set(false); }
      toggle() { return this._set(!this._shown); }
    });
  }
})();
`;
