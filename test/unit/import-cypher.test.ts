// The import's Cypher follows the vocabulary: a write statement per collection, one role label per partner role.
import { describe, expect, it } from 'vitest';
import { cypher } from '../../server/db/cypher-files';
import { COLLECTION_KEYS, COLLECTIONS } from '../../server/import/import-schema';
import { PARTNER_ROLES, ROLE_LABELS } from '../../server/model/graph-model';

describe('cypher/import', () => {
  it.each(COLLECTION_KEYS)('has a write statement for %s that reports the rows it wrote', (key) => {
    const text = cypher(`import/${COLLECTIONS[key].csvFile.replace(/\.csv$/, '.cypher')}`);
    expect(text).toMatch(/^UNWIND \$rows AS row$/m);
    expect(text.trimEnd()).toMatch(/RETURN count\(\*\) AS written$/);
  });

  it('sets and removes exactly the role labels of graph-model.ts, each for its own role', () => {
    const text = cypher('import/partners.cypher');
    const labelsTouched = [...text.matchAll(/(SET|REMOVE) p:(\w+)/g)].map((match) => `${match[1]} ${match[2]}`).sort();
    const expected = PARTNER_ROLES.flatMap((role) => [
      `REMOVE ${ROLE_LABELS[role]}`,
      `SET ${ROLE_LABELS[role]}`,
    ]).sort();
    expect(labelsTouched).toEqual(expected);
    for (const role of PARTNER_ROLES) {
      const label = ROLE_LABELS[role];
      expect(text).toContain(`CASE WHEN '${role}' IN row.roles THEN [1] ELSE [] END | SET p:${label})`);
      expect(text).toContain(`CASE WHEN '${role}' IN row.roles THEN [] ELSE [1] END | REMOVE p:${label})`);
    }
  });
});
