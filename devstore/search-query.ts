// Shopify's search syntax, as far as the devstore's data needs it: `key:value` terms with
// comparators (`updated_at:>=2026-09-01`), quoted values, `-key:value` and NOT negation, prefix
// wildcards (`title:mug*`), free words, AND (implicit) binding tighter than OR.

export interface SearchTerm {
  field: string | null;
  comparator: ":" | ">" | ">=" | "<" | "<=";
  value: string;
  negated: boolean;
}

/** OR of ANDs: the query matches when every term of some group matches. */
export type SearchQuery = SearchTerm[][];

function tokenize(query: string): string[] {
  const tokens: string[] = [];
  const pattern = /(-?[\w.]+:(?:[<>]=?)?"[^"]*"|"[^"]*"|\S+)/g;
  for (const match of query.matchAll(pattern)) tokens.push(match[0]);
  return tokens;
}

function parseTerm(token: string, negated: boolean): SearchTerm {
  let text = token;
  if (text.startsWith("-")) {
    negated = !negated;
    text = text.slice(1);
  }
  const match = /^([\w.]+):(>=|<=|>|<)?(.*)$/.exec(text);
  const unquote = (value: string) => value.replace(/^"(.*)"$/, "$1");
  if (!match) return { field: null, comparator: ":", value: unquote(text), negated };
  return { field: match[1]!.toLowerCase(), comparator: (match[2] as SearchTerm["comparator"]) ?? ":", value: unquote(match[3]!), negated };
}

export function parseSearchQuery(query: string | null | undefined): SearchQuery {
  if (!query?.trim()) return [];
  const groups: SearchQuery = [[]];
  let negateNext = false;
  for (const token of tokenize(query)) {
    if (token === "OR") {
      groups.push([]);
      continue;
    }
    if (token === "AND") continue;
    if (token === "NOT") {
      negateNext = true;
      continue;
    }
    groups.at(-1)!.push(parseTerm(token, negateNext));
    negateNext = false;
  }
  return groups.filter((group) => group.length > 0);
}

export type FieldValue = string | number | boolean | null | undefined | Array<string | number>;

/** How one resource exposes its searchable fields; `default` answers free words. */
export interface SearchFields<T> {
  [field: string]: ((item: T) => FieldValue) | undefined;
  default?: (item: T) => FieldValue;
}

const DATE_FIELD = /(_at|_date)$/;

function compareValue(actual: string | number | boolean, term: SearchTerm, field: string | null): boolean {
  if (term.comparator !== ":") {
    const isDate = field !== null && DATE_FIELD.test(field);
    const left = isDate ? Date.parse(String(actual)) : Number(actual);
    const right = isDate ? Date.parse(term.value) : Number(term.value);
    if (Number.isNaN(left) || Number.isNaN(right)) return false;
    if (term.comparator === ">") return left > right;
    if (term.comparator === ">=") return left >= right;
    if (term.comparator === "<") return left < right;
    return left <= right;
  }
  const expected = term.value.toLowerCase();
  const text = String(actual).toLowerCase();
  if (field !== null && DATE_FIELD.test(field)) return text.startsWith(expected);
  if (expected.endsWith("*")) return text.startsWith(expected.slice(0, -1));
  return field === null ? text.includes(expected) : text === expected;
}

function matchesTerm<T>(item: T, term: SearchTerm, fields: SearchFields<T>): boolean {
  const accessor = term.field === null ? fields.default : fields[term.field];
  // Shopify ignores fields it does not know rather than failing the query.
  if (!accessor) return !term.negated;
  const raw = accessor(item);
  const values = Array.isArray(raw) ? raw : [raw];
  const found = values.some((value) => value !== null && value !== undefined && compareValue(value, term, term.field));
  return term.negated ? !found : found;
}

export function matchesSearch<T>(item: T, query: SearchQuery, fields: SearchFields<T>): boolean {
  return query.length === 0 || query.some((group) => group.every((term) => matchesTerm(item, term, fields)));
}

export function filterBySearch<T>(items: T[], query: string | null | undefined, fields: SearchFields<T>): T[] {
  const parsed = parseSearchQuery(query);
  return parsed.length === 0 ? items : items.filter((item) => matchesSearch(item, parsed, fields));
}
