// The relationships the model has between entity kinds, and the Cypher of one step of a network from entities of
// one kind: for each relationship type and direction, how many neighbours there are and the first few of them.
// Relationship types and labels come from this allowlist only, written into the query text so that Neo4j can count
// a node's relationships of one type from its degree instead of walking them.
import type { RelationshipType } from '../../model/graph-model';
import type { EntityKind } from './rows';

export interface EntityLink {
  from: EntityKind;
  type: RelationshipType;
  to: EntityKind;
}

/** Every relationship between entities (docs/model.md), as [from, type, to]. */
export const ENTITY_LINKS: readonly EntityLink[] = (
  [
    ['Partner', 'ACCOUNT_OF', 'Organization'],
    ['Customer', 'ACCOUNT_OF', 'Organization'],
    ['Organization', 'OWNS', 'Organization'],
    ['Partner', 'USES_TENANT', 'Tenant'],
    ['Customer', 'ON_TENANT', 'Tenant'],
    ['Partner', 'SUPPLIES', 'Partner'],
    ['Partner', 'SELLS_TO', 'Customer'],
    ['Partner', 'MANAGES', 'Customer'],
    ['Subscription', 'FOR', 'Customer'],
    ['Subscription', 'BILLED_BY', 'Partner'],
    ['Subscription', 'RESELLER_OF_RECORD', 'Partner'],
    ['Subscription', 'PROVISIONED_ON', 'Tenant'],
  ] as const
).map(([from, type, to]) => ({ from, type, to }));

/** Relationship types with since/until: only these can be inactive on a date. */
export const DATED_TYPES: readonly RelationshipType[] = ['SUPPLIES', 'SELLS_TO', 'MANAGES'];

/** One way out of an entity of some kind: a relationship type, whether the entity is its start, the other kind. */
export interface LinkStep {
  type: RelationshipType;
  out: boolean;
  kind: EntityKind;
}

/** The steps out of an entity of `kind` over `types` towards `kinds`. */
export function stepsFrom(kind: EntityKind, types: readonly string[], kinds: readonly string[]): LinkStep[] {
  const steps: LinkStep[] = [];
  for (const link of ENTITY_LINKS) {
    if (!types.includes(link.type)) continue;
    if (link.from === kind && kinds.includes(link.to)) steps.push({ type: link.type, out: true, kind: link.to });
    if (link.to === kind && kinds.includes(link.from)) steps.push({ type: link.type, out: false, kind: link.from });
  }
  return steps;
}

/** Two kinds meet the same entity over this type and direction: the pattern must name the other end's label. */
function ambiguous(step: LinkStep, kind: EntityKind): boolean {
  return (
    ENTITY_LINKS.filter((link) => link.type === step.type && (step.out ? link.from === kind : link.to === kind))
      .length > 1
  );
}

/** The pattern of a step from `a` (bound) to `b`, over `r`. */
export function stepPattern(step: LinkStep, kind: EntityKind, names: { r: string; b: string }): string {
  const other = ambiguous(step, kind) ? `${names.b}:${step.kind}` : names.b;
  return step.out ? `(a)-[${names.r}:${step.type}]->(${other})` : `(a)<-[${names.r}:${step.type}]-(${other})`;
}

/** The WHERE clause keeping a step's relationship when only active ones are followed. */
export function activeTest(step: LinkStep, onlyActive: boolean, r: string): string {
  if (!onlyActive || !DATED_TYPES.includes(step.type)) return '';
  return ` WHERE ${r}.since <= date($activeOn) AND (${r}.until IS NULL OR ${r}.until > date($activeOn))`;
}
