// An export made of Partner Center's REST responses, in the shapes of Microsoft's published samples, imported through
// the command line against the real Neo4j: the customer list plus each customer's details or billing profile load,
// and a customer whose country no file gives is refused with the call that gives it, nothing written.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { PROJECT_ROOT } from '../../server/config';
import { readRows } from '../../server/db/checked-rows';
import { runCli } from '../support/run-cli';
import { clearGraph, graphSnapshot, useTestDatabase } from '../support/test-database';

const db = useTestDatabase();
const SAMPLES = path.join(PROJECT_ROOT, 'test', 'fixtures', 'partner-center', 'rest-samples');
const scratch = mkdtempSync(path.join(tmpdir(), 'csp-pc-samples-int-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const WITH_DETAILS = 'eebd1b55-5360-4438-a11d-5c06918c3014';
const WITH_PROFILE = '45c44870-ef77-4fdd-b6fe-3dacb075cff2';
const DETAILS_ONLY = 'dfd8cc0a-c592-468c-8461-869a38d24738';

beforeEach(async () => {
  await clearGraph(db());
});

function copy(name: string): string {
  const folder = path.join(scratch, name);
  cpSync(SAMPLES, folder, { recursive: true });
  return folder;
}

describe('./csp import --from partner-center with REST responses', () => {
  it('imports the customer list with the countries of the details and billing profiles, and again changes nothing', async () => {
    const first = await runCli(['import', SAMPLES, '--from', 'partner-center']);
    expect(first.stderr).not.toMatch(/refused/);
    expect(first.code).toBe(0);
    const customers = await readRows(
      db(),
      z.object({ id: z.string(), country: z.string(), sellers: z.array(z.string()) }),
      `MATCH (c:Customer)-[:ON_TENANT]->(:Tenant)-[:IN_COUNTRY]->(country:Country)
       OPTIONAL MATCH (p:Partner)-[:SELLS_TO]->(c)
       WITH c, country, p ORDER BY p.name
       WITH c, country, collect(p.name) AS sellers
       RETURN c.id AS id, country.code AS country, sellers ORDER BY c.name`,
    );
    expect(customers).toEqual([
      { id: WITH_PROFILE, country: 'CA', sellers: ['Contoso Distribution US'] },
      { id: DETAILS_ONLY, country: 'US', sellers: [] },
      { id: WITH_DETAILS, country: 'US', sellers: ['Contoso Distribution US', 'First Up Consultants'] },
    ]);
    const before = await graphSnapshot(db());
    const again = await runCli(['import', SAMPLES, '--from', 'partner-center']);
    expect(again.code).toBe(0);
    expect(await graphSnapshot(db())).toBe(before);
  });

  it('refuses a listed customer whose country no file gives, naming the calls that give it, and writes nothing', async () => {
    const folder = copy('no-profile');
    rmSync(path.join(folder, 'billing-profiles', `${WITH_PROFILE}.json`));
    const before = await graphSnapshot(db());
    const refused = await runCli(['import', folder, '--from', 'partner-center']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(
      `${path.join(folder, 'customers.json')} /items/1 (id '${WITH_PROFILE}'), field 'billingProfile.defaultAddress.country': ` +
        "is required, and Partner Center's customer list (GET /v1/customers) never returns it: add the customer as " +
        `GET /v1/customers/${WITH_PROFILE} returns it (customer-details/${WITH_PROFILE}.json), or its billing profile ` +
        `as GET /v1/customers/${WITH_PROFILE}/profiles/billing returns it (billing-profiles/${WITH_PROFILE}.json)`,
    );
    expect(await graphSnapshot(db())).toBe(before);
  });

  it('tells a country outside the region table at the billing profile that gave it', async () => {
    const folder = copy('bad-country');
    const profile = path.join(folder, 'billing-profiles', `${WITH_PROFILE}.json`);
    writeFileSync(profile, JSON.stringify({ defaultAddress: { country: 'RU' } }));
    const before = await graphSnapshot(db());
    const refused = await runCli(['import', folder, '--from', 'partner-center']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(
      new RegExp(
        `customers\\.json /items/1 \\(id '${WITH_PROFILE}'\\), field '${profile.replace(/[.]/g, '\\.')} defaultAddress\\.country': 'RU' is not a country of the region table`,
      ),
    );
    expect(await graphSnapshot(db())).toBe(before);
  });
});
