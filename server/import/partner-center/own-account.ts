// Reads partner.json: the partner account an export was made with. Partner Center's list responses are the view of
// the calling account and never name it, so the export says who it is.

import { CLOUDS, type Cloud, PARTNER_ROLES, type PartnerRole } from '../../model/graph-model';
import { quote } from '../import-error';
import {
  choicesOf,
  FieldReader,
  fieldValue,
  isPlainObject,
  normalizeChoice,
  type PcIssue,
  type PcPlace,
  type PcRecord,
} from './pc-record';

/** The fields partner.json may hold, as the docs spell them; any other is refused, since the file is written by hand
 * and a misspelt field would otherwise be ignored. */
export const PARTNER_JSON_FIELDS = {
  top: ['exportedOn', 'cloud', 'account'],
  account: [
    'tenantId',
    'mpnId',
    'name',
    'country',
    'roles',
    'programStatus',
    'mpaSignedOn',
    'onboardedOn',
    'enrolledOn',
    'organization',
  ],
  organization: ['id', 'name', 'country'],
} as const;

export interface OwnAccount {
  at: PcPlace;
  /** The day the export was made: the latest date its relationships are known to hold. */
  exportedOn: string;
  cloud: Cloud | undefined;
  id: string;
  mpnId: string | undefined;
  name: string | undefined;
  country: string | undefined;
  roles: PartnerRole[] | undefined;
  status: string | undefined;
  mpaSignedOn: string | undefined;
  onboardedOn: string | undefined;
  enrolledOn: string | undefined;
  organization: { id: string; name: string | undefined; country: string | undefined; fields: Record<string, string> };
}

/** An organization made up for an account whose organization the export does not name: one per account. */
export function organizationIdOf(partnerId: string): string {
  return `org-${partnerId}`;
}

function checkFields(
  reader: FieldReader,
  object: unknown,
  prefix: string,
  allowed: readonly string[],
  where: string,
): void {
  if (!isPlainObject(object)) return;
  for (const key of Object.keys(object)) {
    if (!allowed.some((name) => name.toLowerCase() === key.toLowerCase())) {
      reader.problem(`${prefix}${key}`, `is not a field of ${where} (they are: ${allowed.join(', ')})`);
    }
  }
}

function readRoles(reader: FieldReader): PartnerRole[] | undefined {
  const value = reader.raw('account.roles');
  if (value === undefined) return reader.problem('account.roles', 'is required');
  const items = typeof value === 'string' ? value.split(/[;,]/) : value;
  if (!Array.isArray(items)) return reader.problem('account.roles', `must be a list of roles, not ${quote(value)}`);
  const roles: PartnerRole[] = [];
  let refused = false;
  items.forEach((item: unknown, index) => {
    const role = PARTNER_ROLES.find(
      (name) => typeof item === 'string' && normalizeChoice(name) === normalizeChoice(item),
    );
    if (role !== undefined) roles.push(role);
    else {
      refused = true;
      reader.problem('account.roles', `item ${index + 1}: ${quote(item)} is not one of ${PARTNER_ROLES.join(', ')}`);
    }
  });
  return refused ? undefined : roles;
}

function country(reader: FieldReader, path: string, required: boolean): string | undefined {
  return reader.text(path, required)?.toUpperCase();
}

/** The account, or undefined when partner.json cannot say which account it is or when the export was made (then
 * nothing else of the export can be placed). */
export function readOwnAccount(record: PcRecord | undefined, issues: PcIssue[]): OwnAccount | undefined {
  if (!record) return undefined;
  const reader = new FieldReader(record, issues);
  checkFields(reader, record.value, '', PARTNER_JSON_FIELDS.top, 'partner.json');
  const account = reader.raw('account');
  if (account === undefined) {
    return reader.problem('account', 'is required: the partner account the export was made with');
  }
  if (!isPlainObject(account)) return reader.problem('account', `must be an object, not ${quote(account)}`);
  checkFields(reader, account, 'account.', PARTNER_JSON_FIELDS.account, "partner.json's account");
  const organization = fieldValue(account, 'organization').value;
  checkFields(
    reader,
    organization,
    'account.organization.',
    PARTNER_JSON_FIELDS.organization,
    "the account's organization",
  );
  const exportedOn = reader.date('exportedOn', { required: true });
  const cloud = reader.choice('cloud', choicesOf(CLOUDS));
  const id = reader.text('account.tenantId', true);
  const mpnId = reader.text('account.mpnId', true);
  const name = reader.text('account.name', true);
  const accountCountry = country(reader, 'account.country', true);
  const roles = readRoles(reader);
  const status = reader.text('account.programStatus');
  const mpaSignedOn = reader.date('account.mpaSignedOn');
  const onboardedOn = reader.date('account.onboardedOn');
  const enrolledOn = reader.date('account.enrolledOn');
  const organizationId = reader.text('account.organization.id');
  if (id === undefined || exportedOn === undefined) return undefined;
  return {
    at: record.at,
    exportedOn,
    cloud,
    id,
    mpnId,
    name,
    country: accountCountry,
    roles,
    status,
    mpaSignedOn,
    onboardedOn,
    enrolledOn,
    organization:
      organizationId === undefined
        ? {
            id: organizationIdOf(id),
            name,
            country: accountCountry,
            fields: { id: 'account.tenantId', name: 'account.name', country: 'account.country' },
          }
        : {
            id: organizationId,
            name: reader.text('account.organization.name', true),
            country: country(reader, 'account.organization.country', false),
            fields: {
              id: 'account.organization.id',
              name: 'account.organization.name',
              country: 'account.organization.country',
            },
          },
  };
}
