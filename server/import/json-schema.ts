// The JSON Schema of the import document, generated from the zod schemas (docs/import.schema.json holds a copy).
import path from 'node:path';
import { z } from 'zod';
import { PROJECT_ROOT } from '../config';
import { importDocumentSchema } from './import-schema';

export const JSON_SCHEMA_FILE = path.join(PROJECT_ROOT, 'docs', 'import.schema.json');

/** The schema as the committed file holds it: what a client may send, so defaulted fields are optional. */
export function importJsonSchemaText(): string {
  const schema = z.toJSONSchema(importDocumentSchema, { io: 'input', target: 'draft-2020-12' });
  return `${JSON.stringify(schema, null, 2)}\n`;
}
