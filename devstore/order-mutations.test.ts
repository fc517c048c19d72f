import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEST_API_KEY, TEST_API_SECRET } from "../tests/config";
import { ADMIN_API_VERSION } from "../app/shopify/api-version.ts";
import { redirectShopifyTo, startDevstore, type Devstore } from "./index.ts";
import { parseMinor, type ProductVariant } from "./objects.ts";

// The order-action mutations through the devstore's real Admin GraphQL endpoint, each document
// validated against Shopify's schema, with the webhooks they send caught by a stand-in app.

const SCOPES = ["read_orders", "write_orders", "read_order_edits", "write_order_edits", "read_products", "read_customers"];
const topics: string[] = [];
const receiver = createServer((request, response) => {
  topics.push(String(request.headers["x-shopify-topic"]));
  request.resume();
  request.on("end", () => response.end("ok"));
});
let devstore: Devstore;
let shop: string;

beforeAll(async () => {
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  devstore = await startDevstore({ appUrl: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`, apiKey: TEST_API_KEY, apiSecret: TEST_API_SECRET, restoreRate: 1000 });
  redirectShopifyTo(devstore.url);
  shop = devstore.shops[0]!;
});

afterAll(async () => {
  await devstore?.close();
  await new Promise((resolve) => receiver.close(resolve));
});

/** Posts one document to https://<shop>/admin/api/…/graphql.json with a token holding `scopes`. */
async function admin(query: string, variables: Record<string, unknown> = {}, scopes = SCOPES) {
  const token = devstore.tokens.issue({ shop, kind: "offline", scopes }).token;
  const response = await fetch(`https://${shop}/admin/api/${ADMIN_API_VERSION}/graphql.json`, {
    method: "POST",
    headers: { "Content-Type": "application/json", "X-Shopify-Access-Token": token },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: any; errors?: any[]; extensions?: any };
  // Every document here must pass Shopify's schema.
  expect(body.errors?.filter((error) => !error.path) ?? []).toEqual([]);
  return body;
}

function twoVariants(): [ProductVariant, ProductVariant] {
  const product = devstore.state.shops.get(shop)!.products.find((candidate) => candidate.variants.length >= 2)!;
  return [product.variants[0]!, product.variants[1]!];
}

async function placeOrder(lines: Array<[ProductVariant, number]>) {
  const { order } = await devstore.events.create(shop, { variants: lines.map(([variant, quantity]) => ({ variant: variant.id, quantity })) });
  return order;
}

const amount = (bag: { shopMoney: { amount: string } }) => Number(bag.shopMoney.amount);

const BEGIN = `mutation FrontdeskTestEditBegin($id: ID!) {
  orderEditBegin(id: $id) {
    calculatedOrder { id lineItems(first: 10) { nodes { id quantity editableQuantity variant { id } } } }
    orderEditSession { id }
    userErrors { field message }
  }
}`;
const SET_QUANTITY = `mutation FrontdeskTestEditSetQuantity($id: ID!, $lineItemId: ID!, $quantity: Int!) {
  orderEditSetQuantity(id: $id, lineItemId: $lineItemId, quantity: $quantity, restock: true) {
    calculatedLineItem { id quantity restocking }
    userErrors { field message }
  }
}`;
const ADD_VARIANT = `mutation FrontdeskTestEditAddVariant($id: ID!, $variantId: ID!) {
  orderEditAddVariant(id: $id, variantId: $variantId, quantity: 1, allowDuplicates: false) {
    calculatedOrder {
      addedLineItems(first: 5) { nodes { id quantity variant { id } } }
      stagedChanges(first: 10) { nodes { __typename } }
      totalPriceSet { shopMoney { amount } }
      totalOutstandingSet { shopMoney { amount } }
    }
    userErrors { field message }
  }
}`;
const COMMIT = `mutation FrontdeskTestEditCommit($id: ID!) {
  orderEditCommit(id: $id, notifyCustomer: false, staffNote: "Size swap") {
    order {
      edited
      currentTotalPriceSet { shopMoney { amount } }
      totalOutstandingSet { shopMoney { amount } }
      lineItems(first: 10) { nodes { currentQuantity variant { id } } }
    }
    successMessages
    userErrors { field message }
  }
}`;
const REFUND = `mutation FrontdeskTestRefundCreate($input: RefundInput!, $key: String!) {
  refundCreate(input: $input) @idempotent(key: $key) {
    refund { id totalRefundedSet { shopMoney { amount } } }
    userErrors { field message }
  }
}`;
const SUGGEST = `query FrontdeskTestSuggestedRefund($id: ID!, $lines: [RefundLineItemInput!]) {
  order(id: $id) {
    suggestedRefund(refundLineItems: $lines, refundShipping: true) {
      amountSet { shopMoney { amount } presentmentMoney { amount } }
      subtotalSet { shopMoney { amount } }
      totalTaxSet { shopMoney { amount } }
      maximumRefundableSet { shopMoney { amount } }
      shipping { amountSet { shopMoney { amount } } maximumRefundableSet { shopMoney { amount } } }
      refundLineItems { quantity lineItem { id } }
      suggestedTransactions { kind gateway parentTransaction { id } amountSet { shopMoney { amount } } maximumRefundableSet { shopMoney { amount } } }
    }
  }
}`;

describe("order editing", () => {
  it("swaps a size in one edit: the old line goes to 0, the new variant is added, totals and balance follow, orders/edited is sent", async () => {
    const [small, large] = twoVariants();
    const order = await placeOrder([[small, 1]]);
    const before = { total: amount(order.currentTotalPriceSet), outstanding: amount(order.totalOutstandingSet) };
    const begun = (await admin(BEGIN, { id: order.id })).data.orderEditBegin;
    expect(begun.userErrors).toEqual([]);
    expect(begun.orderEditSession.id).toBe(begun.calculatedOrder.id.replace("CalculatedOrder", "OrderEditSession"));
    const line = begun.calculatedOrder.lineItems.nodes[0];
    expect(line).toMatchObject({ quantity: 1, editableQuantity: 1, variant: { id: small.id } });

    const removed = (await admin(SET_QUANTITY, { id: begun.calculatedOrder.id, lineItemId: line.id, quantity: 0 })).data.orderEditSetQuantity;
    expect(removed).toMatchObject({ calculatedLineItem: { quantity: 0, restocking: true }, userErrors: [] });
    const added = (await admin(ADD_VARIANT, { id: begun.calculatedOrder.id, variantId: large.id })).data.orderEditAddVariant;
    expect(added.userErrors).toEqual([]);
    expect(added.calculatedOrder.addedLineItems.nodes).toEqual([expect.objectContaining({ quantity: 1, variant: { id: large.id } })]);
    expect(added.calculatedOrder.stagedChanges.nodes.map((node: { __typename: string }) => node.__typename).sort()).toEqual(["OrderStagedChangeAddVariant", "OrderStagedChangeDecrementItem"]);

    topics.length = 0;
    const stock = large.inventoryQuantity;
    const committed = (await admin(COMMIT, { id: begun.calculatedOrder.id })).data.orderEditCommit;
    expect(committed).toMatchObject({ successMessages: ["Order updated"], userErrors: [], order: { edited: true } });
    const total = amount(committed.order.currentTotalPriceSet);
    expect(total).toBe(amount(added.calculatedOrder.totalPriceSet));
    expect(amount(committed.order.totalOutstandingSet)).toBeCloseTo(before.outstanding + (total - before.total), 6);
    expect(amount(committed.order.totalOutstandingSet)).toBe(amount(added.calculatedOrder.totalOutstandingSet));
    expect(committed.order.lineItems.nodes).toEqual([
      { currentQuantity: 0, variant: { id: small.id } },
      { currentQuantity: 1, variant: { id: large.id } },
    ]);
    expect(large.inventoryQuantity).toBe(stock - 1);
    await devstore.orderActions.settled();
    expect(topics).toEqual(["orders/edited", "orders/updated"]);
  });

  it("refuses to reduce a line below what is fulfilled", async () => {
    const [variant] = twoVariants();
    const order = await placeOrder([[variant, 2]]);
    await devstore.events.fulfil(shop, order.id);
    const begun = (await admin(BEGIN, { id: order.id })).data.orderEditBegin;
    const line = begun.calculatedOrder.lineItems.nodes[0];
    expect(line).toMatchObject({ quantity: 2, editableQuantity: 0 });
    const answer = (await admin(SET_QUANTITY, { id: begun.calculatedOrder.id, lineItemId: line.id, quantity: 1 })).data.orderEditSetQuantity;
    expect(answer.calculatedLineItem).toBeNull();
    expect(answer.userErrors).toEqual([{ field: ["quantity"], message: expect.stringContaining("fulfilled") }]);
  });

  it("refuses to begin editing an order that is not editable, and names an unknown calculated order", async () => {
    const [variant] = twoVariants();
    const order = await placeOrder([[variant, 1]]);
    await devstore.events.cancel(shop, order.id);
    expect((await admin(BEGIN, { id: order.id })).data.orderEditBegin).toEqual({ calculatedOrder: null, orderEditSession: null, userErrors: [{ field: null, message: "The order cannot be edited." }] });
    const unknown = (await admin(COMMIT, { id: "gid://shopify/CalculatedOrder/1" })).data.orderEditCommit;
    expect(unknown.userErrors).toEqual([{ field: ["id"], message: "The calculated order does not exist." }]);
  });

  it("answers ACCESS_DENIED without write_order_edits, and prices a mutation at 10 points and more", async () => {
    const [variant] = twoVariants();
    const order = await placeOrder([[variant, 1]]);
    const body = await admin(BEGIN, { id: order.id }, ["read_orders", "write_orders"]);
    expect(body.data.orderEditBegin).toBeNull();
    expect(body.errors![0]).toMatchObject({ extensions: { code: "ACCESS_DENIED" }, path: ["orderEditBegin"] });
    expect(body.extensions.cost.requestedQueryCost).toBeGreaterThanOrEqual(10);
  });
});

describe("refunds", () => {
  it("suggests a partial refund with shipping, in shop and presentment money, against the order's payment", async () => {
    const [first, second] = twoVariants();
    const order = await placeOrder([[first, 2], [second, 1]]);
    const line = order.lineItems[0]!;
    const { suggestedRefund } = (await admin(SUGGEST, { id: order.id, lines: [{ lineItemId: line.id, quantity: 1, restockType: "RETURN" }] })).data.order;
    const unit = parseMinor(first.price, order.currencyCode);
    const tax = order.taxesIncluded ? Math.round((unit * order.pricing.taxRate) / (1 + order.pricing.taxRate)) : Math.round(unit * order.pricing.taxRate);
    const shipping = order.shippingLines.reduce((sum, shippingLine) => sum + parseMinor(shippingLine.originalPriceSet.shopMoney.amount, order.currencyCode), 0);
    const minor = (value: { shopMoney: { amount: string } }) => parseMinor(value.shopMoney.amount, order.currencyCode);
    expect(minor(suggestedRefund.subtotalSet)).toBe(unit);
    expect(minor(suggestedRefund.totalTaxSet)).toBe(tax);
    expect(minor(suggestedRefund.shipping.amountSet)).toBe(shipping);
    expect(minor(suggestedRefund.amountSet)).toBe(unit + shipping + (order.taxesIncluded ? 0 : tax));
    expect(minor(suggestedRefund.maximumRefundableSet)).toBe(parseMinor(order.netPaymentSet.shopMoney.amount, order.currencyCode));
    expect(suggestedRefund.amountSet.presentmentMoney.amount).toEqual(order.pricing.presentment.rate === 1 ? suggestedRefund.amountSet.shopMoney.amount : expect.stringMatching(/^\d+(\.\d+)?$/));
    expect(suggestedRefund.refundLineItems).toEqual([{ quantity: 1, lineItem: { id: line.id } }]);
    expect(suggestedRefund.suggestedTransactions).toEqual([
      {
        kind: "SUGGESTED_REFUND",
        gateway: order.transactions[0]!.gateway,
        parentTransaction: { id: order.transactions[0]!.id },
        amountSet: { shopMoney: suggestedRefund.amountSet.shopMoney },
        maximumRefundableSet: { shopMoney: { amount: order.transactions[0]!.amountSet.shopMoney.amount } },
      },
    ]);
  });

  async function refundInput() {
    const [variant] = twoVariants();
    const order = await placeOrder([[variant, 2]]);
    const { suggestedRefund } = (await admin(SUGGEST, { id: order.id, lines: [{ lineItemId: order.lineItems[0]!.id, quantity: 1 }] })).data.order;
    const input = {
      orderId: order.id,
      note: "Wrong size",
      refundLineItems: [{ lineItemId: order.lineItems[0]!.id, quantity: 1, restockType: "NO_RESTOCK" }],
      shipping: { fullRefund: true },
      transactions: suggestedRefund.suggestedTransactions.map((transaction: any) => ({ orderId: order.id, parentId: transaction.parentTransaction.id, gateway: transaction.gateway, kind: "REFUND", amount: transaction.amountSet.shopMoney.amount })),
    };
    return { order, input };
  }

  it("refunds once for two calls with the same idempotency key, and once for two at the same time", async () => {
    const { order, input } = await refundInput();
    topics.length = 0;
    const first = (await admin(REFUND, { input, key: "refund-once-1" })).data.refundCreate;
    expect(first.userErrors).toEqual([]);
    const again = (await admin(REFUND, { input, key: "refund-once-1" })).data.refundCreate;
    expect(again.refund.id).toBe(first.refund.id);
    expect(order.refunds).toHaveLength(1);
    expect(order.displayFinancialStatus).toBe("PARTIALLY_REFUNDED");
    await devstore.orderActions.settled();
    expect(topics).toEqual(["refunds/create", "orders/updated"]);

    const other = await refundInput();
    const both = await Promise.all([admin(REFUND, { input: other.input, key: "refund-race" }), admin(REFUND, { input: other.input, key: "refund-race" })]);
    expect(other.order.refunds).toHaveLength(1);
    const answers = both.map((body) => body.data.refundCreate);
    expect(answers.filter((answer) => answer.refund).map((answer) => answer.refund.id)).toContain(other.order.refunds[0]!.id);
    for (const answer of answers.filter((candidate) => !candidate.refund)) expect(answer.userErrors).toEqual([{ field: null, message: "This request is currently in progress, please try again." }]);
  });

  it("answers Shopify's error when the @idempotent directive is missing", async () => {
    const { order, input } = await refundInput();
    const body = await admin(`mutation FrontdeskTestRefundNoKey($input: RefundInput!) { refundCreate(input: $input) { refund { id } userErrors { field message } } }`, { input });
    expect(body.data).toEqual({ refundCreate: null });
    expect(body.errors).toEqual([expect.objectContaining({ message: "The @idempotent directive is required for this mutation but was not provided.", path: ["refundCreate"], extensions: { code: "BAD_REQUEST" } })]);
    expect(order.refunds).toHaveLength(0);
  });

  it("refuses to refund more items or more money than the order allows, in Shopify's words", async () => {
    const { order, input } = await refundInput();
    const tooMany = (await admin(REFUND, { input: { ...input, refundLineItems: [{ lineItemId: order.lineItems[0]!.id, quantity: 3 }] }, key: "too-many" })).data.refundCreate;
    expect(tooMany).toEqual({ refund: null, userErrors: [{ field: ["refundLineItems", "0", "quantity"], message: "Quantity cannot refund more items than were purchased" }] });
    const parentId = input.transactions[0].parentId;
    const tooMuch = (await admin(REFUND, { input: { ...input, transactions: [{ orderId: order.id, parentId, gateway: input.transactions[0].gateway, kind: "REFUND", amount: "99999" }] }, key: "too-much" })).data.refundCreate;
    expect(tooMuch.userErrors).toEqual([{ field: null, message: expect.stringMatching(/^Refund amount \$99999\.00 is greater than net payment received \$\d+\.\d\d$/) }]);
    expect(order.refunds).toHaveLength(0);
  });
});

describe("cancelling", () => {
  const CANCEL = `mutation FrontdeskTestCancel($id: ID!) {
    orderCancel(orderId: $id, reason: CUSTOMER, restock: true, refundMethod: { originalPaymentMethodsRefund: true }, notifyCustomer: false, staffNote: "Asked by email") {
      job { id done }
      orderCancelUserErrors { field message code }
    }
  }`;

  it("cancels in a job that finishes shortly: refunded, restocked, orders/cancelled sent; a second cancel is refused", async () => {
    const [variant] = twoVariants();
    const order = await placeOrder([[variant, 2]]);
    const stock = variant.inventoryQuantity;
    topics.length = 0;
    const started = (await admin(CANCEL, { id: order.id })).data.orderCancel;
    expect(started).toMatchObject({ job: { done: false }, orderCancelUserErrors: [] });
    await new Promise((resolve) => setTimeout(resolve, 250));
    const { job } = (await admin(`query FrontdeskTestJob($id: ID!) { job(id: $id) { id done } }`, { id: started.job.id })).data;
    expect(job).toEqual({ id: started.job.id, done: true });
    const read = (await admin(`query FrontdeskTestCancelled($id: ID!) { order(id: $id) { cancelledAt cancelReason displayFinancialStatus cancellation { staffNote } totalOutstandingSet { shopMoney { amount } } refunds { id } } }`, { id: order.id })).data.order;
    expect(read).toMatchObject({ cancelReason: "CUSTOMER", displayFinancialStatus: "REFUNDED", cancellation: { staffNote: "Asked by email" }, refunds: [expect.anything()] });
    expect(read.cancelledAt).toBeTruthy();
    expect(variant.inventoryQuantity).toBe(stock + 2);
    await devstore.orderActions.settled();
    expect(topics).toEqual(["refunds/create", "orders/updated", "orders/cancelled", "orders/updated"]);

    const again = (await admin(CANCEL, { id: order.id })).data.orderCancel;
    expect(again).toEqual({ job: null, orderCancelUserErrors: [{ field: ["orderId"], message: "Cannot cancel an order that has already been canceled", code: "INVALID" }] });
  });
});

describe("updating an order", () => {
  const UPDATE = `mutation FrontdeskTestOrderUpdate($input: OrderInput!) {
    orderUpdate(input: $input) {
      order { note tags shippingAddress { lastName city zip provinceCode countryCodeV2 } }
      userErrors { field message }
    }
  }`;

  it("refuses an incomplete address field by field, then changes address, note and tags and sends orders/updated", async () => {
    const [variant] = twoVariants();
    const order = await placeOrder([[variant, 1]]);
    const refused = (await admin(UPDATE, { input: { id: order.id, shippingAddress: { address1: "3 Bad Province", city: "Chicago", countryCode: "US", provinceCode: "ON" } } })).data.orderUpdate;
    expect(refused).toEqual({
      order: null,
      userErrors: [
        { field: ["shippingAddress", "lastName"], message: "Enter a last name" },
        { field: ["shippingAddress", "zip"], message: "Enter a ZIP code" },
        { field: ["shippingAddress", "province"], message: "State is not a valid state in United States" },
      ],
    });
    topics.length = 0;
    const address = { firstName: "Ada", lastName: "Lovelace", address1: "1 Main St", city: "Chicago", countryCode: "US", provinceCode: "IL", zip: "60601" };
    const updated = (await admin(UPDATE, { input: { id: order.id, shippingAddress: address, note: "Leave at door", tags: ["vip", "gift"] } })).data.orderUpdate;
    expect(updated).toEqual({ order: { note: "Leave at door", tags: ["gift", "vip"], shippingAddress: { lastName: "Lovelace", city: "Chicago", zip: "60601", provinceCode: "IL", countryCodeV2: "US" } }, userErrors: [] });
    await devstore.orderActions.settled();
    expect(topics).toEqual(["orders/updated"]);
  });
});
