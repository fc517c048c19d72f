import {
  getArgumentValues,
  getNamedType,
  isCompositeType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from "graphql";

// Shopify's published cost rules: scalars and enums 0, objects 1, connections 2 plus their
// page size times the cost of one node, mutations 10. Close enough to Shopify's own numbers for
// back-off to behave the same way.

const MUTATION_COST = 10;

interface CostContext {
  schema: GraphQLSchema;
  fragments: Map<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
}

function pageSize(field: GraphQLField<unknown, unknown>, args: Record<string, unknown>): number | undefined {
  if (!field.args.some((arg) => arg.name === "first" || arg.name === "last")) return undefined;
  const size = (args.first ?? args.last) as number | null | undefined;
  return typeof size === "number" ? size : 0;
}

function costOfSelections(context: CostContext, parent: GraphQLCompositeType, selectionSet: SelectionSetNode): number {
  let total = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FRAGMENT_SPREAD) {
      const fragment = context.fragments.get(selection.name.value);
      const type = fragment && context.schema.getType(fragment.typeCondition.name.value);
      if (fragment && type && isCompositeType(type)) total += costOfSelections(context, type, fragment.selectionSet);
      continue;
    }
    if (selection.kind === Kind.INLINE_FRAGMENT) {
      const type = selection.typeCondition ? context.schema.getType(selection.typeCondition.name.value) : parent;
      if (type && isCompositeType(type)) total += costOfSelections(context, type, selection.selectionSet);
      continue;
    }
    if (!("getFields" in parent)) continue;
    const field = parent.getFields()[selection.name.value];
    if (!field || !selection.selectionSet) continue;
    const named = getNamedType(field.type);
    if (!isCompositeType(named)) continue;
    let args: Record<string, unknown> = {};
    try {
      args = getArgumentValues(field, selection, context.variables);
    } catch {
      // Bad arguments fail validation or execution; the cost only needs a number.
    }
    const children = costOfSelections(context, named, selection.selectionSet);
    const size = pageSize(field, args);
    const unwrapped = isNonNullType(field.type) ? field.type.ofType : field.type;
    if (named.name.endsWith("Connection") && isObjectType(named)) {
      const perNode = costOfConnectionNode(context, named, selection.selectionSet);
      total += 2 + (size ?? 0) * perNode;
    } else if (isListType(unwrapped) && size !== undefined) {
      total += size * (1 + children);
    } else {
      total += 1 + children;
    }
  }
  return total;
}

/** The cost of one node of a connection (the node itself and what it selects), whether read through `edges` or `nodes`. */
function costOfConnectionNode(context: CostContext, connection: GraphQLCompositeType, selectionSet: SelectionSetNode): number {
  if (!("getFields" in connection)) return 0;
  let perNode = 0;
  const visit = (set: SelectionSetNode) => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = context.fragments.get(selection.name.value);
        if (fragment) visit(fragment.selectionSet);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        visit(selection.selectionSet);
      } else if (selection.selectionSet && (selection.name.value === "edges" || selection.name.value === "nodes")) {
        const field = connection.getFields()[selection.name.value];
        const named = field && getNamedType(field.type);
        if (!named || !isCompositeType(named)) continue;
        // Through `edges`, the `node` field counts itself; through `nodes`, the node is the list item.
        const own = selection.name.value === "nodes" ? 1 : 0;
        perNode = Math.max(perNode, own + costOfSelections(context, named, selection.selectionSet));
      }
    }
  };
  visit(selectionSet);
  return perNode;
}

/** Shopify's `requestedQueryCost` for an operation of a validated document. */
export function calculateRequestedCost(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>): number {
  const fragments = new Map(
    document.definitions.filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION).map((fragment) => [fragment.name.value, fragment]),
  );
  const rootType = operation.operation === "mutation" ? schema.getMutationType() : schema.getQueryType();
  if (!rootType) return 0;
  const selections = costOfSelections({ schema, fragments, variables }, rootType, operation.selectionSet);
  return operation.operation === "mutation" ? MUTATION_COST + selections : selections;
}

/** Shopify's `actualQueryCost`: what the answer really held (objects returned), never above the request. */
export function calculateActualCost(data: unknown, requested: number, isMutation: boolean): number {
  let objects = 0;
  const visit = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === "object") {
      objects += 1;
      Object.values(value).forEach(visit);
    }
  };
  if (data && typeof data === "object") Object.values(data).forEach(visit);
  const actual = (isMutation ? MUTATION_COST : 0) + objects;
  return Math.min(requested, Math.max(1, actual));
}
