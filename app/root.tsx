import { Links, Meta, Outlet, Scripts, ScrollRestoration, useRouteLoaderData } from "@remix-run/react";
import { useEffect } from "react";
import { startWebVitals } from "~/lib/web-vitals.client";

/**
 * A browser that blocks third-party storage (Chromium with third-party cookies blocked, Safari,
 * Brave) throws on any touch of `sessionStorage` inside Shopify admin's iframe. Remix reads it to
 * discover routes while navigating, so without this the app could not move between pages there.
 * Where it throws, an in-memory Storage for the page's lifetime stands in.
 */
const SESSION_STORAGE_FALLBACK = `(function(){try{window.sessionStorage.getItem("x")}catch(e){var d=new Map();
var s={getItem:function(k){return d.has(String(k))?d.get(String(k)):null},setItem:function(k,v){d.set(String(k),String(v))},
removeItem:function(k){d.delete(String(k))},clear:function(){d.clear()},key:function(i){return Array.from(d.keys())[i]??null}};
Object.defineProperty(s,"length",{get:function(){return d.size}});
Object.defineProperty(window,"sessionStorage",{configurable:true,value:s})}})();`;

export default function App() {
  const appData = useRouteLoaderData<{ locale?: string }>("routes/app");
  // Does nothing unless the vitals flag is set (see web-vitals.client.ts).
  useEffect(() => startWebVitals(), []);
  return (
    <html lang={appData?.locale ?? "en"}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width,initial-scale=1" />
        <link rel="preconnect" href="https://cdn.shopify.com/" />
        <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
        <script dangerouslySetInnerHTML={{ __html: SESSION_STORAGE_FALLBACK }} />
        <Meta />
        <Links />
      </head>
      <body>
        <Outlet />
        <ScrollRestoration />
        <Scripts />
      </body>
    </html>
  );
}
