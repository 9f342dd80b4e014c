// The schema migrations and the region table, against the real Neo4j.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { readRows } from '../../server/db/checked-rows';
import { migrate } from '../../server/db/migrate';
import { defaultRegionTable, loadedRegionTableAsOf, loadRegionTable } from '../../server/regions/region-table';
import { graphSnapshot, useTestDatabase } from '../support/test-database';

const db = useTestDatabase();

describe('migrations', () => {
  it('creates a uniqueness constraint for every identifier', async () => {
    const rows = await readRows(
      db(),
      z.object({ labels: z.array(z.string()), properties: z.array(z.string()) }),
      "SHOW CONSTRAINTS YIELD labelsOrTypes AS labels, properties, type WHERE type = 'UNIQUENESS' RETURN labels, properties",
    );
    const keys = rows.map((row) => `${row.labels[0]}.${row.properties[0]}`).sort();
    expect(keys).toEqual(
      [
        'ApiKey.hash',
        'ApiKey.id',
        'AuditEntry.id',
        'Country.code',
        'Customer.id',
        'Finding.key',
        'Import.id',
        'Import.running',
        'Organization.id',
        'Partner.id',
        'Partner.mpnId',
        'Region.name',
        'ScanRun.id',
        'SchemaMigration.id',
        'Subscription.id',
        'Tenant.id',
      ].sort(),
    );
  });

  it('is idempotent: applying it again changes neither schema nor data', async () => {
    const schemaBefore = await db().read('SHOW INDEXES YIELD name, state RETURN name, state ORDER BY name');
    const dataBefore = await graphSnapshot(db());
    const applied = await migrate(db());
    // Every migration file, in order: the runner reports each as applied and skips none.
    const files = readdirSync(new URL('../../cypher/migrations', import.meta.url))
      .filter((name) => name.endsWith('.cypher'))
      .sort()
      .map((name) => name.replace(/\.cypher$/, ''));
    expect(files.length).toBeGreaterThanOrEqual(8);
    expect(applied).toEqual(files);
    expect(await db().read('SHOW INDEXES YIELD name, state RETURN name, state ORDER BY name')).toEqual(schemaBefore);
    const after = await graphSnapshot(db());
    // Only the migration log's appliedAt could differ, and MERGE ... ON CREATE keeps the first one.
    expect(after).toEqual(dataBefore);
  });

  it('rejects a duplicate id through its constraint', async () => {
    await db().write("CREATE (:Customer {id: 'dup-1'})");
    await expect(db().write("CREATE (:Customer {id: 'dup-1'})")).rejects.toThrow(/already exists/);
    await db().write("MATCH (c:Customer {id: 'dup-1'}) DELETE c");
  });
});

describe('region table', () => {
  it('loads every country of the shipped table with its region and as-of date', async () => {
    const table = defaultRegionTable();
    expect(table.rows).toHaveLength(242);
    expect(await loadedRegionTableAsOf(db())).toBe('2023-08-17');
    const [counts] = await readRows(
      db(),
      z.object({ countries: z.number(), regions: z.number() }),
      'MATCH (c:Country)-[:IN_REGION]->(r:Region) RETURN count(c) AS countries, count(DISTINCT r) AS regions',
    );
    expect(counts).toEqual({ countries: 242, regions: 15 });
    const [france] = await readRows(
      db(),
      z.object({ region: z.string() }),
      "MATCH (:Country {code: 'FR'})-[:IN_REGION]->(r) RETURN r.name AS region",
    );
    expect(france?.region).toBe('Europe');
  });

  it('re-homes entities when a newer table moves a country, without code changes', async () => {
    await db().write(
      "MATCH (c:Country {code: 'PT'}) CREATE (:Tenant {id: 't-pt', kind: 'customer', cloud: 'commercial'})-[:IN_COUNTRY]->(c)",
    );
    const original = defaultRegionTable();
    const moved = {
      asOf: '2030-01-01',
      source: 'test',
      rows: original.rows.map((row) => (row.code === 'PT' ? { ...row, region: 'Iberia' } : row)),
    };
    await loadRegionTable(db(), moved);
    const region = async () =>
      (
        await readRows(
          db(),
          z.object({ region: z.string() }),
          "MATCH (:Tenant {id: 't-pt'})-[:IN_COUNTRY]->(:Country)-[:IN_REGION]->(r) RETURN r.name AS region",
        )
      )[0]?.region;
    expect(await region()).toBe('Iberia');
    expect(await loadedRegionTableAsOf(db())).toBe('2030-01-01');
    await loadRegionTable(db(), original);
    expect(await region()).toBe('Europe');
    const [iberia] = await readRows(
      db(),
      z.object({ n: z.number() }),
      "MATCH (r:Region {name: 'Iberia'}) RETURN count(r) AS n",
    );
    expect(iberia?.n).toBe(0);
    await db().write("MATCH (t:Tenant {id: 't-pt'}) DETACH DELETE t");
  });
});
