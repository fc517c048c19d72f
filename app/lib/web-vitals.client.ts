import type { Metric } from "web-vitals";

/**
 * The flag that turns recording on: `?frontdesk-vitals` on the app's document URL, or this key in
 * sessionStorage. The query parameter is copied into sessionStorage, so the flag also outlives a
 * full reload of the frame; client-side navigation keeps the document, and the recording with it.
 */
export const WEB_VITALS_FLAG = "frontdesk-vitals";

/** One metric as web-vitals last reported it (reportAllChanges: every change). */
export interface RecordedVital {
  value: number;
  rating: Metric["rating"];
  /** performance.now() when it was reported, to tell when the values have settled. */
  reportedAt: number;
  /** What the value came from: the LCP element, the INP interaction's event, the CLS shifts counted. */
  source: string | null;
}

export interface FrontdeskVitals {
  /** True once web-vitals has loaded and its observers are registered. */
  ready: boolean;
  metrics: Partial<Record<Metric["name"], RecordedVital>>;
}

declare global {
  interface Window {
    __frontdeskVitals?: FrontdeskVitals;
  }
}

function isFlagged(): boolean {
  const fromUrl = new URLSearchParams(window.location.search).has(WEB_VITALS_FLAG);
  try {
    if (fromUrl) window.sessionStorage.setItem(WEB_VITALS_FLAG, "1");
    return fromUrl || window.sessionStorage.getItem(WEB_VITALS_FLAG) === "1";
  } catch {
    return fromUrl;
  }
}

type EventEntry = PerformanceEntry & { processingStart: number; processingEnd: number };
type ShiftEntry = PerformanceEntry & { value: number; sources?: Array<{ node?: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }> };

/** Where a shifted node went: "div.Polaris-IndexTable y 212→254". */
function movement(source: NonNullable<ShiftEntry["sources"]>[number]): string {
  const { previousRect: from, currentRect: to } = source;
  const changes = [
    from.y !== to.y ? `y ${Math.round(from.y)}→${Math.round(to.y)}` : null,
    from.x !== to.x ? `x ${Math.round(from.x)}→${Math.round(to.x)}` : null,
    from.height !== to.height ? `h ${Math.round(from.height)}→${Math.round(to.height)}` : null,
  ].filter(Boolean);
  return `${nameOf(source.node)}${changes.length ? ` ${changes.join(" ")}` : ""}`;
}

function nameOf(node: Node | null | undefined): string {
  if (!(node instanceof Element)) return node?.nodeName.toLowerCase() ?? "?";
  const polarisClass = [...node.classList].find((name) => name.startsWith("Polaris-"));
  return `${node.tagName.toLowerCase()}${polarisClass ? `.${polarisClass}` : ""}`;
}

/** What a value came from, in a line: the LCP element, the INP interaction's phases, the largest shift. */
function describe(metric: Metric): string | null {
  if (metric.name === "LCP") {
    const element = (metric.entries.at(-1) as (PerformanceEntry & { element?: Element | null }) | undefined)?.element;
    return element ? `${element.tagName.toLowerCase()}: ${(element.textContent ?? "").trim().slice(0, 60)}` : null;
  }
  if (metric.name === "INP") {
    const entries = metric.entries as EventEntry[];
    const first = entries[0];
    if (!first) return null;
    const processingStart = Math.min(...entries.map((entry) => entry.processingStart));
    const processingEnd = Math.max(...entries.map((entry) => entry.processingEnd));
    const names = [...new Set(entries.map((entry) => entry.name))].join("+");
    const ms = (value: number) => Math.round(Math.max(0, value));
    return `${names}: input delay ${ms(processingStart - first.startTime)} ms, processing ${ms(processingEnd - processingStart)} ms, presentation ${ms(first.startTime + metric.value - processingEnd)} ms`;
  }
  if (metric.name === "CLS") {
    const entries = metric.entries as ShiftEntry[];
    const largest = entries.reduce<ShiftEntry | undefined>((found, entry) => (!found || entry.value > found.value ? entry : found), undefined);
    return largest ? `${entries.length} shifts, largest ${largest.value.toFixed(4)} moving ${(largest.sources ?? []).map(movement).join(", ")} at ${Math.round(largest.startTime)} ms` : "no shifts";
  }
  return null;
}

/**
 * Records Core Web Vitals with the web-vitals library into `window.__frontdeskVitals`, for the
 * vitals benchmark (bench/vitals.ts) or a developer's console. Without the flag it does nothing
 * and web-vitals is never downloaded. The library's observers are buffered, so starting after
 * hydration still sees the load's paints and shifts.
 */
export function startWebVitals() {
  if (window.__frontdeskVitals || !isFlagged()) return;
  const vitals: FrontdeskVitals = { ready: false, metrics: {} };
  window.__frontdeskVitals = vitals;
  const record = (metric: Metric) => {
    vitals.metrics[metric.name] = { value: metric.value, rating: metric.rating, reportedAt: performance.now(), source: describe(metric) };
  };
  void import("web-vitals").then(({ onCLS, onFCP, onINP, onLCP, onTTFB }) => {
    onLCP(record, { reportAllChanges: true });
    onCLS(record, { reportAllChanges: true });
    // 16 ms (the Event Timing minimum) rather than the library's 40, so a fast interaction still
    // gets its own number instead of only the first input's.
    onINP(record, { reportAllChanges: true, durationThreshold: 16 });
    onFCP(record);
    onTTFB(record);
    vitals.ready = true;
  });
}
