import { Badge, BlockStack, Button, IndexTable, Link, Text } from "@shopify/polaris";
import { useTranslation } from "react-i18next";
import { formatDateTime } from "~/components/format";
import type { FilteredEmailRow } from "~/schemas/filtered-email";

/** A bounce or a loop is the mail system talking; the rest are mail a person may have meant for the shop. */
const REASON_TONE = { loop: "critical", bounce: "warning" } as const;

/**
 * The shop's filtered mail: when it came, from whom, its subject and why no ticket was opened, with
 * a button that turns it into a ticket (or a link to the ticket it became).
 */
export function FilteredMailTable({ emails, days, busyId, onCreateTicket }: { emails: FilteredEmailRow[]; days: number; busyId: string | null; onCreateTicket: (id: string) => void }) {
  const { t, i18n } = useTranslation();
  return (
    <IndexTable
      resourceName={{ singular: t("filteredMail.singular"), plural: t("filteredMail.plural") }}
      itemCount={emails.length}
      selectable={false}
      emptyState={
        <div style={{ padding: "var(--p-space-400)" }}>
          <Text as="p" tone="subdued">
            {t("filteredMail.empty", { days })}
          </Text>
        </div>
      }
      headings={[{ title: t("filteredMail.receivedAt") }, { title: t("filteredMail.from") }, { title: t("filteredMail.subject") }, { title: t("filteredMail.reason") }, { title: "" }]}
    >
      {emails.map((email, index) => {
        const subject = email.subject || t("filteredMail.noSubject");
        return (
          <IndexTable.Row id={email.id} key={email.id} position={index}>
            <IndexTable.Cell>{formatDateTime(email.receivedAt, i18n.language)}</IndexTable.Cell>
            <IndexTable.Cell>
              <BlockStack gap="050">
                <Text as="span" breakWord>
                  {email.fromName ?? email.fromAddress ?? "—"}
                </Text>
                {email.fromName && email.fromAddress ? (
                  <Text as="span" tone="subdued" variant="bodySm" breakWord>
                    {email.fromAddress}
                  </Text>
                ) : null}
              </BlockStack>
            </IndexTable.Cell>
            <IndexTable.Cell>
              <Text as="span" breakWord>
                {subject}
              </Text>
            </IndexTable.Cell>
            <IndexTable.Cell>
              <BlockStack gap="050">
                <span>
                  <Badge tone={email.reason in REASON_TONE ? REASON_TONE[email.reason as keyof typeof REASON_TONE] : undefined}>{t(`filteredMail.reasons.${email.reason}`)}</Badge>
                </span>
                {email.detail ? (
                  <Text as="span" tone="subdued" variant="bodySm" breakWord>
                    {email.detail}
                  </Text>
                ) : null}
              </BlockStack>
            </IndexTable.Cell>
            <IndexTable.Cell>
              {email.ticket ? (
                <Link url={`/app/tickets/${email.ticket.id}`}>{t("filteredMail.ticket", { number: email.ticket.number })}</Link>
              ) : (
                <Button size="slim" loading={busyId === email.id} disabled={busyId !== null} onClick={() => onCreateTicket(email.id)} accessibilityLabel={t("filteredMail.createTicketFor", { subject })}>
                  {t("filteredMail.createTicket")}
                </Button>
              )}
            </IndexTable.Cell>
          </IndexTable.Row>
        );
      })}
    </IndexTable>
  );
}
