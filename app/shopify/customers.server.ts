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

export interface ShopifyCustomer {
  id: string;
  firstName: string | null;
  lastName: string | null;
  locale: string | null;
  tags: string[];
  numberOfOrders: string;
  updatedAt: string;
  amountSpent: { amount: string; currencyCode: string };
  defaultEmailAddress: { emailAddress: string | null } | null;
  defaultPhoneNumber: { phoneNumber: string } | null;
}

export interface Page<T> {
  nodes: T[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** One page of the shop's customers, oldest first. */
export async function fetchCustomersPage(admin: AdminClient, after: string | null, first = 100): Promise<Page<ShopifyCustomer>> {
  const data = await runAdminOperation<{ customers: Page<ShopifyCustomer> }>(admin, CUSTOMERS_PAGE, { first, after });
  return data.customers;
}
