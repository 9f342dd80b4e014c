// The pure parts of the side panels and the renderer choice: entity properties, what-if proposals, placement of
// new nodes, and which layout and renderer a view size gets.
import { describe, expect, it } from 'vitest';
import { entityProperties } from '../../web/src/entity-properties';
import { forceLayoutOptions, rendererFor, webglSupportOf } from '../../web/src/layout-choice';
import { placeNewNodes } from '../../web/src/placement';
import { buildProposal } from '../../web/src/what-if-form';

describe('entity properties', () => {
  it('lists a partner account with its PartnerID, dates, links and relationship counts', () => {
    const rows = entityProperties({
      id: 'p-1',
      kind: 'PARTNER',
      name: 'Fabrikam France',
      mpnId: '1130881',
      roles: ['INDIRECT_RESELLER'],
      region: { name: 'Europe' },
      country: { code: 'FR', name: 'France' },
      mpaSignedOn: null,
      enrolledOn: '2018-03-01',
      organization: { id: 'org-1', name: 'Fabrikam SAS' },
      tenant: { id: 't-1', cloud: 'COMMERCIAL' },
      customers: { totalCount: 1234 },
    });
    const byLabel = new Map(rows.map((row) => [row.label, row]));
    expect(byLabel.get('PartnerID')?.value).toBe('1130881');
    expect(byLabel.get('Roles')?.value).toBe('indirect reseller');
    expect(byLabel.get('Country')?.value).toBe('France (FR)');
    expect(byLabel.get('MPA signed')?.value).toBe('not signed');
    expect(byLabel.has('Onboarded')).toBe(false);
    expect(byLabel.get('Organization')?.ref).toEqual({ kind: 'ORGANIZATION', id: 'org-1' });
    expect(byLabel.get('CSP tenant')?.ref).toEqual({ kind: 'TENANT', id: 't-1' });
    expect(byLabel.get('Customers')?.value).toBe('1,234');
  });

  it("names a customer's market by its tenant and a subscription's parties", () => {
    const customer = entityProperties({
      id: 'c',
      kind: 'CUSTOMER',
      name: 'W',
      region: { name: 'United States' },
      tenant: { id: 't', cloud: 'US_GOVERNMENT' },
    });
    expect(customer.find((row) => row.label === 'Region (of its tenant)')?.value).toBe('United States');
    expect(customer.find((row) => row.label === 'Cloud')?.value).toBe('us government');
    const subscription = entityProperties({
      id: 's',
      kind: 'SUBSCRIPTION',
      name: 'M365',
      subscriptionStatus: 'ACTIVE',
      billedBy: { id: 'p', name: 'Litware' },
      resellerOfRecord: null,
    });
    expect(subscription.find((row) => row.label === 'Status')?.value).toBe('active');
    expect(subscription.find((row) => row.label === 'Billed by')?.ref).toEqual({ kind: 'PARTNER', id: 'p' });
    expect(subscription.some((row) => row.label === 'Reseller of record')).toBe(false);
  });
});

describe('what-if proposals', () => {
  it('asks for the first missing required field, and builds each kind of proposal', () => {
    expect(buildProposal('supply', new Map([['providerId', 'p']]), '2026-01-01', '')).toEqual({
      missing: 'Indirect reseller',
    });
    expect(
      buildProposal(
        'supply',
        new Map([
          ['providerId', 'p'],
          ['resellerId', 'r'],
        ]),
        '2026-01-01',
        '',
      ),
    ).toEqual({
      proposal: { supply: { providerId: 'p', resellerId: 'r', since: '2026-01-01' } },
    });
    const subscription = buildProposal(
      'subscription',
      new Map([
        ['customerId', 'c'],
        ['billedById', 'b'],
        ['tenantId', 't'],
      ]),
      '2026-02-01',
      ' Microsoft 365 E3 ',
    );
    expect(subscription).toEqual({
      proposal: {
        subscription: {
          customerId: 'c',
          billedById: 'b',
          tenantId: 't',
          createdOn: '2026-02-01',
          offerName: 'Microsoft 365 E3',
        },
      },
    });
  });
});

describe('placement of new nodes in a force layout', () => {
  it('puts each new node near its placed neighbours, apart from the others', () => {
    const known = new Map([['hub', { x: 1000, y: 500 }]]);
    const placed = placeNewNodes(['a', 'b', 'c'], known, () => ['hub']);
    for (const position of placed.values()) {
      expect(Math.hypot(position.x - 1000, position.y - 500)).toBeLessThan(200);
    }
    const distinct = new Set([...placed.values()].map((p) => `${Math.round(p.x)},${Math.round(p.y)}`));
    expect(distinct.size).toBe(3);
    const lonely = placeNewNodes(['x'], known, () => []);
    expect(lonely.get('x')?.x).toBeGreaterThan(1000);
  });
});

describe('layout and renderer by size', () => {
  it('uses WebGL for large views only on a graphics processor, and the light canvas otherwise', () => {
    expect(webglSupportOf('ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero)), SwiftShader driver)')).toBe(
      'software',
    );
    expect(webglSupportOf('ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0)')).toBe('hardware');
    expect(webglSupportOf(null)).toBe('none');
    expect(rendererFor(500, 'hardware')).toEqual({ webgl: false, lightViewport: false });
    expect(rendererFor(10_000, 'hardware')).toEqual({ webgl: true, lightViewport: false });
    expect(rendererFor(10_000, 'software')).toEqual({ webgl: false, lightViewport: true });
    expect(rendererFor(500, 'software', 'webgl').webgl).toBe(true);
  });

  it("runs fcose at 'default' quality on small views and 'draft' on large ones", () => {
    expect(forceLayoutOptions(300).quality).toBe('default');
    expect(forceLayoutOptions(10_000).quality).toBe('draft');
  });
});
