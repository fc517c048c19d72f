import type { FrontdeskLocationsQuery } from "~/types/admin.generated";
import { runAdminOperation, type AdminClient } from "./admin-client.server";

export type RestockLocation = FrontdeskLocationsQuery["locations"]["nodes"][number];

const LOCATIONS = `#graphql
  query FrontdeskLocations {
    locations(first: 50) {
      nodes { id name fulfillsOnlineOrders }
    }
  }
`;

/** The shop's active locations, the one that ships online orders first: where a refund can restock. */
export async function listRestockLocations(admin: AdminClient): Promise<RestockLocation[]> {
  const data = await runAdminOperation<FrontdeskLocationsQuery>(admin, LOCATIONS);
  return [...data.locations.nodes].sort((a, b) => Number(b.fulfillsOnlineOrders) - Number(a.fulfillsOnlineOrders));
}
