import { getHealth } from "~/services/get-health.server";

export const loader = async () => {
  const health = await getHealth();
  return Response.json(health, { status: health.ok ? 200 : 503, headers: { "Cache-Control": "no-store" } });
};
