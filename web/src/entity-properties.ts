// An entity's fields from the API as label and value rows for the details panel, in the order people read them.
import type { EntityRecord } from './api';
import type { PartnerRole } from './api-shapes';
import { roleWords } from './entity-words';

export interface PropertyRow {
  label: string;
  value: string;
  /** An entity the value names, for a link. */
  ref?: { kind: EntityRecord['kind']; id: string };
}

type Named = { id: string; name: string } | null | undefined;
type Counted = { totalCount: number } | null | undefined;

function text(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  return String(value);
}

function words(value: unknown): string | null {
  const raw = text(value);
  return raw ? raw.toLowerCase().replaceAll('_', ' ') : null;
}

function place(record: EntityRecord): string | null {
  const country = record.country as { code: string; name: string } | string | null | undefined;
  if (!country) return null;
  return typeof country === 'string' ? country : `${country.name} (${country.code})`;
}

export function entityProperties(record: EntityRecord): PropertyRow[] {
  const rows: PropertyRow[] = [];
  const add = (label: string, value: string | null, ref?: PropertyRow['ref']) => {
    if (value !== null) rows.push(ref ? { label, value, ref } : { label, value });
  };
  const named = (label: string, value: Named, kind: EntityRecord['kind']) => {
    if (value) add(label, value.name, { kind, id: value.id });
  };
  const counted = (label: string, value: unknown) => {
    const count = (value as Counted)?.totalCount;
    if (typeof count === 'number') add(label, count.toLocaleString('en-US'));
  };
  const region = (record.region as { name: string } | null | undefined)?.name ?? null;
  switch (record.kind) {
    case 'PARTNER':
      add('PartnerID', text(record.mpnId));
      add('Roles', roleWords((record.roles as PartnerRole[] | undefined) ?? []) || null);
      add('Region', region);
      add('Country', place(record));
      add('Status', text(record.status));
      add('MPA signed', text(record.mpaSignedOn) ?? 'not signed');
      add('Onboarded', text(record.onboardedOn));
      add('Enrolled', text(record.enrolledOn));
      named('Organization', record.organization as Named, 'ORGANIZATION');
      if (record.tenant)
        add('CSP tenant', (record.tenant as { id: string }).id, {
          kind: 'TENANT',
          id: (record.tenant as { id: string }).id,
        });
      counted('Resellers supplied', record.resellers);
      counted('Providers', record.providers);
      counted('Customers', record.customers);
      counted('Managed customers', record.managedCustomers);
      counted('Subscriptions billed', record.billedSubscriptions);
      counted('Reseller of record on', record.recordedSubscriptions);
      break;
    case 'CUSTOMER':
      add('Customer id', record.id);
      add('Domain', text(record.domain));
      add('Region (of its tenant)', region);
      add('Billing country', place(record));
      if (record.tenant)
        add('Tenant', (record.tenant as { id: string }).id, {
          kind: 'TENANT',
          id: (record.tenant as { id: string }).id,
        });
      add('Cloud', words((record.tenant as { cloud?: string } | null | undefined)?.cloud));
      named('Organization', record.organization as Named, 'ORGANIZATION');
      counted('Partners (reseller relationships)', record.partners);
      counted('Managing partners', record.managers);
      counted('Subscriptions', record.subscriptions);
      break;
    case 'TENANT':
      add('Tenant id', record.id);
      add('Kind', record.tenantKind === 'CSP' ? 'CSP transaction tenant' : 'customer-type tenant');
      add('Cloud', words(record.cloud));
      add('Region', region);
      add('Country', place(record));
      counted('Partner accounts on it', record.partners);
      counted('Customer accounts on it', record.customers);
      counted('Subscriptions on it', record.subscriptions);
      break;
    case 'SUBSCRIPTION':
      add('Subscription id', record.id);
      add('Offer', text(record.offerName) ?? text(record.offerId));
      add('Created', text(record.createdOn));
      add('Status', words(record.subscriptionStatus));
      add('Billing', words(record.billingType));
      named('Customer', record.customer as Named, 'CUSTOMER');
      named('Billed by', record.billedBy as Named, 'PARTNER');
      named('Reseller of record', record.resellerOfRecord as Named, 'PARTNER');
      if (record.tenant)
        add('Provisioned on', (record.tenant as { id: string }).id, {
          kind: 'TENANT',
          id: (record.tenant as { id: string }).id,
        });
      break;
    case 'ORGANIZATION':
      add('Organization id', record.id);
      add('Seat (country)', text(record.seat));
      counted('Partner accounts', record.partners);
      counted('Customer accounts', record.customers);
      counted('Stakes held', record.owns);
      counted('Stakes held in it', record.ownedBy);
      break;
  }
  return rows;
}
