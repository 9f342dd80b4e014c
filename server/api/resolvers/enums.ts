// The GraphQL enums' internal values are the model's own vocabulary (server/model/graph-model.ts, and the modules
// that define roles, severities, finding statuses and run changes), so Cypher never sees anything else. A GraphQL
// name is its value upper-cased with '-' as '_' (indirect-provider: INDIRECT_PROVIDER): no value is written twice.
import {
  BILLING_TYPES,
  CLOUDS,
  MANAGEMENT_KINDS,
  PARTNER_ROLES,
  SUBSCRIPTION_STATUSES,
  SUPPLY_STATES,
  TENANT_KINDS,
} from '../../model/graph-model';
import { SEVERITIES } from '../../scan/finding';
import { FINDING_CHANGES } from '../../scan/scan-history';
import { SCAN_KINDS } from '../../scan/scan-plan';
import { ROLES } from '../auth/roles';
import { ENTITY_KINDS, TRIAGE_STATES } from '../data/rows';
import { FINDING_STATUSES } from '../finding-status';
import type { Resolvers } from '../generated/resolver-types';

type Underscored<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Head}_${Underscored<Tail>}` : S;
export type GraphqlName<V extends string> = Uppercase<Underscored<V>>;

export function graphqlName<V extends string>(value: V): GraphqlName<V> {
  return value.toUpperCase().replaceAll('-', '_') as GraphqlName<V>;
}

/** An enum's resolver: each GraphQL name to the model's value. */
export function enumOf<const V extends string>(values: readonly V[]): { [K in V as GraphqlName<K>]: K } {
  return Object.fromEntries(values.map((value) => [graphqlName(value), value])) as { [K in V as GraphqlName<K>]: K };
}

export const enumResolvers = {
  Role: enumOf(ROLES),
  EntityKind: enumOf(ENTITY_KINDS),
  PartnerRole: enumOf(PARTNER_ROLES),
  TenantKind: enumOf(TENANT_KINDS),
  Cloud: enumOf(CLOUDS),
  ManagementKind: enumOf(MANAGEMENT_KINDS),
  SupplyState: enumOf(SUPPLY_STATES),
  SubscriptionStatus: enumOf(SUBSCRIPTION_STATUSES),
  BillingType: enumOf(BILLING_TYPES),
  Severity: enumOf(SEVERITIES),
  FindingStatus: enumOf(FINDING_STATUSES),
  TriageState: enumOf(TRIAGE_STATES),
  FindingChange: enumOf(FINDING_CHANGES),
  ScanKind: enumOf(SCAN_KINDS),
} satisfies Resolvers;
