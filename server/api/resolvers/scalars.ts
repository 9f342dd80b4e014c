// The Date (YYYY-MM-DD), DateTime (ISO 8601 instant), JSON and File scalars.

import { instantFromDatabase, isRealDate, parseInstant } from '../../shared/dates';
import { badInput } from '../errors';
import { GraphQLScalarType, Kind, type ValueNode } from '../graphql-runtime';

function parseDate(value: unknown): string {
  if (typeof value !== 'string' || !isRealDate(value)) {
    throw badInput(`A Date must be a real calendar date written YYYY-MM-DD, got ${JSON.stringify(value)}`);
  }
  return value;
}

function parseDateTime(value: unknown): string {
  const instant = typeof value === 'string' ? parseInstant(value) : undefined;
  if (instant === undefined) {
    throw badInput(
      `A DateTime must be an ISO 8601 instant with its zone, like 2026-05-01T09:30:00Z, got ${JSON.stringify(value)}`,
    );
  }
  return instant;
}

function literalString(ast: ValueNode): unknown {
  return ast.kind === Kind.STRING ? ast.value : undefined;
}

export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  serialize: (value) => String(value).slice(0, 10),
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(literalString(ast)),
});

export const DateTimeScalar = new GraphQLScalarType({
  name: 'DateTime',
  serialize: (value) => instantFromDatabase(String(value)),
  parseValue: parseDateTime,
  parseLiteral: (ast) => parseDateTime(literalString(ast)),
});

function literalValue(ast: ValueNode, variables: Record<string, unknown> | null | undefined): unknown {
  switch (ast.kind) {
    case Kind.STRING:
    case Kind.BOOLEAN:
      return ast.value;
    case Kind.INT:
    case Kind.FLOAT:
      return Number(ast.value);
    case Kind.NULL:
      return null;
    case Kind.LIST:
      return ast.values.map((item) => literalValue(item, variables));
    case Kind.OBJECT:
      return Object.fromEntries(ast.fields.map((field) => [field.name.value, literalValue(field.value, variables)]));
    case Kind.VARIABLE:
      return variables?.[ast.name.value];
    default:
      throw badInput('A JSON value cannot hold an enum literal');
  }
}

export const JsonScalar = new GraphQLScalarType({
  name: 'JSON',
  serialize: (value) => value,
  parseValue: (value) => value,
  parseLiteral: literalValue,
});

/** What an upload offers: its name as sent and its bytes. */
export interface UploadedFile {
  name: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export const FileScalar = new GraphQLScalarType({
  name: 'File',
  serialize: () => {
    throw new Error('A File is only ever an input');
  },
  // The server's fetch implementation brings its own File class, so a file is recognised by what it offers.
  parseValue: (value) => {
    const file = value as Partial<UploadedFile> | null;
    if (typeof file?.name !== 'string' || typeof file.arrayBuffer !== 'function') {
      throw badInput('A File must be sent as a multipart upload');
    }
    return value;
  },
  parseLiteral: () => {
    throw badInput('A File must be sent as a multipart upload, not written in the query');
  },
});

export const scalarResolvers = {
  Date: DateScalar,
  DateTime: DateTimeScalar,
  JSON: JsonScalar,
  File: FileScalar,
};
