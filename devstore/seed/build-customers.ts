import { toGid, toMoney, type Customer, type MailingAddress } from "../objects.ts";
import type { IdAllocator } from "./ids.ts";
import {
  EMAIL_DOMAINS,
  ENGLISH_FIRST_NAMES,
  ENGLISH_LAST_NAMES,
  JAPANESE_FAMILY_NAMES,
  JAPANESE_GIVEN_NAMES,
  THAI_FAMILY_NAMES,
  THAI_GIVEN_NAMES,
  type AddressTemplate,
} from "./people.ts";
import type { Random } from "./random.ts";
import { ADDRESSES_BY_ORIGIN, type CustomerOrigin, type ShopSeed } from "./shops.ts";

interface PersonName {
  firstName: string;
  lastName: string;
  displayName: string;
  emailLocal: string;
  locale: string;
}

function namePerson(origin: CustomerOrigin, random: Random): PersonName {
  if (origin === "english") {
    const firstName = random.pick(ENGLISH_FIRST_NAMES);
    const lastName = random.pick(ENGLISH_LAST_NAMES);
    const local = `${firstName}.${lastName}`.toLowerCase().replace(/[^a-z.]/g, "");
    return { firstName, lastName, displayName: `${firstName} ${lastName}`, emailLocal: local, locale: "en" };
  }
  if (origin === "japanese") {
    const family = random.pick(JAPANESE_FAMILY_NAMES);
    const given = random.pick(JAPANESE_GIVEN_NAMES);
    return { firstName: given.name, lastName: family.name, displayName: `${family.name} ${given.name}`, emailLocal: `${given.latin}.${family.latin}`, locale: "ja" };
  }
  const given = random.pick(THAI_GIVEN_NAMES);
  const family = random.pick(THAI_FAMILY_NAMES);
  if (origin === "thai") {
    return { firstName: given.name, lastName: family.name, displayName: `${given.name} ${family.name}`, emailLocal: `${given.latin}.${family.latin}`, locale: "th" };
  }
  const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
  return {
    firstName: capitalise(given.latin),
    lastName: capitalise(family.latin),
    displayName: `${capitalise(given.latin)} ${capitalise(family.latin)}`,
    emailLocal: `${given.latin}${family.latin.slice(0, 2)}`,
    locale: "en",
  };
}

export function buildAddress(template: AddressTemplate, person: { firstName: string; lastName: string }, random: Random, nextId: IdAllocator): MailingAddress {
  const place = random.pick(template.cities);
  const street = random.pick(template.streets);
  const address1 = template.countryCode === "US" ? `${random.int(12, 980)} ${street}` : street;
  const zip = `${place.zipPrefix}${random.digits(place.zipDigits)}`;
  const phone = `${template.phonePrefix}${template.countryCode === "US" ? `${random.int(201, 989)}555${random.digits(4)}` : `${random.pick(["80", "90", "70"])}${random.digits(template.phoneDigits - 2)}`}`;
  const name = `${person.firstName} ${person.lastName}`;
  const address2 = random.chance(0.2) ? (template.countryCode === "JP" ? `${random.int(101, 1204)}号室` : `Apt ${random.int(1, 40)}`) : null;
  return {
    __typename: "MailingAddress",
    id: toGid("MailingAddress", nextId("MailingAddress")),
    firstName: person.firstName,
    lastName: person.lastName,
    name,
    company: null,
    address1,
    address2,
    city: place.city,
    province: place.province,
    provinceCode: place.provinceCode,
    zip,
    country: template.country,
    countryCodeV2: template.countryCode,
    phone,
    formatted: [name, address1, ...(address2 ? [address2] : []), `${place.city} ${place.provinceCode} ${zip}`, template.country],
    formattedArea: `${place.city}, ${place.province}, ${template.country}`,
    coordinatesValidated: false,
    latitude: null,
    longitude: null,
    timeZone: null,
  };
}

/** The shop's customers, without orders yet: the order seed links them and fills the totals. */
export function buildCustomers(seed: ShopSeed, random: Random, nextId: IdAllocator, anchor: Date): Customer[] {
  const origins = (Object.entries(seed.customerMix) as Array<[CustomerOrigin, number]>).flatMap(([origin, count]) => Array<CustomerOrigin>(count).fill(origin));
  const usedEmails = new Set<string>();
  const placeholders = origins.map((origin) => ({ origin, createdOffsetDays: random.int(95, 900), tiebreak: random.next() }));
  // Oldest customer first, so ids grow with creation time as Shopify's do.
  placeholders.sort((a, b) => b.createdOffsetDays - a.createdOffsetDays || a.tiebreak - b.tiebreak);
  return placeholders.map(({ origin, createdOffsetDays }) => {
    const person = namePerson(origin, random);
    let email = `${person.emailLocal}@${random.pick(EMAIL_DOMAINS)}`;
    for (let suffix = 2; usedEmails.has(email); suffix++) email = `${person.emailLocal}${suffix}@${random.pick(EMAIL_DOMAINS)}`;
    usedEmails.add(email);
    const id = nextId("Customer");
    const address = buildAddress(ADDRESSES_BY_ORIGIN[origin], person, random, nextId);
    const createdAt = new Date(anchor.getTime() - createdOffsetDays * 86_400_000 - random.int(0, 86_399) * 1000).toISOString();
    const subscribed = random.chance(0.45);
    const phone = random.chance(0.6) ? address.phone : null;
    return {
      __typename: "Customer",
      id: toGid("Customer", id),
      legacyResourceId: String(id),
      firstName: person.firstName,
      lastName: person.lastName,
      displayName: person.displayName,
      email,
      phone,
      defaultEmailAddress: {
        __typename: "CustomerEmailAddress",
        emailAddress: email,
        marketingState: subscribed ? "SUBSCRIBED" : "NOT_SUBSCRIBED",
        marketingOptInLevel: subscribed ? "SINGLE_OPT_IN" : null,
        marketingUpdatedAt: subscribed ? createdAt : null,
        validFormat: true,
        openTrackingLevel: "OPTED_IN",
        marketingUnsubscribeUrl: `https://${seed.handle}.myshopify.com/unsubscribe?c=${id}`,
        openTrackingUrl: `https://${seed.handle}.myshopify.com/open?c=${id}`,
      },
      defaultPhoneNumber: phone ? { __typename: "CustomerPhoneNumber", phoneNumber: phone } : null,
      locale: person.locale,
      note: null,
      tags: random.chance(0.5) ? random.sample(seed.customerTags, random.int(1, 2)) : [],
      state: random.chance(0.7) ? "ENABLED" : "DISABLED",
      verifiedEmail: true,
      taxExempt: false,
      taxExemptions: [],
      canDelete: true,
      dataSaleOptOut: false,
      lifetimeDuration: "",
      numberOfOrders: "0",
      amountSpent: toMoney(0, seed.currency),
      defaultAddress: address,
      addressesV2: [address],
      orders: [],
      lastOrder: null,
      createdAt,
      updatedAt: createdAt,
    } satisfies Customer;
  });
}
