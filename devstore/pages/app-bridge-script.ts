// The devstore's stand-in for https://cdn.shopify.com/shopifycloud/app-bridge.js, served at
// /cdn/app-bridge.js. It gives the framed app the parts of `window.shopify` Frontdesk uses and
// talks to the admin page (admin-page.ts) with postMessage, as the real one talks to Shopify admin:
//   app → admin  {source: "devstore-app-bridge", type: "idToken" | "toast" | "navMenu" | "titleBar" | "location", …}
//   admin → app  {source: "devstore-admin", type: "response" | "navigate", …}
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

  if (!customElements.get("ui-title-bar")) {
    customElements.define("ui-title-bar", class extends HTMLElement {
      static get observedAttributes() { return ["title"]; }
      connectedCallback() {
        this.style.display = "none";
        post({ type: "titleBar", title: this.getAttribute("title") || "" });
      }
      attributeChangedCallback() {
        if (this.isConnected) post({ type: "titleBar", title: this.getAttribute("title") || "" });
      }
      disconnectedCallback() { post({ type: "titleBar", title: "" }); }
    });
  }
})();
`;
