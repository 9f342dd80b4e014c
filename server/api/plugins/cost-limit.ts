// Refuses an operation that could make the server produce too much: each object it may return costs 1, and a field's
// size arguments (`first`, `last`, `limit`) and reach arguments (`depth`, `maxLength`) multiply what is under it.
// Arguments are read from the schema, so a field that gains such an argument is counted without a change here.
import { createGraphQLError, type Plugin } from 'graphql-yoga';
import {
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  getNamedType,
  getOperationAST,
  getVariableValues,
  isCompositeType,
  isInterfaceType,
  isLeafType,
  isObjectType,
  Kind,
  type SelectionSetNode,
  type ValueNode,
  valueFromAST,
} from '../graphql-runtime';
import { DEFAULT_PAGE_SIZE } from '../pagination';

/** How many items a field may return. Without a value or a default, pages hold the API's default page size. */
const SIZE_ARGUMENTS = ['first', 'last', 'limit'];
/** How far a field reaches: each level may bring as much again. */
const REACH_ARGUMENTS = ['depth', 'maxLength'];

export const COST_LIMIT_CODE = 'COST_LIMIT_EXCEEDED';

type Fragments = Record<string, FragmentDefinitionNode>;

function argumentValue(
  field: GraphQLField<unknown, unknown>,
  node: { arguments?: readonly { name: { value: string }; value: ValueNode }[] },
  name: string,
  variables: Record<string, unknown>,
): number | undefined {
  const definition = field.args.find((arg) => arg.name === name);
  if (!definition) return undefined;
  const given = node.arguments?.find((arg) => arg.name.value === name);
  const value = given ? valueFromAST(given.value, definition.type, variables) : definition.defaultValue;
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : undefined;
}

function multiplier(
  field: GraphQLField<unknown, unknown>,
  node: Parameters<typeof argumentValue>[1],
  vars: Record<string, unknown>,
) {
  let factor = 1;
  for (const name of SIZE_ARGUMENTS) {
    if (field.args.some((arg) => arg.name === name)) {
      factor *= argumentValue(field, node, name, vars) ?? (name === 'limit' ? 1 : DEFAULT_PAGE_SIZE);
    }
  }
  for (const name of REACH_ARGUMENTS) factor *= argumentValue(field, node, name, vars) ?? 1;
  return factor;
}

function fieldsOf(type: GraphQLNamedType): Record<string, GraphQLField<unknown, unknown>> {
  return isObjectType(type) || isInterfaceType(type) ? type.getFields() : {};
}

function selectionCost(
  schema: GraphQLSchema,
  type: GraphQLNamedType,
  selectionSet: SelectionSetNode,
  fragments: Fragments,
  variables: Record<string, unknown>,
): number {
  let cost = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      const field = fieldsOf(type)[selection.name.value];
      if (!field) continue;
      const inner = getNamedType(field.type);
      if (isLeafType(inner) || !selection.selectionSet) continue;
      const below = isCompositeType(inner)
        ? selectionCost(schema, inner, selection.selectionSet, fragments, variables)
        : 0;
      cost += 1 + multiplier(field, selection, variables) * below;
    } else {
      const fragment = selection.kind === Kind.FRAGMENT_SPREAD ? fragments[selection.name.value] : selection;
      if (!fragment) continue;
      const condition = fragment.typeCondition ? schema.getType(fragment.typeCondition.name.value) : type;
      cost += selectionCost(schema, condition ?? type, fragment.selectionSet, fragments, variables);
    }
  }
  return cost;
}

/** The cost of the operation a request runs, with its variables. */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  rawVariables: Record<string, unknown> | null | undefined,
): number {
  const operation = getOperationAST(document, operationName);
  if (!operation) return 0;
  const root =
    operation.operation === 'mutation'
      ? schema.getMutationType()
      : operation.operation === 'subscription'
        ? schema.getSubscriptionType()
        : schema.getQueryType();
  if (!root) return 0;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables ?? {});
  const variables = coerced.coerced ?? {};
  const fragments: Fragments = {};
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  }
  return selectionCost(schema, root, operation.selectionSet, fragments, variables);
}

export function useCostLimit(maxCost: number): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const cost = operationCost(args.schema, args.document, args.operationName, args.variableValues);
      if (cost > maxCost) {
        setResultAndStopExecution({
          errors: [
            createGraphQLError(`Query cost limit of ${maxCost} exceeded, found ${cost}.`, {
              extensions: { code: COST_LIMIT_CODE, cost, maxCost, http: { status: 400 } },
            }),
          ],
        });
      }
    },
  };
}
