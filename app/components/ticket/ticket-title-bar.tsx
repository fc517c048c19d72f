import { useTranslation } from "react-i18next";
import { PageTitleBar } from "~/components/page-title-bar";
import { ticketStatusActions, type SettableStatus, type StatusAction, type TicketStatus } from "./ticket-status-actions";

/**
 * The ticket's title and its status actions in the admin's title bar, with a breadcrumb back to
 * the inbox. While a change of status is on its way (`busyStatus`), every status action is
 * disabled and the pressed one shows as loading, so a second press sends nothing.
 */
export function TicketTitleBar({
  ticket,
  busyStatus,
  onStatus,
}: {
  ticket: { number: number; subject: string; status: TicketStatus };
  busyStatus: SettableStatus | null;
  onStatus: (status: SettableStatus) => void;
}) {
  const { t } = useTranslation();
  const { primary, secondary } = ticketStatusActions(ticket.status);
  const button = (action: StatusAction, variant?: "primary") => (
    <button key={action.status} variant={variant} onClick={() => onStatus(action.status)} disabled={busyStatus !== null} loading={busyStatus === action.status ? "" : undefined}>
      {t(`ticket.${action.label}`)}
    </button>
  );
  return (
    <PageTitleBar title={`#${ticket.number} ${ticket.subject}`} parent={{ label: t("inbox.title"), url: "/app" }}>
      {secondary.map((action) => button(action))}
      {button(primary, "primary")}
    </PageTitleBar>
  );
}
