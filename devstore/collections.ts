import { legacyIdOf, type Customer, type Order, type Product, type ProductVariant } from "./objects.ts";
import { filterBySearch, type SearchFields } from "./search-query.ts";

// How each searchable resource filters and sorts, shared by root connections (`orders`) and
// nested ones (`Customer.orders`), as Shopify applies the same search to both.

const idNumber = (item: { id: string }) => legacyIdOf(item.id);

const ORDER_FINANCIAL_SEARCH: Record<string, string> = {
  PENDING: "pending",
  AUTHORIZED: "authorized",
  PARTIALLY_PAID: "partially_paid",
  PAID: "paid",
  PARTIALLY_REFUNDED: "partially_refunded",
  REFUNDED: "refunded",
  VOIDED: "voided",
  EXPIRED: "expired",
};

const ORDER_FULFILLMENT_SEARCH: Record<string, string[]> = {
  FULFILLED: ["shipped", "fulfilled"],
  PARTIALLY_FULFILLED: ["partial", "partially_fulfilled", "unshipped"],
  UNFULFILLED: ["unshipped", "unfulfilled"],
  RESTOCKED: ["restocked"],
  IN_PROGRESS: ["in_progress", "unshipped"],
  ON_HOLD: ["on_hold", "unshipped"],
  OPEN: ["open", "unshipped"],
  PENDING_FULFILLMENT: ["pending_fulfillment", "unshipped"],
  SCHEDULED: ["scheduled", "unshipped"],
  REQUEST_DECLINED: ["request_declined", "unshipped"],
};

export const ORDER_SEARCH: SearchFields<Order> = {
  default: (order) => [order.name, order.name.replace("#", ""), order.email ?? "", order.customer?.displayName ?? ""],
  id: idNumber,
  name: (order) => [order.name, order.name.replace("#", "")],
  email: (order) => order.email,
  customer_id: (order) => (order.customer ? legacyIdOf(order.customer.id) : null),
  created_at: (order) => order.createdAt,
  updated_at: (order) => order.updatedAt,
  processed_at: (order) => order.processedAt,
  financial_status: (order) => ORDER_FINANCIAL_SEARCH[order.displayFinancialStatus],
  fulfillment_status: (order) => ORDER_FULFILLMENT_SEARCH[order.displayFulfillmentStatus],
  status: (order) => (order.cancelledAt ? ["cancelled", "closed"] : order.closed ? "closed" : "open"),
  tag: (order) => order.tags,
  tag_not: (order) => order.tags,
  sku: (order) => order.lineItems.map((item) => item.sku ?? ""),
  test: (order) => String(order.test),
};

export const CUSTOMER_SEARCH: SearchFields<Customer> = {
  default: (customer) => [customer.displayName, customer.email ?? "", customer.phone ?? ""],
  id: idNumber,
  email: (customer) => customer.email,
  phone: (customer) => customer.phone,
  first_name: (customer) => customer.firstName,
  last_name: (customer) => customer.lastName,
  tag: (customer) => customer.tags,
  state: (customer) => customer.state.toLowerCase(),
  country: (customer) => [customer.defaultAddress?.country ?? "", customer.defaultAddress?.countryCodeV2 ?? ""],
  created_at: (customer) => customer.createdAt,
  updated_at: (customer) => customer.updatedAt,
  orders_count: (customer) => Number(customer.numberOfOrders),
  total_spent: (customer) => Number(customer.amountSpent.amount),
};

export const PRODUCT_SEARCH: SearchFields<Product> = {
  default: (product) => [product.title, product.handle, product.vendor, product.productType],
  id: idNumber,
  title: (product) => product.title,
  handle: (product) => product.handle,
  tag: (product) => product.tags,
  product_type: (product) => product.productType,
  vendor: (product) => product.vendor,
  status: (product) => product.status.toLowerCase(),
  sku: (product) => product.variants.map((variant) => variant.sku),
  created_at: (product) => product.createdAt,
  updated_at: (product) => product.updatedAt,
};

export const VARIANT_SEARCH: SearchFields<ProductVariant> = {
  default: (variant) => [variant.displayName, variant.sku, variant.barcode ?? ""],
  id: idNumber,
  sku: (variant) => variant.sku,
  title: (variant) => variant.title,
  barcode: (variant) => variant.barcode,
  product_id: (variant) => legacyIdOf(variant.product.id),
  product_status: (variant) => variant.product.status.toLowerCase(),
  inventory_quantity: (variant) => variant.inventoryQuantity,
  updated_at: (variant) => variant.updatedAt,
  created_at: (variant) => variant.createdAt,
};

type SortValue = string | number;
type SortKeys<T> = Record<string, (item: T) => SortValue>;

const ORDER_SORT: SortKeys<Order> = {
  ID: idNumber,
  CREATED_AT: (order) => order.createdAt,
  UPDATED_AT: (order) => order.updatedAt,
  PROCESSED_AT: (order) => order.processedAt,
  ORDER_NUMBER: (order) => order.number,
  TOTAL_PRICE: (order) => Number(order.totalPriceSet.shopMoney.amount),
  CURRENT_TOTAL_PRICE: (order) => Number(order.currentTotalPriceSet.shopMoney.amount),
  CUSTOMER_NAME: (order) => order.customer?.displayName ?? "",
  FINANCIAL_STATUS: (order) => order.displayFinancialStatus,
  FULFILLMENT_STATUS: (order) => order.displayFulfillmentStatus,
  TOTAL_ITEMS_QUANTITY: (order) => order.subtotalLineItemsQuantity,
  RELEVANCE: idNumber,
};

const CUSTOMER_SORT: SortKeys<Customer> = {
  ID: idNumber,
  CREATED_AT: (customer) => customer.createdAt,
  UPDATED_AT: (customer) => customer.updatedAt,
  NAME: (customer) => customer.displayName,
  LOCATION: (customer) => customer.defaultAddress?.country ?? "",
  RELEVANCE: idNumber,
};

const PRODUCT_SORT: SortKeys<Product> = {
  ID: idNumber,
  TITLE: (product) => product.title,
  CREATED_AT: (product) => product.createdAt,
  UPDATED_AT: (product) => product.updatedAt,
  PUBLISHED_AT: (product) => product.publishedAt ?? "",
  PRODUCT_TYPE: (product) => product.productType,
  VENDOR: (product) => product.vendor,
  INVENTORY_TOTAL: (product) => product.totalInventory,
  RELEVANCE: idNumber,
};

const VARIANT_SORT: SortKeys<ProductVariant> = {
  ID: idNumber,
  SKU: (variant) => variant.sku,
  TITLE: (variant) => variant.title,
  NAME: (variant) => variant.displayName,
  POSITION: (variant) => variant.position,
  INVENTORY_QUANTITY: (variant) => variant.inventoryQuantity,
  INVENTORY_LEVELS_AVAILABLE: (variant) => variant.inventoryQuantity,
  INVENTORY_MANAGEMENT: idNumber,
  POPULAR: idNumber,
  FULL_TITLE: (variant) => variant.displayName,
  RELEVANCE: idNumber,
};

function sortBy<T extends { id: string }>(items: T[], key: (item: T) => SortValue): T[] {
  return [...items].sort((a, b) => {
    const left = key(a);
    const right = key(b);
    if (left < right) return -1;
    if (left > right) return 1;
    return idNumber(a) - idNumber(b);
  });
}

interface ListArgs {
  query?: string | null;
  sortKey?: string | null;
}

const RESOURCES = {
  Order: { search: ORDER_SEARCH, sort: ORDER_SORT, defaultSort: "PROCESSED_AT" },
  Customer: { search: CUSTOMER_SEARCH, sort: CUSTOMER_SORT, defaultSort: "ID" },
  Product: { search: PRODUCT_SEARCH, sort: PRODUCT_SORT, defaultSort: "ID" },
  ProductVariant: { search: VARIANT_SEARCH, sort: VARIANT_SORT, defaultSort: "ID" },
} as const;

export type SearchableType = keyof typeof RESOURCES;

export function isSearchableType(typename: string): typename is SearchableType {
  return typename in RESOURCES;
}

/** Filters by `query` and sorts by `sortKey` (ties broken by id), as the resource's connection would. */
export function selectItems<T extends { id: string }>(typename: SearchableType, items: T[], args: ListArgs): T[] {
  const resource = RESOURCES[typename] as unknown as { search: SearchFields<T>; sort: SortKeys<T>; defaultSort: string };
  const filtered = filterBySearch(items, args.query, resource.search);
  const key = resource.sort[args.sortKey ?? resource.defaultSort] ?? resource.sort.ID!;
  return sortBy(filtered, key);
}
