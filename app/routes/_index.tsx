import type { LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";

// Frontdesk lives inside Shopify admin: a request that names a shop goes to the embedded app;
// anyone else is told where to find it.
export const loader = async ({ request }: LoaderFunctionArgs) => {
  const url = new URL(request.url);
  if (url.searchParams.get("shop")) throw redirect(`/app?${url.searchParams.toString()}`);
  return new Response(
    "Frontdesk is a Shopify app. Install it from the Shopify App Store, then open it from your store's admin.",
    { headers: { "Content-Type": "text/plain; charset=utf-8" } },
  );
};
