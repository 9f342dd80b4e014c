// The scope test of the API's Cypher, written once: statements say `IN_SCOPE(n:Kind)` (an entity of a known kind),
// `IN_SCOPE(n)` (of any kind) or `FINDING_IN_SCOPE(f)`, and this expands them into anchored membership tests against
// `$scope` (context.ts). Each test is a few short patterns from the entity itself, never a scan of the scope.
import { ENTITY_KINDS, type EntityKind } from './data/rows';
import { statementVariable } from './statement-variable';

/** The paths from an entity of each kind to a provider whose network holds it (`q`: the provider) and to a region
 * that holds it (`r`: the region), flat so that each is one anchored pattern. */
const PROVIDER_PATHS: Record<EntityKind, string[]> = {
  Partner: ['', '<-[:SUPPLIES]-(q:Partner)'],
  Customer: ['<-[:SELLS_TO]-(q:Partner)', '<-[:SELLS_TO]-(:Partner)<-[:SUPPLIES]-(q:Partner)'],
  Tenant: [
    '<-[:USES_TENANT]-(q:Partner)',
    '<-[:USES_TENANT]-(:Partner)<-[:SUPPLIES]-(q:Partner)',
    '<-[:ON_TENANT]-(:Customer)<-[:SELLS_TO]-(q:Partner)',
    '<-[:ON_TENANT]-(:Customer)<-[:SELLS_TO]-(:Partner)<-[:SUPPLIES]-(q:Partner)',
  ],
  Subscription: [
    '-[:FOR]->(:Customer)<-[:SELLS_TO]-(q:Partner)',
    '-[:FOR]->(:Customer)<-[:SELLS_TO]-(:Partner)<-[:SUPPLIES]-(q:Partner)',
  ],
  Organization: [
    '<-[:ACCOUNT_OF]-(q:Partner)',
    '<-[:ACCOUNT_OF]-(:Partner)<-[:SUPPLIES]-(q:Partner)',
    '<-[:ACCOUNT_OF]-(:Customer)<-[:SELLS_TO]-(q:Partner)',
    '<-[:ACCOUNT_OF]-(:Customer)<-[:SELLS_TO]-(:Partner)<-[:SUPPLIES]-(q:Partner)',
  ],
};
const IN_REGION = '-[:IN_COUNTRY]->(:Country)-[:IN_REGION]->(r:Region)';
const REGION_PATHS: Record<EntityKind, string[]> = {
  Partner: [IN_REGION],
  Customer: [`-[:ON_TENANT]->(:Tenant)${IN_REGION}`],
  Tenant: [IN_REGION],
  Subscription: [`-[:FOR]->(:Customer)-[:ON_TENANT]->(:Tenant)${IN_REGION}`],
  Organization: [
    `<-[:ACCOUNT_OF]-(:Partner)${IN_REGION}`,
    `<-[:ACCOUNT_OF]-(:Customer)-[:ON_TENANT]->(:Tenant)${IN_REGION}`,
  ],
};

/** The test for an entity of a known kind, without the unscoped short cut. */
function kindTest(v: string, kind: EntityKind): string {
  const unique = (path: string, name: string) => path.replace(`(${name}:`, `(${v}${name.toUpperCase()}:`);
  const providers = PROVIDER_PATHS[kind].map((path) =>
    path === ''
      ? `${v}.id IN $scope.providers`
      : `EXISTS { (${v})${unique(path, 'q')} WHERE ${v}Q.id IN $scope.providers }`,
  );
  const regions = REGION_PATHS[kind].map(
    (path) => `EXISTS { (${v})${unique(path, 'r')} WHERE ${v}R.name IN $scope.regions }`,
  );
  return `(${[...providers, ...regions].join(' OR ')})`;
}

function anyKindTest(v: string): string {
  const branches = ENTITY_KINDS.map((kind) => `WHEN ${v}:${kind} THEN ${kindTest(v, kind)}`);
  return `CASE ${branches.join(' ')} ELSE false END`;
}

/** The test that an entity (of `kind`, when it is known) is in the caller's scope; true for an unscoped caller. */
export function inScope(variable: string, kind?: string): string {
  const v = statementVariable(variable, 'IN_SCOPE');
  if (kind === undefined) return `($scope IS NULL OR ${anyKindTest(v)})`;
  if (!(ENTITY_KINDS as readonly string[]).includes(kind)) throw new Error(`IN_SCOPE knows no kind '${kind}'`);
  return `($scope IS NULL OR ${kindTest(v, kind as EntityKind)})`;
}

/** A finding is in scope when every entity it concerns is: its evidence names nothing the caller may not see. */
export function findingInScope(variable: string): string {
  const f = statementVariable(variable, 'FINDING_IN_SCOPE');
  const e = `${f}Ce`;
  return (
    `($scope IS NULL OR (EXISTS { (${f})-[:CONCERNS]->() }` +
    ` AND NOT EXISTS { MATCH (${f})-[:CONCERNS]->(${e}) WHERE NOT (${anyKindTest(e)}) }))`
  );
}

/** Expands the scope tests of a statement's text. For a caller known to be unscoped (`scoped` false) each test is
 * `true`, which is what it gives with `$scope` null: Neo4j then plans the statement without them, in a fraction of
 * the time (seconds for statements over findings). */
export function expandScope(text: string, scoped = true): string {
  // The test is built either way, so a wrong variable or kind fails the same for every caller.
  const choose = (test: string) => (scoped ? test : 'true');
  return text
    .replace(/\bFINDING_IN_SCOPE\((\w+)\)/g, (_match, variable: string) => choose(findingInScope(variable)))
    .replace(/\bIN_SCOPE\((\w+)(?::(\w+))?\)/g, (_match, variable: string, kind?: string) =>
      choose(inScope(variable, kind)),
    );
}
