const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Text as PostgreSQL can store it: `text` and `jsonb` refuse NUL, and UTF-8 has no lone
 * surrogates. Each is replaced (by `nul`, and U+FFFD); everything else is kept as it came.
 */
export function toStorableText(text: string, nul = "\uFFFD"): string {
  return text.replace(LONE_SURROGATE, "\uFFFD").replaceAll("\u0000", nul);
}
