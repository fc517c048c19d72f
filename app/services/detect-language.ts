import { detectAll } from "tinyld";

/** Quoted replies ("> …", "On … wrote:") are the other side's words, not the customer's. */
function ownWords(text: string): string {
  const lines: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (/^\s*>/.test(line)) continue;
    if (/^On .+ wrote:\s*$|^\d{4}年.+(?:書きました|wrote):?\s*$|^-{2,}\s*Original Message/i.test(line.trim())) break;
    lines.push(line);
  }
  return lines.join("\n").trim();
}

/**
 * The language a customer wrote `text` in, when tinyld is confident (Japanese and Thai are
 * recognised from a few characters by their scripts), else `fallback` (their Shopify locale).
 */
export function detectLanguage(text: string, fallback?: string | null): string | null {
  const words = ownWords(text).slice(0, 2000);
  const [best] = words.length >= 2 ? detectAll(words) : [];
  if (best && (best.accuracy >= 0.5 || (best.accuracy >= 0.1 && words.length >= 12))) return best.lang;
  const locale = fallback?.toLowerCase().split(/[-_]/)[0];
  return locale || null;
}
