/** Money in the admin's language, e.g. "$1,234.50" or "￥1,235". */
export function formatMoney(amount: string | number, currencyCode: string, locale: string): string {
  return new Intl.NumberFormat(locale, { style: "currency", currency: currencyCode }).format(Number(amount));
}

/** A date in the shop's time zone, so server and browser render the same text. */
export function formatDate(date: string | Date, locale: string, timeZone: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone }).format(new Date(date));
}

/** A moment in the admin's language and the browser's time zone, e.g. "Nov 26, 14:05". */
export function formatDateTime(date: string | Date, locale: string): string {
  return new Intl.DateTimeFormat(locale, { month: "short", day: "numeric", hour: "2-digit", minute: "2-digit" }).format(new Date(date));
}

/**
 * How far `date` is from `now`, coarsely, in the admin's language: "in 3 hours", "25 minutes ago".
 * `now` comes from the loader, so the server's and the browser's render agree.
 */
export function formatRelative(date: string | Date, now: string | Date, locale: string): string {
  const minutes = Math.round((new Date(date).getTime() - new Date(now).getTime()) / 60_000);
  const format = new Intl.RelativeTimeFormat(locale, { numeric: "auto" });
  if (Math.abs(minutes) < 60) return format.format(minutes, "minute");
  if (Math.abs(minutes) < 48 * 60) return format.format(Math.round(minutes / 60), "hour");
  return format.format(Math.round(minutes / 1440), "day");
}
