export const PRIORITIES = ["URGENT", "HIGH", "NORMAL", "LOW"] as const;
export type Priority = (typeof PRIORITIES)[number];

/** The replies form as typed: hours stay strings until the action parses them. */
export interface RepliesDraft {
  signature: string;
  targets: Record<Priority, string>;
}

export function repliesDraftOf(settings: { signature: string; slaHours: Record<Priority, number> }): RepliesDraft {
  return { signature: settings.signature, targets: Object.fromEntries(PRIORITIES.map((priority) => [priority, String(settings.slaHours[priority])])) as Record<Priority, string> };
}

export function isSameRepliesDraft(a: RepliesDraft, b: RepliesDraft): boolean {
  return a.signature === b.signature && PRIORITIES.every((priority) => a.targets[priority] === b.targets[priority]);
}

/** The fields the action reads for `intent=replies`. */
export function repliesFormData(draft: RepliesDraft): Record<string, string> {
  return { intent: "replies", signature: draft.signature, ...draft.targets };
}
