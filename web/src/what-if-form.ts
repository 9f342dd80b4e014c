// What-if: propose a relationship or a subscription and see which rules it would break, before anyone makes it.

import { isRealDate, todayIso } from '../../server/shared/dates';
import { type Api, ApiError } from './api';
import type { EntityKind, Proposal, TransactionCheck } from './api-shapes';
import type { AppState } from './app-state';
import { clear, h } from './dom';
import { kindNoun } from './entity-words';
import { severityTag } from './findings-table';
import { isoDateInput } from './iso-date';
import { type SearchBox, setupSearch } from './search-box';
import type { Store } from './store';

export type ProposalKind = 'supply' | 'resellerRelationship' | 'subscription';

interface FieldSpec {
  name: string;
  label: string;
  kind: EntityKind;
  optional?: boolean;
}

const FIELDS: Record<ProposalKind, FieldSpec[]> = {
  supply: [
    { name: 'providerId', label: 'Indirect provider', kind: 'PARTNER' },
    { name: 'resellerId', label: 'Indirect reseller', kind: 'PARTNER' },
  ],
  resellerRelationship: [
    { name: 'partnerId', label: 'Partner', kind: 'PARTNER' },
    { name: 'customerId', label: 'Customer', kind: 'CUSTOMER' },
  ],
  subscription: [
    { name: 'customerId', label: 'Customer', kind: 'CUSTOMER' },
    { name: 'billedById', label: 'Billed by (provider or direct-bill partner)', kind: 'PARTNER' },
    { name: 'resellerOfRecordId', label: 'Reseller of record', kind: 'PARTNER', optional: true },
    { name: 'tenantId', label: 'Provisioned on tenant', kind: 'TENANT' },
  ],
};

const TITLES: Record<ProposalKind, string> = {
  supply: 'A provider supplies a reseller',
  resellerRelationship: 'A partner takes on a customer',
  subscription: 'A subscription is created',
};

export interface WhatIfDeps {
  store: Store<AppState>;
  api: Pick<Api, 'search' | 'checkTransaction' | 'entity'>;
}

export interface WhatIf {
  /** Puts an entity into the first empty field that takes its kind. */
  propose(entity: { kind: EntityKind; id: string; name: string }): void;
}

/** The API's proposal from the chosen entities; undefined names the first required field left empty. */
export function buildProposal(
  kind: ProposalKind,
  chosen: ReadonlyMap<string, string>,
  date: string,
  offerName: string,
): { proposal: Proposal } | { missing: string } {
  const missing = FIELDS[kind].find((field) => !field.optional && !chosen.get(field.name));
  if (missing) return { missing: missing.label };
  const id = (name: string) => chosen.get(name) as string;
  if (kind === 'supply')
    return { proposal: { supply: { providerId: id('providerId'), resellerId: id('resellerId'), since: date } } };
  if (kind === 'resellerRelationship') {
    return {
      proposal: { resellerRelationship: { partnerId: id('partnerId'), customerId: id('customerId'), since: date } },
    };
  }
  const reseller = chosen.get('resellerOfRecordId');
  return {
    proposal: {
      subscription: {
        customerId: id('customerId'),
        billedById: id('billedById'),
        tenantId: id('tenantId'),
        createdOn: date,
        ...(reseller ? { resellerOfRecordId: reseller } : {}),
        ...(offerName.trim() ? { offerName: offerName.trim() } : {}),
      },
    },
  };
}

export function setupWhatIf(element: HTMLElement, deps: WhatIfDeps): WhatIf {
  let kind: ProposalKind = 'resellerRelationship';
  const chosen = new Map<string, string>();
  const boxes = new Map<string, SearchBox>();
  const fieldsBox = h('div', { className: 'what-if-fields' });
  const date = isoDateInput({ id: 'what-if-date', value: todayIso(), required: true });
  const offer = h('input', { type: 'text', id: 'what-if-offer', placeholder: 'e.g. Microsoft 365 E3', maxlength: 200 });
  const offerRow = h('div', { className: 'field' }, h('label', { for: 'what-if-offer' }, 'Offer (optional)'), offer);
  const result = h('div', { className: 'what-if-result', 'aria-live': 'polite' });
  const submit = h('button', { type: 'submit', className: 'primary' }, 'Check against the rules');

  const renderFields = () => {
    boxes.clear();
    clear(fieldsBox);
    for (const field of FIELDS[kind]) {
      const holder = h('div', { className: 'field' });
      const picked = h(
        'span',
        { className: 'picked', id: `what-if-${field.name}-picked` },
        chosen.get(field.name) ? `id ${chosen.get(field.name)}` : '',
      );
      const slot = h('div', {});
      holder.append(slot, picked);
      fieldsBox.append(holder);
      const box = setupSearch(slot, {
        api: deps.api,
        kinds: [field.kind],
        label: `${field.label}${field.optional ? ' (optional)' : ''}`,
        visibleLabel: true,
        placeholder: field.kind === 'TENANT' ? 'Tenant id' : `Search a ${kindNoun(field.kind)}`,
        pick: (hit) => {
          chosen.set(field.name, hit.id);
          picked.textContent = `id ${hit.id}`;
          if (field.name === 'customerId' && kind === 'subscription') void fillTenantFrom(hit.id);
        },
      });
      box.input.setAttribute('aria-describedby', picked.id);
      if (field.kind === 'TENANT') {
        // A tenant is named by its id; typing it is as good as picking it.
        box.input.addEventListener('change', () => {
          const value = box.input.value.trim();
          if (value) chosen.set(field.name, value);
          else chosen.delete(field.name);
          picked.textContent = value ? `id ${value}` : '';
        });
      }
      boxes.set(field.name, box);
    }
    offerRow.hidden = kind !== 'subscription';
  };

  /** A subscription lives on its customer's tenant unless the user says otherwise. */
  const fillTenantFrom = async (customerId: string) => {
    const record = await deps.api.entity('CUSTOMER', customerId).catch(() => null);
    const tenant = record?.tenant as { id: string } | null | undefined;
    if (tenant && !chosen.get('tenantId')) {
      chosen.set('tenantId', tenant.id);
      boxes.get('tenantId')?.setValue(tenant.id);
      const picked = element.querySelector('#what-if-tenantId-picked');
      if (picked) picked.textContent = `id ${tenant.id} (the customer's tenant)`;
    }
  };

  const showResult = (check: TransactionCheck) => {
    if (check.compliant) {
      clear(result, h('p', { className: 'compliant' }, `✓ No rule would be broken (checked as of ${check.asOf}).`));
      return;
    }
    clear(
      result,
      h(
        'p',
        { className: 'not-compliant' },
        `✗ It would break ${check.findings.length} rule${check.findings.length === 1 ? '' : 's'} (as of ${check.asOf}):`,
      ),
      check.findings.map((finding) =>
        h(
          'article',
          { className: `finding-card sev-border-${finding.severity.toLowerCase()}` },
          h('p', {}, severityTag(finding.severity), ' ', h('strong', {}, finding.rule?.title ?? finding.ruleId)),
          h('p', {}, finding.message),
          finding.rule
            ? h('p', { className: 'clause' }, h('span', { className: 'label' }, 'Cites: '), finding.rule.clause)
            : null,
          finding.rule?.remediation.length
            ? h(
                'ul',
                {},
                finding.rule.remediation.map((r) => h('li', {}, r)),
              )
            : null,
        ),
      ),
    );
  };

  const form = h(
    'form',
    { className: 'what-if-form', 'aria-labelledby': 'what-if-title' },
    h('h2', { id: 'what-if-title' }, 'What if…'),
    h(
      'p',
      { className: 'hint' },
      'Propose a relationship or a subscription to see which rules it would break. Nothing is written.',
    ),
    h(
      'fieldset',
      { className: 'kinds' },
      h('legend', {}, 'Proposal'),
      (Object.keys(FIELDS) as ProposalKind[]).map((option) =>
        h(
          'label',
          { className: 'check' },
          h('input', {
            type: 'radio',
            name: 'what-if-kind',
            value: option,
            checked: option === kind,
            onchange: () => {
              kind = option;
              chosen.clear();
              clear(result);
              renderFields();
            },
          }),
          TITLES[option],
        ),
      ),
    ),
    fieldsBox,
    h(
      'div',
      { className: 'field' },
      h('label', { for: 'what-if-date' }, 'Date (relationship start or subscription creation)'),
      date,
    ),
    offerRow,
    submit,
    result,
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const built = buildProposal(kind, chosen, isRealDate(date.value) ? date.value : todayIso(), offer.value);
    if ('missing' in built) {
      clear(result, h('p', { className: 'error', role: 'alert' }, `Choose the ${built.missing.toLowerCase()} first.`));
      return;
    }
    submit.disabled = true;
    clear(result, h('p', { className: 'loading' }, 'Checking…'));
    try {
      showResult(await deps.api.checkTransaction(built.proposal, deps.store.get().view.filters.asOf));
    } catch (error) {
      const text =
        error instanceof ApiError && error.code === 'FORBIDDEN'
          ? 'Checking a proposal needs the analyst role; your key does not have it.'
          : `The check failed: ${error instanceof Error ? error.message : String(error)}`;
      clear(result, h('p', { className: 'error', role: 'alert' }, text));
    } finally {
      submit.disabled = false;
    }
  });
  clear(element, form);
  renderFields();

  return {
    propose(entity) {
      const field = FIELDS[kind].find((spec) => spec.kind === entity.kind && !chosen.get(spec.name));
      if (!field) return;
      chosen.set(field.name, entity.id);
      boxes.get(field.name)?.setValue(entity.kind === 'TENANT' ? entity.id : entity.name);
      const picked = element.querySelector(`#what-if-${field.name}-picked`);
      if (picked) picked.textContent = `id ${entity.id}`;
      if (field.name === 'customerId' && kind === 'subscription') void fillTenantFrom(entity.id);
    },
  };
}
