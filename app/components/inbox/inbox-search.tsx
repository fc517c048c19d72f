import { Icon, TextField } from "@shopify/polaris";
import { SearchIcon } from "@shopify/polaris-icons";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";

/** The inbox's search box: `onSearch` with the words on Enter, with null when cleared. */
export function InboxSearch({ search, onSearch }: { search: string; onSearch: (query: string | null) => void }) {
  const { t } = useTranslation();
  const [query, setQuery] = useState(search);
  useEffect(() => setQuery(search), [search]);
  return (
    <form
      role="search"
      onSubmit={(event) => {
        event.preventDefault();
        onSearch(query.trim() || null);
      }}
    >
      <TextField
        label={t("inbox.search")}
        labelHidden
        autoComplete="off"
        placeholder={t("inbox.searchPlaceholder")}
        prefix={<Icon source={SearchIcon} />}
        value={query}
        onChange={setQuery}
        clearButton
        onClearButtonClick={() => {
          setQuery("");
          onSearch(null);
        }}
      />
    </form>
  );
}
