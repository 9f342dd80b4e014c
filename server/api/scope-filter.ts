// The scope test of the API's Cypher, written once: statements say `IN_SCOPE(n)` (an entity of any kind) or
// `FINDING_IN_SCOPE(f)`, and this expands them into anchored membership tests against `$scope` (context.ts).
/** A variable of the statement the test is about; never a value (values are always parameters). */
const VARIABLE = /^[a-z][A-Za-z0-9]*$/;

function regionOf(path: string, v: string): string {
  return `EXISTS { (${v})${path}-[:IN_COUNTRY]->(:Country)-[:IN_REGION]->(${v}Sr:Region) WHERE ${v}Sr.name IN $scope.regions }`;
}

/** A partner account in scope: a named provider, a reseller one supplies, or in a named region (by its country). */
function partnerTest(v: string): string {
  return [
    `${v}.id IN $scope.providers`,
    `EXISTS { (${v})<-[:SUPPLIES]-(${v}Sp:Partner) WHERE ${v}Sp.id IN $scope.providers }`,
    regionOf('', v),
  ].join(' OR ');
}

/** A customer account in scope: sold to by a partner of a named network, or its tenant in a named region. */
function customerTest(v: string): string {
  return [
    `EXISTS { (${v})<-[:SELLS_TO]-(${v}Sp:Partner) WHERE ${v}Sp.id IN $scope.providers` +
      ` OR EXISTS { (${v}Sp)<-[:SUPPLIES]-(${v}Sq:Partner) WHERE ${v}Sq.id IN $scope.providers } }`,
    regionOf('-[:ON_TENANT]->(:Tenant)', v),
  ].join(' OR ');
}

function entityTest(v: string): string {
  return [
    `CASE`,
    `  WHEN ${v}:Partner THEN ${partnerTest(v)}`,
    `  WHEN ${v}:Customer THEN ${customerTest(v)}`,
    `  WHEN ${v}:Tenant THEN ${regionOf('', v)}`,
    `    OR EXISTS { (${v})<-[:USES_TENANT]-(${v}Ta:Partner) WHERE ${partnerTest(`${v}Ta`)} }`,
    `    OR EXISTS { (${v})<-[:ON_TENANT]-(${v}Tc:Customer) WHERE ${customerTest(`${v}Tc`)} }`,
    `  WHEN ${v}:Subscription THEN EXISTS { (${v})-[:FOR]->(${v}Fc:Customer) WHERE ${customerTest(`${v}Fc`)} }`,
    `  WHEN ${v}:Organization THEN`,
    `    EXISTS { (${v})<-[:ACCOUNT_OF]-(${v}Ap:Partner) WHERE ${partnerTest(`${v}Ap`)} }`,
    `    OR EXISTS { (${v})<-[:ACCOUNT_OF]-(${v}Ac:Customer) WHERE ${customerTest(`${v}Ac`)} }`,
    `  ELSE false`,
    `END`,
  ].join('\n');
}

/** The test that an entity is in the caller's scope (always true for an unscoped caller). */
export function inScope(variable: string): string {
  if (!VARIABLE.test(variable)) throw new Error(`IN_SCOPE takes a variable name, not '${variable}'`);
  return `($scope IS NULL OR ${entityTest(variable)})`;
}

/** A finding is in scope when every entity it concerns is: its evidence names nothing the caller may not see. */
export function findingInScope(variable: string): string {
  if (!VARIABLE.test(variable)) throw new Error(`FINDING_IN_SCOPE takes a variable name, not '${variable}'`);
  const e = `${variable}Ce`;
  return (
    `($scope IS NULL OR (EXISTS { (${variable})-[:CONCERNS]->() }` +
    ` AND NOT EXISTS { MATCH (${variable})-[:CONCERNS]->(${e}) WHERE NOT (${entityTest(e)}) }))`
  );
}

/** Expands the scope tests of a statement's text. */
export function expandScope(text: string): string {
  return text
    .replace(/\bFINDING_IN_SCOPE\((\w+)\)/g, (_match, variable: string) => findingInScope(variable))
    .replace(/\bIN_SCOPE\((\w+)\)/g, (_match, variable: string) => inScope(variable));
}

const expanded = new Map<string, string>();

/** A statement's text with its scope tests expanded, remembered per text (the API runs a fixed set of them). */
export function scopedStatement(text: string): string {
  let result = expanded.get(text);
  if (result === undefined) {
    result = expandScope(text);
    expanded.set(text, result);
  }
  return result;
}
