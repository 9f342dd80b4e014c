// Shapes and colours of the network view: the stylesheet and the legend both read them from here.
import type { EntityKind, PartnerRole, RelationshipType, Severity } from './api-shapes';
import { primaryRole } from './entity-words';

/** A kind of mark: each partner role has its own, other entities one per kind. */
export type MarkKind = 'provider' | 'reseller' | 'direct-bill' | 'partner' | Exclude<Lowercase<EntityKind>, 'partner'>;

export interface Mark {
  shape: string;
  colour: string;
  /** Node width and height in model pixels. */
  size: number;
  legend: string;
}

export const MARKS: Record<MarkKind, Mark> = {
  provider: { shape: 'hexagon', colour: '#1d4e89', size: 46, legend: 'Indirect provider' },
  reseller: { shape: 'round-rectangle', colour: '#24808f', size: 38, legend: 'Indirect reseller' },
  'direct-bill': { shape: 'diamond', colour: '#6a4c9c', size: 42, legend: 'Direct-bill partner' },
  partner: { shape: 'round-rectangle', colour: '#4f6475', size: 36, legend: 'Partner account (no role)' },
  customer: { shape: 'ellipse', colour: '#3c7a3a', size: 34, legend: 'Customer' },
  subscription: { shape: 'round-tag', colour: '#8a7350', size: 26, legend: 'Subscription' },
  tenant: { shape: 'round-triangle', colour: '#6e7781', size: 26, legend: 'Tenant' },
  organization: { shape: 'round-octagon', colour: '#9a5b34', size: 34, legend: 'Organization' },
};

const ROLE_MARKS: Record<PartnerRole, MarkKind> = {
  INDIRECT_PROVIDER: 'provider',
  INDIRECT_RESELLER: 'reseller',
  DIRECT_BILL: 'direct-bill',
};

export function markOf(kind: EntityKind, roles: readonly PartnerRole[]): MarkKind {
  if (kind !== 'PARTNER') return kind.toLowerCase() as MarkKind;
  const role = primaryRole(roles);
  return role ? ROLE_MARKS[role] : 'partner';
}

/** The same colours as the HTML report (server/report/to-html.ts), so a finding looks alike in both. */
export const SEVERITY_COLOURS: Record<Severity, string> = {
  CRITICAL: '#a40e26',
  HIGH: '#bc4c00',
  MEDIUM: '#9a6700',
  LOW: '#57606a',
};

export interface EdgeMark {
  colour: string;
  legend: string;
}

/** Sales and supply stand out; structural links (ownership, tenants) stay quiet. */
export const EDGE_MARKS: Record<RelationshipType, EdgeMark> = {
  SUPPLIES: { colour: '#1d4e89', legend: 'supplies (provider to reseller)' },
  SELLS_TO: { colour: '#3c7a3a', legend: 'sells to (reseller relationship)' },
  MANAGES: { colour: '#8c959f', legend: 'manages (admin access, no sale)' },
  FOR: { colour: '#a08a66', legend: 'subscription for' },
  BILLED_BY: { colour: '#a08a66', legend: 'billed by' },
  RESELLER_OF_RECORD: { colour: '#a08a66', legend: 'reseller of record' },
  PROVISIONED_ON: { colour: '#c4c9cf', legend: 'provisioned on' },
  USES_TENANT: { colour: '#c4c9cf', legend: 'uses tenant' },
  ON_TENANT: { colour: '#c4c9cf', legend: 'on tenant' },
  ACCOUNT_OF: { colour: '#d2b49c', legend: 'account of' },
  OWNS: { colour: '#9a5b34', legend: 'owns' },
};

export const AGGREGATE_COLOUR = '#f0f3f6';
export const SELECTION_COLOUR = '#0969da';
