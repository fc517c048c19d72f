import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Card, Page, Text } from "@shopify/polaris";
import { authenticate } from "~/shopify.server";

export const meta: MetaFunction = () => [{ title: "Bare page · Frontdesk" }];

/**
 * The vitals benchmark's floor (bench/vitals.ts): the least a Polaris page inside this app's shell
 * costs, with no data of its own. Nothing links to it, and in production it answers 404 unless
 * FRONTDESK_BARE_PAGE=true (the benchmark sets it), so merchants never reach a page with no purpose.
 */
export const loader = async ({ request }: LoaderFunctionArgs) => {
  if (process.env.NODE_ENV === "production" && process.env.FRONTDESK_BARE_PAGE !== "true") throw new Response("Not found", { status: 404 });
  await authenticate.admin(request);
  return null;
};

export default function BarePage() {
  return (
    <Page title="Bare page">
      <Card>
        <Text as="p">A Polaris page with a card and a line of text: what any page of this app costs.</Text>
      </Card>
    </Page>
  );
}
