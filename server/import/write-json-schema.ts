// `npm run docs:schema`: rewrites docs/import.schema.json from the zod schemas.
import { writeFileSync } from 'node:fs';
import { importJsonSchemaText, JSON_SCHEMA_FILE } from './json-schema';

writeFileSync(JSON_SCHEMA_FILE, importJsonSchemaText());
process.stdout.write(`Wrote ${JSON_SCHEMA_FILE}\n`);
