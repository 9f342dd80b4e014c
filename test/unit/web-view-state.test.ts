// The URL holds the view: root, filters, selection and expansions survive a round trip; bad input is dropped.
import { describe, expect, it } from 'vitest';
import {
  decodeViewState,
  defaultViewState,
  encodeViewState,
  findingsQueryKey,
  graphQueryKey,
  type ViewState,
} from '../../web/src/view-state';

const shared: ViewState = {
  root: { kind: 'PARTNER', id: 'p-fabrikam-fr' },
  source: 'network',
  depth: 3,
  layout: 'force',
  filters: {
    regions: ['Europe', 'United States'],
    ruleIds: ['cross-region-sale'],
    severities: ['CRITICAL', 'HIGH'],
    roles: ['INDIRECT_RESELLER'],
    asOf: '2026-06-30',
  },
  selection: { type: 'finding', key: 'cross-region-sale|p-fabrikam-fr|c-woodgrove' },
  expanded: ['CUSTOMER:c-woodgrove'],
  opened: ['group:PARTNER:p-1|CUSTOMER||SELLS_TO'],
  tab: 'table',
};

describe('view state in the URL', () => {
  it('reads back exactly what it wrote', () => {
    expect(decodeViewState(encodeViewState(shared))).toEqual(shared);
    const chain: ViewState = { ...defaultViewState(), root: { kind: 'PARTNER', id: 'p-1' }, source: 'chain' };
    expect(decodeViewState(encodeViewState(chain))).toEqual(chain);
    const node: ViewState = { ...defaultViewState(), selection: { type: 'node', key: 'TENANT:t:1' } };
    expect(decodeViewState(encodeViewState(node))).toEqual(node);
  });

  it('leaves defaults out, so the start page has a bare URL', () => {
    expect(encodeViewState(defaultViewState())).toBe('');
    expect(encodeViewState({ ...defaultViewState(), root: { kind: 'CUSTOMER', id: 'c 1' } })).toBe(
      '?root=CUSTOMER%3Ac+1',
    );
  });

  it('drops what it cannot read instead of failing', () => {
    const state = decodeViewState(
      '?root=REGION:Europe&depth=9&layout=circle&severity=SEVERE&severity=low&role=OWNER&asOf=2026-02-30&node=nokind&expand=bad&open=x',
    );
    expect(state.root).toBeNull();
    expect(state.depth).toBe(defaultViewState().depth);
    expect(state.layout).toBe('layered');
    expect(state.filters.severities).toEqual(['LOW']);
    expect(state.filters.roles).toEqual([]);
    expect(state.filters.asOf).toBeNull();
    expect(state.selection).toBeNull();
    expect(state.expanded).toEqual([]);
    expect(state.opened).toEqual([]);
  });

  it('caps repeated values so a link cannot carry a huge request', () => {
    const many = Array.from({ length: 80 }, (_, i) => `rule=r${i}`).join('&');
    expect(decodeViewState(`?${many}`).filters.ruleIds).toHaveLength(50);
  });

  it('reloads the graph only for what changes its data', () => {
    const base = decodeViewState(encodeViewState(shared));
    expect(graphQueryKey({ ...base, layout: 'layered', filters: { ...base.filters, regions: [] } })).toBe(
      graphQueryKey(base),
    );
    expect(graphQueryKey({ ...base, depth: 1 })).not.toBe(graphQueryKey(base));
    expect(graphQueryKey({ ...base, filters: { ...base.filters, asOf: null } })).not.toBe(graphQueryKey(base));
    expect(findingsQueryKey({ ...base, filters: { ...base.filters, roles: [] } })).toBe(findingsQueryKey(base));
    expect(findingsQueryKey({ ...base, filters: { ...base.filters, severities: [] } })).not.toBe(
      findingsQueryKey(base),
    );
  });
});
