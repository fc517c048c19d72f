import type { GraphQLError, SourceLocation } from "graphql";

// Shopify's Admin API runs graphql-ruby, whose messages and `extensions.code`s differ from
// graphql-js's. Apps (and their tests) match on these, so the devstore rewrites the common ones.

export interface ShopifyGraphqlError {
  message: string;
  locations?: SourceLocation[];
  path?: ReadonlyArray<string | number>;
  extensions: Record<string, unknown> & { code: string };
}

type Rewrite = [RegExp, (match: RegExpExecArray) => { message: string; extensions: ShopifyGraphqlError["extensions"] }];

const REWRITES: Rewrite[] = [
  [
    /^Cannot query field "(\w+)" on type "(\w+)"\./,
    ([, field, type]) => ({ message: `Field '${field}' doesn't exist on type '${type}'`, extensions: { code: "undefinedField", typeName: type, fieldName: field } }),
  ],
  [
    /^Unknown argument "(\w+)" on field "(\w+)\.(\w+)"\./,
    ([, argument, , field]) => ({
      message: `Field '${field}' doesn't accept argument '${argument}'`,
      extensions: { code: "argumentNotAccepted", name: field, typeName: "Field", argumentName: argument },
    }),
  ],
  [
    /^Field "(\w+)\.(\w+)" argument "(\w+)" of type "([^"]+)" is required, but it was not provided\./,
    ([, , field, argument]) => ({
      message: `Field '${field}' is missing required arguments: ${argument}`,
      extensions: { code: "missingRequiredArguments", className: "Field", name: field, arguments: argument },
    }),
  ],
  [
    /^Field "(\w+)" of type "([^"]+)" must have a selection of subfields\./,
    ([, field, type]) => ({
      message: `Field must have selections (field '${field}' returns ${type!.replace(/[!\[\]]/g, "")} but has no selections. Did you mean '${field} { ... }'?)`,
      extensions: { code: "selectionMismatch", nodeName: `field '${field}'`, typeName: type!.replace(/[!\[\]]/g, "") },
    }),
  ],
  [
    /^Field "(\w+)" must not have a selection since type "([^"]+)" has no subfields\./,
    ([, field, type]) => ({
      message: `Selections can't be made on scalars (field '${field}' returns ${type!.replace(/[!\[\]]/g, "")} but has selections)`,
      extensions: { code: "selectionMismatch", nodeName: `field '${field}'`, typeName: type!.replace(/[!\[\]]/g, "") },
    }),
  ],
  [
    /^Variable "\$(\w+)" is never used in operation "(\w+)"\./,
    ([, variable, operation]) => ({ message: `Variable $${variable} is declared by ${operation} but not used`, extensions: { code: "variableNotUsed", variableName: variable } }),
  ],
  [
    /^Variable "\$(\w+)" is never used\./,
    ([, variable]) => ({ message: `Variable $${variable} is declared by anonymous query but not used`, extensions: { code: "variableNotUsed", variableName: variable } }),
  ],
  [
    /^Variable "\$(\w+)" is not defined by operation "(\w+)"\./,
    ([, variable, operation]) => ({ message: `Variable $${variable} is used by ${operation} but not declared`, extensions: { code: "variableNotDefined", variableName: variable } }),
  ],
  [
    /^Variable "\$(\w+)" is not defined\./,
    ([, variable]) => ({ message: `Variable $${variable} is used by anonymous query but not declared`, extensions: { code: "variableNotDefined", variableName: variable } }),
  ],
  [/^Unknown type "(\w+)"\./, ([, type]) => ({ message: `No such type ${type}, so it can't be a fragment condition`, extensions: { code: "undefinedType", typeName: type } })],
  [/^Unknown fragment "(\w+)"\./, ([, name]) => ({ message: `Fragment ${name} was used, but not defined`, extensions: { code: "useAndDefineFragment", fragmentName: name } })],
  [/^Fragment "(\w+)" is never used\./, ([, name]) => ({ message: `Fragment ${name} was defined, but not used`, extensions: { code: "useAndDefineFragment", fragmentName: name } })],
  [
    /^There can be only one operation named "(\w+)"\./,
    ([, name]) => ({ message: `Operation name "${name}" must be unique`, extensions: { code: "operationNotUnique", operationName: name } }),
  ],
  [
    /^Variable "\$(\w+)" of type "([^"]+)" used in position expecting type "([^"]+)"\./,
    ([, variable, actual, expected]) => ({
      message: `Nullability mismatch on variable $${variable} and argument (${actual} / ${expected})`,
      extensions: { code: "variableMismatch", variableName: variable, typeName: actual },
    }),
  ],
  [
    /^(?:Int|String|Boolean|ID|Float|Enum "\w+") cannot represent .*|^Value "([^"]*)" does not exist in "(\w+)" enum\./,
    ([message]) => ({ message: `Argument has an invalid value (${message})`, extensions: { code: "argumentLiteralsIncompatible" } }),
  ],
  [
    /^Directive "@(\w+)" argument "(\w+)" of type "[^"]+" is required, but it was not provided\./,
    ([, directive, argument]) => ({
      message: `Directive '@${directive}' is missing required arguments: ${argument}`,
      extensions: { code: "missingRequiredArguments", className: "Directive", name: directive, arguments: argument },
    }),
  ],
];

function toShopifyLocations(error: GraphQLError): SourceLocation[] | undefined {
  return error.locations?.map((location) => ({ line: location.line, column: location.column }));
}

/** A static validation error in Shopify's words. */
export function formatValidationError(error: GraphQLError): ShopifyGraphqlError {
  for (const [pattern, rewrite] of REWRITES) {
    const match = pattern.exec(error.message);
    if (match) return { ...rewrite(match), locations: toShopifyLocations(error) };
  }
  return { message: error.message, locations: toShopifyLocations(error), extensions: { code: "validationError" } };
}

/** A syntax error as graphql-ruby reports it: `Parse error on "}" (RCURLY) at [1, 10]`. */
export function formatSyntaxError(error: GraphQLError): ShopifyGraphqlError {
  const location = error.locations?.[0];
  const found = /found (.+)\.$/.exec(error.message)?.[1] ?? "unexpected input";
  const where = location ? ` at [${location.line}, ${location.column}]` : "";
  return {
    message: `Parse error on ${found}${where}`,
    locations: toShopifyLocations(error),
    extensions: { code: "parseError", detail: error.message.replace(/^Syntax Error: /, "") },
  };
}

/** An error raised while executing (bad variables, resolver failures), with Shopify's extras. */
export function formatExecutionError(error: GraphQLError): ShopifyGraphqlError {
  const code = typeof error.extensions?.code === "string" ? error.extensions.code : error.path ? "INTERNAL_SERVER_ERROR" : "INVALID_VARIABLE";
  const formatted: ShopifyGraphqlError = { message: error.message, extensions: { ...error.extensions, code } };
  const locations = toShopifyLocations(error);
  if (locations) formatted.locations = locations;
  if (error.path) formatted.path = error.path;
  return formatted;
}
