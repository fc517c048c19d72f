/** Money in the admin's language, e.g. "$1,234.50" or "￥1,235". */
export function formatMoney(amount: string | number, currencyCode: string, locale: string): string {
  return new Intl.NumberFormat(locale, { style: "currency", currency: currencyCode }).format(Number(amount));
}

/** A capped count in the admin's language: "42", "1,000+" when it passed the cap. */
export function formatCount(count: number, cap: number, locale: string): string {
  const format = new Intl.NumberFormat(locale);
  return count > cap ? `${format.format(cap)}+` : format.format(count);
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

/** A length of time in the admin's language, to the two largest units: "2 hr 5 min", "1 日2 時間". */
export function formatDuration(milliseconds: number, locale: string): string {
  const minutes = Math.max(0, Math.round(milliseconds / 60_000));
  const parts: Array<[number, "day" | "hour" | "minute"]> = [
    [Math.floor(minutes / 1440), "day"],
    [Math.floor((minutes % 1440) / 60), "hour"],
    [minutes % 60, "minute"],
  ];
  const shown = parts.filter(([value]) => value > 0).slice(0, 2);
  const list = (shown.length ? shown : [[0, "minute"] as [number, "minute"]]).map(([value, unit]) => new Intl.NumberFormat(locale, { style: "unit", unit, unitDisplay: "short" }).format(value));
  return new Intl.ListFormat(locale, { style: "narrow", type: "unit" }).format(list);
}
