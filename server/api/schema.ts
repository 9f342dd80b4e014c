// The executable schema: the SDL files of schema/, the resolvers, and the @auth role check on every guarded field.
import { type IExecutableSchemaDefinition, makeExecutableSchema } from '@graphql-tools/schema';
import { DatabaseUnavailableError } from '../db/executor';
import { type Role, roleAllows } from './auth/roles';
import type { ApiContext } from './context';
import { apiError, unavailable } from './errors';
import {
  defaultFieldResolver,
  type GraphQLField,
  type GraphQLFieldResolver,
  type GraphQLSchema,
  isObjectType,
  Kind,
} from './graphql-runtime';
import { describeError } from './logger';
import { resolvers } from './resolvers/index';
import { schemaText } from './schema-text';

/** The role a field's @auth directive asks for, if it has one. */
function requiredRole(field: GraphQLField<unknown, ApiContext>): Role | undefined {
  const directive = field.astNode?.directives?.find((d) => d.name.value === 'auth');
  const value = directive?.arguments?.find((a) => a.name.value === 'requires')?.value;
  return value?.kind === Kind.ENUM ? (value.value.toLowerCase() as Role) : undefined;
}

/** Errors meant for the client carry a code; anything else is a fault to log (the response shows it masked). */
function isExpected(error: unknown): boolean {
  return Boolean((error as { extensions?: { code?: unknown } })?.extensions?.code);
}

function guard(
  typeName: string,
  field: GraphQLField<unknown, ApiContext>,
  role: Role | undefined,
): GraphQLFieldResolver<unknown, ApiContext> {
  const resolve = field.resolve ?? defaultFieldResolver;
  const logFault = (error: unknown, context: ApiContext) => {
    if (error instanceof DatabaseUnavailableError) throw unavailable(error.retryAfterS);
    if (!isExpected(error)) {
      context.logger.write({
        level: 'error',
        msg: 'resolver failed',
        requestId: context.requestId,
        field: `${typeName}.${field.name}`,
        error: describeError(error),
      });
    }
    throw error;
  };
  return (source, args, context, info) => {
    if (role && !roleAllows(context.principal.role, role)) {
      throw apiError(
        'FORBIDDEN',
        `${typeName}.${field.name} needs the ${role} role; this caller holds the ${context.principal.role} role.`,
      );
    }
    // A scoped caller only reads: every change (and the what-if, whose rules read the whole graph) and every admin
    // field (keys, audit log) reaches beyond its scope.
    if (context.principal.scope && (typeName === 'Mutation' || role === 'admin')) {
      throw apiError('FORBIDDEN', `${typeName}.${field.name} is not open to a scoped caller.`);
    }
    try {
      const result = resolve(source, args, context, info);
      return result instanceof Promise ? result.catch((error: unknown) => logFault(error, context)) : result;
    } catch (error) {
      return logFault(error, context);
    }
  };
}

/** Wraps every field that resolves something (or is guarded): the role check first, fault logging around it. */
function applyGuards(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields()) as GraphQLField<unknown, ApiContext>[]) {
      const role = requiredRole(field);
      if (type.name === 'Mutation' && !role) {
        throw new Error(`Mutation.${field.name} has no @auth directive: every change must name the role it needs`);
      }
      if (role || field.resolve) field.resolve = guard(type.name, field, role);
    }
  }
}

export function buildSchema(): GraphQLSchema {
  // The roots are the SDL's schema definition (schema/query.graphql). The type-definition merge takes any type named
  // Subscription (an entity here) for the root of subscriptions unless told to keep the definition as written; the
  // option reaches the merge at run time but is missing from makeExecutableSchema's declared options.
  const definition: IExecutableSchemaDefinition<ApiContext> & { useSchemaDefinition: boolean } = {
    typeDefs: schemaText(),
    resolvers,
    resolverValidationOptions: { requireResolversToMatchSchema: 'error' },
    useSchemaDefinition: false,
  };
  const schema = makeExecutableSchema<ApiContext>(definition);
  applyGuards(schema);
  return schema;
}
