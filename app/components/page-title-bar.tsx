import { useNavigate } from "@remix-run/react";
import { TitleBar } from "@shopify/app-bridge-react";
import type { ReactNode } from "react";

/**
 * The page's title in the admin's title bar, where Built for Shopify wants it (the Polaris `Page`
 * then carries no title of its own), with a breadcrumb back to the parent page of a subpage and
 * the page's actions as `<button>` children (`variant="primary"` for the primary one).
 */
export function PageTitleBar({ title, parent, children }: { title: string; parent?: { label: string; url: string }; children?: ReactNode }) {
  const navigate = useNavigate();
  return (
    <TitleBar title={title}>
      {parent ? (
        <button variant="breadcrumb" onClick={() => navigate(parent.url)}>
          {parent.label}
        </button>
      ) : null}
      {children}
    </TitleBar>
  );
}
