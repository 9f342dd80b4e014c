// The words the explorer uses for kinds, roles and severities, in one place so every panel says the same.
import type { EntityKind, PartnerRole, RelationshipType, Severity } from './api-shapes';

const KIND_NOUNS: Record<EntityKind, [string, string]> = {
  ORGANIZATION: ['organization', 'organizations'],
  PARTNER: ['partner account', 'partner accounts'],
  TENANT: ['tenant', 'tenants'],
  CUSTOMER: ['customer', 'customers'],
  SUBSCRIPTION: ['subscription', 'subscriptions'],
};

const ROLE_NOUNS: Record<PartnerRole, [string, string]> = {
  INDIRECT_PROVIDER: ['indirect provider', 'indirect providers'],
  INDIRECT_RESELLER: ['indirect reseller', 'indirect resellers'],
  DIRECT_BILL: ['direct-bill partner', 'direct-bill partners'],
};

/** A partner account drawn with several roles takes the shape of the first of these it holds. */
const ROLE_PRECEDENCE: readonly PartnerRole[] = ['INDIRECT_PROVIDER', 'DIRECT_BILL', 'INDIRECT_RESELLER'];

export function primaryRole(roles: readonly PartnerRole[]): PartnerRole | null {
  return ROLE_PRECEDENCE.find((role) => roles.includes(role)) ?? null;
}

export function kindNoun(kind: EntityKind, count = 1): string {
  return KIND_NOUNS[kind][count === 1 ? 0 : 1];
}

export function roleNoun(role: PartnerRole, count = 1): string {
  return ROLE_NOUNS[role][count === 1 ? 0 : 1];
}

/** "indirect reseller" for a partner with a role, else the kind's noun. */
export function entityNoun(kind: EntityKind, role: PartnerRole | null, count = 1): string {
  return kind === 'PARTNER' && role ? roleNoun(role, count) : kindNoun(kind, count);
}

export function formatCount(count: number): string {
  return count.toLocaleString('en-US');
}

/** "2,315 customers". */
export function countedNoun(count: number, kind: EntityKind, role: PartnerRole | null = null): string {
  return `${formatCount(count)} ${entityNoun(kind, role, count)}`;
}

export function severityWord(severity: Severity): string {
  return severity.toLowerCase();
}

export function roleWords(roles: readonly PartnerRole[]): string {
  return roles.map((role) => roleNoun(role)).join(', ');
}

/** "reseller of record" for RESELLER_OF_RECORD. */
export function relationWord(type: RelationshipType): string {
  return type.toLowerCase().replaceAll('_', ' ');
}
