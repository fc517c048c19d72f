// Shopify's Decimal amounts are strings; sums and differences are done in integer units so that
// "0.1" + "0.2" is "0.3", keeping as many fraction digits as the inputs have.

const SCALE = 6;

function toUnits(amount: string): bigint {
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(amount.trim());
  if (!match) throw new Error(`Expected a decimal amount, got ${JSON.stringify(amount)}`);
  const units = BigInt(match[2]!) * 10n ** BigInt(SCALE) + BigInt((match[3] ?? "").padEnd(SCALE, "0").slice(0, SCALE) || "0");
  return match[1] ? -units : units;
}

function digitsOf(amount: string): number {
  return amount.includes(".") ? amount.length - amount.indexOf(".") - 1 : 0;
}

function format(units: bigint, digits: number): string {
  const negative = units < 0n;
  const absolute = negative ? -units : units;
  const whole = absolute / 10n ** BigInt(SCALE);
  const fraction = (absolute % 10n ** BigInt(SCALE)).toString().padStart(SCALE, "0").slice(0, digits);
  return `${negative && absolute !== 0n ? "-" : ""}${whole}${digits > 0 ? `.${fraction}` : ""}`;
}

/** The sum of decimal amounts, e.g. sumAmounts(["10.00", "2.5"]) → "12.50". */
export function sumAmounts(amounts: string[], digits = Math.max(0, ...amounts.map(digitsOf))): string {
  return format(amounts.reduce((sum, amount) => sum + toUnits(amount), 0n), digits);
}

/** a − b. */
export function subtractAmounts(a: string, b: string): string {
  return format(toUnits(a) - toUnits(b), Math.max(digitsOf(a), digitsOf(b)));
}

/** -1, 0 or 1 as the amount is below, at or above zero. */
export function signOf(amount: string): -1 | 0 | 1 {
  const units = toUnits(amount);
  return units < 0n ? -1 : units > 0n ? 1 : 0;
}
