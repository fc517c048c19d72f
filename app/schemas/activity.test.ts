import { ActivityKind, ActorType } from "@prisma/client";
import { describe, expect, it } from "vitest";
import { ACTIVITY_KINDS, ACTOR_TYPES, isActivityKind } from "./activity";

describe("activity kinds", () => {
  it("are exactly the database's closed set", () => {
    expect([...ACTIVITY_KINDS].sort()).toEqual(Object.values(ActivityKind).sort());
    expect([...ACTOR_TYPES].sort()).toEqual(Object.values(ActorType).sort());
  });

  it("have one kind per event: the bulk action's old 'tagged' is not one", () => {
    expect(isActivityKind("tags_changed")).toBe(true);
    expect(isActivityKind("tagged")).toBe(false);
  });
});
