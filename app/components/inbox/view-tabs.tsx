import { Badge, Box, InlineStack, Text } from "@shopify/polaris";
import { useRef, type KeyboardEvent } from "react";

export interface ViewTab {
  id: string;
  content: string;
  badge: string;
  accessibilityLabel: string;
}

/**
 * The inbox's views as a row of tabs, in Polaris's own Tabs markup and styles but whole in the
 * server's HTML. Polaris's `Tabs` measures itself in the browser and draws no tab until then (an
 * empty row, then a shift, on a slow device), and brings the rename, duplicate and delete modals
 * of editable views with it, which the inbox does not offer. Keys as in the ARIA tabs pattern:
 * arrows, Home and End move between tabs, Enter and Space choose one. The selected view's
 * content is the element `panelId` (a `tabpanel` labelled by its tab, `view-<id>`).
 */
export function ViewTabs({ tabs, selected, onSelect, label, panelId }: { tabs: ViewTab[]; selected: number; onSelect: (index: number) => void; label: string; panelId: string }) {
  const list = useRef<HTMLUListElement>(null);
  const focusTab = (index: number) => list.current?.querySelectorAll<HTMLButtonElement>('[role="tab"]')[index]?.focus();
  const onKeyDown = (event: KeyboardEvent, index: number) => {
    // Alt+arrows is the browser's back and forward; other chords are not the tabs' either.
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const last = tabs.length - 1;
    const target = { ArrowRight: index === last ? 0 : index + 1, ArrowLeft: index === 0 ? last : index - 1, Home: 0, End: last }[event.key];
    if (target === undefined) return;
    event.preventDefault();
    focusTab(target);
  };
  return (
    <div className="Polaris-Tabs__Outer">
      <Box padding={{ md: "200" }}>
        <div className="Polaris-Tabs__Wrapper">
          <div className="Polaris-Tabs__ButtonWrapper">
            <ul ref={list} role="tablist" aria-label={label} className="Polaris-Tabs">
              {tabs.map((tab, index) => (
                <li key={tab.id} role="presentation" className="Polaris-Tabs__TabContainer">
                  <button
                    type="button"
                    id={`view-${tab.id}`}
                    role="tab"
                    aria-selected={index === selected}
                    aria-controls={panelId}
                    aria-label={tab.accessibilityLabel}
                    tabIndex={index === selected ? 0 : -1}
                    className={index === selected ? "Polaris-Tabs__Tab Polaris-Tabs__Tab--active" : "Polaris-Tabs__Tab"}
                    onClick={() => index !== selected && onSelect(index)}
                    onKeyDown={(event) => onKeyDown(event, index)}
                  >
                    <InlineStack gap="200" align="center" blockAlign="center" wrap={false}>
                      <Text as="span" variant="bodySm" fontWeight="medium">
                        {tab.content}
                      </Text>
                      <Badge tone={index === selected ? undefined : "new"}>{tab.badge}</Badge>
                    </InlineStack>
                  </button>
                </li>
              ))}
            </ul>
          </div>
        </div>
      </Box>
    </div>
  );
}
