// The import's Cypher follows the vocabulary and the batch contract: per collection a statement to read the prior
// state, to create, to update, and to undo both; one role label per partner role.
import { describe, expect, it } from 'vitest';
import { cypher } from '../../server/db/cypher-files';
import { COLLECTION_KEYS, COLLECTIONS, type CollectionKey } from '../../server/import/import-schema';
import { PARTNER_ROLES, ROLE_LABELS } from '../../server/model/graph-model';

function statement(key: CollectionKey, name: string): string {
  return cypher(`import/${COLLECTIONS[key].csvFile.replace(/\.csv$/, '')}/${name}.cypher`);
}

/** `SET p:X` and `REMOVE p:X` clauses of a statement, as "SET X" / "REMOVE X". */
function labelsTouched(text: string): string[] {
  return [...text.matchAll(/(SET|REMOVE) p:(\w+)/g)].map((match) => `${match[1]} ${match[2]}`).sort();
}

describe('cypher/import/<collection>/', () => {
  it.each(COLLECTION_KEYS)('has write statements for %s that report the rows they wrote', (key) => {
    for (const name of ['create', 'update']) {
      const text = statement(key, name);
      expect(text).toMatch(/^UNWIND \$batch\.rows AS row$/m);
      expect(text.trimEnd()).toMatch(/RETURN count\((\*|DISTINCT row)\) AS written$/);
    }
  });

  it.each(COLLECTION_KEYS)(
    'reads the prior state of %s by every field of its key, and whether a row would change it',
    (key) => {
      const text = statement(key, 'prior');
      expect(text).toMatch(/^UNWIND \$batch\.rows AS row$/m);
      for (const field of COLLECTIONS[key].key) expect(text).toContain(`row.${field}`);
      const returned = text.slice(text.lastIndexOf('RETURN'));
      for (const field of COLLECTIONS[key].key) expect(returned).toMatch(new RegExp(`\\b${field}\\b`));
      expect(returned).toContain('AS props');
      expect(returned).toMatch(/\bAS same$/m);
    },
  );

  it.each(COLLECTION_KEYS)('undoes %s: removes created records by key and restores prior ones', (key) => {
    expect(statement(key, 'remove')).toMatch(/^UNWIND \$keys AS (id|key)$/m);
    expect(statement(key, 'remove')).toMatch(/\bDELETE\b/);
    expect(statement(key, 'restore')).toMatch(/^UNWIND \$priors AS prior$/m);
  });

  it.each(COLLECTION_KEYS)('looks every node of %s up by its key through the index, by hint', (key) => {
    // Plans are cached; one made while the graph was empty would otherwise scan a label and stay until replanned.
    for (const name of ['prior', 'create', 'update', 'remove', 'restore']) {
      const text = statement(key, name);
      const matches = text.split('\n').filter((line) => /^\s*(OPTIONAL )?MATCH /.test(line));
      const lookups = matches.flatMap((line) => [...line.matchAll(/\((\w+):(\w+) \{(id|code): /g)]);
      const hints = [...text.matchAll(/^\s*USING INDEX SEEK (\w+):(\w+)\((\w+)\)$/gm)];
      expect(hints.map((hint) => hint.slice(1).join(' ')).sort()).toEqual(
        lookups.map((lookup) => lookup.slice(1).join(' ')).sort(),
      );
      expect(text).not.toMatch(/\(:\w+ \{/);
    }
  });

  it('sets only the role labels of graph-model.ts on a new partner, each for its own role', () => {
    const text = statement('partners', 'create');
    expect(labelsTouched(text)).toEqual(PARTNER_ROLES.map((role) => `SET ${ROLE_LABELS[role]}`).sort());
    for (const role of PARTNER_ROLES) {
      expect(text).toContain(`CASE WHEN '${role}' IN row.roles THEN [1] ELSE [] END | SET p:${ROLE_LABELS[role]})`);
    }
  });

  it('sets and removes exactly the role labels of graph-model.ts on a rewritten partner, and on undo', () => {
    const both = PARTNER_ROLES.flatMap((role) => [`REMOVE ${ROLE_LABELS[role]}`, `SET ${ROLE_LABELS[role]}`]).sort();
    const update = statement('partners', 'update');
    const restore = statement('partners', 'restore');
    expect(labelsTouched(update)).toEqual(both);
    expect(labelsTouched(restore)).toEqual(both);
    for (const role of PARTNER_ROLES) {
      const label = ROLE_LABELS[role];
      expect(update).toContain(`CASE WHEN '${role}' IN row.roles THEN [1] ELSE [] END | SET p:${label})`);
      expect(update).toContain(`CASE WHEN '${role}' IN row.roles THEN [] ELSE [1] END | REMOVE p:${label})`);
      expect(restore).toContain(`CASE WHEN '${label}' IN prior.labels THEN [1] ELSE [] END | SET p:${label})`);
      expect(restore).toContain(`CASE WHEN '${label}' IN prior.labels THEN [] ELSE [1] END | REMOVE p:${label})`);
    }
  });
});
