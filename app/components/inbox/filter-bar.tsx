import { useNavigate, useSearchParams } from "@remix-run/react";
import { InlineStack, Select, TextField } from "@shopify/polaris";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { INBOX_CHANNELS, INBOX_SORTS } from "~/inbox-views";
import type { InboxStaffOption } from "~/presenters/inbox";
import { TICKET_INTENTS, TICKET_SENTIMENTS } from "~/schemas/ticket-labels";
import { withParams } from "./inbox-params";

type Option = { value: string; label: string };

/** A labelled select that sets one URL parameter and goes back to the first page. */
function FilterSelect({ name, label, options }: { name: string; label: string; options: Option[] }) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  return (
    <Select
      label={label}
      labelInline
      value={params.get(name) ?? ""}
      options={[{ value: "", label: t("inbox.filters.any") }, ...options]}
      onChange={(value) => navigate(`?${withParams(params, { [name]: value || null })}`)}
    />
  );
}

/**
 * The inbox's filters and sort, each a URL parameter. `languages` are the languages the shop's
 * customers write in, already named in the agent's language.
 */
export function InboxFilterBar({ staff, languages }: { staff: InboxStaffOption[]; languages: Option[] }) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const [tag, setTag] = useState(params.get("tag") ?? "");
  useEffect(() => setTag(params.get("tag") ?? ""), [params]);
  const applyTag = () => tag.trim() !== (params.get("tag") ?? "") && navigate(`?${withParams(params, { tag: tag.trim() || null })}`);
  return (
    <InlineStack gap="300" blockAlign="center">
      <FilterSelect name="channel" label={t("inbox.filters.channel")} options={INBOX_CHANNELS.map((channel) => ({ value: channel, label: t(`inbox.channels.${channel}`) }))} />
      <FilterSelect
        name="assignee"
        label={t("inbox.filters.assignee")}
        options={[
          { value: "me", label: t("inbox.filters.me") },
          { value: "none", label: t("inbox.filters.nobody") },
          ...staff.map((member) => ({ value: member.id, label: member.name ?? t("inbox.filters.staffMember", { id: member.id.slice(-4) }) })),
        ]}
      />
      <FilterSelect name="language" label={t("inbox.filters.language")} options={languages} />
      <FilterSelect name="intent" label={t("inbox.filters.intent")} options={TICKET_INTENTS.map((intent) => ({ value: intent, label: t(`intents.${intent}`) }))} />
      <FilterSelect name="sentiment" label={t("inbox.filters.sentiment")} options={TICKET_SENTIMENTS.map((sentiment) => ({ value: sentiment, label: t(`sentiments.${sentiment}`) }))} />
      <FilterSelect name="hasOrder" label={t("inbox.filters.orders")} options={[{ value: "1", label: t("inbox.filters.hasOrder") }]} />
      <div style={{ width: 180 }} onKeyDown={(event) => event.key === "Enter" && (event.preventDefault(), applyTag())}>
        <TextField label={t("inbox.filters.tag")} labelHidden placeholder={t("inbox.filters.tagPlaceholder")} autoComplete="off" value={tag} onChange={setTag} onBlur={() => void applyTag()} clearButton onClearButtonClick={() => navigate(`?${withParams(params, { tag: null })}`)} />
      </div>
      <Select
        label={t("inbox.sort.label")}
        labelInline
        value={params.get("sort") ?? "activity"}
        options={INBOX_SORTS.map((sort) => ({ value: sort, label: t(`inbox.sort.${sort}`) }))}
        onChange={(value) => navigate(`?${withParams(params, { sort: value === "activity" ? null : value })}`)}
      />
    </InlineStack>
  );
}
