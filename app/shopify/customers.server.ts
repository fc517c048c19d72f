import type { FrontdeskCustomersPageQuery } from "~/types/admin.generated";
import { runAdminOperation, type AdminClient } from "./admin-client.server";

const CUSTOMERS_PAGE = `#graphql
  query FrontdeskCustomersPage($first: Int!, $after: String) {
    customers(first: $first, after: $after, sortKey: ID) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        firstName
        lastName
        locale
        tags
        numberOfOrders
        updatedAt
        amountSpent {
          amount
          currencyCode
        }
        defaultEmailAddress {
          emailAddress
        }
        defaultPhoneNumber {
          phoneNumber
        }
      }
    }
  }
`;

export type CustomersPage = FrontdeskCustomersPageQuery["customers"];
export type ShopifyCustomer = CustomersPage["nodes"][number];

/** One page of the shop's customers, oldest first. */
export async function fetchCustomersPage(admin: AdminClient, after: string | null, first = 100): Promise<CustomersPage> {
  const data = await runAdminOperation<FrontdeskCustomersPageQuery>(admin, CUSTOMERS_PAGE, { first, after });
  return data.customers;
}
