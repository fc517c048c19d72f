import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { TEST_API_KEY, TEST_API_SECRET } from "../tests/config";
import { jsonSchemaErrors } from "../tests/fixtures/webhook-payloads";
import { ADMIN_API_VERSION } from "../app/shopify/api-version.ts";
import { redirectShopifyTo, startDevstore, type Devstore } from "./index.ts";
import type { Order } from "./objects.ts";
import { RETURN_WINDOW_ORDERS_PER_SHOP } from "./seed/return-window.ts";

// Returns through the devstore's real Admin GraphQL endpoint, each document validated against
// Shopify's schema, with the webhooks they send caught by a stand-in app and checked against
// Shopify's JSON Schemas for the pinned webhook version.

const SCOPES = ["read_orders", "write_orders", "read_returns", "write_returns", "read_products", "read_customers"];
const MAPLE = "maple-and-moss.myshopify.com";
const KUMO = "kumo-tea.myshopify.com";
const received: Array<{ topic: string; body: Record<string, any> }> = [];
const receiver = createServer((request, response) => {
  let body = "";
  request.setEncoding("utf8");
  request.on("data", (chunk: string) => (body += chunk));
  request.on("end", () => {
    received.push({ topic: String(request.headers["x-shopify-topic"]), body: JSON.parse(body || "{}") });
    response.end("ok");
  });
});
let devstore: Devstore;

beforeAll(async () => {
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  devstore = await startDevstore({ appUrl: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`, apiKey: TEST_API_KEY, apiSecret: TEST_API_SECRET, restoreRate: 1000 });
  redirectShopifyTo(devstore.url);
});

afterAll(async () => {
  await devstore?.close();
  await new Promise((resolve) => receiver.close(resolve));
});

beforeEach(async () => {
  await devstore.orderActions.settled();
  received.length = 0;
});

/** Posts one document to https://<shop>/admin/api/…/graphql.json with a token holding `scopes`. */
async function admin(shop: string, query: string, variables: Record<string, unknown> = {}, options: { scopes?: string[]; language?: string } = {}) {
  const token = devstore.tokens.issue({ shop, kind: "offline", scopes: options.scopes ?? SCOPES }).token;
  const response = await fetch(`https://${shop}/admin/api/${ADMIN_API_VERSION}/graphql.json`, {
    method: "POST",
    headers: { "Content-Type": "application/json", "X-Shopify-Access-Token": token, ...(options.language ? { "Accept-Language": options.language } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: any; errors?: any[] };
  // Every document here must pass Shopify's schema.
  expect(body.errors?.filter((error) => !error.path) ?? []).toEqual([]);
  return body;
}

const seededOrder = (shop: string, name: string): Order => devstore.state.shops.get(shop)!.orders.find((order) => order.name === name)!;
const amount = (bag: { shopMoney: { amount: string } }) => Number(bag.shopMoney.amount);
const RETURN_FIELDS = `id name status createdAt requestApprovedAt closedAt totalQuantity decline { reason note }
  order { id returnStatus }
  returnLineItems(first: 10) { nodes { ... on ReturnLineItem { id quantity processedQuantity processableQuantity unprocessedQuantity refundedQuantity customerNote returnReasonNote returnReason returnReasonDefinition { handle name } fulfillmentLineItem { id lineItem { id } } } } }
  exchangeLineItems(first: 10) { nodes { id quantity processedQuantity variantId lineItems { id currentQuantity } } }
  reverseFulfillmentOrders(first: 5) { nodes { id status lineItems(first: 10) { nodes { id totalQuantity dispositions { type quantity location { id } } } } } }
  refunds(first: 5) { nodes { id totalRefundedSet { shopMoney { amount } } } }`;

const RETURNABLE = `query FrontdeskTestReturnable($orderId: ID!) {
  returnableFulfillments(orderId: $orderId, first: 10) {
    nodes { id fulfillment { id } returnableFulfillmentLineItems(first: 20) { nodes { quantity fulfillmentLineItem { id quantity lineItem { id } } } } }
  }
}`;
const REQUEST = `mutation FrontdeskTestReturnRequest($input: ReturnRequestInput!) {
  returnRequest(input: $input) { return { ${RETURN_FIELDS} } userErrors { field message code } }
}`;
const CREATE = `mutation FrontdeskTestReturnCreate($input: ReturnInput!) {
  returnCreate(returnInput: $input) { return { ${RETURN_FIELDS} } userErrors { field message code } }
}`;
const APPROVE = `mutation FrontdeskTestReturnApprove($id: ID!) {
  returnApproveRequest(input: { id: $id }) { return { ${RETURN_FIELDS} } userErrors { field message code } }
}`;
const DECLINE = `mutation FrontdeskTestReturnDecline($id: ID!, $reason: ReturnDeclineReason!, $note: String) {
  returnDeclineRequest(input: { id: $id, declineReason: $reason, declineNote: $note }) { return { ${RETURN_FIELDS} } userErrors { field message code } }
}`;
const PROCESS = `mutation FrontdeskTestReturnProcess($input: ReturnProcessInput!) {
  returnProcess(input: $input) { return { ${RETURN_FIELDS} } userErrors { field message code } }
}`;
const CLOSE = `mutation FrontdeskTestReturnClose($id: ID!) { returnClose(id: $id) { return { id status closedAt order { returnStatus } } userErrors { field message code } } }`;
const REOPEN = `mutation FrontdeskTestReturnReopen($id: ID!) { returnReopen(id: $id) { return { id status closedAt } userErrors { field message code } } }`;
const CANCEL = `mutation FrontdeskTestReturnCancel($id: ID!) { returnCancel(id: $id) { return { id status } userErrors { field message code } } }`;
const ORDER = `query FrontdeskTestOrderAfterReturn($id: ID!) {
  order(id: $id) {
    returnStatus displayFinancialStatus
    totalOutstandingSet { shopMoney { amount } } totalRefundedSet { shopMoney { amount } } currentTotalPriceSet { shopMoney { amount } }
    lineItems(first: 20) { nodes { id currentQuantity unfulfilledQuantity variant { id } } }
    returns(first: 10) { nodes { id name status } }
  }
}`;

async function returnableOf(shop: string, orderId: string): Promise<Map<string, number>> {
  const nodes = (await admin(shop, RETURNABLE, { orderId })).data.returnableFulfillments.nodes;
  return new Map(nodes.flatMap((node: any) => node.returnableFulfillmentLineItems.nodes.map((line: any) => [line.fulfillmentLineItem.id, line.quantity])));
}

// Shopify's example payloads (from which these schemas were inferred) have empty return lines and
// a null name; live deliveries carry both. Those two differences are allowed here and nothing else.
const EXAMPLE_ARTIFACTS = [/^\/return_line_items\/\d+ boolean schema is false$/, /^\/name must be null$/, /^\/exchange_line_items\/\d+\/line_item must be null$/];
function schemaErrors(delivery: { topic: string; body: Record<string, unknown> }): string[] {
  return jsonSchemaErrors(delivery.topic, delivery.body).filter((error) => !EXAMPLE_ARTIFACTS.some((pattern) => pattern.test(error)));
}

describe("the seed's return data", () => {
  it("has delivered orders of seeded customers inside a 30-day window and older ones outside it, and final-sale products", () => {
    for (const shop of [MAPLE, KUMO]) {
      const delivered = devstore.state.shops.get(shop)!.orders.filter((order) => order.customer && !order.cancelledAt && order.displayFulfillmentStatus === "FULFILLED" && order.fulfillments.every((fulfillment) => fulfillment.deliveredAt));
      const age = (order: Order) => (Date.now() - Date.parse(order.fulfillments.at(-1)!.deliveredAt!)) / 86_400_000;
      expect(delivered.filter((order) => age(order) <= 30).length).toBeGreaterThanOrEqual(RETURN_WINDOW_ORDERS_PER_SHOP);
      expect(delivered.filter((order) => age(order) > 30).length).toBeGreaterThan(20);
      expect(devstore.state.shops.get(shop)!.products.some((product) => product.tags.includes("final-sale"))).toBe(true);
    }
    expect(seededOrder(MAPLE, "#1158").lineItems.some((item) => item.product?.tags.includes("final-sale"))).toBe(true);
  });
});

describe("return reason definitions", () => {
  const REASONS = `query FrontdeskTestReturnReasons($handles: [String!]) {
    returnReasonDefinitions(first: 50, handles: $handles) { nodes { id handle name deleted } }
  }`;

  it("are Shopify's library, named in the request's Accept-Language and in English otherwise", async () => {
    const english = (await admin(MAPLE, REASONS)).data.returnReasonDefinitions.nodes;
    expect(english.slice(0, 2)).toEqual([
      { id: "gid://shopify/ReturnReasonDefinition/1", handle: "unknown", name: "Unknown", deleted: false },
      { id: "gid://shopify/ReturnReasonDefinition/2", handle: "changed-my-mind", name: "Changed my mind", deleted: false },
    ]);
    expect(english.some((reason: any) => reason.deleted)).toBe(true);
    const names = async (language: string) => (await admin(KUMO, REASONS, { handles: ["too-small", "other-reason"] }, { language })).data.returnReasonDefinitions.nodes.map((reason: any) => reason.name);
    expect(await names("ja-JP,ja;q=0.9,en;q=0.8")).toEqual(["その他", "小さすぎる"]);
    expect(await names("th")).toEqual(["อื่น ๆ", "เล็กเกินไป"]);
    expect(await names("fr-CA,fr;q=0.9")).toEqual(["Other", "Too small"]);
  });

  it("need read_returns", async () => {
    const body = await admin(MAPLE, REASONS, {}, { scopes: ["read_orders"] });
    expect(body.errors?.[0]?.extensions?.code).toBe("ACCESS_DENIED");
  });
});

describe("a requested return", () => {
  it("is approved, then processed with a refund to the original payment and restock: the order, its return status and the webhooks follow", async () => {
    const order = seededOrder(MAPLE, "#1156");
    const before = await returnableOf(MAPLE, order.id);
    const [firstLine, secondLine] = order.fulfillments[0]!.fulfillmentLineItems;
    expect(before.get(firstLine!.id)).toBe(firstLine!.quantity);

    const requested = (await admin(MAPLE, REQUEST, {
      input: {
        orderId: order.id,
        returnLineItems: [
          { fulfillmentLineItemId: firstLine!.id, quantity: 1, returnReasonDefinitionId: "gid://shopify/ReturnReasonDefinition/3", customerNote: "The colour is darker than the photo" },
          { fulfillmentLineItemId: secondLine!.id, quantity: 1, returnReason: "SIZE_TOO_LARGE" },
        ],
      },
    })).data.returnRequest;
    expect(requested.userErrors).toEqual([]);
    const ret = requested.return;
    expect(ret).toMatchObject({ name: "#1156-R1", status: "REQUESTED", requestApprovedAt: null, totalQuantity: 2, order: { returnStatus: "RETURN_REQUESTED" }, reverseFulfillmentOrders: { nodes: [] } });
    expect(ret.returnLineItems.nodes[0]).toMatchObject({ quantity: 1, processedQuantity: 0, processableQuantity: 0, customerNote: "The colour is darker than the photo", returnReason: "NOT_AS_DESCRIBED", returnReasonDefinition: { handle: "item-not-as-described" } });
    expect(ret.returnLineItems.nodes[1]).toMatchObject({ returnReason: "SIZE_TOO_LARGE", returnReasonDefinition: { handle: "too-big", name: "Too big" } });
    // What a request holds cannot be requested again.
    expect((await returnableOf(MAPLE, order.id)).get(firstLine!.id)).toBe(firstLine!.quantity - 1);

    const approved = (await admin(MAPLE, APPROVE, { id: ret.id })).data.returnApproveRequest;
    expect(approved.userErrors).toEqual([]);
    expect(approved.return).toMatchObject({ status: "OPEN", requestApprovedAt: expect.any(String), order: { returnStatus: "IN_PROGRESS" } });
    const reverseLines = approved.return.reverseFulfillmentOrders.nodes[0].lineItems.nodes;
    expect(reverseLines).toHaveLength(2);
    expect((await admin(MAPLE, APPROVE, { id: ret.id })).data.returnApproveRequest.userErrors).toEqual([
      { field: ["input", "id"], message: "Return is not approvable. Only returns with status REQUESTED can be approved.", code: "INVALID_STATE" },
    ]);

    const sale = order.transactions.find((transaction) => transaction.kind === "SALE" && transaction.status === "SUCCESS")!;
    const warehouse = devstore.state.shops.get(MAPLE)!.locations[0]!;
    const stock = firstLine!.lineItem.variant!.inventoryQuantity;
    const unit = Number(firstLine!.lineItem.originalUnitPriceSet.shopMoney.amount);
    const processed = (await admin(MAPLE, PROCESS, {
      input: {
        returnId: ret.id,
        returnLineItems: [
          { id: ret.returnLineItems.nodes[0].id, quantity: 1, dispositions: [{ reverseFulfillmentOrderLineItemId: reverseLines[0].id, quantity: 1, dispositionType: "RESTOCKED", locationId: warehouse.id }] },
          { id: ret.returnLineItems.nodes[1].id, quantity: 1, dispositions: [{ reverseFulfillmentOrderLineItemId: reverseLines[1].id, quantity: 1, dispositionType: "NOT_RESTOCKED" }] },
        ],
        financialTransfer: { issueRefund: { orderTransactions: [{ parentId: sale.id, transactionAmount: { amount: String(unit), currencyCode: "USD" } }] } },
        notifyCustomer: false,
      },
    })).data.returnProcess;
    expect(processed.userErrors).toEqual([]);
    // Shopify leaves a processed return open until returnClose.
    expect(processed.return.status).toBe("OPEN");
    expect(processed.return.refunds.nodes.map((refund: any) => amount(refund.totalRefundedSet))).toEqual([unit]);
    expect(processed.return.returnLineItems.nodes.map((line: any) => [line.processedQuantity, line.unprocessedQuantity, line.refundedQuantity])).toEqual([[1, 0, 1], [1, 0, 1]]);
    expect(processed.return.reverseFulfillmentOrders.nodes[0].lineItems.nodes[0].dispositions).toEqual([{ type: "RESTOCKED", quantity: 1, location: { id: warehouse.id } }]);
    expect(firstLine!.lineItem.variant!.inventoryQuantity).toBe(stock + 1);
    const after = (await admin(MAPLE, ORDER, { id: order.id })).data.order;
    expect(after).toMatchObject({ returnStatus: "IN_PROGRESS", displayFinancialStatus: "PARTIALLY_REFUNDED", returns: { nodes: [{ id: ret.id, name: "#1156-R1", status: "OPEN" }] } });
    expect(amount(after.totalRefundedSet)).toBe(unit);
    expect(after.lineItems.nodes.find((line: any) => line.id === firstLine!.lineItem.id).currentQuantity).toBe(firstLine!.lineItem.quantity - 1);

    const closed = (await admin(MAPLE, CLOSE, { id: ret.id })).data.returnClose;
    expect(closed.return).toMatchObject({ status: "CLOSED", closedAt: expect.any(String), order: { returnStatus: "RETURNED" } });
    expect((await admin(MAPLE, CANCEL, { id: ret.id })).data.returnCancel.userErrors).toEqual([{ field: ["id"], message: "Return is not cancelable.", code: "INVALID_STATE" }]);
    expect((await admin(MAPLE, REOPEN, { id: ret.id })).data.returnReopen.return).toMatchObject({ status: "OPEN", closedAt: null });

    await devstore.orderActions.settled();
    expect(received.map((delivery) => delivery.topic)).toEqual(["returns/request", "returns/approve", "refunds/create", "orders/updated", "returns/process", "returns/close", "returns/reopen"]);
    for (const delivery of received.filter((entry) => entry.topic.startsWith("returns/"))) expect(schemaErrors(delivery), delivery.topic).toEqual([]);
    const request = received[0]!.body;
    expect(request).toMatchObject({ admin_graphql_api_id: ret.id, status: "requested", name: "#1156-R1", order: { admin_graphql_api_id: order.id }, total_return_line_items: 2 });
    expect(request.return_line_items[0]).toEqual({
      id: Number(ret.returnLineItems.nodes[0].id.split("/").pop()),
      admin_graphql_api_id: ret.returnLineItems.nodes[0].id,
      fulfillment_line_item: { id: Number(firstLine!.id.split("/").pop()), admin_graphql_api_id: firstLine!.id, line_item: { id: Number(firstLine!.lineItem.id.split("/").pop()), admin_graphql_api_id: firstLine!.lineItem.id } },
      quantity: 1,
      return_reason: "not_as_described",
      return_reason_note: "",
      customer_note: "The colour is darker than the photo",
    });
    expect(received.find((delivery) => delivery.topic === "returns/close")!.body).toEqual({ id: expect.any(Number), admin_graphql_api_id: ret.id, order_id: Number(order.legacyResourceId), status: "closed" });
  });

  it("is declined as final sale: its items can be returned again, and returns/decline carries the reason", async () => {
    const order = seededOrder(MAPLE, "#1158");
    const soap = order.fulfillments[0]!.fulfillmentLineItems.find((entry) => entry.lineItem.product?.tags.includes("final-sale"))!;
    const ret = (await admin(MAPLE, REQUEST, { input: { orderId: order.id, returnLineItems: [{ fulfillmentLineItemId: soap.id, quantity: 1, returnReasonDefinitionId: "gid://shopify/ReturnReasonDefinition/2" }] } })).data.returnRequest.return;
    expect((await returnableOf(MAPLE, order.id)).has(soap.id)).toBe(false);
    const declined = (await admin(MAPLE, DECLINE, { id: ret.id, reason: "FINAL_SALE", note: "Soap is final sale." })).data.returnDeclineRequest;
    expect(declined.userErrors).toEqual([]);
    expect(declined.return).toMatchObject({ status: "DECLINED", decline: { reason: "FINAL_SALE", note: "Soap is final sale." }, order: { returnStatus: "NO_RETURN" } });
    expect((await returnableOf(MAPLE, order.id)).get(soap.id)).toBe(1);
    expect((await admin(MAPLE, DECLINE, { id: ret.id, reason: "OTHER" })).data.returnDeclineRequest.userErrors).toEqual([{ field: ["input", "id"], message: "The return is already declined.", code: "INVALID_STATE" }]);
    await devstore.orderActions.settled();
    expect(received.map((delivery) => delivery.topic)).toEqual(["returns/request", "returns/decline"]);
    expect(received[1]!.body).toEqual({ id: expect.any(Number), admin_graphql_api_id: ret.id, status: "declined", order: { id: Number(order.legacyResourceId), admin_graphql_api_id: order.id }, decline: { reason: "final_sale", note: "Soap is final sale." } });
    expect(schemaErrors(received[1]!)).toEqual([]);
    // The check would catch a payload Shopify would not send.
    const { decline: _decline, ...withoutDecline } = received[1]!.body;
    expect(schemaErrors({ topic: "returns/decline", body: withoutDecline })).toEqual([" must have required property 'decline'"]);
  });

  it("is refused, with Shopify's userErrors, for more than is returnable, an unknown line or no reason", async () => {
    const order = seededOrder(KUMO, "#1133");
    const entry = order.fulfillments[0]!.fulfillmentLineItems[0]!;
    const ask = async (line: Record<string, unknown>) => (await admin(KUMO, REQUEST, { input: { orderId: order.id, returnLineItems: [line] } })).data.returnRequest;
    expect(await ask({ fulfillmentLineItemId: entry.id, quantity: entry.quantity + 1, returnReason: "OTHER" })).toEqual({
      return: null,
      userErrors: [{ field: ["input", "returnLineItems", "0", "quantity"], message: "Return line item has an invalid quantity.", code: "INVALID" }],
    });
    expect((await ask({ fulfillmentLineItemId: "gid://shopify/FulfillmentLineItem/1", quantity: 1, returnReason: "OTHER" })).userErrors).toEqual([
      { field: ["input", "returnLineItems", "0", "fulfillmentLineItemId"], message: "Fulfillment Line Item was not found.", code: "NOT_FOUND" },
    ]);
    expect((await ask({ fulfillmentLineItemId: entry.id, quantity: 1 })).userErrors).toEqual([{ field: ["input", "returnLineItems", "0", "returnReason"], message: "Return reason can't be blank", code: "BLANK" }]);
    expect(order.returns).toEqual([]);
  });
});

describe("an even exchange", () => {
  it("swaps a colour at the same price: the new line joins the order, nothing is refunded and nothing is owed", async () => {
    const order = seededOrder(MAPLE, "#1165");
    const shipped = order.fulfillments[0]!.fulfillmentLineItems.find((entry) => entry.lineItem.product!.variants.some((variant) => variant !== entry.lineItem.variant && variant.price === entry.lineItem.variant!.price))!;
    const swap = shipped.lineItem.product!.variants.find((variant) => variant !== shipped.lineItem.variant && variant.price === shipped.lineItem.variant!.price)!;
    const before = (await admin(MAPLE, ORDER, { id: order.id })).data.order;
    expect(amount(before.totalOutstandingSet)).toBe(0);

    const created = (await admin(MAPLE, CREATE, {
      input: { orderId: order.id, returnLineItems: [{ fulfillmentLineItemId: shipped.id, quantity: 1, returnReasonDefinitionId: "gid://shopify/ReturnReasonDefinition/10" }], exchangeLineItems: [{ variantId: swap.id, quantity: 1 }] },
    })).data.returnCreate;
    expect(created.userErrors).toEqual([]);
    const ret = created.return;
    expect(ret).toMatchObject({ status: "OPEN", exchangeLineItems: { nodes: [{ quantity: 1, processedQuantity: 0, variantId: swap.id, lineItems: [] }] } });

    const processed = (await admin(MAPLE, PROCESS, {
      input: { returnId: ret.id, returnLineItems: [{ id: ret.returnLineItems.nodes[0].id, quantity: 1 }], exchangeLineItems: [{ id: ret.exchangeLineItems.nodes[0].id, quantity: 1 }] },
    })).data.returnProcess;
    expect(processed.userErrors).toEqual([]);
    const exchanged = processed.return.exchangeLineItems.nodes[0];
    expect(exchanged).toMatchObject({ processedQuantity: 1, lineItems: [{ currentQuantity: 1 }] });
    expect(processed.return.refunds.nodes.map((refund: any) => amount(refund.totalRefundedSet))).toEqual([0]);

    const after = (await admin(MAPLE, ORDER, { id: order.id })).data.order;
    expect(amount(after.totalOutstandingSet)).toBe(0);
    expect(amount(after.totalRefundedSet)).toBe(amount(before.totalRefundedSet));
    expect(amount(after.currentTotalPriceSet)).toBe(amount(before.currentTotalPriceSet));
    expect(after.lineItems.nodes).toContainEqual({ id: exchanged.lineItems[0].id, currentQuantity: 1, unfulfilledQuantity: 1, variant: { id: swap.id } });
    await devstore.orderActions.settled();
    expect(received.map((delivery) => delivery.topic)).toEqual(["returns/approve", "refunds/create", "orders/updated", "returns/process"]);
    const refund = received.find((delivery) => delivery.topic === "refunds/create")!.body;
    expect(refund.transactions).toEqual([]);
    for (const delivery of received.filter((entry) => entry.topic.startsWith("returns/"))) expect(schemaErrors(delivery), delivery.topic).toEqual([]);
  });
});

describe("another shop's data", () => {
  it("is out of reach: its order has nothing returnable, no return can be requested on it and its returns are not found", async () => {
    const kumoOrder = seededOrder(KUMO, "#1140");
    const entry = kumoOrder.fulfillments[0]!.fulfillmentLineItems[0]!;
    expect((await admin(MAPLE, RETURNABLE, { orderId: kumoOrder.id })).data.returnableFulfillments.nodes).toEqual([]);
    expect((await admin(MAPLE, REQUEST, { input: { orderId: kumoOrder.id, returnLineItems: [{ fulfillmentLineItemId: entry.id, quantity: 1, returnReason: "OTHER" }] } })).data.returnRequest.userErrors).toEqual([
      { field: ["input", "orderId"], message: "Order does not exist.", code: "NOT_FOUND" },
    ]);
    const kumoReturn = (await admin(KUMO, REQUEST, { input: { orderId: kumoOrder.id, returnLineItems: [{ fulfillmentLineItemId: entry.id, quantity: 1, returnReason: "OTHER" }] } })).data.returnRequest.return;
    expect((await admin(MAPLE, `query FrontdeskTestForeignReturn($id: ID!) { return(id: $id) { id } }`, { id: kumoReturn.id })).data.return).toBeNull();
    expect((await admin(MAPLE, APPROVE, { id: kumoReturn.id })).data.returnApproveRequest.userErrors).toEqual([{ field: ["input", "id"], message: "Return not found.", code: "NOT_FOUND" }]);
    expect((await admin(KUMO, CANCEL, { id: kumoReturn.id })).data.returnCancel.return).toEqual({ id: kumoReturn.id, status: "CANCELED" });
  });

  it("and returns need write_returns", async () => {
    const body = await admin(MAPLE, CANCEL, { id: "gid://shopify/Return/1" }, { scopes: ["read_orders", "read_returns"] });
    expect(body.errors?.[0]?.extensions?.code).toBe("ACCESS_DENIED");
  });
});
