import { z } from "zod";

// A shipping address as an agent types it: blank optional fields are dropped, the four Shopify
// needs everywhere are required, each with a message an agent understands.

const optional = z
  .string()
  .trim()
  .max(255)
  .optional()
  .transform((value) => (value ? value : undefined));
const required = (message: string) => z.string({ required_error: message, invalid_type_error: message }).trim().min(1, message).max(255);

export const ShippingAddressSchema = z.object({
  firstName: optional,
  lastName: required("Enter a last name"),
  company: optional,
  address1: required("Enter an address"),
  address2: optional,
  city: required("Enter a city"),
  province: optional,
  provinceCode: optional,
  zip: optional,
  countryCode: z
    .string({ required_error: "Select a country/region", invalid_type_error: "Select a country/region" })
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, "Select a country/region"),
  phone: optional,
});

export type ShippingAddress = z.infer<typeof ShippingAddressSchema>;
