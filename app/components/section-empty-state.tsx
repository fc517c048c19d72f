import { Card, EmptyState, Layout, Page } from "@shopify/polaris";
import { PageTitleBar } from "./page-title-bar";

/** A section of the app that has nothing to show yet, saying what will appear there. */
export function SectionEmptyState({ title, heading, body }: { title: string; heading: string; body: string }) {
  return (
    <Page>
      <PageTitleBar title={title} />
      <Layout>
        <Layout.Section>
          <Card>
            <EmptyState heading={heading} image="">
              <p>{body}</p>
            </EmptyState>
          </Card>
        </Layout.Section>
      </Layout>
    </Page>
  );
}
