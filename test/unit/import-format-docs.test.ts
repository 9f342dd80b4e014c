// docs/import-format.md and docs/import.schema.json say exactly what the validator checks.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { PROJECT_ROOT } from '../../server/config';
import { COLLECTION_KEYS, COLLECTIONS, type CollectionKey, fieldsOf } from '../../server/import/import-schema';
import { importJsonSchemaText, JSON_SCHEMA_FILE } from '../../server/import/json-schema';

interface DocumentedField {
  name: string;
  required: boolean;
  values: string[];
  default: string | undefined;
}

/** Splits "a, b (x, y), c" at the commas outside parentheses. */
function splitFields(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of text) {
    if (char === '(') depth++;
    if (char === ')') depth--;
    if (char === ',' && depth === 0) {
      parts.push(current.trim());
      current = '';
    } else current += char;
  }
  return [...parts, current.trim()];
}

function documentedCollections(): Map<string, { csvFile: string; fields: DocumentedField[] }> {
  const text = readFileSync(path.join(PROJECT_ROOT, 'docs', 'import-format.md'), 'utf8');
  const section = text.split('## Collections')[1]?.split('\n## ')[0] ?? '';
  const rows = section.split('\n').filter((line) => /^\| `/.test(line));
  return new Map(
    rows.map((row) => {
      const [, keys = '', fields = ''] = row.split('|').map((cell) => cell.trim());
      const [key = '', csvFile = ''] = [...keys.matchAll(/`([^`]+)`/g)].map((match) => match[1] ?? '');
      const parsed = splitFields(fields).map((field): DocumentedField => {
        const name = /^\*{0,2}(\w+)/.exec(field)?.[1] ?? field;
        const details = /\((.*)\)$/.exec(field)?.[1] ?? '';
        return {
          name,
          required: field.startsWith('**'),
          values: [...details.matchAll(/`([^`]+)`/g)].map((match) => match[1] ?? ''),
          default: /`?([\w-]+)`? default|default (\w+)/
            .exec(details)
            ?.slice(1)
            .find((value) => value !== undefined),
        };
      });
      return [key, { csvFile, fields: parsed }];
    }),
  );
}

function optionsOf(field: z.ZodType): string[] {
  let inner = field as z.ZodType & { def: { innerType?: z.ZodType; element?: z.ZodType; entries?: object } };
  while (inner.def.innerType || inner.def.element) inner = (inner.def.innerType ?? inner.def.element) as typeof inner;
  return inner.def.type === 'enum' ? Object.values(inner.def.entries ?? {}).map(String) : [];
}

describe('docs/import-format.md', () => {
  const documented = documentedCollections();

  it('has a row for every collection and no other', () => {
    expect([...documented.keys()]).toEqual(COLLECTION_KEYS);
  });

  it.each(COLLECTION_KEYS)('documents %s exactly as the schema checks it', (key: CollectionKey) => {
    const row = documented.get(key);
    expect(row?.csvFile).toBe(COLLECTIONS[key].csvFile);
    const shape = COLLECTIONS[key].schema.shape as Record<string, z.ZodType>;
    const expected = fieldsOf(key).map((field): DocumentedField => {
      const schemaField = shape[field.name] as z.ZodType;
      const fallback = schemaField.safeParse(undefined).data;
      return {
        name: field.name,
        required: field.required,
        values: optionsOf(schemaField),
        default: fallback === undefined ? undefined : String(fallback),
      };
    });
    const sortValues = (fields: DocumentedField[] = []) => fields.map((f) => ({ ...f, values: [...f.values].sort() }));
    expect(sortValues(row?.fields)).toEqual(sortValues(expected));
  });
});

describe('docs/import.schema.json', () => {
  it('is what the zod schemas generate', () => {
    const committed = readFileSync(JSON_SCHEMA_FILE, 'utf8');
    expect(
      committed === importJsonSchemaText(),
      'docs/import.schema.json is stale: run `npm run docs:schema` and commit the result',
    ).toBe(true);
  });
});
