// Plain objects shaped like the Admin GraphQL types, so graphql-js's default resolvers read them
// directly. Fields hold values as Shopify serialises them (Decimal and UnsignedInt64 as strings,
// DateTime as ISO strings). Connection fields hold arrays; the executor pages them (see graphql.ts).

export type Gid = string;

export function toGid(type: string, id: number | string): Gid {
  return `gid://shopify/${type}/${id}`;
}

/** The numeric id and type of a Shopify GID, or undefined when the string is not one. */
export function parseGid(gid: string): { type: string; id: string } | undefined {
  const match = /^gid:\/\/shopify\/(\w+)\/([^/?]+)/.exec(gid);
  return match ? { type: match[1]!, id: match[2]! } : undefined;
}

export function legacyIdOf(gid: Gid): number {
  const parsed = parseGid(gid);
  if (!parsed) throw new Error(`Not a Shopify GID: ${gid}`);
  return Number(parsed.id);
}

const ZERO_DECIMAL_CURRENCIES = new Set(["JPY", "KRW", "VND", "CLP", "ISK", "UGX", "XAF", "XOF"]);

export function currencyDigits(currency: string): number {
  return ZERO_DECIMAL_CURRENCIES.has(currency) ? 0 : 2;
}

/** Formats an amount in minor units the way Shopify serialises `Decimal`: "12.5", "1200.0". */
export function formatDecimal(minor: number, currency: string): string {
  const digits = currencyDigits(currency);
  const major = (minor / 10 ** digits).toFixed(digits);
  const trimmed = major.includes(".") ? major.replace(/0+$/, "").replace(/\.$/, "") : major;
  return trimmed.includes(".") ? trimmed : `${trimmed}.0`;
}

/** The inverse of formatDecimal: "12.5" USD → 1250. */
export function parseMinor(amount: string | number, currency: string): number {
  return Math.round(Number(amount) * 10 ** currencyDigits(currency));
}

export interface MoneyV2 {
  __typename: "MoneyV2";
  amount: string;
  currencyCode: string;
}

export interface MoneyBag {
  __typename: "MoneyBag";
  shopMoney: MoneyV2;
  presentmentMoney: MoneyV2;
}

export function toMoney(minor: number, currency: string): MoneyV2 {
  return { __typename: "MoneyV2", amount: formatDecimal(minor, currency), currencyCode: currency };
}

/** A MoneyBag from an amount in the shop's currency, converted to the presentment currency at `rate`. */
export function toMoneyBag(shopMinor: number, shopCurrency: string, presentment: { currency: string; rate: number } = { currency: shopCurrency, rate: 1 }): MoneyBag {
  const presentmentMinor = Math.round(
    (shopMinor / 10 ** currencyDigits(shopCurrency)) * presentment.rate * 10 ** currencyDigits(presentment.currency),
  );
  return {
    __typename: "MoneyBag",
    shopMoney: toMoney(shopMinor, shopCurrency),
    presentmentMoney: toMoney(presentmentMinor, presentment.currency),
  };
}

export interface MailingAddress {
  __typename: "MailingAddress";
  id: Gid;
  firstName: string | null;
  lastName: string | null;
  name: string | null;
  company: string | null;
  address1: string | null;
  address2: string | null;
  city: string | null;
  province: string | null;
  provinceCode: string | null;
  zip: string | null;
  country: string | null;
  countryCodeV2: string | null;
  phone: string | null;
  formatted: string[];
  formattedArea: string | null;
  coordinatesValidated: boolean;
  latitude: number | null;
  longitude: number | null;
  timeZone: string | null;
}

export interface StaffMember {
  __typename: "StaffMember";
  id: Gid;
  firstName: string;
  lastName: string;
  name: string;
  email: string;
  locale: string;
  phone: string | null;
  active: boolean;
  exists: boolean;
  isShopOwner: boolean;
  accountType: "REGULAR" | "COLLABORATOR";
  initials: string[];
  /** Not an Admin API field: the order permissions the devstore checks for this person's online tokens. */
  orderPermissions: Array<"EDIT_ORDERS" | "REFUND_ORDERS" | "MANAGE_ORDERS">;
}

export interface Shop {
  __typename: "Shop";
  id: Gid;
  name: string;
  email: string;
  contactEmail: string;
  myshopifyDomain: string;
  url: string;
  currencyCode: string;
  enabledPresentmentCurrencies: string[];
  ianaTimezone: string;
  timezoneAbbreviation: string;
  timezoneOffset: string;
  timezoneOffsetMinutes: number;
  weightUnit: string;
  unitSystem: string;
  taxesIncluded: boolean;
  taxShipping: boolean;
  orderNumberFormatPrefix: string;
  orderNumberFormatSuffix: string;
  shopOwnerName: string;
  description: string | null;
  setupRequired: boolean;
  checkoutApiSupported: boolean;
  transactionalSmsDisabled: boolean;
  marketingSmsConsentEnabledAtCheckout: boolean;
  shipsToCountries: string[];
  createdAt: string;
  updatedAt: string;
  accountOwner: StaffMember;
  primaryDomain: { __typename: "Domain"; id: Gid; host: string; url: string; sslEnabled: boolean };
  plan: { __typename: "ShopPlan"; partnerDevelopment: boolean; shopifyPlus: boolean; publicDisplayName: string };
  currencyFormats: {
    __typename: "CurrencyFormats";
    moneyFormat: string;
    moneyInEmailsFormat: string;
    moneyWithCurrencyFormat: string;
    moneyWithCurrencyInEmailsFormat: string;
  };
}

export interface Product {
  __typename: "Product";
  id: Gid;
  legacyResourceId: string;
  title: string;
  handle: string;
  description: string;
  descriptionHtml: string;
  vendor: string;
  productType: string;
  status: "ACTIVE" | "ARCHIVED" | "DRAFT";
  tags: string[];
  createdAt: string;
  updatedAt: string;
  publishedAt: string | null;
  totalInventory: number;
  tracksInventory: boolean;
  hasOnlyDefaultVariant: boolean;
  hasOutOfStockVariants: boolean;
  isGiftCard: boolean;
  onlineStoreUrl: string | null;
  options: Array<{ __typename: "ProductOption"; id: Gid; name: string; position: number; values: string[]; optionValues: Array<{ __typename: "ProductOptionValue"; id: Gid; name: string; hasVariants: boolean }> }>;
  priceRangeV2: { __typename: "ProductPriceRangeV2"; minVariantPrice: MoneyV2; maxVariantPrice: MoneyV2 };
  variantsCount: Count;
  variants: ProductVariant[];
  /** Hue of the storefront's placeholder picture; not an Admin API field, so the API never shows it. */
  imageHue: number;
}

export interface ProductVariant {
  __typename: "ProductVariant";
  id: Gid;
  legacyResourceId: string;
  title: string;
  displayName: string;
  sku: string;
  barcode: string | null;
  price: string;
  compareAtPrice: string | null;
  position: number;
  inventoryQuantity: number;
  inventoryPolicy: "DENY" | "CONTINUE";
  availableForSale: boolean;
  sellableOnlineQuantity: number;
  taxable: boolean;
  requiresComponents: boolean;
  showUnitPrice: boolean;
  selectedOptions: Array<{ __typename: "SelectedOption"; name: string; value: string }>;
  createdAt: string;
  updatedAt: string;
  product: Product;
  inventoryItem: { __typename: "InventoryItem"; id: Gid; legacyResourceId: string; sku: string; tracked: boolean; requiresShipping: boolean; createdAt: string; updatedAt: string; duplicateSkuCount: number };
}

export interface Count {
  __typename: "Count";
  count: number;
  precision: "EXACT" | "AT_LEAST";
}

export function toCount(count: number): Count {
  return { __typename: "Count", count, precision: "EXACT" };
}

export interface Customer {
  __typename: "Customer";
  id: Gid;
  legacyResourceId: string;
  firstName: string | null;
  lastName: string | null;
  displayName: string;
  email: string | null;
  phone: string | null;
  defaultEmailAddress: { __typename: "CustomerEmailAddress"; emailAddress: string; marketingState: string; marketingOptInLevel: string | null; marketingUpdatedAt: string | null; validFormat: boolean; openTrackingLevel: string; marketingUnsubscribeUrl: string; openTrackingUrl: string } | null;
  defaultPhoneNumber: { __typename: "CustomerPhoneNumber"; phoneNumber: string } | null;
  locale: string;
  note: string | null;
  tags: string[];
  state: "ENABLED" | "DISABLED" | "INVITED" | "DECLINED";
  verifiedEmail: boolean;
  taxExempt: boolean;
  taxExemptions: string[];
  canDelete: boolean;
  dataSaleOptOut: boolean;
  lifetimeDuration: string;
  numberOfOrders: string;
  amountSpent: MoneyV2;
  defaultAddress: MailingAddress | null;
  addressesV2: MailingAddress[];
  orders: Order[];
  lastOrder: Order | null;
  createdAt: string;
  updatedAt: string;
}

export interface LineItem {
  __typename: "LineItem";
  id: Gid;
  title: string;
  name: string;
  variantTitle: string | null;
  sku: string | null;
  vendor: string | null;
  quantity: number;
  currentQuantity: number;
  unfulfilledQuantity: number;
  refundableQuantity: number;
  nonFulfillableQuantity: number;
  requiresShipping: boolean;
  taxable: boolean;
  isGiftCard: boolean;
  merchantEditable: boolean;
  restockable: boolean;
  customAttributes: Array<{ __typename: "Attribute"; key: string; value: string | null }>;
  discountAllocations: unknown[];
  duties: unknown[];
  taxLines: TaxLine[];
  originalUnitPriceSet: MoneyBag;
  discountedUnitPriceSet: MoneyBag;
  discountedUnitPriceAfterAllDiscountsSet: MoneyBag;
  originalTotalSet: MoneyBag;
  discountedTotalSet: MoneyBag;
  totalDiscountSet: MoneyBag;
  unfulfilledOriginalTotalSet: MoneyBag;
  unfulfilledDiscountedTotalSet: MoneyBag;
  priceAfterAllDiscountsBeforeTaxesSet: MoneyBag;
  variant: ProductVariant | null;
  product: Product | null;
  /** Not an API field: a staff discount per unit (from an order edit), which refreshLineItemTotals allocates. */
  unitDiscount?: { perUnitMinor: number; application: ManualDiscountApplication };
}

export interface ManualDiscountApplication {
  __typename: "ManualDiscountApplication";
  allocationMethod: "EACH" | "ACROSS";
  description: string | null;
  index: number;
  targetSelection: "EXPLICIT";
  targetType: "LINE_ITEM";
  title: string;
  value: MoneyV2 | { __typename: "PricingPercentageValue"; percentage: number };
}

export interface TaxLine {
  __typename: "TaxLine";
  title: string;
  rate: number;
  ratePercentage: number;
  priceSet: MoneyBag;
  channelLiable: boolean | null;
}

export interface FulfillmentLineItem {
  __typename: "FulfillmentLineItem";
  id: Gid;
  quantity: number;
  lineItem: LineItem;
  originalTotalSet: MoneyBag;
  discountedTotalSet: MoneyBag;
}

export interface Fulfillment {
  __typename: "Fulfillment";
  id: Gid;
  legacyResourceId: string;
  name: string;
  status: "SUCCESS" | "CANCELLED" | "ERROR" | "FAILURE" | "OPEN" | "PENDING";
  displayStatus: string | null;
  requiresShipping: boolean;
  totalQuantity: number;
  createdAt: string;
  updatedAt: string;
  inTransitAt: string | null;
  deliveredAt: string | null;
  estimatedDeliveryAt: string | null;
  trackingInfo: Array<{ __typename: "FulfillmentTrackingInfo"; company: string | null; number: string | null; url: string | null }>;
  fulfillmentLineItems: FulfillmentLineItem[];
  order: Order;
}

export interface OrderTransaction {
  __typename: "OrderTransaction";
  id: Gid;
  kind: "AUTHORIZATION" | "CAPTURE" | "SALE" | "REFUND" | "VOID";
  status: "SUCCESS" | "PENDING" | "FAILURE" | "ERROR";
  gateway: string;
  formattedGateway: string;
  test: boolean;
  manualPaymentGateway: boolean;
  manuallyCapturable: boolean;
  multiCapturable: boolean;
  amountSet: MoneyBag;
  createdAt: string;
  processedAt: string;
  authorizationExpiresAt: string | null;
  errorCode: string | null;
  fees: unknown[];
  parentTransaction: OrderTransaction | null;
  order: Order;
}

export interface RefundLineItem {
  __typename: "RefundLineItem";
  id: Gid;
  lineItem: LineItem;
  quantity: number;
  restockType: "NO_RESTOCK" | "CANCEL" | "RETURN" | "LEGACY_RESTOCK";
  restocked: boolean;
  priceSet: MoneyBag;
  subtotalSet: MoneyBag;
  totalTaxSet: MoneyBag;
}

export interface Refund {
  __typename: "Refund";
  id: Gid;
  legacyResourceId: string;
  note: string | null;
  createdAt: string;
  updatedAt: string;
  processedAt: string;
  totalRefundedSet: MoneyBag;
  refundLineItems: RefundLineItem[];
  transactions: OrderTransaction[];
  refundShippingLines: unknown[];
  orderAdjustments: unknown[];
  duties: unknown[];
  order: Order;
  /** The return whose processing made this refund, when one did. */
  return?: Return | null;
}

export interface ShippingLine {
  __typename: "ShippingLine";
  id: Gid;
  title: string;
  code: string;
  source: string;
  carrierIdentifier: string | null;
  custom: boolean;
  isRemoved: boolean;
  phone: string | null;
  deliveryCategory: string | null;
  shippingRateHandle: string | null;
  taxLines: TaxLine[];
  discountAllocations: unknown[];
  originalPriceSet: MoneyBag;
  discountedPriceSet: MoneyBag;
  currentDiscountedPriceSet: MoneyBag;
}

export type FinancialStatus = "PENDING" | "AUTHORIZED" | "PARTIALLY_PAID" | "PAID" | "PARTIALLY_REFUNDED" | "REFUNDED" | "VOIDED" | "EXPIRED";
export type FulfillmentStatus =
  | "UNFULFILLED"
  | "PARTIALLY_FULFILLED"
  | "FULFILLED"
  | "RESTOCKED"
  | "IN_PROGRESS"
  | "ON_HOLD"
  | "OPEN"
  | "PENDING_FULFILLMENT"
  | "SCHEDULED"
  | "REQUEST_DECLINED";

/** How an order converts shop money to the shopper's currency and taxes it. */
export interface OrderPricing {
  presentment: { currency: string; rate: number };
  taxRate: number;
  taxTitle: string;
}

export interface Order {
  __typename: "Order";
  /** Not an API field: what refreshOrderTotals needs to price the order. */
  pricing: OrderPricing;
  id: Gid;
  legacyResourceId: string;
  name: string;
  number: number;
  confirmationNumber: string;
  email: string | null;
  phone: string | null;
  customer: Customer | null;
  customerLocale: string | null;
  customerAcceptsMarketing: boolean;
  createdAt: string;
  updatedAt: string;
  processedAt: string;
  closed: boolean;
  closedAt: string | null;
  cancelledAt: string | null;
  cancelReason: "CUSTOMER" | "DECLINED" | "FRAUD" | "INVENTORY" | "OTHER" | "STAFF" | null;
  cancellation?: { __typename: "OrderCancellation"; staffNote: string | null } | null;
  confirmed: boolean;
  test: boolean;
  edited: boolean;
  currencyCode: string;
  presentmentCurrencyCode: string;
  displayFinancialStatus: FinancialStatus;
  displayFulfillmentStatus: FulfillmentStatus;
  returnStatus: OrderReturnStatus;
  tags: string[];
  note: string | null;
  sourceName: string;
  paymentGatewayNames: string[];
  discountCode: string | null;
  discountCodes: string[];
  taxesIncluded: boolean;
  taxExempt: boolean;
  dutiesIncluded: boolean;
  estimatedTaxes: boolean;
  fullyPaid: boolean;
  unpaid: boolean;
  capturable: boolean;
  canMarkAsPaid: boolean;
  canNotifyCustomer: boolean;
  refundable: boolean;
  restockable: boolean;
  fulfillable: boolean;
  requiresShipping: boolean;
  merchantEditable: boolean;
  merchantEditableErrors: string[];
  billingAddressMatchesShippingAddress: boolean;
  hasTimelineComment: boolean;
  productNetwork: boolean;
  subtotalLineItemsQuantity: number;
  currentSubtotalLineItemsQuantity: number;
  totalWeight: string;
  currentTotalWeight: string;
  statusPageUrl: string;
  shippingAddress: MailingAddress | null;
  billingAddress: MailingAddress | null;
  displayAddress: MailingAddress | null;
  shippingLine: ShippingLine | null;
  shippingLines: ShippingLine[];
  taxLines: TaxLine[];
  currentTaxLines: TaxLine[];
  customAttributes: Array<{ __typename: "Attribute"; key: string; value: string | null }>;
  additionalFees: unknown[];
  alerts: unknown[];
  disputes: unknown[];
  subtotalPriceSet: MoneyBag;
  currentSubtotalPriceSet: MoneyBag;
  totalPriceSet: MoneyBag;
  currentTotalPriceSet: MoneyBag;
  originalTotalPriceSet: MoneyBag;
  totalTaxSet: MoneyBag;
  currentTotalTaxSet: MoneyBag;
  totalShippingPriceSet: MoneyBag;
  currentShippingPriceSet: MoneyBag;
  totalDiscountsSet: MoneyBag;
  currentTotalDiscountsSet: MoneyBag;
  currentCartDiscountAmountSet: MoneyBag;
  totalRefundedSet: MoneyBag;
  totalRefundedShippingSet: MoneyBag;
  totalReceivedSet: MoneyBag;
  netPaymentSet: MoneyBag;
  totalOutstandingSet: MoneyBag;
  totalCapturableSet: MoneyBag;
  totalTipReceivedSet: MoneyBag;
  refundDiscrepancySet: MoneyBag;
  lineItems: LineItem[];
  fulfillments: Fulfillment[];
  refunds: Refund[];
  transactions: OrderTransaction[];
  /** Oldest first, as Order.returns lists them. */
  returns: Return[];
}

export type OrderReturnStatus = "NO_RETURN" | "RETURN_REQUESTED" | "IN_PROGRESS" | "RETURNED" | "INSPECTION_COMPLETE" | "RETURN_FAILED";
export type ReturnStatus = "REQUESTED" | "OPEN" | "DECLINED" | "CLOSED" | "CANCELED";
export type ReturnDeclineReason = "FINAL_SALE" | "RETURN_PERIOD_ENDED" | "OTHER";
/** The deprecated ReturnReason enum, still on ReturnLineItem.returnReason and in the webhooks. */
export type LegacyReturnReason = "COLOR" | "DEFECTIVE" | "NOT_AS_DESCRIBED" | "OTHER" | "SIZE_TOO_LARGE" | "SIZE_TOO_SMALL" | "STYLE" | "UNKNOWN" | "UNWANTED" | "WRONG_ITEM";

export interface ReturnLineItem {
  __typename: "ReturnLineItem";
  id: Gid;
  fulfillmentLineItem: FulfillmentLineItem;
  quantity: number;
  /** Confirmed by returnProcess (or removed from the return, which Shopify counts the same way). */
  processedQuantity: number;
  /** Of the processed quantity, how much a refund covered. */
  refundedQuantity: number;
  customerNote: string | null;
  /** The ReturnReasonDefinition's numeric id; its localized object is built per request. */
  returnReasonDefinitionId: number | null;
  returnReason: LegacyReturnReason;
  returnReasonNote: string;
  restockingFee: null;
  totalWeight: null;
  withCodeDiscountedTotalPriceSet: MoneyBag;
  /** Not an API field: the return this line belongs to. */
  owner: Return;
}

export interface ExchangeLineItem {
  __typename: "ExchangeLineItem";
  id: Gid;
  quantity: number;
  processedQuantity: number;
  variant: ProductVariant;
  productId: Gid;
  variantId: Gid;
  title: string;
  variantTitle: string | null;
  variantSku: string | null;
  /** The order's line items this exchange became when it was processed. */
  lineItems: LineItem[];
  /** Not an API field: the return this line belongs to. */
  owner: Return;
}

export interface ReverseFulfillmentOrderDisposition {
  __typename: "ReverseFulfillmentOrderDisposition";
  id: Gid;
  createdAt: string;
  location: Location | null;
  quantity: number;
  type: "MISSING" | "NOT_RESTOCKED" | "PROCESSING_REQUIRED" | "RESTOCKED";
}

export interface ReverseFulfillmentOrderLineItem {
  __typename: "ReverseFulfillmentOrderLineItem";
  id: Gid;
  fulfillmentLineItem: FulfillmentLineItem;
  totalQuantity: number;
  dispositions: ReverseFulfillmentOrderDisposition[];
  /** Not an API field: the return line item this line receives. */
  returnLineItemId: Gid;
}

export interface ReverseFulfillmentOrder {
  __typename: "ReverseFulfillmentOrder";
  id: Gid;
  status: "OPEN" | "CLOSED" | "CANCELED";
  order: Order;
  lineItems: ReverseFulfillmentOrderLineItem[];
  reverseDeliveries: unknown[];
  thirdPartyConfirmation: null;
}

export interface Return {
  __typename: "Return";
  id: Gid;
  /** "#1001-R1": the order's name and the return's position among its returns. */
  name: string;
  status: ReturnStatus;
  order: Order;
  createdAt: string;
  requestApprovedAt: string | null;
  closedAt: string | null;
  decline: { __typename: "ReturnDecline"; reason: ReturnDeclineReason; note: string | null } | null;
  returnLineItems: ReturnLineItem[];
  exchangeLineItems: ExchangeLineItem[];
  refunds: Refund[];
  returnShippingFees: Array<{ __typename: "ReturnShippingFee"; id: Gid; amountSet: MoneyBag }>;
  reverseFulfillmentOrders: ReverseFulfillmentOrder[];
  staffMember: StaffMember | null;
  transactions: OrderTransaction[];
}

export interface Location {
  __typename: "Location";
  id: Gid;
  name: string;
  isActive: boolean;
  fulfillsOnlineOrders: boolean;
  hasActiveInventory: boolean;
}

/** A shipping line at one price (no discount, no tax lines), as a checkout or an order edit adds it. */
export function toShippingLine(fields: { id: Gid; title: string; code: string; custom: boolean; price: MoneyBag }): ShippingLine {
  return {
    __typename: "ShippingLine",
    id: fields.id,
    title: fields.title,
    code: fields.code,
    source: "shopify",
    carrierIdentifier: null,
    custom: fields.custom,
    isRemoved: false,
    phone: null,
    deliveryCategory: null,
    shippingRateHandle: null,
    taxLines: [],
    discountAllocations: [],
    originalPriceSet: fields.price,
    discountedPriceSet: fields.price,
    currentDiscountedPriceSet: fields.price,
  };
}
