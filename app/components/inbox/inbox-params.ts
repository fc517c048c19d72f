/**
 * The inbox's URL parameters with `changes` applied (null removes one). A change of view, search,
 * filter or sort goes back to the first page, so the page cursors go unless `keepPage`.
 */
export function withParams(params: URLSearchParams, changes: Record<string, string | null>, keepPage = false): URLSearchParams {
  const next = new URLSearchParams(params);
  if (!keepPage) {
    next.delete("after");
    next.delete("before");
  }
  for (const [key, value] of Object.entries(changes)) {
    if (value === null) next.delete(key);
    else next.set(key, value);
  }
  return next;
}
